"""Clarifying choices after a typed goal: when the best ideas are about several different
things, offer up to four plain choices ("Is this about: hearing the doorbell · getting to the
door · ...") that narrow the list. Built from what the ideas are for, so they never offer a
choice that would leave nothing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carematch.catalogue.model import Entry
    from carematch.catalogue.vocabulary import Vocabulary
    from carematch.matching.engine import Filters

LOOK_AT = 10  # the ideas a person sees first
MOST = 4


@dataclass(frozen=True)
class Clarifier:
    id: str  # "activity:<id>" or "helps:<id>"
    label: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label}


def clarifying_choices(
    entries: list[Entry], vocab: Vocabulary, filters: Filters
) -> list[Clarifier]:
    """Up to four choices that each keep at least two of the first ideas and drop at least
    one; activities first, then what the ideas help with. None when the list is already one
    thing, or already narrowed."""
    top = entries[:LOOK_AT]
    if len(top) < 3:
        return []
    groups = (
        (
            "activity",
            [e.activities for e in top],
            vocab.activities,
            bool(filters.activity or filters.activities),
        ),
        ("helps", [e.helps_with for e in top], vocab.helps_with, bool(filters.helps_with)),
    )
    for kind, facets, names, narrowed in groups:
        if narrowed:
            continue
        counts = Counter(f for facet in facets for f in set(facet))
        order = list(names)
        useful = [f for f, n in counts.items() if 2 <= n < len(top) and f in names]
        useful.sort(key=lambda f: (-counts[f], order.index(f)))
        if len(useful) >= 2:
            return [Clarifier(f"{kind}:{f}", names[f].name) for f in useful[:MOST]]
    return []


def narrowed(filters: Filters, choice_id: str, vocab: Vocabulary) -> tuple[Filters, str]:
    """The filters with a choice applied, and its label. Raises ValueError for an unknown id."""
    kind, _, term = choice_id.partition(":")
    if kind == "activity" and term in vocab.activities:
        return replace(filters, activity=term), vocab.activities[term].name
    if kind == "helps" and term in vocab.helps_with:
        return replace(filters, helps_with=frozenset({term})), vocab.helps_with[term].name
    raise ValueError(
        f"'{choice_id}' is not a choice. Use one the ideas offered, like 'activity:walking'."
    )
