"""Settings: text size, contrast, and the vault (switch, passphrase, backup, export, erase)."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.lock import AUTO_LOCK_CHOICES, auto_lock_minutes
from carematch.gui.theme import TEXT_SIZES
from carematch.gui.widgets import buddy, button, heading, plain_label, untrusted, wrappable


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("settings-page")
        self.title = heading(self.tr("Settings"), self)

        display = QGroupBox(self.tr("How it looks"), self)
        self.text_size = QComboBox(display)
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size}%", size)
        size_label = buddy(self.tr("Te&xt size:"), self.text_size, display)
        self.high_contrast = QCheckBox(self.tr("&High contrast (yellow on black)"), display)
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.follow_system = QCheckBox(self.tr("F&ollow the computer's contrast setting"), display)
        self.follow_system.setAccessibleName(self.tr("Follow the computer's contrast setting"))
        grid = QGridLayout(display)
        grid.addWidget(size_label, 0, 0)
        grid.addWidget(self.text_size, 0, 1)
        grid.addWidget(self.high_contrast, 1, 0, 1, 2)
        grid.addWidget(self.follow_system, 2, 0, 1, 2)

        vault_box = QGroupBox(self.tr("Your vault"), self)
        self.vault_info = plain_label("", vault_box)
        self.vault_info.setAccessibleName(self.tr("Vault details"))
        self.switch_vault = button(self.tr("S&witch vault…"), vault_box)
        self.passphrase = button(self.tr("Change &passphrase…"), vault_box)
        self.backup = button(self.tr("&Back up now"), vault_box)
        self.restore = button(self.tr("&Restore a backup…"), vault_box)
        self.export = button(self.tr("Export e&verything…"), vault_box)
        self.erase = button(self.tr("&Erase this vault…"), vault_box)
        vgrid = QGridLayout(vault_box)
        vgrid.addWidget(self.vault_info, 0, 0, 1, 3)
        for i, b in enumerate(
            (self.switch_vault, self.passphrase, self.backup, self.restore, self.export, self.erase)
        ):
            vgrid.addWidget(b, 1 + i // 3, i % 3)
        privacy = QGroupBox(self.tr("Locking"), self)
        self.auto_lock = QComboBox(privacy)
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(_minutes_label(self, minutes), minutes)
        auto_label = buddy(self.tr("&Lock after this long without use:"), self.auto_lock, privacy)
        self.lock_on_screen = QCheckBox(
            self.tr("Lock when the screen locks or the computer &goes to sleep"), privacy
        )
        self.lock_on_screen.setAccessibleName(
            self.tr("Lock when the screen locks or the computer goes to sleep")
        )
        hide_help = plain_label(
            self.tr(
                "To hide everything at once, press Ctrl+L or the “Hide now” button at the top "
                "right. A locked vault with a passphrase asks for it again."
            ),
            privacy,
        )
        hide_help.setAccessibleName(self.tr("About hiding"))
        pgrid = QGridLayout(privacy)
        pgrid.addWidget(auto_label, 0, 0)
        pgrid.addWidget(self.auto_lock, 0, 1)
        pgrid.addWidget(self.lock_on_screen, 1, 0, 1, 2)
        pgrid.addWidget(hide_help, 2, 0, 1, 2)
        from carematch.gui.pages.packs_box import PacksBox

        self.packs = PacksBox(context, self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Settings status"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(display)
        layout.addWidget(vault_box)
        layout.addWidget(privacy)
        layout.addWidget(self.packs)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.text_size.setCurrentIndex(
            max(0, self.text_size.findData(context.preference("text_size", 100)))
        )
        self.high_contrast.setChecked(bool(context.preference("high_contrast", False)))
        self.follow_system.setChecked(bool(context.preference("follow_system", True)))
        self.text_size.currentIndexChanged.connect(self._display_changed)
        self.high_contrast.toggled.connect(self._display_changed)
        self.follow_system.toggled.connect(self._display_changed)
        self.backup.clicked.connect(self._backup)
        self.restore.clicked.connect(self._restore)
        self.export.clicked.connect(self._export)
        self.erase.clicked.connect(self._erase)
        self.passphrase.clicked.connect(self._passphrase)
        self.lock_on_screen.setChecked(bool(context.preference("lock_on_screen_lock", True)))
        self.auto_lock.activated.connect(self._auto_lock_changed)
        self.lock_on_screen.toggled.connect(
            lambda on: context.set_preference("lock_on_screen_lock", on)
        )
        context.vault_opened.connect(self.refresh)
        context.vault_closed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        vault = self.context.vault
        if vault is None:
            self.vault_info.setText(self.tr("No vault is open."))
        else:
            state = (
                self.tr("protected with a passphrase")
                if vault.protected
                else self.tr("not protected by a passphrase")
            )
            self.vault_info.setText(
                self.tr("“{name}”, {state}. Kept in {folder}").format(
                    name=untrusted(vault.name),
                    state=state,
                    # a break point after each separator: a long path wraps like words do
                    folder=wrappable(str(vault.folder).replace(os.sep, os.sep + "\u200b")),
                )
            )
        for b in (self.passphrase, self.backup, self.restore, self.export, self.erase):
            b.setEnabled(vault is not None)
        minutes = auto_lock_minutes(
            self.context.preference("auto_lock"), vault is not None and vault.protected
        )
        self.auto_lock.setCurrentIndex(max(0, self.auto_lock.findData(minutes)))

    def _auto_lock_changed(self) -> None:
        self.context.set_preference("auto_lock", int(self.auto_lock.currentData()))
        apply = getattr(self.window(), "apply_auto_lock", None)
        if callable(apply):
            apply()

    def _display_changed(self) -> None:
        self.context.set_preference("text_size", self.text_size.currentData())
        self.context.set_preference("high_contrast", self.high_contrast.isChecked())
        self.context.set_preference("follow_system", self.follow_system.isChecked())
        window = self.window()
        apply = getattr(window, "apply_display", None)
        if callable(apply):
            apply()

    def _say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    def _backup(self) -> None:
        if self.context.vault is None:
            return
        from carematch.vault import VaultError

        try:
            dest = self.context.vault.backup("manual")
        except VaultError as exc:
            self._say(str(exc))
            return
        self._say(self.tr("Backed up: {name}").format(name=dest.name))

    def _restore(self) -> None:
        vault = self.context.vault
        if vault is None:
            return
        names = [b.name for b in vault.list_backups()]
        if not names:
            self._say(self.tr("There are no backups yet."))
            return
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Restore a backup"),
            self.tr("Choose a backup (newest first):"),
            names,
            0,
            False,
        )
        if not ok:
            return
        from carematch.vault import VaultError

        try:
            vault.restore(vault.backups_dir / choice)
        except VaultError as exc:
            self._say(str(exc))
            return
        self.context.use_vault(vault)
        self._say(
            self.tr("Restored {name}. What you had before is saved as a backup too.").format(
                name=choice
            )
        )

    def _export(self) -> None:
        vault = self.context.vault
        if vault is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export everything"), f"{vault.name}.zip", self.tr("Zip files (*.zip)")
        )
        if not path:
            return
        passphrase = None
        if vault.protected:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Protect the export?"),
                self.tr(
                    "The export holds everything in your vault. Give it a passphrase to "
                    "encrypt it, or leave this empty to save it unprotected:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
            passphrase = text or None
        from pathlib import Path

        from carematch.journal.archive import export_vault
        from carematch.vault import VaultError

        try:
            counts = export_vault(vault, Path(path), passphrase=passphrase)
        except VaultError as exc:
            self._say(str(exc))
            return
        self._say(
            self.tr("Exported {n} check-ins and {g} goals to {path}.").format(
                n=counts["checkins"], g=counts["goals"], path=path
            )
        )

    def _passphrase(self) -> None:
        vault = self.context.vault
        if vault is None:
            return
        new, ok = QInputDialog.getText(
            self,
            self.tr("New passphrase"),
            self.tr("New passphrase (at least 8 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        again, ok = QInputDialog.getText(
            self, self.tr("New passphrase"), self.tr("Type it again:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        from carematch.vault import VaultError

        if new != again:
            self._say(self.tr("The two passphrases were different. Nothing was changed."))
            return
        try:
            if vault.protected:
                vault.change_passphrase(new)
                self._say(self.tr("Passphrase changed. Your recovery code still works."))
            else:
                code = vault.protect(new)
                self.context.use_vault(vault)
                QMessageBox.information(
                    self,
                    self.tr("Your recovery code"),
                    self.tr(
                        "Write this recovery code down and keep it safe. It opens your vault "
                        "if you forget the passphrase, and it will not be shown again:\n\n{code}"
                    ).format(code=code),
                )
                self._say(self.tr("Your vault is now protected."))
        except VaultError as exc:
            self._say(str(exc))

    def _erase(self) -> None:
        vault = self.context.vault
        if vault is None:
            return
        name = vault.name
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Erase this vault"),
            self.tr(
                "This erases “{name}” and all its backups for good. It cannot be undone.\n"
                "Type the vault's name to confirm:"
            ).format(name=name),
        )
        if not ok or typed.strip() != name:
            self._say(self.tr("Nothing was erased."))
            return
        from carematch.vault import erase_vault

        self.context.close_vault()
        erase_vault(name)
        self._say(self.tr("Erased “{name}”.").format(name=name))
        window = self.window()
        start = getattr(window, "show_welcome", None)
        if callable(start):
            start()


def _minutes_label(widget: QWidget, minutes: int) -> str:
    if minutes == 0:
        return widget.tr("Never")
    if minutes == 60:
        return widget.tr("1 hour")
    if minutes == 1:
        return widget.tr("1 minute")
    return widget.tr("{n} minutes").format(n=minutes)
