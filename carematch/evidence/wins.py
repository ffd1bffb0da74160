"""Wins worth celebrating, said warmly and plainly in terms of what the person can now do: a
goal achieved, an idea kept, a meaningful change (2 points or more on the 1 to 10 scale)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from carematch.evidence.goal_evidence import GoalEvidence
from carematch.evidence.scales import MEANINGFUL_CHANGE
from carematch.i18n import _
from carematch.journal.enums import ExperimentStatus, GoalStatus


@dataclass(frozen=True)
class Win:
    kind: str  # "achieved", "kept" or "change"
    key: str  # the same win found again has the same key (so it is said once)
    on: dt.date
    sentence: str


def _quoted(text: str, most: int = 80) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= most else text[: most - 1] + '…'}”"


def goal_wins(evidence: GoalEvidence) -> list[Win]:
    """The wins of one goal, oldest first."""
    goal, wins = evidence.goal, []
    first = evidence.copm.performance[0] if evidence.copm.performance else None
    for point in evidence.copm.performance:
        if first is not None and point.value - first.value >= MEANINGFUL_CHANGE:
            wins.append(
                Win(
                    "change",
                    f"change-{goal.id}",
                    point.at.date(),
                    _("{goal} went from {a} to {b} out of 10 — a real change.").format(
                        goal=_quoted(goal.text), a=first.value, b=point.value
                    ),
                )
            )
            break
    for e in evidence.experiments:
        exp = e.experiment
        if exp.status != ExperimentStatus.KEPT:
            continue
        c = e.comparison
        if c is not None and c.enough and c.before.performance and c.after.performance:
            said = _("Since you started {idea}, {goal} went from {a} to {b} out of 10.").format(
                idea=_quoted(exp.title, 60),
                goal=_quoted(goal.text),
                a=f"{c.before.performance:.0f}",
                b=f"{c.after.performance:.0f}",
            )
        else:
            said = _("You kept {idea}: it now helps with {goal}.").format(
                idea=_quoted(exp.title, 60), goal=_quoted(goal.text)
            )
        when = exp.end_date or exp.start_date or goal.updated_at.date()
        wins.append(Win("kept", f"kept-{exp.id}", when, said))
    if goal.status == GoalStatus.ACHIEVED:
        wins.append(
            Win(
                "achieved",
                f"achieved-{goal.id}",
                goal.updated_at.date(),
                _("You did it: {goal}.").format(goal=_quoted(goal.text)),
            )
        )
    return sorted(wins, key=lambda w: w.on)
