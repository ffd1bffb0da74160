"""Outcomes for the service, across the caseload (or the vaults named): one workflow for the
app and `carematch outcomes`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carematch.app.caseload import Caseload
from carematch.evidence.outcomes import ServiceOutcomes, read_goal_outcomes
from carematch.paths import write_private
from carematch.vault.errors import VaultError
from carematch.vault.registry import list_vaults, name_key


@dataclass
class CaseloadOutcomes:
    outcomes: ServiceOutcomes
    names: dict[str, str]  # catalogue id -> name, for the ideas kept and stopped
    skipped: list[str] = field(default_factory=list)  # vaults that could not be read

    def as_dict(self) -> dict[str, object]:
        return {**self.outcomes.as_dict(self.names), "vaults_not_read": len(self.skipped)}

    def lines(self) -> list[tuple[str, str]]:
        """Each figure as a label and plain words, for the app's table and the terminal."""
        o = self.outcomes
        share, mean, days = o.meaningful_share(), o.mean_change(), o.median_days_to_meaningful()
        bands = ", ".join(f"{label}: {n}" for label, n in o.gas_bands())

        def ideas(which: str) -> str:
            found = o.ideas(which)
            return ", ".join(f"{self.names.get(i, i)} ({n})" for i, n in found) or "none yet"

        return [
            ("People", str(o.people)),
            ("Goals set", str(len(o.goals))),
            ("Goals met", str(o.goals_met)),
            ("GAS T-scores (people)", bands),
            (
                "Goals with a meaningful change (2 points or more)",
                f"{share:.0%} of {len(o.measured())} with two check-ins or more"
                if share is not None
                else "none measured yet",
            ),
            ("Mean change in performance", f"{mean:+.1f} points" if mean is not None else "-"),
            (
                "Typical time to a meaningful change",
                f"{days:.0f} days" if days is not None else "-",
            ),
            ("Ideas most often kept", ideas("kept")),
            ("Ideas most often stopped", ideas("stopped")),
        ]

    def charts(self) -> list[tuple[str, list[tuple[str, float]]]]:
        """A chart of each figure: its title and its labelled bars."""
        o = self.outcomes
        measured = o.measured()
        meaningful = sum(g.meaningful for g in measured)
        days = [g.days_to_meaningful for g in o.goals if g.days_to_meaningful is not None]
        return [
            ("Goals set and met", [("Set", len(o.goals)), ("Met", o.goals_met)]),
            ("People by GAS T-score", [(label, n) for label, n in o.gas_bands()]),
            (
                "Goals by change in performance",
                [
                    ("Meaningful (2 points or more)", meaningful),
                    ("Less than 2 points", len(measured) - meaningful),
                    ("Not measured yet", len(o.goals) - len(measured)),
                ],
            ),
            (
                "Time to a meaningful change",
                [
                    ("Within a month", sum(1 for d in days if d <= 31)),
                    ("One to three months", sum(1 for d in days if 31 < d <= 92)),
                    ("More than three months", sum(1 for d in days if d > 92)),
                ],
            ),
            ("Ideas most often kept", [(self.names.get(i, i), n) for i, n in o.ideas("kept")]),
            (
                "Ideas most often stopped",
                [(self.names.get(i, i), n) for i, n in o.ideas("stopped")],
            ),
        ]

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.lines())


def shared_catalogue() -> dict[str, str]:
    """Ids and names of the built-in catalogue: the only ideas an outcomes file may name (a
    person's own entries can carry their words)."""
    from carematch.catalogue import load_catalogue

    return {e.id: e.name for e in load_catalogue(builtin=True).entries.values()}


def caseload_outcomes(
    caseload: Caseload, only: list[str] | None = None, names: dict[str, str] | None = None
) -> CaseloadOutcomes:
    names = shared_catalogue() if names is None else names
    known = frozenset(names)
    wanted = {name_key(n) for n in only} if only else None
    result = CaseloadOutcomes(ServiceOutcomes(), names)
    for person, info in enumerate(list_vaults()):
        if wanted is not None and name_key(info.name) not in wanted:
            continue
        try:
            with caseload.reading(info) as vault:
                result.outcomes.goals += read_goal_outcomes(vault, person, known)
            result.outcomes.people += 1
        except VaultError:
            result.skipped.append(info.name)
    return result


def write_outcomes_csv(found: CaseloadOutcomes, path: Path) -> int:
    """Write the pooled CSV (owner-only, atomically); returns the number of goal rows."""
    text = found.outcomes.csv_text()
    write_private(path, text.encode("utf-8"))
    return len(found.outcomes.goals)
