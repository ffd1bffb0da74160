"""What a service achieved, in outcomes for people: goals set and met, GAS T-scores, how many
goals changed meaningfully (COPM, 2 points or more), how soon, and which ideas people kept or
stopped. Read from many vaults with plain SQL; the CSV holds no name, no free text and no date
finer than a month, so a service manager can pool it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carematch.evidence.scales import MEANINGFUL_CHANGE, gas_tscore
from carematch.journal.enums import ExperimentStatus, GoalStatus

if TYPE_CHECKING:
    from carematch.vault.vault import Vault

CSV_COLUMNS = (
    "person",
    "goal",
    "month_set",
    "status",
    "importance",
    "gas_level",
    "performance_first",
    "performance_latest",
    "satisfaction_first",
    "satisfaction_latest",
    "performance_change",
    "meaningful_change",
    "months_to_meaningful_change",
    "ideas_kept",
    "ideas_stopped",
)
GAS_BANDS = (
    (0, 40, "below 40"),
    (40, 50, "40 to 49"),
    (50, 60, "50 to 59"),
    (60, 200, "60 or more"),
)


@dataclass(frozen=True)
class GoalOutcome:
    """One goal, as numbers and catalogue ids only."""

    person: int
    set_on: dt.date
    status: str
    importance: int
    gas_level: int | None
    performance: tuple[int, int] | None  # first and latest, with two check-ins or more
    satisfaction: tuple[int, int] | None
    days_to_meaningful: int | None
    kept: tuple[str, ...] = ()
    stopped: tuple[str, ...] = ()

    @property
    def change(self) -> int | None:
        return self.performance[1] - self.performance[0] if self.performance else None

    @property
    def meaningful(self) -> bool:
        return self.change is not None and self.change >= MEANINGFUL_CHANGE


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def read_goal_outcomes(vault: Vault, person: int, known_ids: frozenset[str]) -> list[GoalOutcome]:
    """The goals of one vault. Ideas are counted only when their id is in `known_ids` (the
    catalogue everyone shares): a person's own entries can be named after them."""
    goals = vault.read_rows(
        "SELECT id, created_at, status, importance FROM goals WHERE deleted_at IS NULL ORDER BY id"
    )
    checkins: dict[int, list[tuple[str, int, int, int | None]]] = {}
    for goal_id, at, performance, satisfaction, level in vault.read_rows(
        "SELECT goal_id, at, performance, satisfaction, gas_level FROM checkins"
        " WHERE deleted_at IS NULL ORDER BY goal_id, at, id"
    ):
        checkins.setdefault(goal_id, []).append((at, performance, satisfaction, level))
    ideas: dict[int, tuple[list[str], list[str]]] = {}
    for goal_id, entry_id, status in vault.read_rows(
        "SELECT goal_id, entry_id, status FROM experiments"
        " WHERE deleted_at IS NULL AND entry_id IS NOT NULL AND status IN (?, ?)",
        (ExperimentStatus.KEPT.value, ExperimentStatus.STOPPED.value),
    ):
        if entry_id in known_ids:
            kept, stopped = ideas.setdefault(goal_id, ([], []))
            (kept if status == ExperimentStatus.KEPT.value else stopped).append(entry_id)
    out = []
    for goal_id, created, status, importance in goals:
        rows = checkins.get(goal_id, [])
        levels = [r[3] for r in rows if r[3] is not None]
        perf = sat = None
        days = None
        if len(rows) >= 2:
            perf, sat = (rows[0][1], rows[-1][1]), (rows[0][2], rows[-1][2])
            start = _day(rows[0][0])
            for at, performance, _s, _l in rows[1:]:
                if performance - rows[0][1] >= MEANINGFUL_CHANGE:
                    days = (_day(at) - start).days
                    break
        kept, stopped = ideas.get(goal_id, ([], []))
        out.append(
            GoalOutcome(
                person,
                _day(created),
                str(status),
                int(importance),
                levels[-1] if levels else None,
                perf,
                sat,
                days,
                tuple(sorted(kept)),
                tuple(sorted(stopped)),
            )
        )
    return out


