"""Help me choose in the app: from the first screen to a saved goal with ideas without typing
a word, by mouse and by keyboard; back, start again, something else, and saving the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from carematch.gui.dialogs.journal_forms import GoalDialog
from carematch.journal.enums import ExperimentStatus

from .gui_helpers import demo_window, raise_modal_failures, when_modal
from .test_gui_action_journeys import ALT, LEFT, activate, click, save_file_as


def click_item(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click a choice where it is drawn (choosing it moves on to the next question)."""
    item = view.item(row)
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(item).center())


def wait_for_guide(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    page = window.find_page
    qtbot.waitUntil(
        lambda: page.walk is not None and page.guide.choices.count() > 0, timeout=20_000
    )
    assert page.guide.isVisible(), "before a goal, the questions show (never empty lists)"


def choice_row(window, label: str) -> int:  # type: ignore[no-untyped-def]
    choices = window.find_page.guide.choices
    rows = [r for r in range(choices.count()) if choices.item(r).text().endswith(label)]
    assert rows, (
        f"no choice {label!r} in {[choices.item(r).text() for r in range(choices.count())]}"
    )
    return rows[0]


def goals_before(window) -> set[int]:  # type: ignore[no-untyped-def]
    return {g.id for g in window.context.journal.list_goals()}


def check_new_goal(window, before: set[int]) -> None:  # type: ignore[no-untyped-def]
    journal = window.context.journal
    new = [g for g in journal.list_goals() if g.id not in before]
    assert len(new) == 1
    assert new[0].text == "Making hot drinks: something easier to hold"
    planned = journal.experiments(new[0].id)
    shown = [
        window.find_page.results.item(r).text().split("  (")[0]
        for r in range(window.find_page.results.count())
    ]
    assert [e.title for e in planned] == shown[: len(planned)] and planned
    assert all(e.status == ExperimentStatus.PLANNED and e.entry_id for e in planned)
    assert "Saved the goal with" in window.find_page.status.text()


def test_by_mouse_from_the_first_screen_to_a_saved_goal_with_ideas(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    before = goals_before(window)
    for label in ("Food, drink and shopping", "Making hot drinks", "Something easier to hold"):
        question = page.guide.question.text()
        click_item(qtbot, page.guide.choices, choice_row(window, label))
        qtbot.waitUntil(
            lambda q=question: page.guide.question.text() != q or page.results.count() > 0
        )
    qtbot.waitUntil(lambda: page.results.count() > 0)
    assert page.trail.words.text() == (
        "Your answers: Food, drink and shopping › Making hot drinks › Something easier to hold"
    )
    assert page.status.text().startswith("Food, drink and shopping › Making hot drinks ›")
    assert page.results.item(0).text().startswith("Kettle tipper")

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        assert dialog.text.text() == "Making hot drinks: something easier to hold"
        click(qtbot, dialog.ok)

    when_modal(save)
    click(qtbot, page.save_goal_button)
    raise_modal_failures()
    check_new_goal(window, before)


def test_by_keyboard_alone_with_numbers_enter_and_alt_letters(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    before = goals_before(window)
    activate(qtbot, window)
    assert QApplication.focusWidget() is page.goal_box  # the app starts in the goal box
    qtbot.keyClick(page.goal_box, Qt.Key.Key_H, ALT)  # Help me choose
    choices = page.guide.choices
    qtbot.waitUntil(lambda: QApplication.focusWidget() is choices)  # a button's Alt+letter
    assert choices.accessibleName() == "Question 1 of 3: What would you like help with?"
    qtbot.keyClick(choices, Qt.Key.Key_1)  # the number of a choice chooses it
    assert choices.accessibleName().startswith("Question 2 of 3: What would you like to do with")
    qtbot.keyClick(choices, Qt.Key.Key_Return)  # the first is chosen already: Enter takes it
    assert choices.accessibleName() == "Question 3 of 3: What would make it easier?"
    qtbot.keyClick(choices, Qt.Key.Key_Backspace)  # back: the answer given shows as chosen
    assert choices.currentItem().text().endswith("Making hot drinks")
    qtbot.keyClick(choices, Qt.Key.Key_Return)
    qtbot.keyClick(choices, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: page.results.count() > 0)
    assert QApplication.focusWidget() is page.results and page.results.currentRow() == 0

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(save)
    qtbot.keyClick(page.results, Qt.Key.Key_G, ALT)  # Save these ideas as a goal
    qtbot.waitUntil(lambda: "Saved the goal" in page.status.text(), timeout=10_000)
    raise_modal_failures()
    check_new_goal(window, before)


def test_back_start_again_something_else_and_typing_over_the_guide(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    choices = page.guide.choices
    click_item(qtbot, choices, choice_row(window, "Getting about"))
    click_item(qtbot, choices, choice_row(window, "Not sure"))
    assert page.trail.words.text() == "Your answers: Getting about › Not sure"
    click(qtbot, page.trail.back)
    assert page.trail.words.text() == "Your answers: Getting about"
    click(qtbot, page.trail.restart)
    assert not page.trail.isVisible() and choices.count() == 10
    # something else: the goal box, started with the words chosen so far
    click_item(qtbot, choices, choice_row(window, "Food, drink and shopping"))
    click_item(qtbot, choices, choice_row(window, "Something else"))
    assert page.goal_box.text() == "Food, drink and shopping"
    assert QApplication.focusWidget() is page.goal_box
    qtbot.keyClicks(page.goal_box, "make a brew")
    qtbot.waitUntil(lambda: page.results.count() > 0 and not page.guide.isVisible())
    assert not page.trail.isVisible() and not page.save_goal_button.isVisible()
    # emptying the box brings the questions back where they were
    page.goal_box.selectAll()
    qtbot.keyClick(page.goal_box, Qt.Key.Key_Delete)
    qtbot.waitUntil(page.guide.isVisible)
    assert page.guide.question.text().startswith("Question 2 of 3")


def test_save_the_list_to_print(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    for label in ("Seeing, hearing and talking", "Reading", "Seeing more easily"):
        click_item(qtbot, page.guide.choices, choice_row(window, label))
    qtbot.waitUntil(lambda: page.results.count() > 0)
    out = tmp_path / "my ideas"
    when_modal(save_file_as(qtbot, out))
    click(qtbot, page.save_list_button)
    raise_modal_failures()
    saved = tmp_path / "my ideas.txt"
    qtbot.waitUntil(saved.exists)
    text = saved.read_text(encoding="utf-8")
    assert "You chose: Seeing, hearing and talking › Reading › Seeing more easily" in text
    first = page.results.item(0).text().split("  (")[0]
    assert f"1. {first} (" in text
    assert "Saved the list as my ideas.txt" in page.status.text()
    # or straight to the printer (here a PDF file, as a person with no printer would choose)
    from PySide6.QtPrintSupport import QPrintDialog

    from .test_gui_action_journeys import activate, pdf_text, print_to_file

    activate(qtbot, window)
    when_modal(print_to_file(qtbot, tmp_path / "printed.pdf"), kind=QPrintDialog)
    page.print_list_button.setFocus()
    qtbot.keyClick(page.print_list_button, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Sent the list to the printer" in page.status.text())
    raise_modal_failures()
    printed = " ".join(pdf_text(tmp_path / "printed.pdf").split())
    assert "Seeing more easily" in printed and f"1. {first}" in printed


def test_hiding_forgets_the_answers(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    click_item(qtbot, page.guide.choices, choice_row(window, "Washing, dressing and the toilet"))
    assert page.trail.isVisible()
    click(qtbot, window.hide_button)
    assert window.is_locked()
    assert page.walk is not None and not page.walk.answers
    assert page.guide.question.text().startswith("Question 1 of 3")


def test_is_this_about_narrows_the_ideas_and_says_so(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    qtbot.keyClicks(page.goal_box, "help me at the front door")
    qtbot.waitUntil(lambda: page.clarify.isVisible() and page.results.count() > 0)
    assert page.clarify.question.text() == "Is this about:"
    offered = [b.text() for b in page.clarify.buttons]
    assert 2 <= len(offered) <= 4
    everything = page.results.count()
    first = page.clarify.buttons[0]
    assert first.accessibleName() == f"Is this about {offered[0].lower()}?"
    click(qtbot, first)
    qtbot.waitUntil(lambda: page.status.text().startswith("Only ideas about"))
    assert page.clarify.question.text() == f"Only ideas about {offered[0].lower()}."
    assert 2 <= page.results.count() <= everything
    narrowed = [page.results.item(r).text() for r in range(page.results.count())]
    # the way back to every idea
    show_all = page.clarify.buttons[0]
    assert show_all.text() == "Show all the ideas"
    click(qtbot, show_all)
    qtbot.waitUntil(lambda: page.clarify.question.text() == "Is this about:")
    assert [page.results.item(r).text() for r in range(page.results.count())] != narrowed
    # a new goal forgets the choice
    click(qtbot, page.clarify.buttons[0])
    qtbot.waitUntil(lambda: page.status.text().startswith("Only ideas about"))
    qtbot.keyClicks(page.goal_box, " safely")
    qtbot.waitUntil(lambda: not page.status.text().startswith("Only ideas about"))


def test_nothing_found_names_the_filter_to_drop_and_offers_the_questions(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    page.kind.setFocus()
    while page.kind.currentData() != "builtin":  # choose with the arrow keys
        qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    page.place.setFocus()
    while page.place.currentData() != "garden":
        qtbot.keyClick(page.place, Qt.Key.Key_Down)
    page.goal_box.setFocus()
    qtbot.keyClicks(page.goal_box, "kettle tipper")
    qtbot.waitUntil(page.nothing.isVisible, timeout=10_000)
    assert page.results.count() == 0
    assert page.status.text().startswith("Nothing matched with these filters. Without the place")
    assert (
        page.drop_button.text().startswith("Show the ")
        and "without the place" in page.drop_button.text()
    )
    assert page.ask_button.isVisible()
    click(qtbot, page.drop_button)
    qtbot.waitUntil(lambda: page.results.count() > 0)
    assert page.place.currentData() is None and page.kind.currentData() == "builtin"
    assert not page.nothing.isVisible()
    # and the questions instead: back to nothing, then "Answer a few questions instead"
    page.place.setFocus()
    while page.place.currentData() != "garden":
        qtbot.keyClick(page.place, Qt.Key.Key_Down)
    qtbot.waitUntil(page.nothing.isVisible, timeout=10_000)
    click(qtbot, page.ask_button)
    qtbot.waitUntil(page.guide.isVisible)
    assert page.goal_box.text() == "" and QApplication.focusWidget() is page.guide.choices


def test_an_example_goal_starts_a_search_with_one_click(qtbot, data_root):
    window = demo_window(qtbot)
    wait_for_guide(qtbot, window)
    page = window.find_page
    assert page.examples.isVisible()
    example = page.examples.buttons[0]
    assert example.accessibleName() == f"Example goal: {example.text().lower()}"
    click(qtbot, example)
    assert page.goal_box.text() == example.text()
    qtbot.waitUntil(lambda: page.results.count() > 0)
    assert not page.examples.isVisible() and not page.guide.isVisible()
    page.goal_box.clear()
    qtbot.waitUntil(page.examples.isVisible)
    assert page.examples.question.text() == "For example:"
