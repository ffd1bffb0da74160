"""Gentle reminders (issue 20, part 2). Time is given to the code by an injectable clock, never
waited for: a reminder due, snoozed, in quiet hours, a missed week, a review date reached."""

from __future__ import annotations

import datetime as dt
import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carematch.app import reminders
from carematch.app.session import VaultSession
from carematch.evidence.reminders import GENERIC, Prefs, in_quiet_hours, notice_due
from carematch.evidence.review import review_date
from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.dialogs.journal_forms import CheckInDialog, GoalDialog
from carematch.journal.archive import export_vault, import_export
from carematch.journal.inputs import JournalInputError
from carematch.journal.service import Journal
from carematch.vault import create_vault, open_vault

from .gui_helpers import raise_modal_failures
from .test_gui_action_journeys import CTRL, activate, click, through_dialog

DAY = dt.date(2026, 12, 7)
TEA = "Make a cup of tea on my own again"


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def journal():
    with VaultSession() as session:
        session.create("Mine", None)
        yield session.journal_or_fail


def _quiet_goal(journal: Journal, days: int = 9, text: str = TEA) -> int:
    """A goal last checked in on `days` before DAY."""
    goal = journal.add_goal(text)
    journal.add_checkin(goal.id, performance=3, satisfaction=3, at=at(DAY, 9) - dt.timedelta(days))
    return goal.id


# --- the rules ----------------------------------------------------------------------------
def test_a_goal_goes_quiet_after_its_rhythm_and_says_when_it_was_last_checked(journal):
    tea = _quiet_goal(journal, days=9)
    _quiet_goal(journal, days=2, text="Get in and out of the bath")
    (quiet,) = reminders.quiet_now(journal, DAY)
    assert quiet.goal_id == tea
    assert quiet.sentence() == f"You last checked in on ‘{TEA}’ 9 days ago."
    # trying something every day: quiet after one day without a check-in
    bath = journal.list_goals()[1]
    journal.add_experiment(bath.id, "Bath board", status="trying", rhythm="every day")
    assert [q.goal_id for q in reminders.quiet_now(journal, DAY)] == [tea, bath.id]


def test_snooze_and_stop_leave_a_goal_out_until_they_should(journal):
    tea = _quiet_goal(journal)
    said = reminders.snooze(journal, tea, DAY)
    assert "tomorrow" in said
    assert reminders.quiet_now(journal, DAY) == []
    assert [q.goal_id for q in reminders.quiet_now(journal, DAY + dt.timedelta(1))] == [tea]
    with pytest.raises(JournalInputError, match="1, 3 or 7"):
        reminders.snooze(journal, tea, DAY, days=2)
    reminders.stop_reminding(journal, tea)
    assert reminders.quiet_now(journal, DAY + dt.timedelta(30)) == []
    reminders.resume_reminding(journal, tea)
    assert reminders.start_nudge(journal, DAY) is not None


def test_quiet_hours_may_run_over_midnight():
    late, early = dt.time(21, 30), dt.time(8, 0)
    assert in_quiet_hours(dt.time(23, 0), late, early)
    assert in_quiet_hours(dt.time(7, 59), late, early)
    assert not in_quiet_hours(dt.time(8, 0), late, early)
    assert not in_quiet_hours(dt.time(12, 0), dt.time(13, 0), dt.time(14, 0))
    assert not in_quiet_hours(dt.time(12, 0), early, early)  # equal ends: no quiet hours


def test_a_reminder_comes_at_the_chosen_time_once_a_day_and_not_in_quiet_hours(journal):
    _quiet_goal(journal)
    assert reminders.notice_now(journal, at(DAY, 19, 5)) is None  # off until the person asks
    reminders.save_prefs(journal, notify=True, at_time="19:00")
    assert reminders.notice_now(journal, at(DAY, 18, 59)) is None  # not yet
    notice = reminders.notice_now(journal, at(DAY, 19, 0))
    assert notice is not None and notice.body == GENERIC  # nothing personal by default
    assert reminders.notice_now(journal, at(DAY, 20, 30)) is None  # once a day
    # the next day again; a time inside the quiet hours never sends
    reminders.save_prefs(journal, at_time="22:00")
    assert reminders.notice_now(journal, at(DAY + dt.timedelta(1), 22, 30)) is None
    reminders.save_prefs(journal, quiet_from="23:00", quiet_to="07:00")
    assert reminders.notice_now(journal, at(DAY + dt.timedelta(1), 22, 30)) is not None


