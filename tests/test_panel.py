"""The enablement panel view (issue 21): the chosen goals one at a time in large type, next
steps agreed with who and by when (they become planned experiments reviewed on that day), and
the notes saved in a report format, with nothing the person did not choose."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from carematch.app.panel import STEP_MARK, add_step, panel_goal
from carematch.app.session import VaultSession
from carematch.evidence.review import due_reviews
from carematch.gui.dialogs.panel_view import PanelGoalsDialog, PanelView
from carematch.journal.inputs import JournalInputError

from .gui_helpers import (
    MODAL_FAILURES,
    demo_window,
    raise_modal_failures,
    through_modal,
    when_modal,
)
from .test_gui_action_journeys import activate, alt, click, go_to, save_file_as


def test_a_next_step_becomes_an_experiment_reviewed_on_its_day():
    with VaultSession() as session:
        session.create("Mine", None)
        journal = session.journal_or_fail
        goal = journal.add_goal("Get to the shops", why="I miss choosing my own food")
        today = dt.date(2026, 12, 5)
        said = add_step(
            journal, goal.id, "Try the Shopmobility scooter", "Sam", today + dt.timedelta(7), today
        )
        assert "Sam, by 12 December 2026" in said
        page = panel_goal(journal, goal.id)
        assert page.matters == "I miss choosing my own food"
        assert page.steps == ["Try the Shopmobility scooter — Sam will do it. by 12 December 2026"]
        assert page.tried == []  # a step agreed is not something tried yet
        (exp,) = journal.experiments(goal.id)
        assert exp.expectation.startswith(STEP_MARK) and exp.review_on == dt.date(2026, 12, 12)
        assert [r.title for r in due_reviews(journal, dt.date(2026, 12, 12))] == [exp.title]
        for what, who, by in (
            ("", "Sam", today),
            ("Walk", "", today),
            ("Walk", "Sam", today - dt.timedelta(1)),
        ):
            with pytest.raises(JournalInputError):
                add_step(journal, goal.id, what, who, by, today)


def test_the_panel_view_by_keyboard_shows_only_the_chosen_goals(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    journal = window.context.journal
    goals = journal.list_goals()
    left_out = goals[1].text
    go_to(qtbot, window, 2)
    out = tmp_path / "panel.html"
    answered: list[QWidget] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PanelGoalsDialog)
        second = dialog.boxes[1][0]
        click(qtbot, second)  # leave the bath out
        assert not second.isChecked()
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)
        answered.append(dialog)

    def meet(view: QWidget) -> None:
        assert isinstance(view, PanelView)
        assert view.isFullScreen() and view.font().pointSizeF() > window.font().pointSizeF()
        assert view.where.text() == "Goal 1 of 2" and "What matters" in view.page.toPlainText()
        alt(qtbot, view, "W")
        qtbot.keyClicks(view.what, "Try a kettle tipper at the OT's")
        alt(qtbot, view, "H")
        qtbot.keyClicks(view.who, "Priya (OT)")
        alt(qtbot, view, "A")
        qtbot.waitUntil(lambda: "Next step kept" in view.status.text())
        assert "Priya (OT) will do it" in view.page.toPlainText()
        qtbot.keyClick(view.page, Qt.Key.Key_PageDown)
        assert view.where.text() == "Goal 2 of 2" and left_out not in view.page.toPlainText()
        assert not view.next_button.isEnabled()  # the last chosen goal
        qtbot.keyClick(view.page, Qt.Key.Key_PageUp)
        assert view.where.text() == "Goal 1 of 2"
        alt(qtbot, view, "N")
        qtbot.waitUntil(lambda: view.where.text() == "Goal 2 of 2")
        alt(qtbot, view, "P")
        qtbot.waitUntil(lambda: view.where.text() == "Goal 1 of 2")
        through_modal(qtbot, QFileDialog, save_file_as(qtbot, out), lambda: alt(qtbot, view, "S"))
        assert "Saved" in view.status.text()
        alt(qtbot, view, "C")

    finished: list[QWidget] = []

    def step(action):  # type: ignore[no-untyped-def]
        def act(dialog: QWidget) -> None:
            try:
                activate(qtbot, dialog)
                action(dialog)
            finally:
                finished.append(dialog)

        return act

    when_modal(step(choose), kind=PanelGoalsDialog)
    when_modal(step(meet), kind=PanelView)  # opens once the goals are chosen
    alt(qtbot, window, "N")
    qtbot.waitUntil(lambda: len(finished) == 2 or bool(MODAL_FAILURES), timeout=20_000)
    raise_modal_failures()
    steps = [
        e
        for g in journal.list_goals()
        for e in journal.experiments(g.id)
        if e.title.startswith("Try a kettle tipper at")
    ]
    assert len(steps) == 1 and steps[0].goal_id == goals[0].id
    saved = out.read_text()
    assert goals[0].text in saved and left_out not in saved and "My wins" in saved


def test_cancel_before_the_panel_starts_changes_nothing(qtbot, data_root):
    from .test_gui_action_journeys import press_cancel, through_dialog

    window = demo_window(qtbot)
    journal = window.context.journal
    before = journal.counts()
    go_to(qtbot, window, 2)
    through_dialog(
        qtbot,
        press_cancel(qtbot, PanelGoalsDialog),
        lambda: click(qtbot, window.goals_page.panel_button),
    )
    assert journal.counts() == before
