"""Opening and creating vaults: the welcome, the unlock prompt and the recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import announce
from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.widgets import buddy, button, heading, plain_label
from carematch.i18n import N_, _
from carematch.vault.errors import VaultError
from carematch.vault.registry import find_vault, list_vaults

if TYPE_CHECKING:
    from carematch.app.session import Outcome, VaultSession

WELCOME = N_(
    "CareMatch helps you find ideas and equipment for the things you want to do, try them out, "
    "and keep track of what helps.\n\n"
    "Everything you write stays on this computer, in a vault: a private, locked folder that only "
    "you open. CareMatch never uses the internet."
)


def secret_field(dialog: FormDialog) -> QLineEdit:
    field = QLineEdit(dialog)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def add_new_passphrase(dialog: FormDialog, label: str, again: str) -> tuple[QLineEdit, QLineEdit]:
    """The two rows every new passphrase is typed into, and the choice to see it."""
    first, second = secret_field(dialog), secret_field(dialog)
    dialog.add_row(label, first)
    dialog.add_row(again, second)
    add_show_toggle(dialog, [first, second])
    return first, second


def add_show_toggle(dialog: FormDialog, fields: list[QLineEdit]) -> QCheckBox:
    """ "Show what I type": dots are hard to check for many people (and screen readers say
    only "star"). Off at first, so nothing shows to someone looking over a shoulder."""
    show = QCheckBox(QCoreApplication.translate("CareMatch", "Show what I t&ype"), dialog)
    show.setAccessibleName(QCoreApplication.translate("CareMatch", "Show what I type"))
    show.setObjectName("show-passphrase")

    def toggled(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    show.toggled.connect(toggled)
    dialog.form.addRow(show)
    return show


def checked_new_passphrase(dialog: FormDialog, first: QLineEdit, second: QLineEdit) -> str:
    """The new passphrase, or a FieldError that puts the cursor where the problem is."""
    from carematch.vault.vault import check_passphrase

    try:
        check_passphrase(first.text())
    except VaultError as exc:
        raise FieldError(str(exc), first) from exc
    if first.text() != second.text():
        second.clear()
        raise FieldError(
            QCoreApplication.translate(
                "CareMatch", "The two passphrases are different. Type it again."
            ),
            second,
        )
    return first.text()


FROM_EXPORT = ""  # the welcome's choice to import: no vault can have an empty name


class WelcomeDialog(FormDialog):
    """First run (or switching): create a vault, or open one that exists."""

    display_chosen = Signal(int, bool)  # text size, high contrast: applied at once

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        *,
        text_size: int = 100,
        high_contrast: bool = False,
    ) -> None:
        super().__init__(self.tr("Welcome to CareMatch"), parent, ok_text=self.tr("&Continue"))
        self.set_purpose(self.tr("Make a vault for your journal, or open one you have."))
        self.session = session
        self.intro = plain_label(_(WELCOME), self)
        self.intro.setAccessibleName(self.tr("About CareMatch"))
        self.body.insertWidget(1, self.intro)
        # Big text and contrast first: the rest of this window may be hard to read without them.
        from carematch.gui.theme import TEXT_SIZES

        self.text_size = QComboBox(self)
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size}%", size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(text_size)))
        self.add_row(self.tr("Te&xt size:"), self.text_size)
        self.high_contrast = QCheckBox(self.tr("&High contrast (yellow on black)"), self)
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setChecked(high_contrast)
        self.form.addRow(self.high_contrast)
        for changed in (self.text_size.currentIndexChanged, self.high_contrast.toggled):
            changed.connect(self._display_changed)
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("Start a new private journal on this computer"), None)
        self.choice.addItem(self.tr("Make a vault from an export file"), FROM_EXPORT)
        for info in list_vaults():
            self.choice.addItem(self.tr("Open “{name}”").format(name=info.name), info.name)
        self.add_row(self.tr("&What would you like to do?"), self.choice)
        self.name = QLineEdit(self.tr("My journal"), self)
        self.add_row(self.tr("&Name for your journal:"), self.name)
        self.protect = QCheckBox(self.tr("&Lock it with a passphrase (recommended)"), self)
        self.protect.setChecked(True)
        self.form.addRow(self.protect)
        self.protect.setAccessibleName(self.tr("Lock it with a passphrase"))
        self.passphrase, self.again = add_new_passphrase(
            self, self.tr("&Passphrase (8 characters or more):"), self.tr("Passphrase &again:")
        )
        self.choice.currentIndexChanged.connect(self._sync)
        self.protect.toggled.connect(self._sync)
        if self.choice.count() > 2:  # later starts: open the first vault by default
            self.choice.setCurrentIndex(2)
        self._sync()
        self.created: Outcome | None = None
        self.open_name: str | None = None
        self.from_export = False

    def _display_changed(self, *_: object) -> None:
        """Applied at once, and this form grows or shrinks with the text (once the new
        size has reached every widget)."""
        self.display_chosen.emit(int(self.text_size.currentData()), self.high_contrast.isChecked())
        QTimer.singleShot(0, self, self.refit)

    def _sync(self) -> None:
        new = self.choice.currentData() is None  # (an export brings its own form)
        self.name.setEnabled(new)
        self.protect.setEnabled(new)
        for field in (self.passphrase, self.again):
            field.setEnabled(new and self.protect.isChecked())

    def has_typing(self) -> bool:
        return False  # nothing personal is typed here

    def save(self) -> None:
        existing = self.choice.currentData()
        if existing == FROM_EXPORT:
            self.from_export = True
            return
        if existing is not None:
            self.open_name = existing
            return
        passphrase = None
        if self.protect.isChecked():
            passphrase = checked_new_passphrase(self, self.passphrase, self.again)
        try:
            self.created = self.session.create(self.name.text(), passphrase)
        except VaultError as exc:
            raise FieldError(str(exc), self.name) from exc


class UnlockDialog(FormDialog):
    """Asks for the passphrase (or recovery code) and opens the vault in the session."""

    def __init__(self, session: VaultSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Open “{name}”").format(name=name), parent, ok_text=self.tr("&Open")
        )
        self.set_purpose(self.tr("Type the passphrase or the recovery code to open this vault."))
        self.session = session
        self.vault_name = name
        self.passphrase = secret_field(self)
        self.add_row(self.tr("&Passphrase:"), self.passphrase)
        self.use_code = QCheckBox(self.tr("I'll use my &recovery code instead"), self)
        self.use_code.setAccessibleName(self.tr("Use my recovery code instead"))
        self.form.addRow(self.use_code)
        self.show_typing = add_show_toggle(self, [self.passphrase])
        self.use_code.toggled.connect(self.show_typing.setChecked)  # a code is not secret typing
        self.opened = False
        self.problem: Exception | None = None

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        from carematch.vault.errors import VaultCorruptError, WrongPassphraseError

        secret = self.passphrase.text()
        try:
            if self.use_code.isChecked():
                self.session.open(self.vault_name, recovery_code=secret)
            else:
                self.session.open(self.vault_name, secret)
            self.opened = True
        except WrongPassphraseError as exc:
            raise FieldError(str(exc), self.passphrase) from exc
        except VaultCorruptError as exc:
            self.problem = exc
            self.reject()
        except VaultError as exc:
            raise ValueError(str(exc)) from exc


class RecoveryCodeDialog(QDialog):
    """Shown once, right after a protected vault is made."""

    def __init__(self, code: str, parent: QWidget | None = None, about: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setAccessibleDescription(
            self.tr(
                "Write this code down and keep it safe. "
                "It opens your vault if you forget the passphrase."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your recovery code"), self, 1.2))
        text = plain_label(
            about
            or self.tr(
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
        big = self.code.font()  # large and in a fixed-width type: easy to copy by hand
        big.setFamily("monospace")
        big.setStyleHint(big.StyleHint.Monospace)
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.code.setFont(big)
        self.code.setMaximumHeight(self.code.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.code)
        self.save_file = button(
            self.tr("&Save it as a file…"),
            self,
            tip=self.tr("A text file to print or keep somewhere safe, away from this computer"),
        )
        self.save_file.clicked.connect(self._save_file)
        self.print_code = button(
            self.tr("&Print it…"), self, tip=self.tr("Print the code to keep with your papers")
        )
        self.print_code.clicked.connect(self._print)
        keep = QHBoxLayout()
        keep.addWidget(self.print_code)
        keep.addWidget(self.save_file)
        keep.addStretch(1)
        layout.addLayout(keep)
        self.check = QLineEdit(self)
        self.check.setMaxLength(8)
        check_label = buddy(
            self.tr("To check you have it, type its &last four characters:"), self.check, self
        )
        layout.addWidget(check_label)
        layout.addWidget(self.check)
        self.problem = plain_label("", self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.done_button = buttons.addButton(
            self.tr("I have written it &down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setAccessibleName(self.tr("I have written it down"))
        buttons.accepted.connect(self._done)
        layout.addWidget(buttons)
        self._last_four = code.replace("-", "").replace(" ", "")[-4:].upper()
        self.check.setFocus()

    def _done(self) -> None:
        """Only once the last four characters are typed: the code is not shown again."""
        typed = self.check.text().replace("-", "").replace(" ", "").upper()
        if typed == self._last_four:
            self.accept()
            return
        message = self.tr(
            "Those are not the last four characters of the code. Look at the code above and "
            "type its last four, so you know you have it."
        )
        self.problem.setText(message)
        self.problem.show()
        announce(self.problem, message)
        self.check.setFocus()
        self.check.selectAll()

    def reject(self) -> None:
        """Escape does not close it: the code would be lost for good."""
        self._done()

    def _save_file(self) -> None:
        from carematch.paths import write_private

        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code"),
            str(Path.home() / self.tr("CareMatch recovery code.txt")),
            self.tr("Text (*.txt)"),
        )
        if not chosen:
            return
        try:
            write_private(Path(chosen), self._sheet().encode("utf-8"))
        except OSError as exc:
            message = self.tr("It could not be saved: {e}").format(e=exc.strerror or exc)
        else:
            message = self.tr("Saved as {name}.").format(name=Path(chosen).name)
        self._say(message)

    def _sheet(self) -> str:
        """What goes on paper or in the file: the code and what it is for."""
        return self.tr(
            "CareMatch recovery code\n\n{code}\n\nIt opens your vault if you forget the "
            "passphrase. Keep it safe, away from this computer.\n"
        ).format(code=self.code.toPlainText())

    def _print(self) -> None:
        from carematch.gui.printing import print_plain_text

        sent = print_plain_text(self, self.tr("Your recovery code"), self._sheet(), scale=1.4)
        if sent:
            self._say(self.tr("Sent to the printer."))
        elif sent is False:
            self._say(self.tr("It could not be printed. Save it as a file instead (Alt+S)."))

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        announce(self.problem, message)


class VaultProblemDialog(FormDialog):
    """A vault that cannot be opened: say why, and offer the way forward."""

    def __init__(
        self, problem: BaseException, vault_name: str | None, parent: QWidget | None = None
    ) -> None:
        from carematch.vault.errors import VaultCorruptError

        damaged = isinstance(problem, VaultCorruptError) and bool(problem.backups)
        super().__init__(
            self.tr("We could not open your vault"),
            parent,
            ok_text=self.tr("&Restore the newest good backup") if damaged else self.tr("&OK"),
        )
        self.set_purpose(self.tr("What went wrong, and what you can do about it."))
        self.problem = problem
        self.damaged = damaged
        self.message = plain_label(str(problem), self)
        self.message.setAccessibleName(self.tr("What happened"))
        self.body.insertWidget(1, self.message)
        self.vault_name = vault_name or ""
        self.passphrase = secret_field(self)
        self.restored: Outcome | None = None
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
        from carematch.app.session import restore_newest

        try:
            self.restored = restore_newest(self.vault_name, self.passphrase.text() or None)
        except VaultError as exc:
            raise ValueError(str(exc)) from exc


class NewPassphraseDialog(FormDialog):
    """A new passphrase, typed twice; the work itself is done after, off the UI thread."""

    def __init__(self, adding: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Lock your vault with a passphrase")
            if adding
            else self.tr("Change the passphrase"),
            parent,
            ok_text=self.tr("&Lock it") if adding else self.tr("&Change it"),
        )
        self.set_purpose(self.tr("Choose a passphrase that only you know, and type it twice."))
        if adding:
            about = plain_label(
                self.tr(
                    "Your vault will be encrypted. You will be given a recovery code that opens "
                    "it if you forget the passphrase."
                ),
                self,
            )
            about.setAccessibleName(self.tr("About locking"))
            self.body.insertWidget(2, about)
        self.passphrase, self.again = add_new_passphrase(
            self, self.tr("&New passphrase (8 characters or more):"), self.tr("Type it &again:")
        )
        self.chosen = ""

    def has_typing(self) -> bool:
        return False  # a half-typed passphrase is not worth keeping

    def save(self) -> None:
        self.chosen = checked_new_passphrase(self, self.passphrase, self.again)


class ImportExportDialog(FormDialog):
    """Make a new vault from an export (another computer's, or a kept copy). The choices are
    checked here; the import itself runs after, off the UI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Make a vault from an export"), parent, ok_text=self.tr("&Make the vault")
        )
        self.set_purpose(self.tr("Make a new vault from a file made by Export everything."))
        self.file = QLineEdit(self)
        self.add_row(self.tr("&Export file:"), self.file)
        self.browse = QPushButton(self.tr("C&hoose the file…"), self)
        self.browse.setAccessibleName(self.tr("Choose the export file"))
        self.form.addRow(self.browse)
        self.export_passphrase = secret_field(self)
        self.add_row(self.tr("Passphrase of the e&xport (if it has one):"), self.export_passphrase)
        self.name = QLineEdit(self.tr("My journal"), self)
        self.add_row(self.tr("&Name for the new vault:"), self.name)
        self.protect = QCheckBox(self.tr("&Lock it with a passphrase (recommended)"), self)
        self.protect.setAccessibleName(self.tr("Lock it with a passphrase"))
        self.protect.setChecked(True)
        self.form.addRow(self.protect)
        self.passphrase, self.again = add_new_passphrase(
            self, self.tr("&Passphrase (8 characters or more):"), self.tr("Passphrase &again:")
        )
        self.browse.clicked.connect(self._choose)
        self.protect.toggled.connect(self.passphrase.setEnabled)
        self.protect.toggled.connect(self.again.setEnabled)
        self.path: Path | None = None
        self.chosen_passphrase: str | None = None
        self.export_secret: str | None = None
        self.vault_name = ""

    def has_typing(self) -> bool:
        return False  # a file name and passphrases: nothing worth asking to keep

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the export"), "", self.tr("CareMatch exports (*.zip *.cmx)")
        )
        if name:
            self.file.setText(name)

    def save(self) -> None:
        from carematch.journal.archive import is_encrypted
        from carematch.vault.registry import check_name, find_vault

        path = Path(self.file.text().strip()).expanduser()
        if not self.file.text().strip() or not path.is_file():
            raise FieldError(self.tr("Choose the export file to make the vault from."), self.file)
        try:
            encrypted = is_encrypted(path)
        except OSError as exc:
            raise FieldError(self.tr("That file cannot be read."), self.file) from exc
        if encrypted and not self.export_passphrase.text():
            raise FieldError(
                self.tr("This export is locked: type the passphrase it was saved with."),
                self.export_passphrase,
            )
        try:
            name = check_name(self.name.text())
        except VaultError as exc:
            raise FieldError(str(exc), self.name) from exc
        if find_vault(name) is not None:
            raise FieldError(
                self.tr("A vault called “{name}” already exists. Choose another name.").format(
                    name=name
                ),
                self.name,
            )
        passphrase = None
        if self.protect.isChecked():
            passphrase = checked_new_passphrase(self, self.passphrase, self.again)
        self.path = path
        self.chosen_passphrase = passphrase
        self.export_secret = self.export_passphrase.text() if encrypted else None
        self.vault_name = name
