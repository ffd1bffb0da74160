"""How to get an idea, in plain words: the usual route first, the person's nation first."""

from __future__ import annotations

from carematch.catalogue.model import Entry
from carematch.catalogue.parts import Nation, Route
from carematch.catalogue.vocabulary import Vocabulary
from carematch.i18n import N_, _

ASSESSED_FIRST = N_(
    "Ask for an assessment before you buy or use this: an occupational therapist, physio or "
    "other professional can check it is safe and right for you, and it may then be free."
)


def _where(route: Route) -> str:
    if not route.nations or len(route.nations) == len(Nation):
        return ""
    names = [n.label for n in route.nations]
    if len(names) == 1:
        return names[0]
    return _("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])


def route_lines(entry: Entry, vocab: Vocabulary, nation: Nation | None = None) -> list[str]:
    """One bullet per way to get it, then an indented line for each route's details."""
    lines: list[str] = []
    for way, routes in entry.ways_for(nation):
        term = vocab.ways_to_get.get(way)
        lines.append(f"  • {term.name}: {term.description}" if term else f"  • {way}")
        # the person's own nation's route first, then the others (each says where it applies)
        for route in sorted(routes, key=lambda r: not r.works_in(nation)):
            parts = []
            where = _where(route)
            if where:
                parts.append(_("In {where}").format(where=where))
            if route.ask:
                parts.append(_("Ask: {who}").format(who=route.ask))
            if route.who:
                parts.append(_("Who can have it: {who}").format(who=route.who))
            if route.note:
                parts.append(route.note)
            if parts:
                lines.append("    " + ". ".join(p.rstrip(".") for p in parts) + ".")
    return lines


def usual_way(entry: Entry, vocab: Vocabulary, nation: Nation | None = None) -> str:
    """The first way to get it (the person's nation's first), with what to ask for there."""
    ways = entry.ways_for(nation)
    if not ways:
        return _("Not known")
    way, routes = ways[0]
    term = vocab.ways_to_get.get(way)
    text = term.name if term else way
    for route in sorted(routes, key=lambda r: not r.works_in(nation)):
        if route.ask and (nation is None or route.works_in(nation)):
            return _("{way}. Ask: {who}").format(way=text, who=route.ask)
    return text


def entry_facts(entry: Entry, vocab: Vocabulary, nation: Nation | None = None) -> dict[str, str]:
    """What a comparison or a recommendation says of an idea, in plain words."""
    helps = [vocab.helps_with[h].name for h in entry.helps_with if h in vocab.helps_with]
    cost = entry.cost.label() + (f" ({entry.cost.note})" if entry.cost.note else "")
    iso = (
        f"{entry.iso9999} {vocab.iso_title(entry.iso9999)}".strip() if entry.iso9999 else _("None")
    )
    return {
        "cost": cost,
        "kind": entry.kind.label,
        "usual_way": usual_way(entry, vocab, nation),
        "iso9999": iso,
        "helps_with": ", ".join(helps) or _("Not said"),
        "safety": entry.safety or _("Nothing special noted"),
        "assessed": _(ASSESSED_FIRST) if entry.get_assessed_first else _("No"),
    }
