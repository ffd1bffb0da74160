"""What is missing or weak in each entry, for the people who keep the catalogue.

`carematch catalogue stats --quality` lists these; `catalogue validate --strict` fails on them,
and CI runs it on the built-in catalogue. Each weakness says what to do, like every other
problem the validator reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlparse

from carematch.catalogue.kinds import Kind
from carematch.catalogue.model import Entry
from carematch.catalogue.readability import flesch
from carematch.i18n import N_, _, ngettext

# Where a mistake can hurt someone, an entry must say what to watch out for. By ISO 9999
# class or subclass (the product), by activity, or by what it helps with.
HARM_PRONE_ISO = (
    "04",  # treatment, medicines, pressure care, stimulators
    "06",  # orthoses and prostheses
    "09 12",  # toileting
    "09 33",  # washing and bathing
    "12",  # walking aids, wheelchairs, vehicles, transfers and hoists
    "15 03",  # cooking: heat and blades
    "18 09",  # chairs
    "18 10",  # seating accessories
    "18 12",  # beds
    "18 18",  # rails
    "18 30",  # lifts and ramps
    "27 03",  # heating and cooling
)
HARM_PRONE_ACTIVITIES = frozenset({"driving", "transfers", "bathing", "changing-position"})
HARM_PRONE_HELPS = frozenset({"swallowing", "breathing", "falls", "skin"})
# Start from what the person wants to do: a summary or description does not open with a lack.
OPENS_WITH_A_LACK = re.compile(
    r"^\s*(if you (can't|cannot|can not|are unable|struggle)|for (people|those|anyone) who "
    r"(can't|cannot|are unable)|unable to|when you (can't|cannot))",
    re.IGNORECASE,
)
STALE_AFTER = dt.timedelta(days=2 * 365)
MIN_ALIASES = 4
SUMMARY_EASE = 60.0  # Flesch reading ease: 60 is plain English
DESCRIPTION_EASE = 50.0
OPENS_WITH_WHAT = {  # by field, said whole for the translators
    "summary": N_("summary opens with what a person cannot do"),
    "description": N_("description opens with what a person cannot do"),
}


@dataclass(frozen=True)
class Weakness:
    entry_id: str
    what: str
    advice: str

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.what}; {self.advice}"

    def as_dict(self) -> dict[str, str]:
        return {"id": self.entry_id, "what": self.what, "advice": self.advice}


def harm_prone(entry: Entry) -> bool:
    """Products and ways of doing things that can hurt when done wrong (a scheme or a benefit
    cannot; a service that carries a risk, such as home oxygen, says so anyway)."""
    if entry.kind == Kind.SERVICE:
        return False
    return (
        any(entry.iso9999.startswith(code) for code in HARM_PRONE_ISO if entry.iso9999)
        or bool(HARM_PRONE_ACTIVITIES & set(entry.activities))
        or bool(HARM_PRONE_HELPS & set(entry.helps_with))
    )


def bare_source(source: str) -> bool:
    """A web address with no page: a home page does not show where a fact came from."""
    parsed = urlparse(source)
    return bool(parsed.scheme and parsed.netloc) and not parsed.path.strip("/") and not parsed.query


def weaknesses(entry: Entry, today: dt.date | None = None) -> list[Weakness]:
    today = today or dt.date.today()
    out: list[Weakness] = []

    def weak(what: str, advice: str) -> None:
        out.append(Weakness(entry.id, what, advice))

    if harm_prone(entry) and not entry.safety:
        weak(
            _("no safety note"),
            _("harm is possible with this kind of idea: say what to watch for"),
        )
    bare = [s for s in entry.sources if bare_source(s)]
    if not entry.sources:
        weak(_("no sources"), _("add the page that supports the facts"))
    elif bare:
        weak(
            ngettext("{n} source is a home page", "{n} sources are home pages", len(bare)).format(
                n=len(bare)
            ),
            _("point to the specific page that supports the entry"),
        )
    if entry.last_verified is None:
        weak(_("never checked"), _("set last_verified to the date someone checked the facts"))
    elif today - entry.last_verified > STALE_AFTER:
        weak(
            _("last checked {date}").format(date=entry.last_verified),
            _("check the facts again and update the date"),
        )
    if len(entry.aliases) < MIN_ALIASES:
        weak(
            ngettext("only {n} alias", "only {n} aliases", len(entry.aliases)).format(
                n=len(entry.aliases)
            ),
            _("add the everyday words people would type"),
        )
    ease = flesch(entry.summary)
    if ease < SUMMARY_EASE:
        weak(
            _("summary is hard to read ({score})").format(score=f"{ease:.0f}"),
            _("use shorter words and sentences"),
        )
    ease = flesch(entry.description)
    if ease < DESCRIPTION_EASE:
        weak(
            _("description is hard to read ({score})").format(score=f"{ease:.0f}"),
            _("use shorter words and sentences"),
        )
    for name in ("summary", "description"):
        if OPENS_WITH_A_LACK.search(getattr(entry, name)):
            weak(
                _(OPENS_WITH_WHAT[name]),
                _("start from what they want to do: 'To pour without lifting ...'"),
            )
    if entry.kind == Kind.DIY and entry.diy is None:
        weak(
            _("no make-it-yourself design"),
            _("add a [diy] table: materials, tools, steps, time"),
        )
    return out


def catalogue_weaknesses(entries: Iterable[Entry], today: dt.date | None = None) -> list[Weakness]:
    return [w for e in sorted(entries, key=lambda e: e.id) for w in weaknesses(e, today)]
