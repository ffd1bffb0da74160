"""Benchmark: make and import a 10,000-entry pack (with progress reporting, as the app does),
then see its entries in the matcher; and a pack carrying 40 photos of 1 MB.

Run with `make bench` or `python benchmarks/packs.py`.
"""

from __future__ import annotations

import os
import random
import struct
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_synthetic


def _photo(size: int, seed: int) -> bytes:
    """A JPEG-shaped file of about `size` bytes with an EXIF block (no 0xFF in the scan)."""
    exif = b"Exif\x00\x00MM\x00*GPS 53.8 N" + b"\x00" * 2000
    scan = random.Random(seed).randbytes(size).replace(b"\xff", b"\xfe")
    return (
        b"\xff\xd8"
        + b"\xff\xe1"
        + struct.pack(">H", 2 + len(exif))
        + exif
        + b"\xff\xdb\x00\x43\x00"
        + bytes(64)
        + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
        + scan
        + b"\xff\xd9"
    )


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
        calls = 0

        def progress(done: int, total: int) -> None:
            nonlocal calls
            calls += 1

        t0 = time.perf_counter()
        pack = read_pack(out, vocab, progress=progress)
        checked = time.perf_counter() - t0
        t0 = time.perf_counter()
        install_pack(pack, progress=progress)
        installed = time.perf_counter() - t0
        t0 = time.perf_counter()
        matcher = Matcher(load_catalogue(catalogue_folders()))
        ready = time.perf_counter() - t0
        found = matcher.match("kettle tipper").results[0].entry.id
        print(
            f"10,000-entry pack ({out.stat().st_size // 1024} KB): made in {made:.2f} s; "
            f"checked in {checked:.2f} s and imported in {installed:.2f} s (together "
            f"{checked + installed:.2f} s, {calls:,} progress calls); catalogue and matcher "
            f"rebuilt with it in {ready:.2f} s (first result for 'kettle tipper': {found})"
        )

        few = Path(tmp) / "few"
        few.mkdir()
        ids = sorted(p.stem for p in flat.glob("*.toml"))[:20]
        for entry_id in ids:
            (flat / f"{entry_id}.toml").rename(few / f"{entry_id}.toml")
        photos = {
            f"{entry_id}/{n}.jpg": _photo(1024 * 1024, i * 2 + n)
            for i, entry_id in enumerate(ids)
            for n in (1, 2)
        }
        out = Path(tmp) / "photos.cmpack"
        t0 = time.perf_counter()
        create_pack(few, out, name="Photos", publisher="Bench", photos=photos)
        made = time.perf_counter() - t0
        t0 = time.perf_counter()
        pack = read_pack(out, vocab)
        install_pack(pack)
        imported = time.perf_counter() - t0
        print(
            f"20 entries with 40 photos of 1 MB ({out.stat().st_size // 1024} KB): made in "
            f"{made:.2f} s; checked (metadata stripped again) and imported in {imported:.2f} s"
        )


if __name__ == "__main__":
    main()
