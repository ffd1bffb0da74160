"""Journal use cases through the service layer, on a real vault file."""

from __future__ import annotations

import datetime as dt

import pytest

from carematch.journal.models import ExperimentStatus, GoalStatus, MarkKind
from carematch.journal.service import Journal, JournalInputError, experiment_events
from carematch.vault import create_vault


@pytest.fixture
def journal(data_root):
    vault, _ = create_vault("Journal test", None)
    yield Journal(vault)
    vault.close()


def test_goal_life_cycle(journal):
    goal = journal.add_goal(
        "Make a brew on my own again",
        why="independence",
        importance=8,
        gas={-2: "can't", 0: "sometimes", 2: "every day"},
        tags=["kitchen", "mornings"],
    )
    assert journal.get_goal(goal.id).gas_levels()[2] == "every day"
    assert journal.goal_tags(goal.id) == ["kitchen", "mornings"]
    journal.update_goal(goal.id, status="achieved", importance=9, text="Make my own tea")
    again = journal.get_goal(goal.id)
    assert again.status == GoalStatus.ACHIEVED and again.importance == 9
    assert journal.list_goals((GoalStatus.ACTIVE,)) == []
    journal.untag_goal(goal.id, "mornings")
    assert journal.goal_tags(goal.id) == ["kitchen"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda j, g: j.add_goal("   "), "Write something for your goal"),
        (lambda j, g: j.add_goal("x", importance=11), "Importance must be from 1 to 10"),
        (lambda j, g: j.add_goal("x", importance="lots"), "whole number"),
        (lambda j, g: j.add_checkin(g, 0, 5), "from 1 to 10; you gave 0"),
        (lambda j, g: j.add_checkin(g, 5, None), "is needed"),
        (lambda j, g: j.add_checkin(g, 5, 5, pain=12), "Pain must be from 0 to 10"),
        (lambda j, g: j.add_checkin(g, 5, 5, gas_level=3), "from -2 to 2"),
        (lambda j, g: j.add_checkin(999, 5, 5), "no longer exists"),
        (
            lambda j, g: j.add_experiment(
                g, "x", start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 1, 1)
            ),
            "end date is before",
        ),
        (lambda j, g: j.add_experiment(g, "x", cost_pence=-5), "cost must be 0 or more"),
        (lambda j, g: j.update_goal(g, status="finished"), "status is one of"),
        (lambda j, g: j.update_goal(g, colour="red"), "no field called 'colour'"),
    ],
)
def test_bad_input_gets_a_plain_message_and_saves_nothing(journal, call, message):
    goal = journal.add_goal("A goal")
    before = journal.counts()
    with pytest.raises(JournalInputError, match=message):
        call(journal, goal.id)
    assert journal.counts() == before


def test_experiments_and_checkins(journal):
    goal = journal.add_goal("Bath on my own")
    exp = journal.add_experiment(
        goal.id,
        "Bath board",
        entry_id="bath-board",
        start_date=dt.date(2026, 3, 1),
        end_date=dt.date(2026, 4, 1),
        cost_pence=2500,
        status=ExperimentStatus.TRYING,
    )
    journal.update_experiment(exp.id, outcome="Safer now", status="kept")
    journal.add_checkin(goal.id, 3, 4, at=dt.datetime(2026, 2, 20))
    journal.add_checkin(
        goal.id,
        6,
        7,
        at=dt.datetime(2026, 3, 20),
        experiment_id=exp.id,
        effort=4,
        pain=2,
        fatigue=5,
        note="Much better",
    )
    kinds = [item.kind for item in experiment_events(journal.experiments(goal.id))]
    assert kinds == ["experiment-start", "experiment-end"]
    assert [c.note for c in journal.checkins(goal.id)] == ["", "Much better"]
    assert journal.latest_checkin(goal.id).performance == 6
    assert journal.experiments(goal.id)[0].status == ExperimentStatus.KEPT


def test_delete_and_undo_then_purge(journal):
    goal = journal.add_goal("Garden")
    checkin = journal.add_checkin(goal.id, 5, 5, note="keep me")
    deleted = journal.delete("checkin", checkin.id)
    assert journal.checkins(goal.id) == []
    journal.undo(deleted)
    assert [c.note for c in journal.checkins(goal.id)] == ["keep me"]
    journal.delete("goal", goal.id)
    assert journal.list_goals() == []
    assert journal.purge_deleted(older_than=dt.timedelta(0)) >= 1
    assert journal.counts()["checkins"] == 0
    with pytest.raises(JournalInputError, match="too long ago"):
        journal.undo(deleted)


def test_attachments_are_removed_with_their_record(journal):
    adaptation = journal.add_adaptation("Foam spoon", materials="pipe lagging")
    att = journal.attach("spoon.jpg", b"jpeg bytes", adaptation_id=adaptation.id)
    assert journal.read_attachment(att) == b"jpeg bytes"
    assert att.media_type == "image/jpeg"
    journal.delete("adaptation", adaptation.id)
    journal.purge_deleted(older_than=dt.timedelta(0))
    assert journal.counts()["attachments"] == 0
    assert list(journal.vault.attachments_dir.iterdir()) == []


def test_attach_needs_exactly_one_owner(journal):
    with pytest.raises(JournalInputError, match="one check-in or one adaptation"):
        journal.attach("x.txt", b"x")


def test_marks_feed_the_matcher(journal):
    journal.set_mark("kettle-tipper", MarkKind.WORKED)
    journal.set_mark("jar-opener", "not for me")
    assert journal.marks() == (["kettle-tipper"], ["jar-opener"])
    journal.set_mark("jar-opener", None)
    assert journal.marks() == (["kettle-tipper"], [])


def test_full_text_search_over_notes(journal):
    goal = journal.add_goal("Read the post")
    journal.add_checkin(goal.id, 4, 4, note="The magnifier helped with the gas bill")
    journal.add_checkin(goal.id, 4, 4, note="Nothing to report")
    hits = journal.search("magnif")
    assert [h.kind for h in hits] == ["checkin"]
    assert "magnifier" in hits[0].snippet.lower()
    assert journal.search("") == []
    assert journal.search('"; DROP TABLE goals; --') == []
    deleted = journal.delete("checkin", hits[0].id)
    assert journal.search("magnifier") == []
    journal.undo(deleted)
    assert journal.search("gas bill")


def test_listeners_hear_each_committed_write_once_and_marks_apart(journal):
    heard: list[str] = []
    journal.on_change(heard.append)
    goal = journal.add_goal("Make a brew")
    journal.add_checkin(goal.id, 4, 5)
    journal.set_mark("kettle-tipper", "worked")
    assert heard == ["journal", "journal", "marks"]
    with pytest.raises(JournalInputError):
        journal.add_checkin(goal.id, 99, 5)  # refused: nothing written, nothing heard
    journal.list_goals()
    assert heard == ["journal", "journal", "marks"]
