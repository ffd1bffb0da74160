"""The outcome measures OTs use, computed from the journal. Plain functions, no Qt.

- COPM style: performance and satisfaction 1-10; a change of 2 or more is a meaningful change.
- Goal Attainment Scaling: each goal's level -2..+2 and the Kiresuk-Sherman T-score across
  goals, T = 50 + 10 * sum(w*x) / sqrt(0.7 * sum(w^2) + 0.3 * (sum(w))^2), weights = importance.
- Before and after an experiment: mean ratings before it started and since, with counts.
- QUEST style device satisfaction: eight items scored 1-5 and their mean.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from carematch.i18n import _, ngettext
from carematch.journal.enums import QUEST_ITEMS, QUEST_LABELS

MEANINGFUL_CHANGE = 2.0
MIN_EACH_SIDE = 3


@dataclass(frozen=True)
class Rating:
    """One check-in's scores, as the scales need them."""

    at: dt.datetime
    performance: int
    satisfaction: int
    gas_level: int | None = None


@dataclass(frozen=True)
class SeriesPoint:
    at: dt.datetime
    value: int
    change: int  # since the first rating
    meaningful: bool  # the change has reached MEANINGFUL_CHANGE (either way)


@dataclass
class CopmSummary:
    performance: list[SeriesPoint] = field(default_factory=list)
    satisfaction: list[SeriesPoint] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.performance)

    def change(self, which: str) -> int | None:
        series = getattr(self, which)
        return series[-1].change if series else None


def copm_series(ratings: Sequence[Rating]) -> CopmSummary:
    ordered = sorted(ratings, key=lambda r: r.at)
    summary = CopmSummary()
    if not ordered:
        return summary
    first_p, first_s = ordered[0].performance, ordered[0].satisfaction
    for r in ordered:
        dp, ds = r.performance - first_p, r.satisfaction - first_s
        summary.performance.append(
            SeriesPoint(r.at, r.performance, dp, abs(dp) >= MEANINGFUL_CHANGE)
        )
        summary.satisfaction.append(
            SeriesPoint(r.at, r.satisfaction, ds, abs(ds) >= MEANINGFUL_CHANGE)
        )
    return summary


def gas_tscore(goals: Iterable[tuple[int, float]]) -> float | None:
    """Kiresuk-Sherman T-score from (level -2..+2, weight) pairs; None with no goals.

    With every goal at its expected level (0) the score is 50; each level is worth about 10.
    """
    pairs = [(int(x), float(w)) for x, w in goals]
    if not pairs:
        return None
    for x, w in pairs:
        if not -2 <= x <= 2:
            raise ValueError(f"A goal level must be from -2 to +2, not {x}.")
        if w <= 0:
            raise ValueError("A goal's weight (importance) must be more than 0.")
    sum_wx = sum(w * x for x, w in pairs)
    sum_w2 = sum(w * w for _, w in pairs)
    sum_w = sum(w for _, w in pairs)
    return 50 + 10 * sum_wx / math.sqrt(0.7 * sum_w2 + 0.3 * sum_w**2)


def latest_gas_level(ratings: Sequence[Rating]) -> int | None:
    for r in sorted(ratings, key=lambda r: r.at, reverse=True):
        if r.gas_level is not None:
            return r.gas_level
    return None


@dataclass(frozen=True)
class Side:
    count: int
    performance: float | None
    satisfaction: float | None


@dataclass(frozen=True)
class BeforeAfter:
    before: Side
    after: Side
    enough: bool  # at least MIN_EACH_SIDE ratings on each side

    @property
    def performance_change(self) -> float | None:
        if self.before.performance is None or self.after.performance is None:
            return None
        return self.after.performance - self.before.performance

    @property
    def satisfaction_change(self) -> float | None:
        if self.before.satisfaction is None or self.after.satisfaction is None:
            return None
        return self.after.satisfaction - self.before.satisfaction

    @property
    def meaningful(self) -> bool:
        change = self.performance_change
        return self.enough and change is not None and abs(change) >= MEANINGFUL_CHANGE


def side_of(ratings: list[Rating]) -> Side:
    if not ratings:
        return Side(0, None, None)
    n = len(ratings)
    return Side(
        n, sum(r.performance for r in ratings) / n, sum(r.satisfaction for r in ratings) / n
    )


