"""Two to four ideas side by side, for one person: what each costs, how it is usually got in
their nation, its ISO 9999 code, what it helps with, what to be careful of, and what the
person made of it. One table for the app, the command line and print."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from carematch.app.pooled import Evidence, evidence_lines, installed_evidence
from carematch.catalogue.nations import Nation
from carematch.catalogue.ways import entry_facts
from carematch.evidence.scales import quest_mean
from carematch.i18n import N_, _
from carematch.journal.enums import MarkKind

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.catalogue.model import Entry
    from carematch.journal.service import Journal

MIN_IDEAS, MAX_IDEAS = 2, 4
ROWS = (
    ("cost", N_("Cost")),
    ("kind", N_("Kind of idea")),
    ("usual_way", N_("Usual way to get it")),
    ("iso9999", N_("ISO 9999 code")),
    ("helps_with", N_("Helps with")),
    ("safety", N_("Be careful")),
    ("assessed", N_("Get assessed first")),
    ("verdict", N_("What they made of it")),
    ("others", N_("What worked for others")),
)
MARKED = {MarkKind.WORKED: N_("marked 'worked'"), MarkKind.NOT_FOR_ME: N_("marked 'not for me'")}


@dataclass(frozen=True)
class ComparedIdea:
    id: str
    name: str
    cells: dict[str, str]


@dataclass(frozen=True)
class Comparison:
    ideas: list[ComparedIdea]
    nation: Nation | None

    def rows(self) -> list[tuple[str, list[str]]]:
        """Each row's heading (in the language in use) and its cells, one per idea, in the
        ideas' order."""
        return [(_(label), [idea.cells[key] for idea in self.ideas]) for key, label in ROWS]

    def as_dict(self) -> dict[str, object]:
        return {
            "nation": self.nation.value if self.nation else None,
            "ideas": [{"id": i.id, "name": i.name, **i.cells} for i in self.ideas],
        }

    def text(self) -> str:
        """For a terminal or a screen reader: one block per row, each idea named in it."""
        lines = [_("Comparing: {ideas}").format(ideas="; ".join(i.name for i in self.ideas))]
        for label, cells in self.rows():
            lines.append("")
            lines.append(label)
            lines += [
                f"  {idea.name}: {cell}" for idea, cell in zip(self.ideas, cells, strict=True)
            ]
        return "\n".join(lines)

    def html(self) -> str:
        """A real table with header cells, for printing (everything escaped: catalogue text
        can come from a pack)."""
        head = "".join(f'<th scope="col">{escape(i.name)}</th>' for i in self.ideas)
        body = "".join(
            f'<tr><th scope="row">{escape(label)}</th>'
            + "".join(f"<td>{escape(cell)}</td>" for cell in cells)
            + "</tr>"
            for label, cells in self.rows()
        )
        title, what = escape(_("Ideas side by side")), escape(_("What"))
        return (
            f"<h1>{title}</h1>"
            '<table border="1" cellpadding="6" cellspacing="0">'
            f'<thead><tr><th scope="col">{what}</th>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )


def _verdict(entry_id: str, journal: Journal | None) -> str:
    if journal is None:
        return _("No vault open")
    parts = []
    worked, not_for_me = journal.marks()
    if entry_id in worked:
        parts.append(_(MARKED[MarkKind.WORKED]))
    elif entry_id in not_for_me:
        parts.append(_(MARKED[MarkKind.NOT_FOR_ME]))
    for goal in journal.list_goals():
        for exp in journal.experiments(goal.id):
            if exp.entry_id != entry_id:
                continue
            parts.append(_("tried ({status})").format(status=_(exp.status.value)))
            scores = [quest_mean(r.scores()) for r in journal.quest_ratings(exp.id)]
            scores = [s for s in scores if s is not None]
            if scores:
                parts.append(_("QUEST {score} out of 5").format(score=f"{scores[-1]:.1f}"))
    return ", ".join(dict.fromkeys(parts)) or _("Not tried yet")


def compare_cells(
    entry: Entry,
    catalogue: Catalogue,
    journal: Journal | None,
    nation: Nation | None,
    evidence: Evidence,
) -> dict[str, str]:
    return {
        **entry_facts(entry, catalogue.vocabulary, nation),
        "verdict": _verdict(entry.id, journal),
        "others": " ".join(evidence_lines(entry.id, evidence)) or _("No pooled evidence yet"),
    }


def compare(
    catalogue: Catalogue,
    ids: list[str],
    *,
    journal: Journal | None = None,
    nation: Nation | None = None,
    evidence: Evidence | None = None,
) -> Comparison:
    """The ideas side by side, in the order given; a clear ValueError for a wrong count or an
    id the catalogue does not have. `evidence` defaults to the installed packs'."""
    ids = list(dict.fromkeys(ids))
    if not MIN_IDEAS <= len(ids) <= MAX_IDEAS:
        raise ValueError(
            _("Choose {low} to {high} different ideas to compare (you chose {n}).").format(
                low=MIN_IDEAS, high=MAX_IDEAS, n=len(ids)
            )
        )
    unknown = [i for i in ids if i not in catalogue.entries]
    if unknown:
        raise ValueError(
            _(
                "These are not in the catalogue: {ids}. Check the ids with "
                "'carematch catalogue search'."
            ).format(ids=", ".join(unknown))
        )
    entries = [catalogue.entries[i] for i in ids]
    found = installed_evidence() if evidence is None else evidence
    return Comparison(
        [
            ComparedIdea(e.id, e.name, compare_cells(e, catalogue, journal, nation, found))
            for e in entries
        ],
        nation,
    )
