"""Development check of matching on content we did not write, without touching the blind set.

Our own aliases carry much of the win on goals that describe a problem. This runs the
project's goal sets (own, fresh, shared dev) against the built-in catalogue with every alias
removed (and, with --summary-only, the description too), so the thesaurus and its needs can be
tuned on something like a stranger's catalogue. Relevance is still judged on the full entries.
The blind set in tests/eval/blind is measured with `carematch eval`, never tuned on here.

    python benchmarks/generalisation.py [--misses] [--summary-only]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    ROOT.parent / "shared/eval/dev_goals.toml",
    ROOT / "tests/eval/own_goals.toml",
    ROOT / "tests/eval/fresh_goals.toml",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list the goals missed")
    parser.add_argument("--summary-only", action="store_true", help="drop descriptions too")
    args = parser.parse_args()
    os.environ.setdefault("CAREMATCH_HOME", tempfile.mkdtemp(prefix="cm-gen-"))
    sys.path.insert(0, str(ROOT))
    from carematch.catalogue import load_catalogue
    from carematch.matching import Matcher
    from carematch.matching.baseline import FtsBaseline
    from carematch.matching.evaluate import load_goals, score

    full = load_catalogue([], builtin=True)
    stripped = {
        i: e.model_copy(
            update={"aliases": [], **({"description": ""} if args.summary_only else {})}
        )
        for i, e in full.entries.items()
    }
    cat = replace(full, entries=stripped, content_key="")
    matcher = Matcher(cat, use_cache=False)
    fts = FtsBaseline(list(stripped.values()))

    def ours(text: str) -> list[str]:
        return [r.entry.id for r in matcher.match(text, limit=10).results]

    print("without aliases" + (" or descriptions" if args.summary_only else ""))
    for path in SETS:
        if not path.is_file():
            continue
        goals = load_goals(path)
        for label, subset in (("all", goals), ("hard", [g for g in goals if g.hard])):
            if not subset:
                continue
            o = score(subset, ours, full.entries)
            b = score(subset, fts.search, full.entries)
            print(
                f"{path.name:<18} {label:<5} n={o.goals:>3}  CareMatch {o.success_at_5:.3f} /"
                f" {o.mrr_at_10:.3f} ({len(o.missed)} missed)   FTS5 {b.success_at_5:.3f} /"
                f" {b.mrr_at_10:.3f} ({len(b.missed)} missed)"
            )
            if args.misses and label == "all":
                for text in o.missed:
                    print(f"      - {text}")


if __name__ == "__main__":
    main()
