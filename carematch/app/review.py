"""The review of an experiment on its review date: keep it, change something and try again, or
stop; once for the app and `carematch review`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from carematch.app.session import Outcome
from carematch.evidence.review import OPEN, review_date
from carematch.evidence.without import spell
from carematch.i18n import _, ngettext
from carematch.journal.enums import ExperimentStatus
from carematch.journal.inputs import JournalInputError
from carematch.reports.html_report import date_words

if TYPE_CHECKING:
    from carematch.journal.models import Adaptation, Experiment
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
        raise JournalInputError(_("Decide to keep it, change something and try again, or stop."))
    found = _open_experiment(journal, experiment_id)
    end = max(today, found.start_date) if found.start_date else today
    status = ExperimentStatus.KEPT if decision == "keep" else ExperimentStatus.STOPPED
    journal.update_experiment(
        experiment_id, status=status, end_date=end, decision_note=note, review_on=None
    )
    if decision == "keep":
        return Outcome(
            _("Kept “{idea}”. {win}").format(idea=found.title, win=_kept_win(journal, found))
        )
    if decision == "stop":
        return Outcome(
            _("Stopped “{idea}”. Knowing what does not help is worth it too.").format(
                idea=found.title
            )
        )
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
    if again.review_on is None:
        return Outcome(
            _("Trying “{idea}” again with the change; review on when you decide.").format(
                idea=found.title
            )
        )
    return Outcome(
        _("Trying “{idea}” again with the change; review on {date}.").format(
            idea=found.title, date=date_words(again.review_on, "%d %B")
        )
    )


def _kept_win(journal: Journal, kept: Experiment) -> str:
    """The win a kept idea makes, said warmly ("Since you started …, … went from 3 to 8")."""
    from carematch.evidence.goal_evidence import gather
    from carematch.evidence.wins import goal_wins

    evidence = gather(journal, journal.get_goal(kept.goal_id))
    said = next((w.sentence for w in goal_wins(evidence) if w.key == f"kept-{kept.id}"), "")
    # a win that says how the goal went from one rating to another (in any language): the one
    # goal_wins makes when there were enough ratings before and since
    tried = next((e for e in evidence.experiments if e.experiment.id == kept.id), None)
    c = tried.comparison if tried is not None else None
    if said and c is not None and c.enough and c.before.performance and c.after.performance:
        return _("Well done! {win}").format(win=said)
    return _("Well done for trying it properly.")


def _find(journal: Journal, experiment_id: int) -> Experiment:
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
        raise JournalInputError(
            _("There is no experiment number {number}.").format(number=experiment_id)
        )
    return found


def _open_experiment(journal: Journal, experiment_id: int) -> Experiment:
    found = _find(journal, experiment_id)
    if found.status not in OPEN:
        raise JournalInputError(
            _("“{idea}” was already {status}.").format(
                idea=found.title, status=_(found.status.value)
            )
        )
    return found


def try_without(
    journal: Journal, experiment_id: int, days: int = 3, *, today: dt.date | None = None
) -> Outcome:
    """A few days without the idea, to see if it really helps; the review moves to the day
    after, when the two can be compared."""
    today = today or dt.date.today()
    found = _open_experiment(journal, experiment_id)
    try:
        first, last = spell(today, days)
    except ValueError as exc:
        raise JournalInputError(str(exc)) from None
    review = last + dt.timedelta(days=1)
    journal.update_experiment(
        experiment_id, without_from=first, without_until=last, review_on=review
    )
    return Outcome(
        ngettext(
            "For the next {n} day, try without “{idea}” and check in as usual. "
            "Review on {date}, to compare.",
            "For the next {n} days, try without “{idea}” and check in as usual. "
            "Review on {date}, to compare.",
            days,
        ).format(n=days, idea=found.title, date=date_words(review, "%d %B"))
    )


def keep_as_adaptation(journal: Journal, experiment_id: int) -> Adaptation:
    """A kept idea becomes the person's own adaptation (and from there, a recipe to share)."""
    found = next(
        (
            e
            for g in journal.list_goals()
            for e in journal.experiments(g.id)
            if e.id == experiment_id
        ),
        None,
    )
    if found is None or found.status != ExperimentStatus.KEPT:
        raise JournalInputError(_("Only an idea you kept can become your adaptation."))
    if found.adaptation_id is not None:
        raise JournalInputError(
            _("“{idea}” is already one of your adaptations.").format(idea=found.title)
        )
    what = "\n\n".join(p for p in (found.expectation, found.decision_note, found.outcome) if p)
    made = journal.add_adaptation(found.title, what=what)
    journal.update_experiment(experiment_id, adaptation_id=made.id)
    return made
