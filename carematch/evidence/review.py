"""Experiments that end in a decision: which reviews are due, and what the evidence says for
each in plain words ("not enough check-ins yet to tell" when it is so)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carematch.evidence.goal_evidence import ExperimentEvidence, gather
from carematch.evidence.scales import Rating
from carematch.evidence.without import WithWithout, compare
from carematch.i18n import N_, _
from carematch.journal.enums import ExperimentStatus

if TYPE_CHECKING:
    from carematch.journal.models import Experiment
    from carematch.journal.service import Journal

LENGTHS = {N_("1 week"): 7, N_("2 weeks"): 14, N_("4 weeks"): 28, N_("until I decide"): None}
OPEN = (ExperimentStatus.PLANNED, ExperimentStatus.TRYING)


def review_date(start: dt.date, length: str) -> dt.date | None:
    """The day to decide, from the start and a length the person chose."""
    if length not in LENGTHS:
        raise ValueError(
            _("Try it for {choices}.").format(choices=", ".join(_(k) for k in LENGTHS))
        )
    days = LENGTHS[length]
    return None if days is None else start + dt.timedelta(days=days)


@dataclass(frozen=True)
class ReviewDue:
    experiment_id: int
    goal_id: int
    goal: str
    title: str
    review_on: dt.date
    evidence: ExperimentEvidence
    without: WithWithout | None = None  # after a few days without it

    @property
    def sentences(self) -> str:
        """What the check-ins show, in plain words."""
        return self.evidence.sentence + (f" {self.without.sentence}" if self.without else "")

    def as_dict(self, today: dt.date) -> dict[str, object]:
        return {
            "experiment": self.experiment_id,
            "goal": self.goal,
            "title": self.title,
            "review_on": self.review_on.isoformat(),
            "days_overdue": (today - self.review_on).days,
            "evidence": self.evidence.sentence,
            "without_it": self.without.sentence if self.without else None,
        }


def due_reviews(journal: Journal, today: dt.date) -> list[ReviewDue]:
    """Experiments still being tried whose review date has come, oldest first."""
    found = []
    for goal in journal.list_goals():
        experiments = journal.experiments(goal.id)
        due = [
            e
            for e in experiments
            if e.status in OPEN and e.review_on is not None and e.review_on <= today
        ]
        if not due:
            continue
        gathered = gather(journal, goal, experiments=due)
        evidence = {e.experiment.id: e for e in gathered.experiments}
        for e in due:
            assert e.review_on is not None
            found.append(
                ReviewDue(
                    e.id,
                    goal.id,
                    goal.text,
                    e.title,
                    e.review_on,
                    evidence[e.id],
                    _without(gathered.ratings, e),
                )
            )
    return sorted(found, key=lambda r: (r.review_on, r.experiment_id))


def _without(ratings: list[Rating], e: Experiment) -> WithWithout | None:
    if e.without_from is None or e.without_until is None:
        return None
    return compare(ratings, e.start_date, e.without_from, e.without_until, f"“{e.title}”")
