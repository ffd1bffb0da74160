"""Share what worked, anonymously: tick finished experiments, read exactly what goes in the
file (already randomised), and save it to hand to a community group that pools them.

The words of the preview come from carematch.app.pooled, the same as `carematch contribute`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QListWidget, QListWidgetItem, QWidget

from carematch.gui.dialogs.base import FormDialog
from carematch.gui.ops import plain_problem
from carematch.gui.widgets import ReadOnlyText, fit_to_screen, plain, plain_label

if TYPE_CHECKING:
    from carematch.app.pooled import Shareable
    from carematch.catalogue.store import Catalogue
    from carematch.journal.service import Journal
    from carematch.pooled.contribution import Contribution

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContributeDialog(FormDialog):
    def __init__(self, journal: Journal, catalogue: Catalogue, parent: QWidget | None = None):
        from carematch.app.pooled import draft, shareable

        super().__init__(
            self.tr("Share what worked, anonymously"), parent, ok_text=self.tr("&Save the file…")
        )
        self.set_purpose(
            self.tr(
                "Choose finished experiments, see exactly what goes in the file, then save it "
                "for a group that pools what worked for many people."
            )
        )
        self.journal, self.catalogue = journal, catalogue
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # fields full width
        self.saved: Path | None = None
        self.contribution: Contribution | None = None
        about = plain_label(
            self.tr(
                "A community group, such as an OT team or a peer network, can put files like "
                "this from many people together to learn which ideas people keep. Nothing you "
                "wrote goes in, and the answers are changed at random so no one can be sure of "
                "yours."
            ),
            self,
        )
        self.form.addRow(about)
        self.found: list[Shareable] = shareable(journal, catalogue)
        self.draft = draft(journal, self.found)  # drawn once and kept: the same every time
        self.choices = QListWidget(self)
        self.choices.setWordWrap(True)  # long goals wrap instead of scrolling sideways
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setMaximumHeight(self.choices.fontMetrics().lineSpacing() * 8)
        for item in self.found:
            row = QListWidgetItem(plain(item.label))
            row.setData(ID_ROLE, item.experiment_id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, plain(item.label))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.choices.addItem(row)
        if not self.found:
            self.choices.addItem(
                self.tr(
                    "No finished experiments with an idea from the catalogue yet. When you "
                    "keep or stop one, it can be shared here."
                )
            )
        self.add_row(self.tr("&Experiments to include (ticked ones go in):"), self.choices)
        self.preview = ReadOnlyText(self.tr("Exactly what goes in the file"), self)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 14)
        self.add_row(self.tr("E&xactly what goes in the file:"), self.preview)
        self.choices.itemChanged.connect(self.update_preview)
        self.update_preview()
        em = self.fontMetrics().averageCharWidth()
        fit_to_screen(self, 110 * em, self.sizeHint().height())  # wide enough to read the preview

    def chosen(self) -> set[int]:
        """The ticked experiments' ids."""
        return {
            self.choices.item(i).data(ID_ROLE)
            for i in range(self.choices.count())
            if self.choices.item(i).checkState() == Qt.CheckState.Checked
        }

    def update_preview(self, *_: object) -> None:
        from carematch.app.pooled import preview

        try:
            self.contribution = self.draft.contribution(self.chosen())
        except ValueError as exc:  # none ticked, or refused by the schema
            self.contribution = None
            self.preview.setPlainText(str(exc))
        else:
            self.preview.setPlainText("\n\n".join(preview(self.contribution, self.catalogue)))
        self.ok.setEnabled(self.contribution is not None)

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        from carematch.app.pooled import ContributionError, default_file_name, share

        if self.contribution is None:
            raise ValueError(self.tr("Tick at least one experiment to share."))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the file to share"),
            default_file_name(self.contribution),
            self.tr("CareMatch contributions (*.json)"),
        )
        if not name:
            raise ValueError(self.tr("Choose where to save the file."))
        try:
            self.saved = share(self.draft, self.chosen(), Path(name))
        except (ContributionError, OSError) as exc:
            raise ValueError(plain_problem(exc)) from exc
