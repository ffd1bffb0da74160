"""Read entry files, validate each against the schema and vocabulary, and report every problem.

One bad file never stops the others: valid entries load, and each skipped file is reported
with the file, the field and what to do.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from carematch.catalogue.model import Entry
from carematch.catalogue.problems import Problem
from carematch.catalogue.vocabulary import Vocabulary
from carematch.i18n import N_, _

MAX_ENTRY_BYTES = 64 * 1024

_FRIENDLY = {  # pydantic's error types, said plainly (shown with _())
    "missing": N_("this field is required; add it"),
    "extra_forbidden": N_(
        "this field is not part of the entry format; remove it or check its spelling"
    ),
    "string_too_short": N_("this is empty or too short; write something here"),
    "too_short": N_("this needs more items"),
}


@dataclass
class LoadResult:
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    key: str = ""  # content hash of the folder (set by the cache)


def entry_files(root: Path) -> list[Path]:
    """Every entry file under a folder, in a stable order."""
    return sorted(p for p in root.rglob("*.toml") if p.is_file())


def area_of(path: Path, root: Path) -> str:
    rel = path.relative_to(root)
    return rel.parts[0] if len(rel.parts) > 1 else ""


def describe_validation_error(err: ValidationError) -> list[tuple[str, str]]:
    """Turn pydantic's errors into (field, plain message) pairs."""
    out = []
    for item in err.errors():
        loc = ".".join(str(p) for p in item["loc"]) or _("(whole entry)")
        kind = item["type"]
        msg = _(_FRIENDLY[kind]) if kind in _FRIENDLY else str(item["msg"])
        if kind == "value_error":
            msg = str(item["msg"]).removeprefix("Value error, ")
        elif kind == "string_pattern_mismatch" and loc == "id":
            msg = _("use lower-case letters, digits and single hyphens, like 'kettle-tipper'")
        elif kind in ("too_short", "string_too_short") and "min_length" in item.get("ctx", {}):
            msg = _("{problem} (at least {n})").format(problem=msg, n=item["ctx"]["min_length"])
        out.append((loc, msg))
    return out


def parse_entry(
    raw: bytes, label: str, vocab: Vocabulary, area: str = ""
) -> tuple[Entry | None, list[Problem]]:
    """Parse and validate one entry file's bytes."""
    if len(raw) > MAX_ENTRY_BYTES:
        return None, [
            Problem(
                label,
                "",
                _("the file is over {n} KB; shorten it").format(n=MAX_ENTRY_BYTES // 1024),
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(
                label,
                "",
                _("the file is not UTF-8 text (byte {n}); save it as UTF-8").format(n=exc.start),
            )
        ]
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [
            Problem(
                label,
                "",
                _("not valid TOML: {problem}. Check quotes and brackets").format(problem=exc),
            )
        ]
    except RecursionError:  # tomllib recurses into nested arrays and tables
        return None, [Problem(label, "", _("brackets are nested far too deeply; check them"))]
    data.pop("area", None)
    try:
        entry = Entry.model_validate({**data, "area": area}, context={"vocabulary": vocab})
    except ValidationError as exc:
        return None, [Problem(label, f, m) for f, m in describe_validation_error(exc)]
    return entry, []


def load_files(
    files: Iterable[tuple[Path, Path]], vocab: Vocabulary, label_root: Path | None = None
) -> LoadResult:
    """Load (root, file) pairs; later duplicates of an id are skipped and reported."""
    result = LoadResult()
    seen: dict[str, str] = {}
    for root, path in files:
        result.files += 1
        label = _label(path, label_root or root)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            result.problems.append(
                Problem(label, "", _("cannot read the file ({reason})").format(reason=exc.strerror))
            )
            continue
        entry, problems = parse_entry(raw, label, vocab, area_of(path, root))
        result.problems.extend(problems)
        if entry is None:
            continue
        if entry.id in seen:
            result.problems.append(
                Problem(
                    label,
                    "id",
                    _(
                        "'{id}' is already used by {file}; "
                        "give this entry its own id or merge the two"
                    ).format(id=entry.id, file=seen[entry.id]),
                )
            )
            continue
        seen[entry.id] = label
        result.entries.append(entry)
    return result


def check_related(entries: Iterable[Entry], known_ids: set[str]) -> list[Problem]:
    """Related ids must point at real entries."""
    problems = []
    for entry in entries:
        missing = [r for r in entry.related if r not in known_ids]
        if missing:
            where = f"{entry.area}/{entry.id}.toml" if entry.area else f"{entry.id}.toml"
            problems.append(
                Problem(
                    where,
                    "related",
                    _("no entry has the id {ids}; fix the id or remove it").format(
                        ids=", ".join(missing)
                    ),
                )
            )
    return problems


def _label(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)
