"""Experiments that end in a decision, and the calendar file (issue 20, part 1): time is given
to the code (a `today`), never waited for."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from carematch.app.review import decide
from carematch.app.session import VaultSession
from carematch.evidence.review import due_reviews, review_date
from carematch.gui.dialogs.journal_forms import ExperimentDialog
from carematch.gui.dialogs.review_dialog import ReviewDialog
from carematch.journal.inputs import JournalInputError
from carematch.reports.calendar_ics import calendar_ics

from .gui_helpers import demo_window, raise_modal_failures
from .test_gui_action_journeys import activate, alt, choose, click, go_to, through_dialog, typed

START = dt.date(2026, 11, 2)


@pytest.fixture
def journal():
    with VaultSession() as session:
        session.create("Mine", None)
        yield session.journal_or_fail


def _trying(journal, title: str, length: str = "2 weeks", rhythm: str = "every day"):  # type: ignore[no-untyped-def]
    goal = journal.add_goal(f"Goal for {title}")
    return journal.add_experiment(
        goal.id,
        title,
        entry_id="kettle-tipper",
        start_date=START,
        status="trying",
        review_on=review_date(START, length),
        rhythm=rhythm,
    )


def test_a_review_comes_due_on_its_date_and_stays_due_when_missed(journal):
    exp = _trying(journal, "Kettle tipper")
    assert exp.review_on == dt.date(2026, 11, 16)
    assert due_reviews(journal, dt.date(2026, 11, 15)) == []
    (due,) = due_reviews(journal, dt.date(2026, 11, 16))
    assert due.title == "Kettle tipper" and "too early to tell" in due.evidence.sentence
    missed = due_reviews(journal, dt.date(2026, 11, 26))  # a missed week: still there
    assert missed[0].as_dict(dt.date(2026, 11, 26))["days_overdue"] == 10
    assert review_date(START, "until I decide") is None
    with pytest.raises(ValueError, match="Try it for"):
        review_date(START, "3 days")


def test_keep_change_and_stop(journal):
    today = dt.date(2026, 11, 20)
    kept, changed, stopped = (_trying(journal, t) for t in ("Tipper", "Perching stool", "Grabber"))
    assert "Kept" in decide(journal, kept.id, "keep", note="works", today=today).message
    assert "Trying" in decide(journal, changed.id, "change", note="lower it", today=today).message
    assert "Stopped" in decide(journal, stopped.id, "stop", today=today).message
    by_title: dict[str, list] = {}
    for goal in journal.list_goals():
        for e in journal.experiments(goal.id):
            by_title.setdefault(e.title, []).append(e)
    (k,) = by_title["Tipper"]
    assert (k.status.value, k.end_date, k.decision_note, k.review_on) == (
        "kept",
        today,
        "works",
        None,
    )
    first, again = by_title["Perching stool"]
    assert first.status.value == "stopped" and first.decision_note == "lower it"
    assert again.status.value == "trying" and again.start_date == today
    assert again.review_on == today + dt.timedelta(days=14) and again.rhythm == "every day"
    assert due_reviews(journal, today) == []
    with pytest.raises(JournalInputError, match="already"):
        decide(journal, kept.id, "stop", today=today)
    with pytest.raises(JournalInputError, match="keep it"):
        decide(journal, again.id, "maybe", today=today)


def test_the_calendar_file_reads_back_and_says_nothing_personal_by_default(journal):
    exp = _trying(journal, "Tipper; with, commas\nand a new line " + "long " * 20)
    cal = icalendar.Calendar.from_ical(calendar_ics(journal))
    events = [c for c in cal.walk("VEVENT")]
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == ["CareMatch check-in", "CareMatch review"]
    review = next(e for e in events if str(e["SUMMARY"]) == "CareMatch review")
    assert review.decoded("DTSTART") == exp.review_on
    checkin = next(e for e in events if str(e["SUMMARY"]) == "CareMatch check-in")
    assert checkin["RRULE"]["FREQ"] == ["DAILY"]
    worded = calendar_ics(journal, goal_words=True)
    assert all(len(line.encode()) <= 75 for line in worded.split("\r\n"))
    titles = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(worded).walk("VEVENT")]
    assert any("Tipper; with, commas\nand a new line" in t for t in titles)


def test_cli_review_and_calendar(run_cli, tmp_path):
    assert run_cli("vault", "create", "Mine", "--no-passphrase").returncode == 0
    with VaultSession() as session:
        session.open("Mine")
        exp = _trying(session.journal_or_fail, "Kettle tipper", length="1 week")
    shown = run_cli("review", "--vault", "Mine", "--json")
    (due,) = json.loads(shown.stdout)
    assert due["experiment"] == exp.id and due["days_overdue"] > 0
    done = run_cli("review", "--vault", "Mine", "--decide", str(exp.id), "keep", "--note", "ok")
    assert done.returncode == 0 and "Kept" in done.stdout
    assert "Nothing to review" in run_cli("review", "--vault", "Mine").stdout
    bad = run_cli("review", "--vault", "Mine", "--decide", "x", "keep")
    assert bad.returncode == 2
    out = tmp_path / "mine.ics"
    wrote = run_cli("calendar", "--vault", "Mine", "--out", str(out))
    assert wrote.returncode == 0 and out.exists()
    icalendar.Calendar.from_ical(out.read_bytes())


def test_try_it_for_two_weeks_then_review_it_in_the_app(qtbot, data_root):
    window = demo_window(qtbot)
    journal = window.context.journal
    go_to(qtbot, window, 2)

    def new_experiment(dialog: QWidget) -> None:
        assert isinstance(dialog, ExperimentDialog)
        typed(qtbot, dialog.what, "Perching stool by the worktop")
        dialog.start.setDate(QDate.currentDate().addDays(-7))
        choose(qtbot, dialog.length, 7)  # Try it for: 1 week
        choose(qtbot, dialog.rhythm, "every day")
        click(qtbot, dialog.ok)

    through_dialog(qtbot, new_experiment, lambda: alt(qtbot, window, "X"))
    tried = [
        e
        for g in journal.list_goals()
        for e in journal.experiments(g.id)
        if e.title == "Perching stool by the worktop"
    ]
    assert tried and tried[0].review_on == dt.date.today() and tried[0].rhythm == "every day"
    for title in ("Grabber", "Jar opener"):
        _trying(journal, title, length="1 week")
    window.context.close_vault()  # opening it again says what is due
    assert window.open_named_vault("Demo")
    journal = window.context.journal
    assert "3 experiments are ready for their review" in window.statusBar().currentMessage()

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, ReviewDialog) and dialog.due.count() == 3
        for pick in (dialog.keep_button, dialog.change_button, dialog.stop_button):
            dialog.due.setCurrentRow(0)
            typed(qtbot, dialog.note, "a note")
            click(qtbot, pick)
        assert dialog.due.count() == 0  # the changed one starts again, its review ahead
        assert "Stopped" in dialog.status.text()
        assert "Nothing to review" in dialog.evidence.toPlainText()
        click(qtbot, dialog.close_button)

    activate(qtbot, window)
    through_dialog(qtbot, review, lambda: alt(qtbot, window, "W"))
    raise_modal_failures()
    window.context.close_vault()
