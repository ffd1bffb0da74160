"""The review of an experiment on its review date: keep it, change something and try again, or
stop; once for the app and `carematch review`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from carematch.app.session import Outcome
from carematch.evidence.review import OPEN, review_date
from carematch.journal.enums import ExperimentStatus
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.journal.service import Journal

DECISIONS = ("keep", "change", "stop")


def decide(
    journal: Journal,
    experiment_id: int,
    decision: str,
    *,
    note: str = "",
    today: dt.date | None = None,
    again_for: str = "2 weeks",
) -> Outcome:
    """Record the decision. "change" stops this try (with the note) and starts a new one of the
    same idea today, with a new review date, so each try keeps its own before and after."""
    today = today or dt.date.today()
    if decision not in DECISIONS:
        raise JournalInputError("Decide to keep it, change something and try again, or stop.")
    found = next(
        (
            e
            for g in journal.list_goals()
            for e in journal.experiments(g.id)
            if e.id == experiment_id
        ),
        None,
    )
    if found is None:
        raise JournalInputError(f"There is no experiment number {experiment_id}.")
    if found.status not in OPEN:
        raise JournalInputError(f"“{found.title}” was already {found.status.value}.")
    end = max(today, found.start_date) if found.start_date else today
    status = ExperimentStatus.KEPT if decision == "keep" else ExperimentStatus.STOPPED
    journal.update_experiment(
        experiment_id, status=status, end_date=end, decision_note=note, review_on=None
    )
    if decision == "keep":
        return Outcome(f"Kept “{found.title}”. Well done for trying it properly.")
    if decision == "stop":
        return Outcome(f"Stopped “{found.title}”. Knowing what does not help is worth it too.")
    again = journal.add_experiment(
        found.goal_id,
        found.title,
        entry_id=found.entry_id,
        adaptation_id=found.adaptation_id,
        expectation=note or found.expectation,
        start_date=today,
        status=ExperimentStatus.TRYING,
        review_on=review_date(today, again_for),
        rhythm=found.rhythm,
    )
    when = again.review_on.strftime("%d %B") if again.review_on else "when you decide"
    return Outcome(f"Trying “{found.title}” again with the change; review on {when}.")