def before_after(
    ratings: Sequence[Rating], start: dt.date, end: dt.date | None = None
) -> BeforeAfter:
    """Ratings before the experiment started, and from its start (to its end, if it ended)."""
    start_at = dt.datetime.combine(start, dt.time.min)
    end_at = dt.datetime.combine(end, dt.time.max) if end else None
    before = [r for r in ratings if r.at < start_at]
    after = [r for r in ratings if r.at >= start_at and (end_at is None or r.at <= end_at)]
    enough = len(before) >= MIN_EACH_SIDE and len(after) >= MIN_EACH_SIDE
    return BeforeAfter(side_of(before), side_of(after), enough)


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def before_after_sentence(result: BeforeAfter, what: str) -> str:
    """One plain sentence, honest about too little data."""
    b, a = result.before, result.after
    if not result.enough:
        return _(
            "It is too early to tell whether {what} helped: there are {before} before it "
            "started and {after} since (at least {need} of each are needed)."
        ).format(what=what, before=checkins_count(b.count), after=a.count, need=MIN_EACH_SIDE)
    assert b.performance is not None and a.performance is not None
    change = a.performance - b.performance
    n, before, after = a.count, _fmt(b.performance), _fmt(a.performance)
    if abs(change) < 0.05:
        said = ngettext(
            "Since you started {what}, how well you can do it stayed at about {after} on "
            "average over {n} check-in.",
            "Since you started {what}, how well you can do it stayed at about {after} on "
            "average over {n} check-ins.",
            n,
        )
    elif abs(change) >= MEANINGFUL_CHANGE:
        said = ngettext(
            "Since you started {what} your performance went from {before} to {after} on "
            "average over {n} check-in — a meaningful change.",
            "Since you started {what} your performance went from {before} to {after} on "
            "average over {n} check-ins — a meaningful change.",
            n,
        )
    else:
        said = ngettext(
            "Since you started {what} your performance went from {before} to {after} on "
            "average over {n} check-in — not yet a meaningful change (that needs 2 points).",
            "Since you started {what} your performance went from {before} to {after} on "
            "average over {n} check-ins — not yet a meaningful change (that needs 2 points).",
            n,
        )
    return said.format(what=what, before=before, after=after, n=n)


def quest_mean(scores: dict[str, int | None]) -> float | None:
    """Mean of the answered QUEST items (1-5); None when none was answered."""
    values = []
    for item in QUEST_ITEMS:
        value = scores.get(item)
        if value is None:
            continue
        if not 1 <= int(value) <= 5:
            raise ValueError(f"{QUEST_LABELS[item]} must be scored from 1 to 5.")
        values.append(int(value))
    return sum(values) / len(values) if values else None


def checkins_count(n: int) -> str:
    """ "12 check-ins", by the language's own plural rules."""
    return ngettext("{n} check-in", "{n} check-ins", n).format(n=n)


def copm_sentence(summary: CopmSummary) -> str:
    """One sentence on how the ratings moved, made of whole translatable sentences."""
    if summary.count == 0:
        return _("No check-ins yet.")
    if summary.count == 1:
        p = summary.performance[0].value
        s = summary.satisfaction[0].value
        return _("One check-in so far: how well {p} out of 10, how happy {s} out of 10.").format(
            p=p, s=s
        )
    first, last = summary.performance[0], summary.performance[-1]
    sfirst, slast = summary.satisfaction[0], summary.satisfaction[-1]
    if first.value == last.value:
        how_well = _("how well you can do it stayed at {b}")
    elif last.meaningful:
        how_well = _("how well you can do it went from {a} to {b} (a meaningful change)")
    else:
        how_well = _("how well you can do it went from {a} to {b}")
    if sfirst.value == slast.value:
        how_happy = _("how happy you are with it stayed at {b}")
    elif slast.meaningful:
        how_happy = _("how happy you are with it went from {a} to {b} (a meaningful change)")
    else:
        how_happy = _("how happy you are with it went from {a} to {b}")
    return ngettext(
        "Over {n} check-in, {how_well}, and {how_happy}.",
        "Over {n} check-ins, {how_well}, and {how_happy}.",
        summary.count,
    ).format(
        n=summary.count,
        how_well=how_well.format(a=first.value, b=last.value),
        how_happy=how_happy.format(a=sfirst.value, b=slast.value),
    )
