"""Journeys through the app with real widgets: keyboard only, first run, locks, undo."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.dialogs.journal_forms import CheckInDialog, TryThisDialog
from carematch.gui.dialogs.vault_dialogs import UnlockDialog, WelcomeDialog
from carematch.vault import create_vault, list_vaults

from .gui_helpers import demo_window, settle, when_modal


def key(qtbot, widget: QWidget, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)
    QApplication.processEvents()
    if modifier != Qt.KeyboardModifier.NoModifier:
        qtbot.wait(400)  # a mnemonic "animates" the button press before it clicks


def focused() -> QWidget:
    QApplication.processEvents()
    mains = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "main-window" and w.isVisible()
    ]
    modal = QApplication.activeModalWidget()
    if mains and modal is None and QApplication.activeWindow() is not mains[-1]:
        # The offscreen platform has no window manager to give focus back after a dialog.
        main = mains[-1]
        main.activateWindow()
        for _ in range(50):
            QApplication.processEvents()
            if QApplication.activeWindow() is not None:
                break
            time.sleep(0.01)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_keyboard_only_journey_from_goal_to_checkin(qtbot, data_root):
    window = demo_window(qtbot)
    window.activateWindow()
    window.show_page(window.find_page)
    assert focused() is window.find_page.goal_box
    qtbot.keyClicks(window.find_page.goal_box, "I can't bend to put my socks on")
    window.find_page.search_now()
    settle()
    assert window.find_page.results.count() > 0
    # move to a result with the arrow key, open it with Enter
    key(qtbot, window.find_page.goal_box, Qt.Key.Key_Down)
    assert focused() is window.find_page.results
    key(qtbot, window.find_page.results, Qt.Key.Key_Down)
    key(qtbot, window.find_page.results, Qt.Key.Key_Return)
    assert focused() is window.find_page.details
    chosen = window.find_page.current_entry_id()
    assert chosen and window.find_page.details.toPlainText()
    goals_before = len(window.context.journal.list_goals())

    # "Try this" by its mnemonic; the dialog defaults to a new goal in my own words: Enter saves
    def in_try_dialog(dialog):
        assert isinstance(dialog, TryThisDialog)
        assert dialog.new_goal.text() == "I can't bend to put my socks on"
        key(qtbot, dialog, Qt.Key.Key_Return)

    when_modal(in_try_dialog)
    key(qtbot, focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    goals = window.context.journal.list_goals()
    assert len(goals) == goals_before + 1
    new_goal = goals[-1]
    assert window.context.journal.experiments(new_goal.id)[0].entry_id == chosen

    # My goals (Ctrl+2): the new goal is chosen; quick check-in is Alt+Q then Enter
    key(qtbot, focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.goals_page
    assert window.goals_page.current_goal_id() == new_goal.id
    when_modal(lambda dialog: key(qtbot, dialog, Qt.Key.Key_Return))
    key(qtbot, focused(), Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    checkins = window.context.journal.checkins(new_goal.id)
    assert len(checkins) == 1 and checkins[0].performance == 5
    window.context.close_vault()


def test_tab_order_follows_the_layout_on_find_ideas(qtbot, data_root):
    window = demo_window(qtbot)
    window.show_page(window.find_page)
    page = window.find_page
    expected = [page.goal_box, page.cost, page.kind, page.place, page.results]
    seen = [focused()]
    for _ in range(len(expected) - 1):
        key(qtbot, focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == expected
    window.context.close_vault()


def test_focus_is_always_visible(qtbot, data_root):
    window = demo_window(qtbot)
    style = QApplication.instance().styleSheet()
    assert ":focus" in style and "border: 3px" in style
    window.context.close_vault()


def test_quick_checkin_is_three_presses_from_a_goal_page(qtbot, data_root):
    window = demo_window(qtbot)
    window.show_page(window.goals_page)
    goal_id = window.goals_page.current_goal_id()
    before = len(window.context.journal.checkins(goal_id))
    presses = 0

    def save(dialog):
        nonlocal presses
        assert isinstance(dialog, CheckInDialog)
        key(qtbot, dialog, Qt.Key.Key_Return)
        presses += 1

    when_modal(save)
    key(qtbot, focused(), Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    presses += 1
    assert presses <= 3
    assert len(window.context.journal.checkins(goal_id)) == before + 1
    window.context.close_vault()


def test_first_run_creates_a_protected_vault_and_shows_the_code_once(qtbot, data_root):
    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    window.context.load_catalogue_now()
    shown_codes = []

    def welcome(dialog):
        assert isinstance(dialog, WelcomeDialog)
        assert "never uses the internet" in dialog.intro.text()
        dialog.name.setText("My journal")
        dialog.passphrase.setText("correct horse battery")
        dialog.again.setText("correct horse battery")
        when_modal(
            lambda code_dialog: (
                shown_codes.append(code_dialog.code.toPlainText()),
                code_dialog.accept(),
            )
        )
        dialog.ok.click()

    when_modal(welcome)
    window.start()
    assert window.context.vault is not None and window.context.vault.protected
    assert len(shown_codes) == 1 and len(shown_codes[0]) == 29
    assert [v.name for v in list_vaults()] == ["My journal"]
    window.context.close_vault()


def test_welcome_form_refuses_mismatched_passphrases_inline(qtbot, data_root):
    make_app()
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choice.setCurrentIndex(0)
    dialog.passphrase.setText("correct horse battery")
    dialog.again.setText("correct horse batterie")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "different" in dialog.error.text()
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.ok.click()
    assert "at least 8" in dialog.error.text()
    assert list_vaults() == []


def test_later_start_asks_for_the_passphrase_and_wrong_one_is_explained(qtbot, data_root):
    vault, _ = create_vault("Locked", "correct horse battery")
    vault.close()
    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    attempts = []

    def unlock(dialog):
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText("not the passphrase")
        dialog.ok.click()
        attempts.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.passphrase.setText("correct horse battery")
        dialog.ok.click()

    when_modal(unlock)
    window.start()
    assert "does not open this vault" in attempts[0]
    assert window.context.vault is not None and window.context.vault.name == "Locked"
    window.context.close_vault()


def test_delete_goal_and_undo(qtbot, data_root):
    window = demo_window(qtbot)
    window.show_page(window.goals_page)
    page = window.goals_page
    goal_id = page.current_goal_id()
    count = page.goals.count()
    page.delete_goal.click()
    assert page.goals.count() == count - 1
    assert page.undo_bar.isVisible() and focused() is page.undo_button
    key(qtbot, page.undo_button, Qt.Key.Key_Space)
    assert page.goals.count() == count
    assert page.current_goal_id() == goal_id
    window.context.close_vault()


def test_closing_a_form_with_typing_asks_first(qtbot, data_root):
    window = demo_window(qtbot)
    window.show_page(window.goals_page)
    from carematch.gui.dialogs.journal_forms import GoalDialog

    dialog = GoalDialog(window.context.journal, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text, "Walk the dog again")
    before = len(window.context.journal.list_goals())
    when_modal(lambda box: box.button(box.StandardButton.Save).click())
    dialog.reject()
    assert len(window.context.journal.list_goals()) == before + 1
    window.context.close_vault()


def test_marks_change_the_ranking(qtbot, data_root):
    window = demo_window(qtbot)
    page = window.find_page
    page.goal_box.setText("open a jar")
    page.search_now()
    settle()
    first = page.current_entry_id()
    page.not_for_me_button.click()
    page.search_now()
    settle()
    assert page.current_entry_id() != first
    assert "not for you" in page.status.text() or page.results.count()
    window.context.close_vault()


def test_settings_text_size_and_contrast_apply_at_once(qtbot, data_root):
    window = demo_window(qtbot)
    base = QApplication.font().pointSizeF()
    settings = window.settings_page
    settings.text_size.setCurrentIndex(settings.text_size.findData(200))
    assert abs(QApplication.font().pointSizeF() - 2 * base) < 0.6
    settings.high_contrast.setChecked(True)
    assert QApplication.palette().window().color().name() == "#000000"
    settings.text_size.setCurrentIndex(settings.text_size.findData(100))
    settings.high_contrast.setChecked(False)
    assert isinstance(window.find_page.goal_box, QLineEdit)
    window.context.close_vault()


def test_rate_a_device_from_the_goal_page(qtbot, data_root):
    window = demo_window(qtbot)
    window.show_page(window.goals_page)
    page = window.goals_page
    page.experiments.setCurrentRow(0)
    experiment_id = page.experiments.currentItem().data(Qt.ItemDataRole.UserRole + 1)

    def rate(dialog):
        dialog.scores["comfort"].setValue(4)
        dialog.scores["safety"].setValue(5)
        dialog.ok.click()

    when_modal(rate)
    page.rate.click()
    ratings = window.context.journal.quest_ratings(experiment_id)
    assert ratings and ratings[-1].comfort == 4 and ratings[-1].safety == 5
    assert "Device rating" in page.experiments.item(0).text()
    window.context.close_vault()
