"""Review dates and check-in rhythms as an iCalendar file (RFC 5545) to import into the
person's own calendar. Nothing personal by default: events say "CareMatch check-in" and
"CareMatch review" (in the person's language) unless the person chooses to include the goal's
words."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from carematch.i18n import _
from carematch.journal.enums import ExperimentStatus, Rhythm

if TYPE_CHECKING:
    from carematch.journal.service import Journal

RRULES = {
    Rhythm.DAILY.value: "FREQ=DAILY",
    Rhythm.FEW_DAYS.value: "FREQ=DAILY;INTERVAL=3",
    Rhythm.WEEKLY.value: "FREQ=WEEKLY",
}
NAMESPACE = uuid.UUID("6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f")


def _text(value: str) -> str:
    """An iCalendar TEXT value: backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continued with a space (RFC 5545 3.1)."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    return [*out, current]


def calendar_ics(
    journal: Journal, *, goal_words: bool = False, now: dt.datetime | None = None
) -> str:
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CareMatch//Reviews and check-ins//EN",
        "CALSCALE:GREGORIAN",
    ]
    for goal in journal.list_goals():
        for exp in journal.experiments(goal.id):
            if exp.status not in (ExperimentStatus.PLANNED, ExperimentStatus.TRYING):
                continue
            start = exp.start_date or dt.date.today()
            events: list[tuple[str, str, dt.date, str | None]] = []
            if exp.review_on:
                summary = (
                    _("CareMatch review: {idea} ({goal})").format(idea=exp.title, goal=goal.text)
                    if goal_words
                    else _("CareMatch review")
                )
                events.append(("review", summary, exp.review_on, None))
            if exp.rhythm in RRULES:
                until = f";UNTIL={exp.review_on:%Y%m%d}" if exp.review_on else ""
                summary = (
                    _("CareMatch check-in: {idea} ({goal})").format(idea=exp.title, goal=goal.text)
                    if goal_words
                    else _("CareMatch check-in")
                )
                events.append(("checkin", summary, start, RRULES[exp.rhythm] + until))
            for kind, summary, day, rule in events:
                uid = uuid.uuid5(NAMESPACE, f"{exp.uid}-{kind}")
                lines += [
                    "BEGIN:VEVENT",
                    f"UID:{uid}@carematch.invalid",
                    f"DTSTAMP:{stamp}",
                    f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                    f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                    f"SUMMARY:{_text(summary)}",
                    "TRANSP:TRANSPARENT",
                ]
                if rule:
                    lines.append(f"RRULE:{rule}")
                lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