def test_two_a_day_only_when_asked_and_the_goal_words_only_when_allowed(journal):
    _quiet_goal(journal)
    reminders.save_prefs(journal, notify=True, at_time="10:00", per_day=2, personal=True)
    first = reminders.notice_now(journal, at(DAY, 10, 1))
    assert first is not None and first.body == f"How did ‘{TEA}’ go today?"
    assert reminders.notice_now(journal, at(DAY, 11, 0)) is None  # the second slot is 12:00
    assert reminders.notice_now(journal, at(DAY, 12, 0)) is not None
    assert reminders.notice_now(journal, at(DAY, 16, 0)) is None  # two was the most


def test_a_missed_week_gives_one_reminder_not_seven(journal):
    _quiet_goal(journal, days=3)
    reminders.save_prefs(journal, notify=True)
    later = DAY + dt.timedelta(days=7)  # CareMatch was not running all week
    assert reminders.notice_now(journal, at(later, 19, 30)) is not None
    assert reminders.notice_now(journal, at(later, 21, 0)) is None
    (quiet,) = reminders.quiet_now(journal, later)
    assert quiet.days == 10


def test_a_review_date_reached_is_a_reason_for_a_reminder(journal):
    goal = journal.add_goal(TEA)
    journal.add_checkin(goal.id, performance=5, satisfaction=5, at=at(DAY, 9))
    journal.add_experiment(
        goal.id,
        "Kettle tipper",
        status="trying",
        start_date=DAY - dt.timedelta(14),
        review_on=review_date(DAY - dt.timedelta(14), "2 weeks"),
    )
    reminders.save_prefs(journal, notify=True, personal=True)
    assert reminders.quiet_now(journal, DAY) == []  # checked in today
    notice = reminders.notice_now(journal, at(DAY, 19, 0))
    assert notice is not None and "review" in notice.body


def test_bad_settings_are_refused_and_change_nothing(journal):
    reminders.save_prefs(journal, at_time="07:30")
    for bad in ({"at_time": "25:00"}, {"quiet_to": "soon"}, {"per_day": 9}, {"colour": "red"}):
        with pytest.raises(JournalInputError):
            reminders.save_prefs(journal, **bad)
    assert reminders.load_prefs(journal).at_time == dt.time(7, 30)
    assert notice_due(Prefs(notify=True), at(DAY, 20), [], 0) is None  # nothing to remind


def test_reminder_choices_travel_in_an_export(journal, data_root, tmp_path):
    tea = _quiet_goal(journal)
    reminders.save_prefs(journal, notify=True, at_time="08:15", personal=True)
    reminders.stop_reminding(journal, tea)
    export_vault(journal.vault, tmp_path / "all.zip")
    vault, _code, counts = import_export(tmp_path / "all.zip", "Copy")
    assert counts["reminder_settings"] == 1
    with vault:
        copy = Journal(vault)
        assert reminders.load_prefs(copy).at_time == dt.time(8, 15)
        assert copy.get_goal(tea).remind is False


# --- in the app ---------------------------------------------------------------------------
def _window(qtbot, clock: dt.datetime, name: str = "Mine"):  # type: ignore[no-untyped-def]
    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    window.reminders.clock = lambda: clock
    assert window.open_named_vault(name)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def _made(checked_days_ago: int = 9) -> None:
    vault, _ = create_vault("Mine", None)
    with vault:
        _quiet_goal(Journal(vault), days=checked_days_ago)


