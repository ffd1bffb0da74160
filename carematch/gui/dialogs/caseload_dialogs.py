"""The practitioner's forms: set up the caseload passphrase, unlock it, make a new client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.dialogs.vault_dialogs import (
    add_new_passphrase,
    add_show_toggle,
    checked_new_passphrase,
    secret_field,
)
from carematch.gui.widgets import plain_label
from carematch.vault.errors import VaultError, WrongPassphraseError

if TYPE_CHECKING:
    from carematch.app.caseload import Caseload
    from carematch.app.session import Outcome


class PractitionerSetupDialog(FormDialog):
    """Once per computer: the practitioner's name and the passphrase that opens the caseload."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Set up your caseload"), parent, ok_text=self.tr("&Set up caseload")
        )
        self.set_purpose(
            self.tr("Choose one passphrase that opens every client vault in your caseload.")
        )
        self.caseload = caseload
        about = plain_label(
            self.tr(
                "Each client keeps their own passphrase. Yours opens the vaults you add to your "
                "caseload too, so you type one passphrase a day instead of one per client."
            ),
            self,
        )
        about.setAccessibleName(self.tr("About the caseload"))
        self.body.insertWidget(2, about)
        self.name = self.add_row(self.tr("Your &name (for reports):"), QLineEdit(self))
        self.role = self.add_row(self.tr("Your &role:"), QLineEdit(self))
        assert isinstance(self.role, QLineEdit)
        self.role.setPlaceholderText(self.tr("Occupational therapist"))
        self.passphrase, self.again = add_new_passphrase(
            self,
            self.tr("&Practitioner passphrase (8 characters or more):"),
            self.tr("Type it &again:"),
        )
        self.outcome: Outcome | None = None

    def save(self) -> None:
        assert isinstance(self.name, QLineEdit) and isinstance(self.role, QLineEdit)
        if not self.name.text().strip():
            raise FieldError(self.tr("Type your name as reports should show it."), self.name)
        passphrase = checked_new_passphrase(self, self.passphrase, self.again)
        try:
            self.outcome = self.caseload.set_up(self.name.text(), passphrase, self.role.text())
        except VaultError as exc:
            raise ValueError(str(exc)) from exc


class PractitionerUnlockDialog(FormDialog):
    """The practitioner passphrase (or recovery code): one Argon2id derivation, no file written."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock your caseload"), parent, ok_text=self.tr("&Unlock"))
        self.set_purpose(self.tr("Type your practitioner passphrase to open your caseload."))
        self.caseload = caseload
        self.passphrase = secret_field(self)
        self.add_row(self.tr("&Practitioner passphrase:"), self.passphrase)
        self.use_code = QCheckBox(self.tr("I'll use my &recovery code instead"), self)
        self.use_code.setAccessibleName(self.tr("Use my recovery code instead"))
        self.form.addRow(self.use_code)
        self.show_typing = add_show_toggle(self, [self.passphrase])
        self.use_code.toggled.connect(self.show_typing.setChecked)

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        secret = self.passphrase.text()
        try:
            if self.use_code.isChecked():
                self.caseload.unlock(recovery_code=secret)
            else:
                self.caseload.unlock(secret)
        except WrongPassphraseError as exc:
            raise FieldError(str(exc), self.passphrase) from exc
        except VaultError as exc:
            raise ValueError(str(exc)) from exc


class NewClientDialog(FormDialog):
    """A protected vault for a new client, in the caseload from the start."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New client"), parent, ok_text=self.tr("&Make the vault"))
        self.set_purpose(
            self.tr("A name or initials for the client, and a passphrase for the client to keep.")
        )
        self.caseload = caseload
        self.name = self.add_row(self.tr("Client's name or &initials:"), QLineEdit(self))
        self.passphrase, self.again = add_new_passphrase(
            self,
            self.tr("The &client's passphrase (8 characters or more):"),
            self.tr("Type it &again:"),
        )
        self.outcome: Outcome | None = None

    def save(self) -> None:
        assert isinstance(self.name, QLineEdit)
        passphrase = checked_new_passphrase(self, self.passphrase, self.again)
        try:
            self.outcome = self.caseload.new_client(self.name.text(), passphrase)
        except VaultError as exc:
            raise FieldError(str(exc), self.name) from exc
