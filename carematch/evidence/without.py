"""N-of-1 style "try without it for a few days": the check-ins with the idea compared with
those in the days without it, said honestly (and "not enough check-ins yet to tell" when so).

"With it" is the check-ins from the start of the experiment up to the day before the spell
without it (at most the same number of days, so the two sides are alike); "without it" is
the check-ins inside the spell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from carematch.evidence.scales import MIN_EACH_SIDE, Rating, Side, checkins_count, side_of
from carematch.i18n import _

DAY_CHOICES = (3, 5, 7)


@dataclass(frozen=True)
class WithWithout:
    with_it: Side
    without: Side
    enough: bool
    sentence: str


def spell(start: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """The first and last day without it."""
    if days not in DAY_CHOICES:
        raise ValueError(_("Try without it for 3, 5 or 7 days."))
    return start, start + dt.timedelta(days=days - 1)


def compare(
    ratings: Sequence[Rating],
    started: dt.date | None,
    without_from: dt.date,
    without_until: dt.date,
    title: str,
) -> WithWithout:
    days = (without_until - without_from).days + 1
    first_with = max(started or without_from, without_from - dt.timedelta(days=max(days, 7)))
    with_it = side_of([r for r in ratings if first_with <= r.at.date() < without_from])
    without = side_of([r for r in ratings if without_from <= r.at.date() <= without_until])
    enough = with_it.count >= MIN_EACH_SIDE and without.count >= MIN_EACH_SIDE
    return WithWithout(with_it, without, enough, _sentence(with_it, without, enough, title))


def _sentence(with_it: Side, without: Side, enough: bool, title: str) -> str:
    if not enough:
        return _(
            "Not enough check-ins yet to tell whether {idea} really helps: {with_it} with it and "
            "{without} without (about {need} of each give a first idea)."
        ).format(
            idea=title,
            with_it=checkins_count(with_it.count),
            without=checkins_count(without.count),
            need=MIN_EACH_SIDE,
        )
    assert with_it.performance is not None and without.performance is not None
    said = _(
        "With {idea}, how well it went averaged {with_mean} out of 10 ({with_it}); in the days "
        "without it, {without_mean} ({without})."
    ).format(
        idea=title,
        with_mean=f"{with_it.performance:.1f}",
        with_it=checkins_count(with_it.count),
        without_mean=f"{without.performance:.1f}",
        without=checkins_count(without.count),
    )
    change = with_it.performance - without.performance
    if change >= 2:
        verdict = _("It looks like it really helps.")
    elif change >= 1:
        verdict = _("It went a little better with it.")
    elif change > -1:
        verdict = _(
            "It went about the same either way, so it may not be what makes the difference."
        )
    else:
        verdict = _("It went better without it, so it may not be helping.")
    small = _("A few days is a small test: good and bad days count too.")
    return f"{said} {verdict} {small}"
