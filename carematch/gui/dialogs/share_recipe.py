"""Share an adaptation as a recipe: see exactly what would leave the vault before it does.

Personal details found in the text are listed and ticked for removal; untick one to keep it.
Each photo is listed with its location and camera details already removed, ticked to go; untick
one to leave it out. Dates and check-in notes never go. The result is a pack file to hand to a
community group.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QWidget

from carematch.gui.dialogs.base import FormDialog
from carematch.gui.widgets import ReadOnlyText
from carematch.plaintext import counted

if TYPE_CHECKING:
    from carematch.catalogue.store import Catalogue
    from carematch.community.recipe import SharedPhoto
    from carematch.journal.models import Adaptation
    from carematch.journal.service import Journal


class ShareRecipeDialog(FormDialog):
    def __init__(
        self,
        adaptation: Adaptation,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        *,
        journal: Journal | None = None,
    ) -> None:
        from carematch.community.recipe import draft

        super().__init__(self.tr("Share as a recipe"), parent, ok_text=self.tr("&Save the pack…"))
        self.catalogue = catalogue
        self.review = draft(
            {
                "title": adaptation.title,
                "what": adaptation.what,
                "materials": adaptation.materials,
                "steps": adaptation.steps,
            }
        )
        self.flags = QListWidget(self)
        for flag in self.review.flags:
            text = self.tr("Remove the {kind} “{text}” (in {field})").format(
                kind=flag.kind, text=flag.text, field=flag.field
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.flags.addItem(item)
        if not self.review.flags:
            self.flags.addItem(self.tr("No personal details were found."))
        self.add_row(self.tr("&Personal details (ticked ones are removed):"), self.flags)
        self.photos = self._photo_list(adaptation, journal or _journal_of(parent))
        self.add_row(self.tr("P&hotos (ticked ones are shared):"), self.photos)
        self.preview = ReadOnlyText(self.tr("Exactly what will be shared"), self)
        self.add_row(self.tr("&Exactly what will be shared:"), self.preview)
        self.flags.itemChanged.connect(self.update_preview)
        self.photos.itemChanged.connect(self.update_preview)
        self.update_preview()
        self.saved: Path | None = None

    def _photo_list(self, adaptation: Adaptation, journal: Journal | None) -> QListWidget:
        from carematch.community.recipe import prepare_photos

        box = QListWidget(self)
        files = []
        if journal is not None:
            files = [
                (att.filename, journal.read_attachment(att))
                for att in journal.attachments(adaptation_id=adaptation.id)
            ]
        self.photo_items: list[tuple[QListWidgetItem, SharedPhoto]] = []
        for photo in prepare_photos(files):
            item = QListWidgetItem(photo.label())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, photo.label())
            if photo.data is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.photo_items.append((item, photo))
            box.addItem(item)
        if not files:
            box.addItem(self.tr("This adaptation has no photos."))
        box.setMaximumHeight(box.fontMetrics().lineSpacing() * 5)
        return box

    def shared_photos(self) -> list[bytes]:
        """The ticked photos, already without their metadata."""
        return [
            photo.data
            for item, photo in self.photo_items
            if photo.data is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def kept(self) -> set[int]:
        return {
            i
            for i in range(len(self.review.flags))
            if self.flags.item(i).checkState() != Qt.CheckState.Checked
        }

    def clean(self) -> dict[str, str]:
        from carematch.community.recipe import remove_flagged

        return remove_flagged(self.review, self.kept())

    def update_preview(self, *_: object) -> None:
        clean = self.clean()
        lines = [f"{name.capitalize()}: {text}" for name, text in clean.items() if text]
        photos = len(self.shared_photos())
        if photos:
            lines.append(
                self.tr("Photos: {n} (location and camera details removed).").format(n=photos)
            )
        left_out = len(self.photo_items) - photos
        lines.append(
            self.tr("Not shared: dates, check-in notes, your name{photos}.").format(
                photos=", "
                + self.tr("{photos} you left out").format(
                    photos=counted(left_out, self.tr("photo"))
                )
                if left_out
                else ""
            )
        )
        self.preview.setPlainText("\n\n".join(lines))

    def has_typing(self) -> bool:
        return False

    def save(self, path: Path | None = None) -> None:
        from carematch.community.mine import EntryInputError, validate
        from carematch.community.recipe import recipe_entry_data, write_recipe_pack

        try:
            entry = validate(recipe_entry_data(self.clean()), self.catalogue)
        except EntryInputError as exc:
            raise ValueError(
                self.tr("Add a little more about your adaptation first: {why}").format(why=exc)
            ) from exc
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recipe pack"),
                f"{entry.id}.cmpack",
                self.tr("CareMatch packs (*.cmpack)"),
            )
            if not name:
                raise ValueError(self.tr("Choose where to save the pack."))
            path = Path(name)
        write_recipe_pack(entry, path, photos=self.shared_photos())
        self.saved = path


def _journal_of(parent: QWidget | None) -> Journal | None:
    """The open journal, from the page or window that opened the dialog."""
    while parent is not None:
        context = getattr(parent, "context", None)
        if context is not None:
            return getattr(context, "journal", None)
        parent = parent.parentWidget()
    return None
