"""N-of-1 style "try without it for a few days": the check-ins with the idea compared with
those in the days without it, said honestly (and "not enough check-ins yet to tell" when so).

"With it" is the check-ins from the start of the experiment up to the day before the spell
without it (at most the same number of days, so the two sides are alike); "without it" is
the check-ins inside the spell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from carematch.evidence.scales import MIN_EACH_SIDE, Rating, Side, side_of

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
        raise ValueError("Try without it for 3, 5 or 7 days.")
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


def _n(count: int) -> str:
    return f"{count} check-in{'' if count == 1 else 's'}"


def _sentence(with_it: Side, without: Side, enough: bool, title: str) -> str:
    if not enough:
        return (
            f"Not enough check-ins yet to tell whether {title} really helps: {_n(with_it.count)} "
            f"with it and {_n(without.count)} without (about {MIN_EACH_SIDE} of each give a "
            "first idea)."
        )
    assert with_it.performance is not None and without.performance is not None
    said = (
        f"With {title}, how well it went averaged {with_it.performance:.1f} out of 10 "
        f"({_n(with_it.count)}); in the days without it, {without.performance:.1f} "
        f"({_n(without.count)})."
    )
    change = with_it.performance - without.performance
    if change >= 2:
        verdict = "It looks like it really helps."
    elif change >= 1:
        verdict = "It went a little better with it."
    elif change > -1:
        verdict = "It went about the same either way, so it may not be what makes the difference."
    else:
        verdict = "It went better without it, so it may not be helping."
    return f"{said} {verdict} A few days is a small test: good and bad days count too."
