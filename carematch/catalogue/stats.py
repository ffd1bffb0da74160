"""Counts that show what the catalogue covers and where the gaps are."""

from __future__ import annotations

from collections import Counter
from typing import Any

from carematch.catalogue.store import Catalogue
from carematch.i18n import N_, _

DAILY_LIFE_CLASSES = ("04", "06", "09", "12", "15", "18", "22", "24", "27", "28", "30")
MIN_PER_CLASS = 5
GAP_WORDS = {  # the gaps' keys (the JSON's), as headings
    "iso_classes_under_5": N_("iso classes under 5"),
    "activities_without_entries": N_("activities without entries"),
    "helps_with_without_entries": N_("helps with without entries"),
    "entries_with_few_aliases": N_("entries with few aliases"),
}


def catalogue_stats(cat: Catalogue) -> dict[str, Any]:
    entries = list(cat.entries.values())
    by_class = Counter(e.iso9999[:2] for e in entries)
    by_kind = Counter(e.kind.value for e in entries)
    by_activity = Counter(a for e in entries for a in e.activities)
    by_area = Counter(e.area or "(none)" for e in entries)
    vocab = cat.vocabulary
    gaps = {
        "iso_classes_under_5": [c for c in DAILY_LIFE_CLASSES if by_class[c] < MIN_PER_CLASS],
        "activities_without_entries": [a for a in vocab.activities if by_activity[a] == 0],
        "helps_with_without_entries": [
            h for h in vocab.helps_with if not any(h in e.helps_with for e in entries)
        ],
        "entries_with_few_aliases": sorted(e.id for e in entries if len(e.aliases) < 3),
    }
    return {
        "entries": len(entries),
        "skipped_files": cat.skipped_files,
        "by_iso_class": {
            c: {"title": vocab.iso_classes.get(c, ""), "count": by_class[c]}
            for c in sorted(set(by_class) | set(DAILY_LIFE_CLASSES))
        },
        "by_kind": dict(sorted(by_kind.items())),
        "by_activity": {a: by_activity[a] for a in vocab.activities},
        "by_area": dict(sorted(by_area.items())),
        "mainstream_or_builtin": by_kind["mainstream"] + by_kind["builtin"],
        "diy_or_technique": by_kind["diy"] + by_kind["technique"],
        "gaps": gaps,
    }


def format_stats(stats: dict[str, Any]) -> str:
    lines = [
        _("Entries: {n} (skipped files: {skipped})").format(
            n=stats["entries"], skipped=stats["skipped_files"]
        ),
        "",
    ]
    lines.append(_("By ISO 9999 class:"))
    for code, info in stats["by_iso_class"].items():
        lines.append(f"  {code}  {info['count']:>4}  {info['title']}")
    lines.append("")
    lines.append(_("By kind:"))
    for kind, n in stats["by_kind"].items():
        lines.append(f"  {kind:<12}{n:>5}")
    lines.append("  " + _("mainstream or built-in: {n}").format(n=stats["mainstream_or_builtin"]))
    lines.append("  " + _("do-it-yourself or technique: {n}").format(n=stats["diy_or_technique"]))
    lines.append("")
    lines.append(_("By activity:"))
    for act, n in stats["by_activity"].items():
        lines.append(f"  {act:<24}{n:>5}")
    lines.append("")
    lines.append(_("Gaps:"))
    gaps = stats["gaps"]
    any_gap = False
    for name, items in gaps.items():
        if items:
            any_gap = True
            heading = _(GAP_WORDS[name]) if name in GAP_WORDS else name.replace("_", " ")
            lines.append(f"  {heading}: {', '.join(items)}")
    if not any_gap:
        lines.append("  " + _("none"))
    return "\n".join(lines)
