"""Gentle reminders, decided by plain rules from the clock the caller passes in (so tests drive
time without sleeping): which goals have gone quiet, whether a desktop reminder is due now,
and what it may say (nothing personal unless the person allowed it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from carematch.i18n import N_, _, ngettext
from carematch.journal.enums import ExperimentStatus, Rhythm

# How many days without a check-in before a goal counts as quiet: the rhythm of what is being
# tried, and a week when nothing sets one.
RHYTHM_DAYS = {Rhythm.DAILY: 1, Rhythm.FEW_DAYS: 3, Rhythm.WEEKLY: 7}
QUIET_AFTER = 7
GENERIC = N_("Time for a CareMatch check-in")
NOT_A_TIME = N_("The time should look like 19:00 (hours and minutes).")
SPACING = dt.timedelta(hours=2)  # a second reminder in a day (only if asked) comes later


def parse_clock(value: str, problem: str = NOT_A_TIME) -> dt.time:
    """'19:00' as a time, or a plain ValueError saying `problem` (a message marked with N_(),
    in the language in use)."""
    try:
        hours, minutes = value.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        raise ValueError(_(problem)) from None


@dataclass(frozen=True)
class Prefs:
    """One vault's reminder choices, and what was sent on which day."""

    notify: bool = False
    at_time: dt.time = dt.time(19, 0)
    quiet_from: dt.time = dt.time(21, 30)
    quiet_to: dt.time = dt.time(8, 0)
    per_day: int = 1
    personal: bool = False
    on_start: bool = True
    last_sent_on: dt.date | None = None
    sent_that_day: int = 0

    def sent_on(self, day: dt.date) -> int:
        return self.sent_that_day if self.last_sent_on == day else 0


@dataclass(frozen=True)
class GoalState:
    """What the rules need to know about one active goal."""

    goal_id: int
    text: str
    started: dt.date
    last_checkin: dt.date | None
    rhythms: tuple[str, ...]  # the rhythms of what is being tried for it now
    remind: bool = True
    snoozed_until: dt.date | None = None


@dataclass(frozen=True)
class Quiet:
    """A goal that has gone quiet: no check-in for as long as its rhythm asks."""

    goal_id: int
    goal: str
    last_checkin: dt.date | None
    days: int  # since the last check-in, or since the goal was set

    def sentence(self) -> str:
        goal = _quoted(self.goal)
        if self.last_checkin is None:
            return _("You have not checked in on {goal} yet.").format(goal=goal)
        if self.days == 1:
            return _("You last checked in on {goal} yesterday.").format(goal=goal)
        return ngettext(
            "You last checked in on {goal} {n} day ago.",
            "You last checked in on {goal} {n} days ago.",
            self.days,
        ).format(goal=goal, n=self.days)


@dataclass(frozen=True)
class Notice:
    """A desktop reminder: the words shown outside the app."""

    title: str
    body: str
    goal_id: int | None


def _quoted(text: str, most: int = 80) -> str:
    text = " ".join(text.split())
    return f"‘{text if len(text) <= most else text[: most - 1] + '…'}’"


def every(rhythms: tuple[str, ...]) -> int:
    days = [RHYTHM_DAYS[Rhythm(r)] for r in rhythms if r in RHYTHM_DAYS]
    return min(days) if days else QUIET_AFTER


def quiet_goals(goals: list[GoalState], today: dt.date) -> list[Quiet]:
    """Goals due a check-in, the longest overdue first; snoozed and stopped ones left out."""
    found = []
    for g in goals:
        if not g.remind or (g.snoozed_until is not None and today < g.snoozed_until):
            continue
        since = g.last_checkin or g.started
        days = (today - since).days
        if days >= every(g.rhythms):
            found.append((days - every(g.rhythms), Quiet(g.goal_id, g.text, g.last_checkin, days)))
    found.sort(key=lambda pair: (-pair[0], pair[1].goal_id))
    return [quiet for _overdue, quiet in found]


def in_quiet_hours(now: dt.time, start: dt.time, end: dt.time) -> bool:
    """Quiet hours may run over midnight (21:30 to 08:00); equal ends mean none."""
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def notice_due(prefs: Prefs, now: dt.datetime, quiet: list[Quiet], reviews: int) -> Notice | None:
    """The reminder to show now, or None: only from the chosen time, never in quiet hours, and
    at most `per_day` a day (each later one two hours after the last slot). A missed week
    still gives one reminder, not seven."""
    if not prefs.notify or (not quiet and not reviews):
        return None
    sent = prefs.sent_on(now.date())
    if sent >= prefs.per_day:
        return None
    slot = dt.datetime.combine(now.date(), prefs.at_time) + SPACING * sent
    if now < slot or slot.date() != now.date():
        return None
    if in_quiet_hours(now.time(), prefs.quiet_from, prefs.quiet_to):
        return None
    if not prefs.personal:
        return Notice("CareMatch", _(GENERIC), quiet[0].goal_id if quiet else None)
    if quiet:
        body = _("How did {goal} go today?").format(goal=_quoted(quiet[0].goal, 60))
        return Notice("CareMatch", body, quiet[0].goal_id)
    return Notice("CareMatch", _("An experiment is ready for its review."), None)


def goal_state(
    goal_id: int,
    text: str,
    created: dt.datetime,
    last_checkin: dt.datetime | None,
    experiments: list[tuple[ExperimentStatus, str]],
    remind: bool,
    snoozed_until: dt.date | None,
) -> GoalState:
    rhythms = tuple(r for status, r in experiments if status == ExperimentStatus.TRYING and r)
    return GoalState(
        goal_id,
        text,
        created.date(),
        last_checkin.date() if last_checkin else None,
        rhythms,
        remind,
        snoozed_until,
    )
