"""Catalogue packs in the app: see what a pack would change, import it, remove it.

Checking and importing run off the UI thread; a bar shows how far each has got as a
percentage ("Checking pack: 40 %", then "Importing pack: 40 %"), and screen readers hear it
at each quarter rather than at every step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from carematch.app.pack_import import SIGNATURE_WORDS
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.ops import Op
from carematch.gui.widgets import button, plain_label
from carematch.i18n import _, ngettext

if TYPE_CHECKING:
    from carematch.app.pack_import import PackReview

ANNOUNCE_EVERY = 25  # per cent: screen readers hear 25, 50 and 75, then the outcome


class PacksBox(QGroupBox):
    progressed = Signal(str, int)  # the step ("Checking pack", "Importing pack"), per cent
    finished = Signal(bool)  # after a review or import: True when a pack was imported

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Catalogue packs"))
        self.context = context
        about = plain_label(
            self.tr(
                "A pack is a file of extra ideas made by a community group or another person. "
                "Importing one adds its ideas to your catalogue; your journal is not shared."
            ),
            self,
        )
        about.setAccessibleName(self.tr("About packs"))
        self.packs = QListWidget(self)
        self.packs.setAccessibleName(self.tr("Installed packs"))
        self.packs.setMaximumHeight(self.packs.fontMetrics().lineSpacing() * 6)
        self.import_button = button(self.tr("&Import a pack…"), self)
        self.remove_button = button(self.tr("Remove the chosen pac&k"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Pack progress"))
        self.bar.hide()
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Packs status"))
        self.evidence_boost = QCheckBox(
            self.tr("Let what worked for others ad&just the order of ideas"), self
        )
        self.evidence_boost.setAccessibleName(
            self.tr("Let what worked for others adjust the order of ideas")
        )
        self.evidence_boost.setToolTip(
            self.tr(
                "Ideas most people kept, in an evidence pack you imported, come a little "
                "higher, and their reason says so"
            )
        )
        self.evidence_boost.setChecked(context.settings.evidence_boost)
        self.evidence_boost.toggled.connect(self._boost_toggled)
        self.import_button.clicked.connect(self.choose_pack)
        self.remove_button.clicked.connect(self.remove_current)
        self.busy = False
        self._step = ""
        self._announced = 0
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.packs)
        layout.addLayout(row)
        layout.addWidget(self.evidence_boost)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self.refresh()

    def _boost_toggled(self, on: bool) -> None:
        self.context.set_evidence_boost(on)
        self._say(
            self.tr("Ideas most people kept now come a little higher.")
            if on
            else self.tr("What worked for others no longer changes the order of ideas.")
        )

    def refresh(self) -> None:
        from carematch.community.packs import list_packs

        self.packs.clear()
        for pack in list_packs():
            photos = pack.get("photo_count") or 0
            evidence = pack.get("evidence_count") or 0
            ideas = pack.get("entry_count") or 0
            holds = [ngettext("{n} idea", "{n} ideas", ideas).format(n=ideas)]
            if evidence and not ideas:
                holds = []
            if photos:
                holds.append(ngettext("{n} photo", "{n} photos", photos).format(n=photos))
            if evidence:
                holds.append(
                    ngettext(
                        "what worked for others on {n} idea",
                        "what worked for others on {n} ideas",
                        evidence,
                    ).format(n=evidence)
                )
            signed = SIGNATURE_WORDS.get(str(pack.get("signature")), SIGNATURE_WORDS["unsigned"])
            text = self.tr("{name} by {publisher}: {holds}, {signature}").format(
                name=pack["name"],
                publisher=pack["publisher"],
                holds=_(" and ").join(holds),
                signature=_(signed),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pack["id"])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.packs.addItem(item)
        self.remove_button.setEnabled(self.packs.count() > 0 and not self.busy)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    # --- progress ------------------------------------------------------------------------
    def _begin(self, step: str) -> None:
        self.busy = True
        self._step = step
        self._announced = 0
        self.import_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("{step}: %p %").format(step=step))
        self.bar.setAccessibleName(step)
        self.bar.show()
        self.status.setText(self.tr("{step}…").format(step=step))

    def _progress(self, percent: int) -> None:
        self.bar.setValue(percent)
        self.progressed.emit(self._step, percent)
        quarter = percent // ANNOUNCE_EVERY * ANNOUNCE_EVERY
        if 0 < quarter < 100 and quarter > self._announced:
            self._announced = quarter
            announce(self.bar, self.tr("{step}: {n} %").format(step=self._step, n=quarter))

    def _end(self, imported: bool, message: str) -> None:
        self.busy = False
        self.bar.hide()
        self.import_button.setEnabled(True)
        self.refresh()
        self._say(message)
        self.finished.emit(imported)

    # --- review and import ----------------------------------------------------------------
    def choose_pack(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a pack"), "", self.tr("CareMatch packs (*.cmpack *.zip)")
        )
        if name:
            self.review(Path(name))

    def review(self, path: Path) -> bool:
        """Check the pack off the UI thread, show what it would change, and import it when the
        person agrees. Returns whether the check started; `finished` says how it ended."""
        from carematch.app.pack_import import review_pack

        catalogue = self.context.catalogue
        if self.busy:
            self._say(self.tr("A pack is being checked or imported; wait for it to finish."))
            return False
        if catalogue is None:
            self._say(self.tr("The catalogue is still loading; try again in a moment."))
            return False
        self._begin(self.tr("Checking pack"))

        def refused(exc: BaseException) -> None:
            self._end(False, self.tr("This pack was refused: {why}").format(why=exc))

        Op(self, lambda progress: review_pack(path, catalogue, progress=progress)).progress(
            self._progress
        ).success(self._reviewed).failure(refused).run()
        return True

    def _reviewed(self, review: PackReview) -> None:
        from carematch.app.pack_import import Permission

        if review.permission is Permission.REFUSED:
            self._end(False, f"{review.caution} {review.summary}")
            return
        self.bar.hide()
        text = review.summary + (f"\n\n{review.caution}" if review.caution else "")
        question = QMessageBox(
            QMessageBox.Icon.Question
            if review.permission is Permission.GRANTED
            else QMessageBox.Icon.Warning,
            self.tr("Import this pack?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setTextFormat(Qt.TextFormat.PlainText)  # the names came from outside
        question.setDefaultButton(QMessageBox.StandardButton.No)
        if question.exec() != QMessageBox.StandardButton.Yes:
            self._end(False, self.tr("Nothing was imported."))
            return
        self._install(review)

    def _install(self, review: PackReview) -> None:
        from carematch.app.pack_import import import_pack

        self._begin(self.tr("Importing pack"))
        name = review.pack.manifest["name"]

        def done(_: object) -> None:
            self._end(
                True,
                self.tr("Imported “{name}”. Its ideas are in the catalogue now.").format(name=name),
            )
            self.context.load_catalogue()

        def failed(exc: BaseException) -> None:
            self._end(
                False, self.tr("The import failed, so nothing was kept: {why}").format(why=exc)
            )

        # the person said Yes to the question, caution included
        Op(self, lambda progress: import_pack(review, agreed=True, progress=progress)).progress(
            self._progress
        ).success(done).failure(failed).run()

    def remove_current(self) -> None:
        from carematch.community.packs import PackError, remove_pack

        item = self.packs.currentItem() or self.packs.item(0)
        if item is None or self.busy:
            return
        try:
            remove_pack(item.data(Qt.ItemDataRole.UserRole))
        except PackError as exc:
            self._say(str(exc))
            return
        self.refresh()
        self._say(self.tr("Removed the pack. Its ideas are gone from the catalogue."))
        self.context.load_catalogue()
