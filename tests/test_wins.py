"""Wins worth celebrating (issue 20, part 3): found from the journal, said once when they
happen, kept on the goal's page, and listed by `carematch wins`."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from carematch.app.session import VaultSession
from carematch.evidence.goal_evidence import gather
from carematch.evidence.wins import goal_wins
from carematch.gui.dialogs.journal_forms import CheckInDialog

from .gui_helpers import demo_window, raise_modal_failures
from .test_gui_action_journeys import activate, alt, click, go_to, through_dialog

DAY = dt.datetime(2026, 10, 1, 9)


def test_a_change_an_idea_kept_and_a_goal_achieved_are_wins():
    with VaultSession() as session:
        session.create("Mine", None)
        journal = session.journal_or_fail
        goal = journal.add_goal("Make a cup of tea on my own again")
        for n, value in enumerate([3, 3, 3, 4, 6, 7, 8]):
            journal.add_checkin(
                goal.id, performance=value, satisfaction=5, at=DAY + dt.timedelta(days=n)
            )
        exp = journal.add_experiment(
            goal.id,
            "Kettle tipper",
            start_date=dt.date(2026, 10, 4),
            status="kept",
            end_date=dt.date(2026, 10, 7),
        )
        assert [w.kind for w in goal_wins(gather(journal, goal))] == ["change", "kept"]
        change, kept = goal_wins(gather(journal, goal))
        assert change.on == dt.date(2026, 10, 5) and "from 3 to 6 out of 10" in change.sentence
        assert (
            kept.sentence.startswith("Since you started “Kettle tipper”")
            and kept.key == f"kept-{exp.id}"
        )
        achieved = journal.update_goal(goal.id, status="achieved")
        assert goal_wins(gather(journal, achieved))[-1].sentence.startswith("You did it")
        quiet = journal.add_goal("Walk to the shop")
        journal.add_checkin(quiet.id, performance=4, satisfaction=4)
        assert goal_wins(gather(journal, quiet)) == []


def test_cli_lists_wins(run_cli):
    assert run_cli("demo", "--vault", "Demo").returncode == 0
    shown = run_cli("wins", "--vault", "Demo", "--json")
    wins = json.loads(shown.stdout)
    assert {w["kind"] for w in wins} >= {"kept", "change", "achieved"}
    assert run_cli("vault", "create", "Empty", "--no-passphrase").returncode == 0
    assert "No wins recorded yet" in run_cli("wins", "--vault", "Empty").stdout


def test_a_check_in_that_makes_a_real_change_is_celebrated_once(qtbot, data_root):
    window = demo_window(qtbot)
    journal = window.context.journal
    goal = journal.add_goal("Peel the potatoes sitting down")
    for value in (2, 2, 3):
        journal.add_checkin(goal.id, performance=value, satisfaction=3, at=DAY)
    go_to(qtbot, window, 2)
    page = window.goals_page
    page.reload(select_id=goal.id)
    assert page.wins.text() == ""

    def better(dialog: QWidget) -> None:
        assert isinstance(dialog, CheckInDialog)
        dialog.performance.setFocus()
        qtbot.keyClick(dialog.performance, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.performance, "6")
        click(qtbot, dialog.ok)

    activate(qtbot, window)
    through_dialog(qtbot, better, lambda: alt(qtbot, window, "Q"))
    qtbot.waitUntil(lambda: "Well done!" in window.statusBar().currentMessage(), timeout=5000)
    assert "from 2 to 6 out of 10" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "My wins" in page.wins.text(), timeout=5000)
    raise_modal_failures()
    window.context.close_vault()
