"""One client's progress at a glance, for a practitioner's caseload: counts and scores only,
never a word the client wrote. Plain SQL, so a caseload of 200 vaults lists quickly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carematch.evidence.scales import gas_tscore
from carematch.i18n import N_
from carematch.journal.enums import ExperimentStatus, GoalStatus

if TYPE_CHECKING:
    from carematch.vault.vault import Vault

QUIET_AFTER = dt.timedelta(days=14)  # no check-in for two weeks needs attention
# What needs attention, as ClientSummary.attention() says it: English, as lists are sorted and
# saved by these words; marked for the translators, shown with _().
REVIEW_DUE = N_("review due")
QUIET = N_("no check-in for two weeks")


@dataclass(frozen=True)
class ClientSummary:
    active_goals: int
    goals_met: int
    last_checkin: dt.date | None
    next_review: dt.date | None  # the earliest review date of an experiment still being tried
    gas_t: float | None  # Kiresuk-Sherman T-score over active goals with a GAS level
    copm_change: float | None  # mean change in performance, first to latest, active goals

    def attention(self, today: dt.date) -> list[str]:
        """What needs the practitioner's attention, in plain words (most urgent first)."""
        found = []
        if self.next_review is not None and self.next_review <= today:
            found.append(REVIEW_DUE)
        if self.active_goals and (
            self.last_checkin is None or today - self.last_checkin >= QUIET_AFTER
        ):
            found.append(QUIET)
        return found


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    return dt.date.fromisoformat(str(value)[:10])


def client_summary(vault: Vault) -> ClientSummary:
    """Plain SQL (see Vault.read_rows): four short reads, whether or not the ORM is set up."""
    active, achieved = GoalStatus.ACTIVE.value, GoalStatus.ACHIEVED.value
    trying = (ExperimentStatus.PLANNED.value, ExperimentStatus.TRYING.value)
    goals = vault.read_rows(
        "SELECT id, importance FROM goals WHERE deleted_at IS NULL AND status = ?", (active,)
    )
    ((met, last, review),) = vault.read_rows(
        "SELECT (SELECT count(*) FROM goals WHERE deleted_at IS NULL AND status = ?),"
        " (SELECT max(at) FROM checkins WHERE deleted_at IS NULL),"
        " (SELECT min(review_on) FROM experiments WHERE deleted_at IS NULL"
        "  AND status IN (?, ?))",
        (achieved, *trying),
    )
    rows = vault.read_rows(
        "SELECT c.goal_id, c.performance, c.gas_level FROM checkins c"
        " JOIN goals g ON g.id = c.goal_id"
        " WHERE c.deleted_at IS NULL AND g.deleted_at IS NULL AND g.status = ?"
        " ORDER BY c.goal_id, c.at, c.id",
        (active,),
    )
    first: dict[int, int] = {}
    latest: dict[int, int] = {}
    counts: dict[int, int] = {}
    level: dict[int, int] = {}
    for goal_id, performance, gas_level in rows:
        first.setdefault(goal_id, performance)
        latest[goal_id] = performance
        counts[goal_id] = counts.get(goal_id, 0) + 1
        if gas_level is not None:
            level[goal_id] = gas_level
    weights = {goal_id: importance for goal_id, importance in goals}
    changes = [latest[g] - first[g] for g, n in counts.items() if n >= 2]
    return ClientSummary(
        active_goals=len(goals),
        goals_met=int(met or 0),
        last_checkin=_date(last),
        next_review=_date(review),
        gas_t=gas_tscore((x, weights[g]) for g, x in level.items()) if level else None,
        copm_change=sum(changes) / len(changes) if changes else None,
    )
