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


# --- try without it, and a kept idea as my adaptation ---------------------------------------
def _checkins(journal, goal_id: int, first: dt.date, scores: list[int]) -> None:  # type: ignore[no-untyped-def]
    for n, score in enumerate(scores):
        when = dt.datetime.combine(first + dt.timedelta(days=n), dt.time(9))
        journal.add_checkin(goal_id, performance=score, satisfaction=score, at=when)


def test_a_few_days_without_it_are_compared_honestly(journal):
    from carematch.app.review import try_without

    exp = _trying(journal, "Kettle tipper")
    _checkins(journal, exp.goal_id, START, [7, 8, 7, 8])  # with it, 2 to 5 November
    spell_start = START + dt.timedelta(days=4)
    said = try_without(journal, exp.id, 3, today=spell_start).message
    assert "next 3 days" in said and "09 November" in said
    changed = journal.experiments(exp.goal_id)[0]
    assert (changed.without_from, changed.without_until) == (spell_start, dt.date(2026, 11, 8))
    _checkins(journal, exp.goal_id, spell_start, [4])
    (due,) = due_reviews(journal, dt.date(2026, 11, 9))
    assert due.without is not None and not due.without.enough
    assert "Not enough check-ins yet to tell" in due.sentences  # 1 without it: too few
    _checkins(journal, exp.goal_id, spell_start + dt.timedelta(days=1), [5, 4])
    (due,) = due_reviews(journal, dt.date(2026, 11, 9))
    assert due.without is not None and due.without.enough
    assert "7.5 out of 10 (4 check-ins)" in due.without.sentence
    assert "4.3 (3 check-ins)" in due.without.sentence
    assert "really helps" in due.without.sentence
    with pytest.raises(JournalInputError, match="3, 5 or 7"):
        try_without(journal, exp.id, 4, today=spell_start)


def test_the_same_either_way_is_said_plainly(journal):
    from carematch.evidence.scales import Rating
    from carematch.evidence.without import compare

    ratings = [Rating(dt.datetime(2026, 11, d, 9), 6, 6) for d in (1, 2, 3, 4)] + [
        Rating(dt.datetime(2026, 11, d, 9), 6, 5) for d in (5, 6, 7)
    ]
    result = compare(
        ratings, dt.date(2026, 11, 1), dt.date(2026, 11, 5), dt.date(2026, 11, 7), "it"
    )
    assert result.enough and "about the same either way" in result.sentence


def test_only_a_kept_idea_becomes_my_adaptation_and_only_once(journal):
    from carematch.app.review import keep_as_adaptation

    exp = _trying(journal, "Tap turner")
    with pytest.raises(JournalInputError, match="Only an idea you kept"):
        keep_as_adaptation(journal, exp.id)
    decide(journal, exp.id, "keep", note="Works with my left hand", today=START)
    made = keep_as_adaptation(journal, exp.id)
    assert made.title == "Tap turner" and "left hand" in made.what
    assert journal.experiments(exp.goal_id)[0].adaptation_id == made.id
    with pytest.raises(JournalInputError, match="already one of your adaptations"):
        keep_as_adaptation(journal, exp.id)


def test_try_without_then_keep_and_make_it_an_adaptation_in_the_app(qtbot, data_root):
    window = demo_window(qtbot)
    journal = window.context.journal
    goal = journal.list_goals()[0]
    today = dt.date.today()
    exp = journal.add_experiment(
        goal.id,
        "Long-handled tap turner",
        start_date=today - dt.timedelta(days=14),
        status="trying",
        review_on=today,
    )
    go_to(qtbot, window, 2)

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, ReviewDialog)
        row = next(
            r for r in range(dialog.due.count()) if "tap turner" in dialog.due.item(r).text()
        )
        dialog.due.setCurrentRow(row)
        choose(qtbot, dialog.without_days, 5)
        click(qtbot, dialog.without_button)
        assert "next 5 days" in dialog.status.text()
        assert all("tap turner" not in dialog.due.item(r).text() for r in range(dialog.due.count()))
        click(qtbot, dialog.close_button)

    through_dialog(qtbot, review, lambda: alt(qtbot, window, "W"))
    assert journal.experiments(goal.id)[-1].without_until == today + dt.timedelta(days=4)
    journal.update_experiment(exp.id, review_on=today)  # the spell is over: review again

    def keep(dialog: QWidget) -> None:
        assert isinstance(dialog, ReviewDialog)
        row = next(
            r for r in range(dialog.due.count()) if "tap turner" in dialog.due.item(r).text()
        )
        dialog.due.setCurrentRow(row)
        assert "without" in dialog.evidence.toPlainText()
        assert dialog.chart.isVisible() and "Long-handled" in dialog.chart.svg_text
        assert not dialog.adapt_button.isVisible()
        click(qtbot, dialog.keep_button)
        click(qtbot, dialog.adapt_button)
        assert "now one of your adaptations" in dialog.status.text()
        assert not dialog.adapt_button.isVisible()
        click(qtbot, dialog.close_button)

    activate(qtbot, window)
    through_dialog(qtbot, keep, lambda: alt(qtbot, window, "W"))
    raise_modal_failures()
    assert [a.title for a in journal.adaptations()][-1] == "Long-handled tap turner"
    window.context.close_vault()


def test_cli_try_without_adapt_and_reminders(run_cli):
    assert run_cli("vault", "create", "Mine", "--no-passphrase").returncode == 0
    with VaultSession() as session:
        session.open("Mine")
        exp = _trying(session.journal_or_fail, "Grab rail")
        goal_id = exp.goal_id
    done = run_cli("review", "--vault", "Mine", "--without", str(exp.id), "3")
    assert done.returncode == 0 and "without “Grab rail”" in done.stdout
    bad = run_cli("review", "--vault", "Mine", "--without", str(exp.id), "4")
    assert bad.returncode == 2 and "3, 5 or 7" in bad.stderr
    assert run_cli("review", "--vault", "Mine", "--decide", str(exp.id), "keep").returncode == 0
    made = run_cli("review", "--vault", "Mine", "--adapt", str(exp.id))
    assert made.returncode == 0 and "now one of your adaptations" in made.stdout
    set_up = run_cli(
        "reminders", "--vault", "Mine", "--on", "--at", "08:30", "--quiet", "22:00-07:00",
        "--per-day", "2", "--stop", str(goal_id), "--json",
    )  # fmt: skip
    shown = json.loads(set_up.stdout)
    assert shown["notify"] and shown["at"] == "08:30" and shown["per_day"] == 2
    assert shown["quiet_hours"] == ["22:00", "07:00"] and shown["quiet_goals"] == []
    assert not shown["goal_words"]
    plain_text = run_cli("reminders", "--vault", "Mine", "--resume", str(goal_id))
    assert "back on" in plain_text.stdout and "Desktop reminders: at 08:30" in plain_text.stdout
    refused = run_cli("reminders", "--vault", "Mine", "--at", "25:61")
    assert refused.returncode == 2 and "19:00" in refused.stderr


def test_keeping_an_idea_that_made_a_difference_says_what_changed(journal):
    exp = _trying(journal, "Kettle tipper")
    _checkins(journal, exp.goal_id, START - dt.timedelta(days=3), [3, 3, 3])
    _checkins(journal, exp.goal_id, START, [7, 8, 8])
    said = decide(journal, exp.id, "keep", today=START + dt.timedelta(days=14)).message
    assert said == (
        "Kept “Kettle tipper”. Well done! Since you started “Kettle tipper”, "
        "“Goal for Kettle tipper” went from 3 to 8 out of 10."
    )