def test_on_opening_a_quiet_goal_is_named_and_ctrl_j_opens_its_check_in(qtbot, data_root):
    _made()
    window = _window(qtbot, at(DAY, 10))
    bar = window.reminders.bar
    qtbot.waitUntil(bar.isVisible)
    assert bar.message.text() == f"You last checked in on ‘{TEA}’ 9 days ago."

    def check_in(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CheckInDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the quick check-in: Enter saves

    through_dialog(qtbot, check_in, lambda: qtbot.keyClick(window, Qt.Key.Key_J, CTRL))
    assert window.tabs.currentWidget() is window.goals_page
    assert not bar.isVisible()
    journal = window.context.journal
    assert journal is not None and len(journal.checkins(journal.list_goals()[0].id)) == 2


def test_remind_me_tomorrow_and_stop_reminding_from_the_bar(qtbot, data_root):
    _made()
    window = _window(qtbot, at(DAY, 10))
    bar = window.reminders.bar
    qtbot.waitUntil(bar.isVisible)
    click(qtbot, bar.snooze_button)
    assert not bar.isVisible()
    assert "tomorrow" in window.statusBar().currentMessage()
    window.lock_now("hide")
    window.reminders.clock = lambda: at(DAY, 18)
    window.unlock()
    assert not bar.isVisible()  # snoozed: not again today
    window.lock_now("hide")
    window.reminders.clock = lambda: at(DAY + dt.timedelta(1), 9)
    window.unlock()
    qtbot.waitUntil(bar.isVisible)
    click(qtbot, bar.stop_button)
    journal = window.context.journal
    assert journal is not None and journal.list_goals()[0].remind is False
    # and it can be turned back on where the message says: Edit goal
    window.show_page(window.goals_page)

    def turn_back_on(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, GoalDialog)
        click(qtbot, dialog.remind)
        click(qtbot, dialog.ok)

    through_dialog(qtbot, turn_back_on, lambda: click(qtbot, window.goals_page.edit_goal))
    assert journal.list_goals()[0].remind is True


def test_the_timer_sends_one_generic_reminder_and_none_while_locked(qtbot, data_root):
    _made()
    vault = open_vault("Mine")
    with vault:
        reminders.save_prefs(Journal(vault), notify=True, at_time="19:00")
    window = _window(qtbot, at(DAY, 18, 30))
    rem = window.reminders
    rem.timer.setInterval(20)  # the clock is ours; the timer just asks often
    qtbot.wait(200)
    assert rem.notifier.sent == []  # before the chosen time
    rem.clock = lambda: at(DAY, 19, 1)
    qtbot.waitUntil(lambda: len(rem.notifier.sent) == 1)
    assert rem.notifier.sent[0][1].body == GENERIC
    qtbot.wait(200)
    assert len(rem.notifier.sent) == 1  # once a day
    window.lock_now("hide")
    rem.clock = lambda: at(DAY + dt.timedelta(1), 19, 1)
    qtbot.wait(200)
    assert len(rem.notifier.sent) == 1  # never while locked: the vault is closed


def test_reminder_settings_are_chosen_on_the_settings_page(qtbot, data_root):
    _made()
    window = _window(qtbot, at(DAY, 10))
    window.show_page(window.settings_page)
    box = window.settings_page.reminders
    click(qtbot, box.notify)
    qtbot.keyClick(box.notify, Qt.Key.Key_Tab)  # on to the time: its hours, then minutes
    assert QApplication.focusWidget() is box.at_time
    qtbot.keyClicks(box.at_time, "0815")
    click(qtbot, box.personal)
    journal = window.context.journal
    assert journal is not None
    prefs = reminders.load_prefs(journal)
    assert prefs.notify and prefs.at_time == dt.time(8, 15)
    assert prefs.personal
    raise_modal_failures()
    assert QApplication.activeModalWidget() is None


def test_not_now_hides_the_reminder_and_its_button_opens_the_check_in(qtbot, data_root):
    _made()
    window = _window(qtbot, at(DAY, 10))
    bar = window.reminders.bar
    qtbot.waitUntil(bar.isVisible)
    click(qtbot, bar.later_button)
    assert not bar.isVisible()
    window.context.close_vault()
    assert window.open_named_vault("Mine")  # opening again names it again
    qtbot.waitUntil(bar.isVisible)

    def cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CheckInDialog)
        click(qtbot, dialog.cancel)

    through_dialog(qtbot, cancel, lambda: click(qtbot, bar.check_button))
    assert bar.isVisible()  # not checked in yet: the reminder stays
    raise_modal_failures()


