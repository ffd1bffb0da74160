"""Benchmark: pooling 100,000 contribution files (issue 22's target: under 60 s).

Each file holds 3 randomised answers over 40 ideas, as a person's contribution would. The
files are written first (not timed), then `pool()` reads the folder once for the newest per
contributor and once for the counts. Run with `python benchmarks/pooling.py [FILES]`.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def main(files: int) -> None:
    from carematch.journal.enums import ExperimentStatus
    from carematch.pooled.contribution import build
    from carematch.pooled.pool import pool

    rng = random.Random(22)
    start, end = dt.date(2026, 9, 1), dt.date(2026, 10, 20)
    ideas = [f"idea-{i}" for i in range(40)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(files):
            tried = rng.sample(ideas, 3)
            finished = [
                (e, "kitchen", rng.choice((ExperimentStatus.KEPT, ExperimentStatus.STOPPED)),
                 rng.uniform(-2, 4), start, end)
                for e in tried
            ]  # fmt: skip
            made = build(finished, f"{n:032x}", dt.date(2026, 11, 1), rng)
            (folder / f"{n}.json").write_text(made.model_dump_json())
        tracemalloc.start()
        began = time.perf_counter()
        found = pool(folder.iterdir())
        took = time.perf_counter() - began
        _now, peak = tracemalloc.get_traced_memory()
    print(
        f"pooled {found.files:,} files from {found.contributors:,} contributors into "
        f"{len(found.ideas)} ideas in {took:.1f} s (peak traced memory {peak / 2**20:.1f} MB)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
