"""Benchmark: match latency (p50/p95), CareMatch beside FTS5, and what the match index costs:
the time and memory to build it (first start), and to open its cached copy (every later start).
For the built-in catalogue and synthetic catalogues of 10,000 and 100,000 entries.

Run with `make bench` or `python benchmarks/matching.py [--sizes builtin,10000,100000]`.
The goals are the development goals plus our own, so the words are realistic.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
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


def warm_up() -> None:
    """Import and load what any first Matcher would, so it is not counted as the index's."""
    from carematch.matching import Matcher  # noqa: F401
    from carematch.matching.baseline import FtsBaseline  # noqa: F401
    from carematch.matching.text import english_frequency

    english_frequency("kettle")


def open_warm(catalogue_dirs: list[Path], builtin: bool) -> dict[str, float]:
    """Open the cached index in this (fresh) process: the seconds and RSS it takes, whether the
    cache was used rather than rebuilt, and the seconds for a whole Matcher after it."""
    from carematch import paths
    from carematch.catalogue import load_catalogue
    from carematch.matching import Matcher
    from carematch.matching.index import MatchIndex

    warm_up()
    cat = load_catalogue(catalogue_dirs, builtin=builtin)
    cached = paths.cache_dir() / f"index-{cat.content_key[:32]}.bin"
    stamp = cached.stat().st_mtime_ns if cached.is_file() else None
    gc.collect()
    before = rss_bytes()
    t0 = time.perf_counter()
    index = MatchIndex.load_or_build(cat.entries, cat.content_key, paths.cache_dir())
    seconds = time.perf_counter() - t0
    gc.collect()
    added = rss_bytes() - before
    hit = stamp is not None and cached.stat().st_mtime_ns == stamp and len(index.entries) > 0
    t0 = time.perf_counter()
    Matcher(cat)
    return {"seconds": seconds, "rss": added, "hit": hit, "matcher": time.perf_counter() - t0}


def measure_warm(catalogue_dirs: list[Path], builtin: bool) -> dict[str, float]:
    """open_warm in a new process: in this one, memory freed by the build would be reused and
    the index would look smaller than it is."""
    spec = json.dumps({"dirs": [str(d) for d in catalogue_dirs], "builtin": builtin})
    out = subprocess.run(
        [sys.executable, __file__, "--warm-open", spec],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def measure(label: str, catalogue_dirs: list[Path], builtin: bool, texts: list[str]) -> None:
    from carematch.catalogue import load_catalogue
    from carematch.matching import Matcher
    from carematch.matching.baseline import FtsBaseline

    cat = load_catalogue(catalogue_dirs, builtin=builtin)
    gc.collect()
    before = rss_bytes()
    t0 = time.perf_counter()
    matcher = Matcher(cat)  # no cached index yet: builds it and saves it
    build = time.perf_counter() - t0
    gc.collect()
    built_rss = rss_bytes() - before
    warm = measure_warm(catalogue_dirs, builtin)
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
        f"  p95 {percentile(ours, 95):6.2f} ms | FTS5 p50 {statistics.median(theirs):6.2f} ms"
        f"  p95 {percentile(theirs, 95):6.2f} ms  build {fts_build:5.2f} s"
    )
    missed = "" if warm["hit"] else " (CACHE MISSED: rebuilt)"
    print(
        f"{'':>9} index: build {build:6.2f} s (whole Matcher, first start; RSS"
        f" +{built_rss / 1e6:5.1f} MB) | warm open {warm['seconds']:5.2f} s{missed}, index RSS"
        f" +{warm['rss'] / 1e6:5.1f} MB; whole Matcher warm {warm['matcher']:5.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="builtin,10000,100000")
    parser.add_argument("--warm-open", help=argparse.SUPPRESS)  # the child of measure_warm
    args = parser.parse_args()
    if args.warm_open:
        spec = json.loads(args.warm_open)
        print(json.dumps(open_warm([Path(d) for d in spec["dirs"]], spec["builtin"])))
        return
    texts = goals()
    print(f"{len(texts)} goals x 3 rounds per size; latency per query")
    warm_up()
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
