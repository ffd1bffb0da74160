"""Make a large synthetic catalogue by perturbing the real entries (for benchmarks only)."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

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


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return _toml_str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)  # dates


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
        cost = dict(base["cost"])
        folder = dest / "entries" / area
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"{k} = {_toml_value(v)}" for k, v in data.items() if k != "cost"]
        lines.append("\n[cost]")
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in cost.items())
        (folder / f"{data['id']}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count
