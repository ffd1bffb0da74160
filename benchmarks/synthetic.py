"""Make a large synthetic catalogue by perturbing the real entries (for benchmarks only)."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import tomli_w

from carematch import paths

_EXTRA_WORDS = [
    "deluxe",
    "compact",
    "folding",
    "travel",
    "heavy duty",
    "slim",
    "junior",
    "bariatric",
    "outdoor",
    "soft",
    "bright",
    "quiet",
    "portable",
    "twin",
    "classic",
    "mini",
]


def write_synthetic(dest: Path, count: int, seed: int = 7) -> int:
    """Write `count` entry files under dest/entries/<area>/ and return how many were written."""
    rng = random.Random(seed)
    src_root = paths.builtin_catalogue_dir() / "entries"
    originals = []
    for path in sorted(src_root.rglob("*.toml")):
        with path.open("rb") as fh:
            originals.append((path.parent.name, tomllib.load(fh)))
    for i in range(count):
        area, base = originals[i % len(originals)]
        word = rng.choice(_EXTRA_WORDS)
        data = dict(base)
        data["id"] = f"{base['id']}-syn{i}"
        data["name"] = f"{base['name']} ({word} {i})"[:120]
        aliases = list(base["aliases"])
        rng.shuffle(aliases)
        data["aliases"] = [f"{a} {word}"[:120] for a in aliases[:3]] + aliases[3:]
        data["related"] = []
        words = base["description"].split()
        rng.shuffle(words)
        data["description"] = " ".join(words)
        folder = dest / "entries" / area
        folder.mkdir(parents=True, exist_ok=True)
        # tomli_w writes the tables too: cost, routes per nation, a make-it-yourself design
        (folder / f"{data['id']}.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    return count
