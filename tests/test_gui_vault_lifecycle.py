"""Vault lifecycle journeys in the app, taken the way a person takes them: pressing the
Settings buttons and typing into the dialogs they open."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from carematch.journal.service import Journal
from carematch.vault import open_vault

from .gui_helpers import demo_window, when_modal

NEW = "a brand new passphrase"


def _type_and_enter(qtbot, text: str):  # type: ignore[no-untyped-def]
    def act(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog), type(dialog)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    return act


def test_protecting_from_settings_shows_the_code_and_keeps_the_vault_open(qtbot, data_root):
    window = demo_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page
    assert window.context.vault is not None and not window.context.vault.protected
    shown: list[str] = []

    def code_box(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    def second(dialog):  # type: ignore[no-untyped-def]
        when_modal(code_box)
        _type_and_enter(qtbot, NEW)(dialog)

    def first(dialog):  # type: ignore[no-untyped-def]
        when_modal(second)
        _type_and_enter(qtbot, NEW)(dialog)

    when_modal(first)
    qtbot.mouseClick(page.passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    (code,) = re.findall(r"[A-Z2-9]{4}(?:-[A-Z2-9]{4}){5}", shown[0])
    vault = window.context.vault
    assert vault is not None and vault.protected
    assert Journal(vault).counts()["goals"] > 0  # still open and usable
    window.context.close_vault()
    with open_vault("Demo", recovery_code=code) as again:
        assert again.protected
    with open_vault("Demo", NEW):
        pass


def test_back_up_then_restore_from_settings(qtbot, data_root):
    window = demo_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page
    qtbot.mouseClick(page.backup, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Backed up:")
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
