"""Share an adaptation as a recipe: see exactly what would leave the vault before it does.

Personal details found in the text are listed and ticked for removal; untick one to keep it.
Dates and check-in notes never go. The result is a pack file to hand to a community group.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QWidget

from carematch.gui.dialogs.base import FormDialog
from carematch.gui.widgets import ReadOnlyText

if TYPE_CHECKING:
    from carematch.catalogue.store import Catalogue
    from carematch.journal.models import Adaptation


class ShareRecipeDialog(FormDialog):
    def __init__(
        self, adaptation: Adaptation, catalogue: Catalogue, parent: QWidget | None = None
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
        self.preview = ReadOnlyText(self.tr("Exactly what will be shared"), self)
        self.add_row(self.tr("&Exactly what will be shared:"), self.preview)
        self.flags.itemChanged.connect(self.update_preview)
        self.update_preview()
        self.saved: Path | None = None

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
        lines.append(self.tr("Not shared: dates, check-in notes, photos, your name."))
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
        write_recipe_pack(entry, path)
        self.saved = path
