"""Forms taken the way a person takes them: the button pressed, keys typed where the focus is,
and what they see checked (issue 14's findings: each failed before its fix)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.dialogs.journal_forms import CheckInDialog, GoalDialog, QuestDialog
from carematch.gui.dialogs.vault_dialogs import UnlockDialog
from carematch.gui.pages.goals import ID_ROLE
from carematch.gui.theme import apply_theme
from carematch.journal.service import Journal
from carematch.vault import create_vault

from .gui_helpers import demo_window, raise_modal_failures, when_modal

PASS = "correct horse battery"


def focus_in(qtbot, dialog):  # type: ignore[no-untyped-def]
    """Where typing goes once the dialog is the active window (the offscreen platform has no
    window manager, so the dialog is activated as a desktop would)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return QApplication.focusWidget()


def typed_into_focus(qtbot, dialog, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    field = focus_in(qtbot, dialog)
    assert isinstance(field, QLineEdit), f"typing would go to {type(field).__name__}"
    qtbot.keyClicks(field, text)
    return field


def go_to(qtbot, window, number: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+number, as a person presses it, then wait for that page to show."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == number - 1, timeout=3000)


def test_new_goal_button_opens_the_form_and_saves(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    before = page.goals.count()
    seen = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, GoalDialog)
        seen.append(dialog)
        typed_into_focus(qtbot, dialog, "Get to the post box on my own")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.mouseClick(page.new_goal, Qt.MouseButton.LeftButton)
    raise_modal_failures()
    qtbot.waitUntil(lambda: page.goals.count() == before + 1, timeout=5000)
    texts = [page.goals.item(i).text() for i in range(page.goals.count())]
    assert any("Get to the post box on my own" in t for t in texts)


def _error_journey(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.goals_page
    found = {}

    def empty_save(dialog):  # type: ignore[no-untyped-def]
        field = focus_in(qtbot, dialog)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # nothing typed: refused
        qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
        found["colour"] = dialog.error.palette().color(QPalette.ColorRole.WindowText)
        found["background"] = dialog.palette().color(QPalette.ColorRole.Window)
        found["error_y"] = dialog.error.mapTo(dialog, QPoint(0, 0)).y()
        found["field_y"] = dialog.text.mapTo(dialog, QPoint(0, 0)).y()
        buttons = dialog.ok.mapTo(dialog, QPoint(0, dialog.ok.height()))
        found["buttons_inside"] = dialog.rect().contains(buttons)
        dialog.done(0)

    when_modal(empty_save)
    qtbot.mouseClick(page.new_goal, Qt.MouseButton.LeftButton)
    raise_modal_failures()
    qtbot.waitUntil(lambda: "colour" in found, timeout=5000)
    return found


def test_form_errors_are_readable_at_the_top_in_every_theme(qtbot, data_root):
    from carematch.gui.theme import contrast_ratio

    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    app = QApplication.instance()
    try:
        for high_contrast in (False, True):
            apply_theme(app, text_size=100, high_contrast=high_contrast)
            found = _error_journey(qtbot, window)
            ratio = contrast_ratio(found["colour"], found["background"])
            assert ratio >= 4.5, f"error text contrast {ratio:.2f} (high contrast {high_contrast})"
            assert found["error_y"] < found["field_y"], "the problem is said above the form"
            assert found["buttons_inside"], "Save and Cancel stay inside the dialog"
    finally:
        apply_theme(app, text_size=100)


def test_unlock_starts_in_the_passphrase_box(qtbot, data_root):
    vault, _ = create_vault("Locked", PASS)
    vault.close()
    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    window.context.load_catalogue_now()
    seen = []

    def type_passphrase(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, UnlockDialog)
        field = typed_into_focus(qtbot, dialog, PASS)
        seen.append(field is dialog.passphrase)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_modal(type_passphrase)
    window.start("Locked")
    raise_modal_failures()
    assert seen == [True]
    assert window.context.vault is not None and window.context.vault.name == "Locked"
    window.context.close_vault()


def test_a_check_in_can_be_dated_a_few_days_back(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    journal = window.context.journal
    goal_id = page.current_goal_id()
    before = len(journal.checkins(goal_id))

    def three_days_back(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CheckInDialog)
        qtbot.keyClick(focus_in(qtbot, dialog), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.day
        for _ in range(3):
            qtbot.keyClick(dialog.day, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)

    when_modal(three_days_back)
    qtbot.mouseClick(page.quick_checkin, Qt.MouseButton.LeftButton)
    raise_modal_failures()
    qtbot.waitUntil(lambda: len(journal.checkins(goal_id)) == before + 1, timeout=5000)
    newest = max(journal.checkins(goal_id), key=lambda c: c.id)
    assert newest.at.date() == dt.date.today() - dt.timedelta(days=3)


def test_rate_the_device_asks_which_idea(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    journal: Journal = window.context.journal
    goal_id = next(g.id for g in journal.list_goals() if len(journal.experiments(g.id)) >= 2)
    row = next(r for r in range(page.goals.count()) if page.goals.item(r).data(ID_ROLE) == goal_id)
    page.goals.setFocus()
    while page.goals.currentRow() != row:  # choose the goal with the arrow keys
        down = page.goals.currentRow() < row
        qtbot.keyClick(page.goals, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    experiments = journal.experiments(goal_id)
    chosen = {}

    def pick_the_other(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QuestDialog)
        combo = focus_in(qtbot, dialog)
        assert isinstance(combo, QComboBox) and combo is dialog.which
        assert combo.count() == len(experiments)
        start = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if start == 0 else Qt.Key.Key_Up)
        chosen["id"] = combo.currentData()
        assert chosen["id"] != experiments[start].id
        qtbot.keyClick(combo, Qt.Key.Key_Tab)  # to the first QUEST item
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # "Not rated" -> 1
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(pick_the_other)
    assert page.rate.isVisible()
    qtbot.mouseClick(page.rate, Qt.MouseButton.LeftButton)
    raise_modal_failures()
    qtbot.waitUntil(lambda: bool(journal.quest_ratings(chosen.get("id", -1))), timeout=5000)


def test_switching_vault_resets_the_filters(qtbot, data_root):
    other, _ = create_vault("Client B", None)
    other.close()
    window = demo_window(qtbot)
    find = window.find_page
    find.place.setCurrentIndex(find.place.count() - 1)
    find.cost.setCurrentIndex(1)
    assert find.filters().place is not None
    go_to(qtbot, window, 3)
    catalogue = window.catalogue_page
    qtbot.keyClicks(catalogue.search, "commode")
    catalogue.area.setCurrentIndex(catalogue.area.count() - 1)

    def open_other(dialog):  # type: ignore[no-untyped-def]
        dialog.choice.setCurrentIndex(dialog.choice.findData("Client B"))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    go_to(qtbot, window, 4)
    when_modal(open_other)
    qtbot.mouseClick(window.settings_page.switch_vault, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.context.vault is not None and window.context.vault.name == "Client B",
        timeout=5000,
    )
    assert find.filters().place is None and find.filters().max_cost is None
    assert catalogue.search.text() == "" and catalogue.area.currentIndex() == 0
    window.context.close_vault()


def test_a_check_in_asks_two_questions_first_and_more_detail_on_request(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    journal = window.context.journal
    goal_id = page.current_goal_id()
    before = len(journal.checkins(goal_id))
    seen = {}

    def with_pain(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CheckInDialog)
        # first: how well, how happy (each scale said at both ends) and the day
        assert not dialog.pain.isVisible() and not dialog.note.isVisible()
        assert dialog.performance.isVisible() and dialog.day.isVisible()
        ends = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is dialog.performance]
        assert [lab.text() for lab in ends] == ["1 not at all · 10 very well"]
        first = focus_in(qtbot, dialog)
        assert first is dialog.performance
        qtbot.keyClick(first, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # More detail
        qtbot.waitUntil(dialog.pain.isVisible)
        assert QApplication.focusWidget() is dialog.gas  # the first of the details
        seen["height"] = dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
        qtbot.keyClick(dialog.gas, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.pain
        for _ in range(4):  # from "Not rated" up to 3
            qtbot.keyClick(dialog.pain, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.pain, Qt.Key.Key_Return)

    when_modal(with_pain)
    qtbot.mouseClick(page.quick_checkin, Qt.MouseButton.LeftButton)
    raise_modal_failures()
    qtbot.waitUntil(lambda: len(journal.checkins(goal_id)) == before + 1, timeout=5000)
    newest = max(journal.checkins(goal_id), key=lambda c: c.id)
    assert newest.pain == 3
    assert seen["height"], "every line of the form shows (no row squeezed)"
