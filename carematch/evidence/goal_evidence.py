"""Everything the scales say about one goal, gathered from the journal once.

The app's goal page, the `scores` command and the reports all use this, so they agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carematch.evidence.scales import (
    BeforeAfter,
    CopmSummary,
    Rating,
    Side,
    before_after,
    before_after_sentence,
    copm_sentence,
    copm_series,
    gas_tscore,
    latest_gas_level,
    quest_mean,
)
from carematch.i18n import _

if TYPE_CHECKING:
    from carematch.journal.models import CheckIn, Experiment, Goal
    from carematch.journal.service import Journal


@dataclass
class ExperimentEvidence:
    experiment: Experiment
    comparison: BeforeAfter | None
    sentence: str
    quest: float | None


@dataclass
class GoalEvidence:
    goal: Goal
    ratings: list[Rating]
    copm: CopmSummary
    sentence: str
    gas_level: int | None
    experiments: list[ExperimentEvidence] = field(default_factory=list)
    notes: dict[dt.datetime, str] = field(default_factory=dict)  # check-in notes by time
    authors: dict[dt.datetime, str] = field(default_factory=dict)  # a supporter's check-ins
    circle_notes: list[tuple[dt.datetime, str, str]] = field(default_factory=list)  # at, who, text

    def as_dict(self) -> dict[str, object]:
        g = self.goal
        return {
            "goal_id": g.id,
            "goal": g.text,
            "importance": g.importance,
            "status": g.status.value,
            "checkins": self.copm.count,
            "performance_change": self.copm.change("performance"),
            "satisfaction_change": self.copm.change("satisfaction"),
            "gas_level": self.gas_level,
            "summary": self.sentence,
            "experiments": [
                {
                    "experiment_id": e.experiment.id,
                    "title": e.experiment.title,
                    "status": e.experiment.status.value,
                    "before": None if e.comparison is None else _side(e.comparison.before),
                    "after": None if e.comparison is None else _side(e.comparison.after),
                    "meaningful": bool(e.comparison and e.comparison.meaningful),
                    "summary": e.sentence,
                    "quest_mean": e.quest,
                }
                for e in self.experiments
            ],
        }


def _side(side: Side) -> dict[str, object]:
    return {"count": side.count, "performance": side.performance, "satisfaction": side.satisfaction}


def _by(author: str, note: str) -> str:
    """A note with whose words it is, when they are a supporter's."""
    if not author:
        return note
    if note:
        return _("From {author}: {note}").format(author=author, note=note)
    return _("From {author}").format(author=author)


def goal_notes(journal: Journal, goal_id: int) -> list[tuple[dt.datetime, str, str]]:
    """Notes on a goal (a supporter's, once accepted), oldest first."""
    from sqlalchemy import select

    from carematch.circle.models import GoalNote

    with journal.vault.session() as s:
        rows = s.scalars(
            select(GoalNote)
            .where(GoalNote.goal_id == goal_id, GoalNote.deleted_at.is_(None))
            .order_by(GoalNote.at)
        )
        return [(n.at, n.author, n.text) for n in rows]


def gather(
    journal: Journal,
    goal: Goal,
    *,
    checkins: list[CheckIn] | None = None,
    experiments: list[Experiment] | None = None,
) -> GoalEvidence:
    """The goal's evidence; pass check-ins and experiments if already loaded (no reload)."""
    if checkins is None:
        checkins = journal.checkins(goal.id)
    if experiments is None:
        experiments = journal.experiments(goal.id)
    ratings = [Rating(c.at, c.performance, c.satisfaction, c.gas_level) for c in checkins]
    copm = copm_series(ratings)
    evidence = GoalEvidence(
        goal,
        ratings,
        copm,
        copm_sentence(copm),
        latest_gas_level(ratings),
        notes={c.at: _by(c.author, c.note) for c in checkins if c.note or c.author},
        authors={c.at: c.author for c in checkins if c.author},
        circle_notes=goal_notes(journal, goal.id),
    )
    for exp in experiments:
        quests = journal.quest_ratings(exp.id)
        quest = quest_mean(quests[-1].scores()) if quests else None
        if exp.start_date is None:
            evidence.experiments.append(
                ExperimentEvidence(
                    exp, None, _("{idea} has not started yet.").format(idea=exp.title), quest
                )
            )
            continue
        comparison = before_after(ratings, exp.start_date, exp.end_date)
        what = (
            _("the {idea}").format(idea=f"{exp.title[0].lower()}{exp.title[1:]}")
            if exp.entry_id
            else exp.title
        )
        evidence.experiments.append(
            ExperimentEvidence(exp, comparison, before_after_sentence(comparison, what), quest)
        )
    return evidence


def overall_tscore(evidence: list[GoalEvidence]) -> float | None:
    """GAS T-score over the goals that have a level, weighted by their importance."""
    pairs = [(e.gas_level, float(e.goal.importance)) for e in evidence if e.gas_level is not None]
    return gas_tscore(pairs)
