"""Reminders for one open vault, once for the app and `carematch reminders`: the settings (kept
in the vault), snooze and stop per goal, what has gone quiet, and the reminder due now."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from carematch.evidence.reminders import (
    Notice,
    Prefs,
    Quiet,
    goal_state,
    notice_due,
    parse_clock,
    quiet_goals,
)
from carematch.evidence.review import due_reviews
from carematch.i18n import N_, _, ngettext
from carematch.journal.enums import GoalStatus
from carematch.journal.inputs import JournalInputError
from carematch.journal.models import ReminderSettings

if TYPE_CHECKING:
    from carematch.journal.service import Journal

SNOOZE_DAYS = (1, 3, 7)
# The times a person sets, and what to say when one is not a time.
CLOCK_FIELDS = {
    "at_time": N_("The reminder time should look like 19:00 (hours and minutes)."),
    "quiet_from": N_("Quiet from should look like 19:00 (hours and minutes)."),
    "quiet_to": N_("Quiet to should look like 19:00 (hours and minutes)."),
}


def load_prefs(journal: Journal) -> Prefs:
    """This vault's choices (the defaults until the person changes one)."""
    with journal.vault.session() as s:
        row = s.scalar(select(ReminderSettings).limit(1))
        if row is None:
            return Prefs()
        try:
            return Prefs(
                notify=row.notify,
                at_time=parse_clock(row.at_time),
                quiet_from=parse_clock(row.quiet_from),
                quiet_to=parse_clock(row.quiet_to),
                per_day=row.per_day,
                personal=row.personal,
                on_start=row.on_start,
                last_sent_on=row.last_sent_on,
                sent_that_day=row.sent_that_day,
            )
        except ValueError:  # a hand-edited vault: the safe defaults, never a crash
            return Prefs()


def _store(journal: Journal, prefs: Prefs) -> None:
    values = asdict(prefs)
    for key in CLOCK_FIELDS:
        values[key] = values[key].strftime("%H:%M")
    with journal.vault.session() as s:
        row = s.scalar(select(ReminderSettings).limit(1))
        if row is None:
            row = ReminderSettings(id=1)
            s.add(row)
        for key, value in values.items():
            setattr(row, key, value)


def save_prefs(journal: Journal, **changes: Any) -> Prefs:
    """Change some choices; times as '19:00', per_day 1 to 3. Bad input changes nothing."""
    prefs = load_prefs(journal)
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key in CLOCK_FIELDS:
            try:
                clean[key] = (
                    value if isinstance(value, dt.time) else parse_clock(value, CLOCK_FIELDS[key])
                )
            except ValueError as exc:
                raise JournalInputError(str(exc)) from None
        elif key == "per_day":
            if not isinstance(value, int) or not 1 <= value <= 3:
                raise JournalInputError(_("Reminders a day should be 1, 2 or 3."))
            clean[key] = value
        elif key in ("notify", "personal", "on_start"):
            clean[key] = bool(value)
        else:
            raise JournalInputError(
                _("There is no reminder setting called '{key}'.").format(key=key)
            )
    prefs = replace(prefs, **clean)
    _store(journal, prefs)
    return prefs


def quiet_now(journal: Journal, today: dt.date) -> list[Quiet]:
    """Active goals due a check-in, longest overdue first."""
    states = []
    for goal in journal.list_goals((GoalStatus.ACTIVE,)):
        latest = journal.latest_checkin(goal.id)
        states.append(
            goal_state(
                goal.id,
                goal.text,
                goal.created_at,
                latest.at if latest else None,
                [(e.status, e.rhythm) for e in journal.experiments(goal.id)],
                goal.remind,
                goal.snoozed_until,
            )
        )
    return quiet_goals(states, today)


def start_nudge(journal: Journal, today: dt.date) -> Quiet | None:
    """On opening: the goal that has been quiet longest, if the person wants to hear it."""
    if not load_prefs(journal).on_start:
        return None
    quiet = quiet_now(journal, today)
    return quiet[0] if quiet else None


def notice_now(journal: Journal, now: dt.datetime) -> Notice | None:
    """The desktop reminder due at `now`, recorded as sent (so it comes once)."""
    prefs = load_prefs(journal)
    if not prefs.notify:
        return None
    quiet = quiet_now(journal, now.date())
    reviews = len(due_reviews(journal, now.date()))
    notice = notice_due(prefs, now, quiet, reviews)
    if notice is not None:
        sent = prefs.sent_on(now.date()) + 1
        _store(journal, replace(prefs, last_sent_on=now.date(), sent_that_day=sent))
    return notice


def snooze(journal: Journal, goal_id: int, today: dt.date, days: int = 1) -> str:
    if days not in SNOOZE_DAYS:
        raise JournalInputError(_("Snooze for 1, 3 or 7 days."))
    from carematch.reports.html_report import date_words

    until = today + dt.timedelta(days=days)
    goal = journal.update_goal(goal_id, snoozed_until=until)
    if days == 1:
        return _("I'll remind you about ‘{goal}’ again tomorrow.").format(goal=_short(goal.text))
    return _("I'll remind you about ‘{goal}’ again on {date}.").format(
        goal=_short(goal.text), date=date_words(until, "%A %d %B")
    )


def stop_reminding(journal: Journal, goal_id: int) -> str:
    goal = journal.update_goal(goal_id, remind=False, snoozed_until=None)
    return _(
        "No more reminders about ‘{goal}’. You can turn them back on from the goal's Edit goal."
    ).format(goal=_short(goal.text))


def resume_reminding(journal: Journal, goal_id: int) -> str:
    goal = journal.update_goal(goal_id, remind=True, snoozed_until=None)
    return _("Reminders about ‘{goal}’ are back on.").format(goal=_short(goal.text))


def _short(text: str, most: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"


def save_calendar(journal: Journal, out: Path, *, goal_words: bool = False) -> str:
    """Review dates and check-in rhythms as an .ics file for the person's own calendar."""
    from carematch.paths import write_private
    from carematch.reports.calendar_ics import calendar_ics

    if out.suffix.lower() != ".ics":
        raise JournalInputError(_("Save the calendar as a file ending in .ics."))
    text = calendar_ics(journal, goal_words=goal_words)
    write_private(out, text.encode("utf-8"))
    events = text.count("BEGIN:VEVENT")
    if not events:
        return _(
            "Wrote {path}, but it is empty: nothing is being tried with a review date or a "
            "check-in rhythm yet."
        ).format(path=out)
    return ngettext(
        "Wrote {n} event to {path}. Import it into your own calendar.",
        "Wrote {n} events to {path}. Import it into your own calendar.",
        events,
    ).format(n=events, path=out)
