"""Vault lifecycle journeys in the app, taken the way a person takes them: pressing the
Settings buttons and typing into the dialogs they open."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
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
        code = dialog.code.toPlainText()
        codes.append(code)
        assert QApplication.focusWidget() is dialog.check  # the check box waits for the typing
        qtbot.keyClicks(dialog.check, code[-4:])  # "type its last four characters"
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


def test_the_recovery_code_can_be_saved_as_a_file_to_print(qtbot, data_root, tmp_path):
    from .test_gui_action_journeys import activate, pdf_text, print_to_file, save_file_as

    window = demo_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.settings_page
    out = tmp_path / "my code"
    saved: list[str] = []

    def keep_the_code(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RecoveryCodeDialog), type(dialog)
        code = dialog.code.toPlainText()
        when_modal(save_file_as(qtbot, out))
        qtbot.mouseClick(dialog.save_file, Qt.MouseButton.LeftButton)
        assert "Saved as my code" in dialog.problem.text()
        activate(qtbot, dialog)  # back from the file dialog
        from PySide6.QtPrintSupport import QPrintDialog

        when_modal(print_to_file(qtbot, tmp_path / "printed.pdf"), kind=QPrintDialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "Sent to the printer" in dialog.problem.text())
        saved.append(code)
        qtbot.keyClicks(dialog.check, code[-4:])
        qtbot.keyClick(dialog.check, Qt.Key.Key_Return)

    def new_passphrase(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NewPassphraseDialog), type(dialog)
        qtbot.keyClicks(dialog.passphrase, NEW)
        qtbot.keyClicks(dialog.again, NEW)
        when_modal(keep_the_code)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    when_modal(new_passphrase)
    qtbot.mouseClick(page.passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved), timeout=20000)
    raise_modal_failures()
    written = (tmp_path / "my code").read_text(encoding="utf-8")
    assert saved[0] in written and "recovery code" in written
    assert (tmp_path / "my code").stat().st_mode & 0o077 == 0  # readable by its owner only
    assert saved[0] in pdf_text(tmp_path / "printed.pdf")
    qtbot.waitUntil(lambda: "now locked" in page.status.text())
    window.context.close_vault()


def test_show_what_i_type_in_every_passphrase_form(qtbot, data_root):
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    from carematch.gui.dialogs.vault_dialogs import ImportExportDialog, UnlockDialog, WelcomeDialog

    window = demo_window(qtbot)
    session = window.context.session
    for dialog in (
        WelcomeDialog(session, window),
        NewPassphraseDialog(True, window),
        ImportExportDialog(window),
        UnlockDialog(session, "Demo", window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        toggle = dialog.findChild(QCheckBox, "show-passphrase")
        secrets = [
            f
            for f in dialog.findChildren(QLineEdit)
            if f is dialog.passphrase or f is getattr(dialog, "again", None)
        ]
        assert toggle is not None and not toggle.isChecked()
        assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in secrets)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        where = QApplication.focusWidget() or dialog
        qtbot.keyClick(where, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(toggle.isChecked)  # an Alt+letter presses the box a moment later
        assert all(f.echoMode() == QLineEdit.EchoMode.Normal for f in secrets)
        qtbot.mouseClick(
            toggle,
            Qt.MouseButton.LeftButton,
            pos=toggle.rect().topLeft() + QPoint(8, toggle.height() // 2),
        )
        assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in secrets)
        dialog.done(0)
    window.context.close_vault()


def test_the_first_screen_offers_bigger_text_and_high_contrast(qtbot, data_root):
    from PySide6.QtWidgets import QApplication as App

    from carematch.gui.app import build_window, make_app
    from carematch.gui.context import AppContext
    from carematch.gui.dialogs.vault_dialogs import WelcomeDialog

    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    before = App.font().pointSizeF()
    seen = {}

    def bigger(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, WelcomeDialog)
        assert "a private, locked folder" in dialog.intro.text()  # "vault" said in plain words
        assert dialog.choice.itemText(0) == "Start a new private journal on this computer"
        where = App.focusWidget() or dialog
        qtbot.keyClick(where, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Text size
        assert App.focusWidget() is dialog.text_size
        for _ in range(2):
            qtbot.keyClick(dialog.text_size, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.text_size, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.high_contrast.isChecked)
        seen["font"] = App.font().pointSizeF()
        seen["size"] = window.context.preference("text_size")
        seen["contrast"] = window.context.preference("high_contrast")
        dialog.done(0)

    when_modal(bigger)
    window.show_welcome()
    raise_modal_failures()
    assert seen["size"] == int(window.settings_page.text_size.currentData()) > 100
    assert seen["contrast"] is True and window.settings_page.high_contrast.isChecked()
    assert seen["font"] > before  # applied while the welcome was open