def test_settings_turn_off_the_opening_reminder_and_start_at_login(
    qtbot, data_root, tmp_path, monkeypatch
):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    _made()
    window = _window(qtbot, at(DAY, 10))
    qtbot.waitUntil(window.reminders.bar.isVisible)
    window.show_page(window.settings_page)
    box = window.settings_page.reminders
    click(qtbot, box.on_start)  # on by default: now off
    journal = window.context.journal
    assert journal is not None and reminders.load_prefs(journal).on_start is False
    window.context.close_vault()
    assert window.open_named_vault("Mine")
    qtbot.wait(100)
    assert not window.reminders.bar.isVisible()
    click(qtbot, box.login)
    desktop_file = config / "autostart" / "carematch.desktop"
    assert desktop_file.is_file() and "--background" in desktop_file.read_text()
    assert "starts when you log in" in window.statusBar().currentMessage()
    click(qtbot, box.login)
    assert not desktop_file.exists()
    click(qtbot, box.tray)
    assert window.context.preference("tray") is True
    if not window.reminders.in_tray():  # no tray here (offscreen): said plainly
        assert "no system tray" in window.statusBar().currentMessage()
    click(qtbot, box.tray)
    assert window.context.preference("tray") is False


def test_review_dates_saved_for_my_calendar_from_the_settings_page(qtbot, data_root, tmp_path):
    import icalendar

    from .test_gui_action_journeys import save_file_as

    vault, _ = create_vault("Mine", None)
    with vault:
        journal = Journal(vault)
        goal = journal.add_goal(TEA)
        journal.add_experiment(
            goal.id, "Kettle tipper", status="trying", start_date=DAY,
            review_on=DAY + dt.timedelta(14), rhythm="every few days",
        )  # fmt: skip
    window = _window(qtbot, at(DAY, 10))
    window.show_page(window.settings_page)
    box = window.settings_page.reminders
    out = tmp_path / "reviews.ics"
    through_dialog(qtbot, save_file_as(qtbot, out), lambda: click(qtbot, box.calendar))
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    titles = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert titles and all("tea" not in t for t in titles)  # nothing personal by default
    assert f"Wrote {len(titles)} events" in window.statusBar().currentMessage()


def test_on_linux_the_desktop_notification_service_shows_the_words_as_written(
    qtbot, data_root, tmp_path, monkeypatch
):
    """The real path: CareMatch runs the desktop's notify-send (here a stand-in that writes
    down what it was given); markup in a goal is shown as written, never read as markup."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the freedesktop notification service is Linux's")
    tools, said = tmp_path / "bin", tmp_path / "said.txt"
    tools.mkdir()
    fake = tools / "notify-send"
    fake.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {said}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    vault, _ = create_vault("Mine", None)
    with vault:
        journal = Journal(vault)
        _quiet_goal(journal, text="Tea <b>& toast</b>")
        reminders.save_prefs(journal, notify=True, personal=True)
    window = _window(qtbot, at(DAY, 19, 30))
    window.reminders.timer.setInterval(20)
    qtbot.waitUntil(lambda: said.exists() and said.stat().st_size > 0, timeout=10_000)
    assert window.reminders.notifier.sent[0][0] == "notify-send"
    lines = said.read_text().splitlines()
    assert lines[1:] == ["CareMatch", "How did ‘Tea &lt;b&gt;&amp; toast&lt;/b&gt;’ go today?"]


def test_started_at_login_a_protected_journal_waits_locked(qtbot, data_root):
    vault, _ = create_vault("Private", "a long enough passphrase")
    vault.close()
    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    window.start("Private", background=True)  # what `carematch gui --background` does
    assert window.is_locked() and window.context.vault is None
    assert QApplication.activeModalWidget() is None  # no passphrase question at login
    assert window.reminders.check() is None
