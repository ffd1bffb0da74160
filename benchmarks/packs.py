"""Benchmark: make and import a 10,000-entry pack, then see its entries in the matcher.

Run with `make bench` or `python benchmarks/packs.py`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_synthetic


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = str(Path(tmp) / "home")
        from carematch import paths
        from carematch.catalogue import load_catalogue, load_vocabulary
        from carematch.community.packs import (
            catalogue_folders,
            create_pack,
            install_pack,
            read_pack,
        )
        from carematch.matching import Matcher

        src = Path(tmp) / "src"
        write_synthetic(src, 10_000)
        flat = Path(tmp) / "flat"
        flat.mkdir()
        for path in (src / "entries").rglob("*.toml"):
            path.rename(flat / path.name)
        out = Path(tmp) / "big.cmpack"
        t0 = time.perf_counter()
        create_pack(flat, out, name="Big", publisher="Bench")
        made = time.perf_counter() - t0
        vocab = load_vocabulary(paths.builtin_catalogue_dir())
        t0 = time.perf_counter()
        pack = read_pack(out, vocab)
        install_pack(pack)
        imported = time.perf_counter() - t0
        t0 = time.perf_counter()
        matcher = Matcher(load_catalogue(catalogue_folders()))
        ready = time.perf_counter() - t0
        found = matcher.match("kettle tipper").results[0].entry.id
        print(
            f"10,000-entry pack ({out.stat().st_size // 1024} KB): made in {made:.2f} s; "
            f"checked and imported in {imported:.2f} s; catalogue and matcher rebuilt with it "
            f"in {ready:.2f} s (first result for 'kettle tipper': {found})"
        )


if __name__ == "__main__":
    main()
