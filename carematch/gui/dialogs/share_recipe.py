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
from carematch.gui.ops import Op, plain_problem
from carematch.gui.widgets import ReadOnlyText
from carematch.i18n import _, ngettext

if TYPE_CHECKING:
    from carematch.catalogue.store import Catalogue
    from carematch.community.recipe import SharedPhoto
    from carematch.journal.service import Journal


class ShareRecipeDialog(FormDialog):
    def __init__(
        self,
        journal: Journal,
        adaptation_id: int,
        catalogue: Catalogue,
        parent: QWidget | None = None,
    ) -> None:
        from carematch.app.recipes import draft_recipe

        super().__init__(self.tr("Share as a recipe"), parent, ok_text=self.tr("&Save the pack…"))
        self.set_purpose(self.tr("Check what would be shared, then save it as a pack for others."))
        self.catalogue = catalogue
        # the words now; the photos (decoding and re-encoding them takes a while) off the UI
        self.recipe = draft_recipe(journal, adaptation_id, photos=False)
        self.flags = QListWidget(self)
        for flag in self.recipe.review.flags:
            text = self.tr("Remove the {kind} “{text}” (in {field})").format(
                kind=flag.kind_words, text=flag.text, field=flag.field
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.flags.addItem(item)
        if not self.recipe.review.flags:
            self.flags.addItem(self.tr("No personal details were found."))
        self.add_row(self.tr("&Personal details (ticked ones are removed):"), self.flags)
        self.photos = QListWidget(self)
        self.photos.addItem(self.tr("Getting the photos ready…"))
        self.photos.setMaximumHeight(self.photos.fontMetrics().lineSpacing() * 5)
        self.photo_items: list[tuple[QListWidgetItem, SharedPhoto]] = []
        self.photos_ready = False
        self.add_row(self.tr("P&hotos (ticked ones are shared):"), self.photos)
        self.preview = ReadOnlyText(self.tr("Exactly what will be shared"), self)
        self.add_row(self.tr("&Exactly what will be shared:"), self.preview)
        self.flags.itemChanged.connect(self.update_preview)
        self.photos.itemChanged.connect(self.update_preview)
        self.update_preview()
        self.saved: Path | None = None
        self.ok.setEnabled(False)  # until the photos are ready to be chosen
        Op(self, lambda: draft_recipe(journal, adaptation_id).photos).success(
            self._photos_ready
        ).failure(self._photos_failed).run()

    def _photos_ready(self, photos: list[SharedPhoto]) -> None:
        self.photos.clear()
        for photo in photos:
            item = QListWidgetItem(photo.label())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, photo.label())
            if photo.data is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.photo_items.append((item, photo))
            self.photos.addItem(item)
        if not photos:
            self.photos.addItem(self.tr("This adaptation has no photos."))
        self._photos_done()

    def _photos_failed(self, exc: BaseException) -> None:
        self.photos.clear()
        self.photos.addItem(
            self.tr("The photos could not be read, so none will be shared: {why}").format(
                why=plain_problem(exc)
            )
        )
        self._photos_done()

    def _photos_done(self) -> None:
        self.photos_ready = True
        self.ok.setEnabled(True)
        self.update_preview()

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
            for i in range(len(self.recipe.review.flags))
            if self.flags.item(i).checkState() != Qt.CheckState.Checked
        }

    def update_preview(self, *_args: object) -> None:
        from carematch.app.recipes import NEVER_SHARED

        clean = self.recipe.fields(self.kept())
        lines = [f"{name.capitalize()}: {text}" for name, text in clean.items() if text]
        photos = len(self.shared_photos())
        if photos:
            lines.append(
                self.tr("Photos: {n} (location and camera details removed).").format(n=photos)
            )
        left_out = len(self.photo_items) - photos
        lines.append(
            _(NEVER_SHARED)
            + (
                ", "
                + ngettext("{n} photo you left out", "{n} photos you left out", left_out).format(
                    n=left_out
                )
                if left_out
                else ""
            )
            + "."
        )
        self.preview.setPlainText("\n\n".join(lines))

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        from carematch.app.recipes import write_recipe
        from carematch.community.mine import EntryInputError, validate
        from carematch.community.recipe import recipe_entry_data

        try:  # checked before asking where to save, so a person isn't asked for nothing
            entry = validate(recipe_entry_data(self.recipe.fields(self.kept())), self.catalogue)
        except EntryInputError as exc:
            raise ValueError(
                self.tr("Add a little more about your adaptation first: {why}").format(why=exc)
            ) from exc
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recipe pack"),
            f"{entry.id}.cmpack",
            self.tr("CareMatch packs (*.cmpack)"),
        )
        if not name:
            raise ValueError(self.tr("Choose where to save the pack."))
        try:
            outcome = write_recipe(
                self.recipe,
                Path(name),
                self.catalogue,
                keep=self.kept(),
                photos=self.shared_photos(),
            )
        except (EntryInputError, OSError) as exc:
            raise ValueError(plain_problem(exc)) from exc
        self.saved = outcome.path
