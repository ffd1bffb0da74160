"""A goal's page reads as plain sentences: each ends once, and one check-in is "1 check-in"."""

from __future__ import annotations

from .gui_helpers import demo_window
from .test_gui_action_journeys import go_to


def test_goal_sentences_end_once_and_one_check_in_is_counted_right(qtbot, data_root):
    window = demo_window(qtbot)
    journal = window.context.journal
    excited = journal.add_goal("Go to the football again", why="I miss the crowd!", importance=8)
    plain = journal.add_goal("Water the tomatoes", why="  They need it  ")
    journal.add_checkin(excited.id, 4, 6)
    go_to(qtbot, window, 2)
    page = window.goals_page
    page.select_goal(excited.id)
    qtbot.waitUntil(lambda: page.goal_title.text() == "Go to the football again")
    info = page.goal_info.text()
    assert info == "Why it matters: I miss the crowd! Importance 8 out of 10. Status: active."
    timeline = page.timeline.toPlainText()
    assert timeline.startswith("1 check-in, on ") and "check-ins" not in timeline.split("\n")[0]
    page.select_goal(plain.id)
    qtbot.waitUntil(lambda: page.goal_title.text() == "Water the tomatoes")
    assert page.goal_info.text().startswith("Why it matters: They need it. Importance 5")
    assert ".." not in page.goal_info.text()
