"""Outcomes for the service, across the caseload (or the vaults named): one workflow for the
app and `carematch outcomes`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carematch.app.caseload import Caseload
from carematch.evidence.outcomes import ServiceOutcomes, read_goal_outcomes
from carematch.i18n import N_, _, language, ngettext
from carematch.paths import write_private
from carematch.vault.errors import VaultError
from carematch.vault.registry import list_vaults, name_key

# The GAS T-score bands' words (carematch.evidence.outcomes.GAS_BANDS, whose English labels are
# also the JSON's keys), for the translators; shown with band_words().
BAND_WORDS = {
    "below 40": N_("below 40"),
    "40 to 49": N_("40 to 49"),
    "50 to 59": N_("50 to 59"),
    "60 or more": N_("60 or more"),
}


def band_words(label: str) -> str:
    return _(BAND_WORDS[label]) if label in BAND_WORDS else label


@dataclass
class CaseloadOutcomes:
    outcomes: ServiceOutcomes
    names: dict[str, str]  # catalogue id -> name, for the ideas kept and stopped
    skipped: list[str] = field(default_factory=list)  # vaults that could not be read

    def as_dict(self) -> dict[str, object]:
        return {**self.outcomes.as_dict(self.names), "vaults_not_read": len(self.skipped)}

    def lines(self) -> list[tuple[str, str]]:
        """Each figure as a label and plain words, for the app's table and the terminal; in
        the person's language."""
        o = self.outcomes
        share, mean, days = o.meaningful_share(), o.mean_change(), o.median_days_to_meaningful()
        bands = ", ".join(f"{band_words(label)}: {n}" for label, n in o.gas_bands())

        def ideas(which: str) -> str:
            found = o.ideas(which)
            return ", ".join(f"{self.names.get(i, i)} ({n})" for i, n in found) or _("none yet")

        if days is not None:
            typical = ngettext("{n} day", "{n} days", round(days)).format(n=f"{days:.0f}")
        else:
            typical = "-"
        return [
            (_("People"), str(o.people)),
            (_("Goals set"), str(len(o.goals))),
            (_("Goals met"), str(o.goals_met)),
            (_("GAS T-scores (people)"), bands),
            (
                _("Goals with a meaningful change (2 points or more)"),
                _("{share} of {n} with two check-ins or more").format(
                    share=f"{share:.0%}", n=len(o.measured())
                )
                if share is not None
                else _("none measured yet"),
            ),
            (
                _("Mean change in performance"),
                _("{mean} points").format(mean=f"{mean:+.1f}") if mean is not None else "-",
            ),
            (_("Typical time to a meaningful change"), typical),
            (_("Ideas most often kept"), ideas("kept")),
            (_("Ideas most often stopped"), ideas("stopped")),
        ]

    def charts(self) -> list[tuple[str, list[tuple[str, float]]]]:
        """A chart of each figure: its title and its labelled bars, in the person's language."""
        o = self.outcomes
        measured = o.measured()
        meaningful = sum(g.meaningful for g in measured)
        days = [g.days_to_meaningful for g in o.goals if g.days_to_meaningful is not None]
        return [
            (_("Goals set and met"), [(_("Set"), len(o.goals)), (_("Met"), o.goals_met)]),
            (_("People by GAS T-score"), [(band_words(label), n) for label, n in o.gas_bands()]),
            (
                _("Goals by change in performance"),
                [
                    (_("Meaningful (2 points or more)"), meaningful),
                    (_("Less than 2 points"), len(measured) - meaningful),
                    (_("Not measured yet"), len(o.goals) - len(measured)),
                ],
            ),
            (
                _("Time to a meaningful change"),
                [
                    (_("Within a month"), sum(1 for d in days if d <= 31)),
                    (_("One to three months"), sum(1 for d in days if 31 < d <= 92)),
                    (_("More than three months"), sum(1 for d in days if d > 92)),
                ],
            ),
            (
                _("Ideas most often kept"),
                [(self.names.get(i, i), n) for i, n in o.ideas("kept")],
            ),
            (
                _("Ideas most often stopped"),
                [(self.names.get(i, i), n) for i, n in o.ideas("stopped")],
            ),
        ]

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.lines())


def shared_catalogue() -> dict[str, str]:
    """Ids and names of the built-in catalogue: the only ideas an outcomes file may name (a
    person's own entries can carry their words). Names in the person's language where the
    catalogue has them."""
    from carematch.catalogue import load_catalogue

    catalogue = load_catalogue(builtin=True, language=language())
    return {e.id: e.name for e in catalogue.entries.values()}


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
