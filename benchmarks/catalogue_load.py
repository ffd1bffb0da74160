"""Benchmark: load a 10,000-entry catalogue cold (no cache) and warm (cache hit).

Run with `make bench` or `python benchmarks/catalogue_load.py [--entries N]`. Prints the median
of several runs; figures go in the README, not into timed tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_synthetic


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = str(Path(tmp) / "home")
        from carematch.catalogue import load_catalogue

        src = Path(tmp) / "synthetic"
        write_synthetic(src, args.entries)
        cold, warm = [], []
        for _ in range(args.runs):
            for f in (Path(tmp) / "home" / "cache").glob("*.bin"):
                f.unlink()
            t0 = time.perf_counter()
            cat = load_catalogue([src], builtin=False)
            cold.append(time.perf_counter() - t0)
            assert not cat.from_cache and len(cat) == args.entries, cat.problems[:3]
            t0 = time.perf_counter()
            cat = load_catalogue([src], builtin=False)
            warm.append(time.perf_counter() - t0)
            assert cat.from_cache
        builtin_t0 = time.perf_counter()
        load_catalogue()
        load_catalogue()
        builtin_warm = time.perf_counter() - builtin_t0
        cold_ms = statistics.median(cold) * 1000
        warm_ms = statistics.median(warm) * 1000
        print(
            f"catalogue load, {args.entries} entries: cold median {cold_ms:.0f} ms, "
            f"warm median {warm_ms:.0f} ms (runs: {args.runs})"
        )
        print(f"built-in catalogue (cold then warm, together): {builtin_warm * 1000:.0f} ms")


if __name__ == "__main__":
    main()
