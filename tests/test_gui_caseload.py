"""The Clients page, the way an OT uses it: keys and clicks on what they see (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from carematch.gui.dialogs.caseload_dialogs import (
    NewClientDialog,
    PractitionerSetupDialog,
    PractitionerUnlockDialog,
)
from carematch.gui.dialogs.vault_dialogs import RecoveryCodeDialog
from carematch.vault import open_vault

from .gui_helpers import demo_window, raise_modal_failures, when_modal
from .test_gui_action_journeys import (
    activate,
    clear_button,
    click,
    go_to,
    press_cancel,
    through_dialog,
    typed,
)

OT, CLIENT = "practitioner pass one", "client passphrase one"
CTRL = Qt.KeyboardModifier.ControlModifier


def written_down(qtbot, codes: list[str]):  # type: ignore[no-untyped-def]
    """Answer the recovery-code window as a person does: type its last four, press the button."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryCodeDialog)
        code = dialog.code.toPlainText().strip()
        codes.append(code)
        qtbot.keyClicks(dialog.check, code.replace("-", "")[-4:])
        click(qtbot, dialog.done_button)

    return act


def rows(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    table = page.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_an_ot_sets_up_adds_switches_and_gives_a_vault_back(qtbot, data_root):
    window = demo_window(qtbot)  # one unprotected vault: the Clients page is not offered yet
    assert not window.caseload_shown()
    go_to(qtbot, window, 4)
    click(qtbot, window.settings_page.show_caseload)
    click(qtbot, window.settings_page.name_in_title)
    click(qtbot, window.settings_page.name_in_title)  # off again: names stay out of the title
    assert window.caseload_shown()
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    page = window.caseload_page
    assert window.tabs.currentWidget() is page

    # set up: cancelled once (nothing made), then done
    through_dialog(
        qtbot,
        press_cancel(qtbot, PractitionerSetupDialog),
        lambda: click(qtbot, page.set_up_button),
    )
    assert not window.context.caseload.is_set_up()
    codes: list[str] = []

    def set_up(dialog: QWidget) -> None:
        assert isinstance(dialog, PractitionerSetupDialog)
        typed(qtbot, dialog.name, "Alex Smith")
        typed(qtbot, dialog.role, "Community OT")
        typed(qtbot, dialog.passphrase, OT)
        typed(qtbot, dialog.again, OT)
        click(qtbot, dialog.findChild(QWidget, "show-passphrase"))
        when_modal(written_down(qtbot, codes), kind=RecoveryCodeDialog)
        click(qtbot, dialog.ok)

    through_dialog(qtbot, set_up, lambda: click(qtbot, page.set_up_button))
    qtbot.waitUntil(lambda: rows(page) == {"Demo": "no passphrase"}, timeout=10_000)
    assert "Alex Smith" in page.status.text() and len(codes) == 1

    # a new client: cancelled once, then made (and opened: the demo vault is closed first)
    through_dialog(
        qtbot, press_cancel(qtbot, NewClientDialog), lambda: click(qtbot, page.new_button)
    )

    def new_client(dialog: QWidget) -> None:
        assert isinstance(dialog, NewClientDialog)
        typed(qtbot, dialog.name, "Mrs A")
        typed(qtbot, dialog.passphrase, CLIENT)
        typed(qtbot, dialog.again, CLIENT)
        click(qtbot, dialog.findChild(QWidget, "show-passphrase"))
        when_modal(written_down(qtbot, codes), kind=RecoveryCodeDialog)
        click(qtbot, dialog.ok)

    through_dialog(qtbot, new_client, lambda: click(qtbot, page.new_button))
    qtbot.waitUntil(
        lambda: rows(page) == {"Demo": "no passphrase", "Mrs A": "in caseload"}, timeout=10_000
    )
    assert window.context.vault is not None and window.context.vault.name == "Mrs A"
    assert window.windowTitle() == "CareMatch — a client's vault is open"
    client_code = codes[1]

    # lock the caseload; Ctrl+K asks for the practitioner passphrase (wrong, then right)
    click(qtbot, page.lock_button)
    assert page.table.rowCount() == 0 and page.unlock_button.isVisible()
    through_dialog(
        qtbot,
        press_cancel(qtbot, PractitionerUnlockDialog),
        lambda: click(qtbot, page.unlock_button),
    )
    assert window.context.caseload.key is None

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, PractitionerUnlockDialog)
        click(qtbot, dialog.findChild(QWidget, "show-passphrase"))
        typed(qtbot, dialog.passphrase, "not the passphrase")
        click(qtbot, dialog.ok)
        assert dialog.isVisible() and "not your practitioner passphrase" in dialog.error.text()
        click(qtbot, dialog.use_code)
        click(qtbot, dialog.use_code)  # back to the passphrase
        typed(qtbot, dialog.passphrase, OT)
        click(qtbot, dialog.ok)

    activate(qtbot, window)
    through_dialog(
        qtbot,
        unlock,
        lambda: qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, CTRL),
    )
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    # type a few letters of a name and press Enter: that client opens, the other is locked
    activate(qtbot, window)  # as a window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search, timeout=3000)
    qtbot.keyClicks(page.search, "dem")
    assert page.table.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.goals_page, timeout=3000)
    assert window.context.vault is not None and window.context.vault.name == "Demo"
    open_vault("Mrs A", CLIENT).close()  # Mrs A was locked when Demo opened

    # the clear button empties the search; Enter on a row opens that client
    go_to(qtbot, window, 5)
    click(qtbot, page.search)
    qtbot.keyClicks(page.search, "zzz")
    click(qtbot, clear_button(page.search))
    assert page.search.text() == "" and page.table.rowCount() == 2
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.chosen_name() == "Mrs A"
    click(qtbot, page.open_button)
    qtbot.waitUntil(
        lambda: window.context.vault is not None and window.context.vault.name == "Mrs A",
        timeout=5000,
    )
    go_to(qtbot, window, 5)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.context.vault is not None and window.context.vault.name == "Demo",
        timeout=5000,
    )
    go_to(qtbot, window, 5)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.context.vault is not None and window.context.vault.name == "Mrs A",
        timeout=5000,
    )

    # give it back to the client: asked first; after it, only the client's secrets open it
    go_to(qtbot, window, 5)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "only the client's passphrase" in box.text()
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    through_dialog(qtbot, yes, lambda: click(qtbot, page.give_button))
    qtbot.waitUntil(lambda: rows(page).get("Mrs A") == "locked — ask the client", timeout=10_000)
    assert window.context.vault is not None and window.context.vault.meta.practitioner is None
    # and back into the caseload, from the vault that is open (the client opened it)
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: rows(page).get("Mrs A") == "in caseload", timeout=10_000)
    click(qtbot, page.refresh_button)
    qtbot.waitUntil(lambda: "2 clients listed" in page.status.text(), timeout=10_000)
    window.context.close_vault()
    open_vault("Mrs A", recovery_code=client_code).close()
    raise_modal_failures()


def test_hide_now_forgets_the_practitioner_key(qtbot, data_root):
    window = demo_window(qtbot)
    caseload = window.context.caseload
    caseload.set_up("Alex Smith", OT)
    caseload.new_client("Mrs A", CLIENT)
    window.apply_caseload()
    assert window.caseload_shown()  # offered now that a practitioner passphrase is set up
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert caseload.key is None and window.caseload_page.table.rowCount() == 0
    assert window.windowTitle() == "CareMatch"
    raise_modal_failures()


def test_a_damaged_practitioner_file_is_said_when_unlocking(qtbot, data_root):
    from carematch.vault.practitioner import practitioner_path

    window = demo_window(qtbot)
    practitioner_path().write_text("{not json")
    window.apply_caseload()
    go_to(qtbot, window, 5)
    page = window.caseload_page
    page.update_state()
    assert page.unlock_button.isVisible()

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, PractitionerUnlockDialog)
        typed(qtbot, dialog.passphrase, OT)
        click(qtbot, dialog.ok)
        assert dialog.isVisible() and "damaged" in dialog.error.text()
        click(qtbot, dialog.cancel)

    through_dialog(qtbot, unlock, lambda: click(qtbot, page.unlock_button))
    raise_modal_failures()
