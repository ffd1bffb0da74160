"""Vault lifecycle journeys in the app, taken the way a person takes them: pressing the
Settings buttons and typing into the dialogs they open."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton

from carematch.gui.dialogs.vault_dialogs import (
    ImportExportDialog,
    NewPassphraseDialog,
    RecoveryCodeDialog,
)
from carematch.vault import open_vault

from .gui_helpers import MODAL_FAILURES, demo_window, raise_modal_failures, when_modal

NEW = "a brand new passphrase"


def _type_and_enter(qtbot, text: str):  # type: ignore[no-untyped-def]
    def act(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog), type(dialog)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    return act


def _write_down_code(qtbot, codes: list[str]):  # type: ignore[no-untyped-def]
    """Read the recovery code window, keep the code, press "I have written it down"."""

    def act(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RecoveryCodeDialog), type(dialog)
        codes.append(dialog.code.toPlainText())
        (written,) = [b for b in dialog.findChildren(QPushButton) if "down" in b.text()]
        qtbot.mouseClick(written, Qt.MouseButton.LeftButton)

    return act


def test_protecting_from_settings_shows_the_code_and_keeps_the_vault_open(qtbot, data_root):
    window = demo_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page
    assert window.context.vault is not None and not window.context.vault.protected
    shown: list[str] = []

    def new_passphrase(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NewPassphraseDialog), type(dialog)
        assert QApplication.focusWidget() is dialog.passphrase  # typing goes in at once
        qtbot.keyClicks(dialog.passphrase, "short")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
        assert dialog.again.hasFocus()
        qtbot.keyClicks(dialog.again, "short")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
        assert QApplication.focusWidget() is dialog.passphrase  # back to the field in error
        dialog.passphrase.selectAll()
        qtbot.keyClicks(dialog.passphrase, NEW)
        dialog.again.selectAll()
        qtbot.keyClicks(dialog.again, NEW)
        when_modal(_write_down_code(qtbot, shown))
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    when_modal(new_passphrase)
    qtbot.mouseClick(page.passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    raise_modal_failures()
    (code,) = re.findall(r"[A-Z2-9]{4}(?:-[A-Z2-9]{4}){5}", shown[0])
    qtbot.waitUntil(lambda: "now locked" in page.status.text())
    vault = window.context.vault
    assert vault is not None and vault.protected
    assert window.context.journal is not None
    assert window.context.journal.counts()["goals"] > 0  # still open and usable
    window.context.close_vault()
    with open_vault("Demo", recovery_code=code) as again:
        assert again.protected
    with open_vault("Demo", NEW):
        pass


def test_changing_the_passphrase_keeps_the_recovery_code(qtbot, data_root):
    window = demo_window(qtbot)
    code = window.context.session.set_passphrase("the first passphrase").recovery_code
    assert code
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page

    def new_passphrase(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NewPassphraseDialog), type(dialog)
        qtbot.keyClicks(dialog.passphrase, NEW)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
        assert dialog.again.hasFocus()
        qtbot.keyClicks(dialog.again, NEW)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    when_modal(new_passphrase)
    qtbot.mouseClick(page.passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Passphrase changed" in page.status.text(), timeout=20000)
    raise_modal_failures()
    window.context.close_vault()
    with open_vault("Demo", NEW):
        pass
    with open_vault("Demo", recovery_code=code):
        pass


def test_back_up_then_restore_from_settings(qtbot, data_root):
    window = demo_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page
    qtbot.mouseClick(page.backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Backed up:"))
    journal = window.context.journal
    assert journal is not None
    goals_before = journal.counts()["goals"]
    journal.add_goal("Added after the backup")

    def choose_newest(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(choose_newest)
    qtbot.mouseClick(page.restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Restored"), timeout=10000)
    vault = window.context.vault
    assert vault is not None and window.context.journal is not None
    assert window.context.journal.counts()["goals"] == goals_before  # open and restored
    assert any("before-restore" in p.name for p in vault.list_backups())


def test_make_a_vault_from_an_encrypted_export(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    export = tmp_path / "from-the-old-laptop.cmx"
    window.context.session.export(export, passphrase="the export's own phrase")
    goals = window.context.journal.counts()["goals"]  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page
    codes: list[str] = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ImportExportDialog), type(dialog)
        assert QApplication.focusWidget() is dialog.file
        qtbot.keyClicks(dialog.file, str(export))
        qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
        assert "locked" in dialog.error.text()  # the export's passphrase is needed
        assert QApplication.focusWidget() is dialog.export_passphrase
        qtbot.keyClicks(dialog.export_passphrase, "the export's own phrase")
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Demo")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        assert "already exists" in dialog.error.text()
        assert QApplication.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, "Moved")  # the name was selected: typing replaces it
        qtbot.keyClicks(dialog.passphrase, NEW)
        qtbot.keyClicks(dialog.again, NEW)
        when_modal(_write_down_code(qtbot, codes))
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.mouseClick(page.import_export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(codes) or bool(MODAL_FAILURES), timeout=30000)
    raise_modal_failures()
    qtbot.waitUntil(lambda: page.status.text().startswith("Made the vault 'Moved'"))
    vault = window.context.vault
    assert vault is not None and vault.name == "Moved" and vault.protected
    assert window.context.journal is not None
    assert window.context.journal.counts()["goals"] == goals
    assert window.goals_page.goals.count() == goals  # the page shows the new vault
    window.context.close_vault()
    with open_vault("Moved", recovery_code=codes[0]):
        pass
