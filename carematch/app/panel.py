"""An enablement panel meeting, once for the app and `carematch panel`: the person's chosen
goals one at a time (what matters, what was tried, what changed, wins), and the next steps
agreed, each with who will do it by when. A next step becomes a planned experiment whose
review date is its "by when", so the app reminds everyone when it comes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carematch.evidence.goal_evidence import gather
from carematch.evidence.wins import goal_wins
from carematch.journal.enums import ExperimentStatus
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.journal.models import Experiment
    from carematch.journal.service import Journal

STEP_MARK = "Agreed at a panel: "


@dataclass(frozen=True)
class PanelGoal:
    goal_id: int
    title: str
    matters: str
    tried: list[str]
    changed: str
    wins: list[str]
    steps: list[str]

    def as_text(self, *, with_title: bool = True) -> str:
        """The page as plain lines (what a screen reader reads, and the export)."""
        lines = [self.title, ""] if with_title else []
        lines += ["What matters: " + (self.matters or "not written down yet.")]
        lines += ["", "What was tried:"] + [f"• {t}" for t in self.tried or ["nothing yet."]]
        lines += ["", "What changed: " + self.changed]
        if self.wins:
            lines += ["", "Wins:"] + [f"• {w}" for w in self.wins]
        if self.steps:
            lines += ["", "Next steps agreed:"] + [f"• {s}" for s in self.steps]
        return "\n".join(lines)


def panel_goal(journal: Journal, goal_id: int) -> PanelGoal:
    goal = journal.get_goal(goal_id)
    evidence = gather(journal, goal)
    tried, steps = [], []
    for e in evidence.experiments:
        exp = e.experiment
        if exp.expectation.startswith(STEP_MARK):
            steps.append(_step_line(exp))
        elif exp.status != ExperimentStatus.PLANNED:
            tried.append(f"{exp.title} ({exp.status.value}): {e.sentence}")
    return PanelGoal(
        goal.id,
        goal.text,
        goal.why.strip(),
        tried,
        evidence.sentence,
        [w.sentence for w in goal_wins(evidence)],
        steps,
    )


def _step_line(exp: Experiment) -> str:
    when = f" by {exp.review_on:%d %B %Y}" if exp.review_on else ""
    return f"{exp.title} — {exp.expectation.removeprefix(STEP_MARK)}{when}"


def add_step(
    journal: Journal, goal_id: int, what: str, who: str, by: dt.date, today: dt.date | None = None
) -> str:
    """A next step, as a planned experiment reviewed on its date."""
    today = today or dt.date.today()
    what, who = " ".join(what.split()), " ".join(who.split())
    if not what:
        raise JournalInputError("Write what will be done.")
    if not who:
        raise JournalInputError("Write who will do it.")
    if by < today:
        raise JournalInputError("Choose a day from today on.")
    journal.add_experiment(
        goal_id,
        what,
        expectation=f"{STEP_MARK}{who} will do it.",
        start_date=today,
        status=ExperimentStatus.PLANNED,
        review_on=by,
    )
    return f"Next step kept: {what}, {who}, by {by:%d %B %Y}. It comes up for review then."
