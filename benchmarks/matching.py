"""Benchmark: match latency (p50/p95) and index build time and memory, CareMatch beside FTS5,
for the built-in catalogue and synthetic catalogues of 10,000 and 100,000 entries.

Run with `make bench` or `python benchmarks/matching.py [--sizes builtin,10000,100000]`.
The goals are the development goals plus our own, so the words are realistic.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_synthetic

ROOT = Path(__file__).resolve().parent.parent


def goals() -> list[str]:
    texts: list[str] = []
    for path in (ROOT.parent / "shared/eval/dev_goals.toml", ROOT / "tests/eval/own_goals.toml"):
        if path.is_file():
            texts += [g["text"] for g in tomllib.loads(path.read_text())["goal"]]
    texts += ["kettel", "I want to keep gardening", "x" * 10_000, "brew " * 2000]
    return texts


def rss_bytes() -> int:
    """Resident memory of this process (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def measure(label: str, catalogue_dirs: list[Path], builtin: bool, texts: list[str]) -> None:
    from carematch.catalogue import load_catalogue
    from carematch.matching import Matcher
    from carematch.matching.baseline import FtsBaseline

    cat = load_catalogue(catalogue_dirs, builtin=builtin)
    gc.collect()
    before = rss_bytes()
    t0 = time.perf_counter()
    matcher = Matcher(cat)
    build = time.perf_counter() - t0
    gc.collect()
    peak = rss_bytes() - before
    t0 = time.perf_counter()
    fts = FtsBaseline(list(cat.entries.values()))
    fts_build = time.perf_counter() - t0
    ours, theirs = [], []
    for _ in range(3):
        for text in texts:
            t0 = time.perf_counter()
            matcher.match(text, limit=10)
            ours.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            fts.search(text, 10)
            theirs.append((time.perf_counter() - t0) * 1000)
    print(
        f"{label:>9} entries={len(cat):>6}  CareMatch p50 {statistics.median(ours):6.2f} ms"
        f"  p95 {percentile(ours, 95):6.2f} ms  build {build:6.2f} s  index RSS"
        f" +{peak / 1e6:5.1f} MB | FTS5 p50 {statistics.median(theirs):6.2f} ms"
        f"  p95 {percentile(theirs, 95):6.2f} ms  build {fts_build:5.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="builtin,10000,100000")
    args = parser.parse_args()
    texts = goals()
    print(f"{len(texts)} goals x 3 rounds per size; latency per query")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = str(Path(tmp) / "home")
        for size in args.sizes.split(","):
            if size == "builtin":
                measure("built-in", [], True, texts)
                continue
            dest = Path(tmp) / f"syn{size}"
            write_synthetic(dest, int(size))
            measure(size, [dest], False, texts)


if __name__ == "__main__":
    main()
