"""Measure matching quality on a goals file: success@5, MRR@10 and precision@5, side by side
with the FTS5 baseline, overall and for the goals marked hard."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from carematch.catalogue.model import Entry


class GoalsFileError(ValueError):
    pass


@dataclass(frozen=True)
class Goal:
    text: str
    patterns: tuple[re.Pattern[str], ...]
    hard: bool


@dataclass
class Scores:
    goals: int = 0
    success_at_5: float = 0.0
    mrr_at_10: float = 0.0
    precision_at_5: float = 0.0
    missed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "goals": self.goals,
            "success@5": round(self.success_at_5, 4),
            "mrr@10": round(self.mrr_at_10, 4),
            "precision@5": round(self.precision_at_5, 4),
            "missed": self.missed,
        }


def load_goals(path: Path) -> list[Goal]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoalsFileError(f"cannot read {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GoalsFileError(f"{path} is not valid TOML: {exc}") from exc
    goals = []
    for n, raw in enumerate(data.get("goal", []), start=1):
        text, patterns = raw.get("text"), raw.get("relevant")
        if not isinstance(text, str) or not isinstance(patterns, list) or not patterns:
            raise GoalsFileError(f"{path}: goal {n} needs text and a list of relevant patterns")
        try:
            compiled = tuple(re.compile(p, re.IGNORECASE) for p in patterns)
        except re.error as exc:
            raise GoalsFileError(f"{path}: goal {n} has a bad pattern: {exc}") from exc
        goals.append(Goal(text, compiled, bool(raw.get("hard", False))))
    if not goals:
        raise GoalsFileError(f"{path} has no [[goal]] tables")
    return goals


def is_relevant(entry: Entry, goal: Goal) -> bool:
    return any(p.search(name) for p in goal.patterns for name in entry.all_names())


def score(goals: list[Goal], rank: Callable[[str], list[str]], entries: dict[str, Entry]) -> Scores:
    s = Scores(goals=len(goals))
    if not goals:
        return s
    hits = rr = prec = 0.0
    for goal in goals:
        ids = rank(goal.text)[:10]
        flags = [is_relevant(entries[i], goal) for i in ids]
        if any(flags[:5]):
            hits += 1
        else:
            s.missed.append(goal.text)
        first = next((k for k, f in enumerate(flags) if f), None)
        rr += 0.0 if first is None else 1.0 / (first + 1)
        prec += sum(flags[:5]) / 5.0
    s.success_at_5 = hits / len(goals)
    s.mrr_at_10 = rr / len(goals)
    s.precision_at_5 = prec / len(goals)
    return s
