"""Catalogue packs in the app: see what a pack would change, import it, remove it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.widgets import button, plain_label
from carematch.gui.worker import run_task

SIGNATURE_WORDS = {
    "trusted": "signed by a publisher you trust",
    "unknown key": "signed by a key you have not trusted",
    "bad signature": "BAD SIGNATURE: it was changed after signing, or the signature is forged",
    "unsigned": "not signed",
}


class PacksBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Catalogue packs"))
        self.context = context
        self.packs = QListWidget(self)
        self.packs.setAccessibleName(self.tr("Installed packs"))
        self.packs.setMaximumHeight(self.packs.fontMetrics().lineSpacing() * 6)
        self.import_button = button(self.tr("&Import a pack…"), self)
        self.remove_button = button(self.tr("Remove the chosen pac&k"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Packs status"))
        self.import_button.clicked.connect(self.choose_pack)
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.packs)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        from carematch.community.packs import list_packs

        self.packs.clear()
        for pack in list_packs():
            text = (
                f"{pack['name']} by {pack['publisher']}: {pack['entry_count']} ideas, "
                f"{SIGNATURE_WORDS.get(pack.get('signature', 'unsigned'), 'not signed')}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pack["id"])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.packs.addItem(item)
        self.remove_button.setEnabled(self.packs.count() > 0)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    def choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a pack"), "", self.tr("CareMatch packs (*.cmpack *.zip)")
        )
        if name:
            self.review(Path(name))

    def review(self, path: Path, *, confirm: bool = True) -> bool:
        """Show what the pack would change before anything does; import when agreed."""
        from carematch.community.packs import PackError, plan_import, read_pack

        catalogue = self.context.catalogue
        if catalogue is None:
            self._say(self.tr("The catalogue is still loading; try again in a moment."))
            return False
        try:
            pack = read_pack(path, catalogue.vocabulary)
        except (PackError, OSError) as exc:
            self._say(self.tr("This pack was refused: {why}").format(why=exc))
            return False
        from carematch.community.packs import my_entries_dir

        mine_dir = my_entries_dir() / "entries"
        mine = {p.stem for p in mine_dir.glob("*.toml")} if mine_dir.is_dir() else set()
        plan = plan_import(pack, catalogue.entries, mine)
        summary = self.tr(
            "“{name}” by {publisher}: {n} ideas, {signature}.\n\n"
            "New: {new}. Changed: {changed}. Unchanged: {same}. "
            "Ideas you edited yourself (yours are kept): {mine}."
        ).format(
            name=pack.manifest["name"],
            publisher=pack.manifest["publisher"],
            n=len(pack.entries),
            signature=SIGNATURE_WORDS[pack.signature],
            new=len(plan.new),
            changed=len(plan.changed),
            same=len(plan.unchanged),
            mine=len(plan.conflicts),
        )
        if pack.signature == "bad signature":
            self._say(self.tr("Refused: ") + summary)
            return False
        if confirm:
            answer = QMessageBox.question(self, self.tr("Import this pack?"), summary)
            if answer != QMessageBox.StandardButton.Yes:
                self._say(self.tr("Nothing was imported."))
                return False
        self._install(pack)
        return True

    def _install(self, pack: Any) -> None:
        from carematch.community.packs import install_pack

        window = self.window()
        set_loading = getattr(window, "set_loading", None)
        if callable(set_loading):
            set_loading("pack", True)

        def done(_: object) -> None:
            if callable(set_loading):
                set_loading("pack", False)
            self.refresh()
            self._say(
                self.tr("Imported “{name}”. Its ideas are in the catalogue now.").format(
                    name=pack.manifest["name"]
                )
            )
            self.context.load_catalogue()

        def failed(exc: Exception) -> None:
            if callable(set_loading):
                set_loading("pack", False)
            self._say(self.tr("The import failed, so nothing was kept: {why}").format(why=exc))

        run_task(lambda: install_pack(pack), done, failed)

    def remove_current(self) -> None:
        from carematch.community.packs import PackError, remove_pack

        item = self.packs.currentItem() or self.packs.item(0)
        if item is None:
            return
        try:
            remove_pack(item.data(Qt.ItemDataRole.UserRole))
        except PackError as exc:
            self._say(str(exc))
            return
        self.refresh()
        self._say(self.tr("Removed the pack. Its ideas are gone from the catalogue."))
        self.context.load_catalogue()