@dataclass
class ServiceOutcomes:
    goals: list[GoalOutcome] = field(default_factory=list)
    people: int = 0

    @property
    def goals_met(self) -> int:
        return sum(1 for g in self.goals if g.status == GoalStatus.ACHIEVED.value)

    def gas_scores(self) -> list[float]:
        """Each person's T-score, over their goals with a level."""
        by_person: dict[int, list[tuple[int, float]]] = {}
        for g in self.goals:
            if g.gas_level is not None:
                by_person.setdefault(g.person, []).append((g.gas_level, float(g.importance)))
        return [t for pairs in by_person.values() if (t := gas_tscore(pairs)) is not None]

    def gas_bands(self) -> list[tuple[str, int]]:
        scores = self.gas_scores()
        return [
            (label, sum(1 for t in scores if low <= t < high)) for low, high, label in GAS_BANDS
        ]

    def measured(self) -> list[GoalOutcome]:
        return [g for g in self.goals if g.performance is not None]

    def meaningful_share(self) -> float | None:
        measured = self.measured()
        return sum(g.meaningful for g in measured) / len(measured) if measured else None

    def mean_change(self) -> float | None:
        changes = [g.change for g in self.measured() if g.change is not None]
        return statistics.fmean(changes) if changes else None

    def median_days_to_meaningful(self) -> float | None:
        days = [g.days_to_meaningful for g in self.goals if g.days_to_meaningful is not None]
        return statistics.median(days) if days else None

    def ideas(self, which: str, most: int = 10) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for g in self.goals:
            counts.update(set(g.kept if which == "kept" else g.stopped))
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:most]

    def as_dict(self, names: dict[str, str] | None = None) -> dict[str, object]:
        names = names or {}

        def named(pairs: list[tuple[str, int]]) -> list[dict[str, object]]:
            return [{"id": i, "name": names.get(i, i), "people_goals": n} for i, n in pairs]

        share, mean, days = (
            self.meaningful_share(),
            self.mean_change(),
            self.median_days_to_meaningful(),
        )
        return {
            "people": self.people,
            "goals_set": len(self.goals),
            "goals_met": self.goals_met,
            "gas_t_scores": [round(t, 1) for t in sorted(self.gas_scores())],
            "gas_bands": dict(self.gas_bands()),
            "goals_measured": len(self.measured()),
            "meaningful_change_share": round(share, 3) if share is not None else None,
            "mean_performance_change": round(mean, 2) if mean is not None else None,
            "median_days_to_meaningful_change": days,
            "ideas_kept": named(self.ideas("kept")),
            "ideas_stopped": named(self.ideas("stopped")),
        }

    def csv_text(self) -> str:
        """One row per goal; people are numbered in a random order, so the file says nothing
        of whose vault was whose; months only."""
        order = list({g.person for g in self.goals})
        secrets.SystemRandom().shuffle(order)
        number = {p: n for n, p in enumerate(order, start=1)}
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        goal_number: Counter[int] = Counter()
        rows = []
        for g in sorted(self.goals, key=lambda g: (number[g.person], g.set_on)):
            goal_number[g.person] += 1
            months = round(g.days_to_meaningful / 30.44) if g.days_to_meaningful is not None else ""
            rows.append(
                [
                    f"P{number[g.person]}",
                    goal_number[g.person],
                    g.set_on.strftime("%Y-%m"),
                    g.status,
                    g.importance,
                    "" if g.gas_level is None else g.gas_level,
                    *(g.performance or ("", "")),
                    *(g.satisfaction or ("", "")),
                    "" if g.change is None else g.change,
                    "yes" if g.meaningful else ("no" if g.performance else ""),
                    months,
                    ";".join(g.kept),
                    ";".join(g.stopped),
                ]
            )
        writer.writerows(rows)
        return out.getvalue()
