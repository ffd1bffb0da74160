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
from carematch.i18n import _
from carematch.journal.enums import ExperimentStatus
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.journal.models import Experiment
    from carematch.journal.service import Journal

# Kept in English: it marks a next step in the journal (the experiment's expectation), and is
# found again by it in any language.
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
        matters = self.matters or _("not written down yet.")
        lines += [_("What matters: {matters}").format(matters=matters)]
        tried = self.tried or [_("nothing yet.")]
        lines += ["", _("What was tried:")] + [f"• {t}" for t in tried]
        lines += ["", _("What changed: {changed}").format(changed=self.changed)]
        if self.wins:
            lines += ["", _("Wins:")] + [f"• {w}" for w in self.wins]
        if self.steps:
            lines += ["", _("Next steps agreed:")] + [f"• {s}" for s in self.steps]
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
            tried.append(
                _("{idea} ({status}): {evidence}").format(
                    idea=exp.title, status=_(exp.status.value), evidence=e.sentence
                )
            )
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
    from carematch.reports.html_report import date_words

    step = f"{exp.title} — {exp.expectation.removeprefix(STEP_MARK)}"
    if exp.review_on is None:
        return step
    return _("{step} by {date}").format(step=step, date=date_words(exp.review_on, "%d %B %Y"))


def add_step(
    journal: Journal, goal_id: int, what: str, who: str, by: dt.date, today: dt.date | None = None
) -> str:
    """A next step, as a planned experiment reviewed on its date."""
    today = today or dt.date.today()
    what, who = " ".join(what.split()), " ".join(who.split())
    if not what:
        raise JournalInputError(_("Write what will be done."))
    if not who:
        raise JournalInputError(_("Write who will do it."))
    if by < today:
        raise JournalInputError(_("Choose a day from today on."))
    journal.add_experiment(
        goal_id,
        what,
        expectation=f"{STEP_MARK}{who} will do it.",
        start_date=today,
        status=ExperimentStatus.PLANNED,
        review_on=by,
    )
    from carematch.reports.html_report import date_words

    return _("Next step kept: {what}, {who}, by {date}. It comes up for review then.").format(
        what=what, who=who, date=date_words(by, "%d %B %Y")
    )
