"""Opening and creating vaults: the welcome, the unlock prompt and the recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.dialogs.base import FormDialog
from carematch.gui.widgets import heading, plain_label
from carematch.vault.errors import VaultError
from carematch.vault.registry import find_vault, list_vaults

if TYPE_CHECKING:
    from carematch.vault import Vault

WELCOME = (
    "CareMatch helps you find ideas and equipment for the things you want to do, try them out, "
    "and keep track of what helps.\n\n"
    "Everything you write stays on this computer, in a vault that only you open. CareMatch never "
    "uses the internet."
)


class WelcomeDialog(FormDialog):
    """First run (or switching): create a vault, or open one that exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to CareMatch"), parent, ok_text=self.tr("&Continue"))
        self.intro = plain_label(self.tr(WELCOME), self)
        self.intro.setAccessibleName(self.tr("About CareMatch"))
        self.body.insertWidget(1, self.intro)
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("Make a new vault"), None)
        for info in list_vaults():
            self.choice.addItem(self.tr("Open “{name}”").format(name=info.name), info.name)
        self.add_row(self.tr("&What would you like to do?"), self.choice)
        self.name = QLineEdit(self.tr("My journal"), self)
        self.add_row(self.tr("&Name for the new vault:"), self.name)
        self.protect = QCheckBox(self.tr("&Lock it with a passphrase (recommended)"), self)
        self.protect.setChecked(True)
        self.form.addRow(self.protect)
        self.protect.setAccessibleName(self.tr("Lock it with a passphrase"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Passphrase (8 characters or more):"), self.passphrase)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("Passphrase &again:"), self.again)
        self.choice.currentIndexChanged.connect(self._sync)
        self.protect.toggled.connect(self._sync)
        if self.choice.count() > 1:
            self.choice.setCurrentIndex(1)
        self._sync()
        self.vault: Vault | None = None
        self.recovery_code: str | None = None
        self.open_name: str | None = None

    def _sync(self) -> None:
        new = self.choice.currentData() is None
        self.name.setEnabled(new)
        self.protect.setEnabled(new)
        for field in (self.passphrase, self.again):
            field.setEnabled(new and self.protect.isChecked())

    def has_typing(self) -> bool:
        return False  # nothing personal is typed here

    def save(self) -> None:
        existing = self.choice.currentData()
        if existing is not None:
            self.open_name = existing
            return
        passphrase = None
        if self.protect.isChecked():
            if self.passphrase.text() != self.again.text():
                raise ValueError(self.tr("The two passphrases are different. Type them again."))
            passphrase = self.passphrase.text()
        from carematch.vault import create_vault

        try:
            self.vault, self.recovery_code = create_vault(self.name.text(), passphrase)
        except VaultError as exc:
            raise ValueError(str(exc)) from exc


class UnlockDialog(FormDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Open “{name}”").format(name=name), parent, ok_text=self.tr("&Open")
        )
        self.vault_name = name
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Passphrase:"), self.passphrase)
        self.use_code = QCheckBox(self.tr("I'll use my &recovery code instead"), self)
        self.use_code.setAccessibleName(self.tr("Use my recovery code instead"))
        self.form.addRow(self.use_code)
        self.use_code.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.vault: Vault | None = None
        self.problem: Exception | None = None

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        from carematch.vault import open_vault
        from carematch.vault.errors import VaultCorruptError, WrongPassphraseError

        secret = self.passphrase.text()
        try:
            if self.use_code.isChecked():
                self.vault = open_vault(self.vault_name, recovery_code=secret)
            else:
                self.vault = open_vault(self.vault_name, secret)
        except WrongPassphraseError as exc:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            raise ValueError(str(exc)) from exc
        except VaultCorruptError as exc:
            self.problem = exc
            self.reject()
        except VaultError as exc:
            raise ValueError(str(exc)) from exc


class RecoveryCodeDialog(QDialog):
    """Shown once, right after a protected vault is made."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your recovery code"), self, 1.2))
        text = plain_label(
            self.tr(
                "If you forget your passphrase, this code opens your vault. Write it down now and "
                "keep it somewhere safe. It will not be shown again."
            ),
            self,
        )
        text.setAccessibleName(self.tr("About the recovery code"))
        layout.addWidget(text)
        self.code = QPlainTextEdit(code, self)
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setTabChangesFocus(True)
        self.code.setMaximumHeight(self.code.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.code)
        buttons = QDialogButtonBox(self)
        done = buttons.addButton(
            self.tr("I have written it &down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        done.setAccessibleName(self.tr("I have written it down"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class VaultProblemDialog(FormDialog):
    """A vault that cannot be opened: say why, and offer the way forward."""

    def __init__(self, problem: Exception, parent: QWidget | None = None) -> None:
        from carematch.vault.errors import VaultCorruptError

        damaged = isinstance(problem, VaultCorruptError) and bool(problem.backups)
        super().__init__(
            self.tr("We could not open your vault"),
            parent,
            ok_text=self.tr("&Restore the newest good backup") if damaged else self.tr("&OK"),
        )
        self.problem = problem
        self.damaged = damaged
        self.message = plain_label(str(problem), self)
        self.message.setAccessibleName(self.tr("What happened"))
        self.body.insertWidget(1, self.message)
        self.vault_name = ""
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.restored: str | None = None
        if damaged:
            hint = plain_label(
                self.tr(
                    "Nothing has been changed. CareMatch keeps backups of your vault; restoring "
                    "puts back the newest one that is healthy. What you wrote after it was made "
                    "will be missing."
                ),
                self,
            )
            hint.setAccessibleName(self.tr("About restoring"))
            self.body.insertWidget(2, hint)
            window = parent.window() if parent is not None else None
            context = getattr(window, "context", None)
            settings = getattr(context, "settings", None)
            self.vault_name = (settings.last_vault if settings else None) or ""
            info = find_vault(self.vault_name) if self.vault_name else None
            if info is not None and info.protected and info.problem is None:
                self.add_row(self.tr("&Passphrase:"), self.passphrase)
        if self.passphrase.parent() is self and self.form.indexOf(self.passphrase) < 0:
            self.passphrase.hide()  # only a protected vault needs it

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        if not self.damaged:
            return
        from carematch.vault.manager import restore_newest_backup

        try:
            used = restore_newest_backup(self.vault_name, self.passphrase.text() or None)
        except VaultError as exc:
            raise ValueError(str(exc)) from exc
        self.restored = used.name
