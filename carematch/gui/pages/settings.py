"""Settings: text size, contrast, where in the UK, and the vault (switch, passphrase, backup,
export, erase)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.catalogue.nations import Nation
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.dialogs.vault_dialogs import (
    ImportExportDialog,
    NewPassphraseDialog,
    RecoveryCodeDialog,
)
from carematch.gui.fit import FlowLayout
from carematch.gui.lock import AUTO_LOCK_CHOICES, auto_lock_minutes
from carematch.gui.ops import Op, plain_problem
from carematch.gui.pages.packs_box import PacksBox
from carematch.gui.pages.reminder_settings import ReminderSettingsBox
from carematch.gui.theme import TEXT_SIZES
from carematch.gui.widgets import buddy, button, heading, plain_label, untrusted, wrappable
from carematch.i18n import LANGUAGES, _
from carematch.vault.errors import VaultError

if TYPE_CHECKING:
    from carematch.app.session import Outcome


class SettingsPage(QWidget):
    display_changed = Signal()  # text size or contrast: the window applies it
    auto_lock_changed = Signal()
    vault_erased = Signal()  # the open vault is gone: the window offers the welcome
    caseload_changed = Signal()  # the Clients page or the title's client name turned on or off
    tray_changed = Signal()  # the tray icon turned on or off
    language_now = Signal()  # the person asked for the chosen language at once

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
        self.nation = QComboBox(display)
        self.nation.addItem(self.tr("Not sure, or outside the UK"), None)
        for nation in Nation:
            self.nation.addItem(_(nation.label), nation.value)
        self.nation.setToolTip(
            self.tr(
                "Councils, the NHS and schools differ across the UK: your nation's ways come first"
            )
        )
        nation_label = buddy(self.tr("Where in the UK yo&u live:"), self.nation, display)
        grid.addWidget(nation_label, 3, 0)
        grid.addWidget(self.nation, 3, 1)
        self.language = QComboBox(display)
        self.language.addItem(self.tr("The computer's language"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(context.settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        grid.addWidget(buddy(self.tr("Lan&guage:"), self.language, display), 4, 0)
        grid.addWidget(self.language, 4, 1)
        self.language_button = button(
            self.tr("Use this language now"),
            display,
            tip=self.tr("Changes every word on screen at once; your journal stays open"),
        )
        self.language_button.clicked.connect(self.language_now)
        grid.addWidget(self.language_button, 5, 1)
        self._language_ready()

        vault_box = QGroupBox(self.tr("Your vault"), self)
        self.vault_info = plain_label("", vault_box)
        self.vault_info.setAccessibleName(self.tr("Vault details"))
        self.switch_vault = button(self.tr("S&witch vault…"), vault_box)
        self.import_export = button(self.tr("M&ake a vault from an export…"), vault_box)
        self.passphrase = button(self.tr("Change &passphrase…"), vault_box)
        self.backup = button(self.tr("&Back up now"), vault_box)
        self.restore = button(self.tr("&Restore a backup…"), vault_box)
        self.export = button(self.tr("Export e&verything…"), vault_box)
        self.erase = button(self.tr("&Erase this vault…"), vault_box)
        vault_layout = QVBoxLayout(vault_box)
        vault_layout.addWidget(self.vault_info)
        # the buttons wrap like words (a grid of three long Welsh labels at 200% was wider
        # than the window)
        vault_buttons = FlowLayout()
        for b in (
            self.switch_vault,
            self.import_export,
            self.passphrase,
            self.backup,
            self.restore,
            self.export,
            self.erase,
        ):
            vault_buttons.addWidget(b)
        vault_layout.addLayout(vault_buttons)
        privacy = QGroupBox(self.tr("Locking"), self)
        self.auto_lock = QComboBox(privacy)
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(_minutes_label(self, minutes), minutes)
        auto_label = buddy(self.tr("&Lock after this long without use:"), self.auto_lock, privacy)
        self.lock_on_screen = QCheckBox(
            self.tr("Lock when the screen locks or the computer goes to sleep"), privacy
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
        practice = QGroupBox(self.tr("For practitioners"), self)
        self.show_caseload = QCheckBox(
            self.tr("Show the Clients page (a caseloa&d of client vaults)"), practice
        )
        self.show_caseload.setAccessibleName(self.tr("Show the Clients page"))
        self.name_in_title = QCheckBox(
            self.tr("Show the client's name in the window &title"), practice
        )
        self.name_in_title.setAccessibleName(self.tr("Show the client's name in the window title"))
        self.name_in_title.setToolTip(self.tr("Off by default: screens get shared in meetings"))
        practice_layout = QVBoxLayout(practice)
        practice_layout.addWidget(self.show_caseload)
        practice_layout.addWidget(self.name_in_title)
        self.packs = PacksBox(context, self)
        self.reminders = ReminderSettingsBox(context, self)
        self.reminders.tray_changed.connect(self.tray_changed)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Settings status"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(display)
        layout.addWidget(vault_box)
        layout.addWidget(privacy)
        layout.addWidget(self.reminders)
        layout.addWidget(practice)
        layout.addWidget(self.packs)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.text_size.setCurrentIndex(
            max(0, self.text_size.findData(context.preference("text_size", 100)))
        )
        self.high_contrast.setChecked(bool(context.preference("high_contrast", False)))
        self.follow_system.setChecked(bool(context.preference("follow_system", True)))
        where = context.settings.nation
        self.nation.setCurrentIndex(max(0, self.nation.findData(where.value if where else None)))
        self.nation.activated.connect(self._nation_changed)
        self.text_size.currentIndexChanged.connect(self._display_changed)
        self.high_contrast.toggled.connect(self._display_changed)
        self.follow_system.toggled.connect(self._display_changed)
        self.backup.clicked.connect(self._backup)
        self.restore.clicked.connect(self._restore)
        self.export.clicked.connect(self._export)
        self.erase.clicked.connect(self._erase)
        self.import_export.clicked.connect(self.make_vault_from_export)
        self.passphrase.clicked.connect(self._passphrase)
        self.lock_on_screen.setChecked(bool(context.preference("lock_on_screen_lock", True)))
        self.auto_lock.activated.connect(self._auto_lock_changed)
        self.lock_on_screen.toggled.connect(
            lambda on: context.set_preference("lock_on_screen_lock", on)
        )
        self.show_caseload.setChecked(context.caseload_shown())
        self.name_in_title.setChecked(bool(context.preference("client_name_in_title", False)))
        self.show_caseload.toggled.connect(self._caseload_toggled)
        self.name_in_title.toggled.connect(self._title_toggled)
        context.vault_opened.connect(self.refresh)
        context.vault_closed.connect(self.refresh)
        self.refresh()

    def _caseload_toggled(self, on: bool) -> None:
        self.context.set_preference("caseload", on)
        self.caseload_changed.emit()

    def _title_toggled(self, on: bool) -> None:
        self.context.set_preference("client_name_in_title", on)
        self.caseload_changed.emit()

    def refresh(self) -> None:
        self.reminders.refresh()
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
        self.auto_lock_changed.emit()

    def set_display(self, text_size: int, high_contrast: bool) -> None:
        """The welcome's text size and contrast: shown here too, kept, and applied at once."""
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(text_size)))
        self.high_contrast.setChecked(high_contrast)
        self._display_changed()

    def _display_changed(self) -> None:
        self.context.set_preference("text_size", self.text_size.currentData())
        self.context.set_preference("high_contrast", self.high_contrast.isChecked())
        self.context.set_preference("follow_system", self.follow_system.isChecked())
        self.display_changed.emit()

    def _nation_changed(self) -> None:
        value = self.nation.currentData()
        nation = Nation(value) if value else None
        self.context.settings.set_nation(nation)
        self._say(
            self.tr("Ways to get ideas in {nation} now come first.").format(nation=nation.label)
            if nation
            else self.tr("Ways to get ideas are shown for the whole UK.")
        )

    def _language_changed(self) -> None:
        from carematch.gui.i18n import chosen_language

        code = self.language.currentData()
        self.context.settings.set_language(code)
        name = LANGUAGES[chosen_language(code, this_run=False)]
        if self._language_ready():
            self._say(
                self.tr(
                    "CareMatch will be in {language} the next time it starts, or now if you "
                    "press “Use this language now”."
                ).format(language=name)
            )
        else:
            self._say(self.tr("CareMatch is in {language}.").format(language=name))

    def _language_ready(self) -> bool:
        """The button works only when the chosen language is not the one in use."""
        from carematch import i18n
        from carematch.gui.i18n import chosen_language

        other = chosen_language(self.language.currentData(), this_run=False) != i18n.language()
        self.language_button.setEnabled(other)
        return other

    def _say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    def _run(self, work: Callable[[], Outcome], label: str) -> Op:
        """Vault work off the UI thread; its outcome or problem is said in the status line."""
        return (
            Op(self, work, label)
            .success(lambda outcome: self._say(outcome.message))
            .failure(lambda exc: self._say(plain_problem(exc)))
        )

    def _backup(self) -> None:
        self._run(self.context.session.backup, self.tr("Backing up your vault…")).run()

    def _restore(self) -> None:
        session = self.context.session
        if session.vault is None:
            return
        names = session.backups()
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
        if ok:
            self._run(lambda: session.restore(choice), self.tr("Restoring the backup…")).run()

    def _export(self) -> None:
        session = self.context.session
        vault = session.vault
        if vault is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
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

        def exported(outcome: Outcome) -> None:
            self._say(" ".join(filter(None, (outcome.message, outcome.warning))))

        self._run(
            lambda: session.export(Path(path), passphrase=passphrase),
            self.tr("Exporting everything…"),
        ).success(exported).run()

    def _passphrase(self) -> None:
        session = self.context.session
        if session.vault is None:
            return
        adding = not session.vault.protected
        dialog = NewPassphraseDialog(adding, self)
        if not dialog.exec():
            return
        new = dialog.chosen

        def changed(outcome: Outcome) -> None:
            self._say(outcome.message)
            if outcome.recovery_code:
                RecoveryCodeDialog(outcome.recovery_code, self).exec()

        label = self.tr("Encrypting your vault…") if adding else self.tr("Changing the passphrase…")
        self._run(lambda: session.set_passphrase(new), label).success(changed).run()

    def make_vault_from_export(self) -> None:
        """A new vault holding exactly an export's records (from another computer, or a
        kept copy), opened once it is made."""
        dialog = ImportExportDialog(self)
        if not dialog.exec() or dialog.path is None:
            return
        session = self.context.session
        path, name = dialog.path, dialog.vault_name
        new, secret = dialog.chosen_passphrase, dialog.export_secret

        def made(outcome: Outcome) -> None:
            self._say(outcome.message)
            if outcome.recovery_code:
                RecoveryCodeDialog(outcome.recovery_code, self).exec()

        self._run(
            lambda: session.import_export(path, name, passphrase=new, export_passphrase=secret),
            self.tr("Making the vault from the export…"),
        ).success(made).run()

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
        try:
            outcome = self.context.session.erase()
        except VaultError as exc:
            self._say(plain_problem(exc))
            return
        self._say(outcome.message)
        self.vault_erased.emit()


def _minutes_label(widget: QWidget, minutes: int) -> str:
    if minutes == 0:
        return QCoreApplication.translate("CareMatch", "Never")
    if minutes == 60:
        return QCoreApplication.translate("CareMatch", "1 hour")
    if minutes == 1:
        return QCoreApplication.translate("CareMatch", "1 minute")
    return QCoreApplication.translate("CareMatch", "{n} minutes").format(n=minutes)
