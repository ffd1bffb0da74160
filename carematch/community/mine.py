"""The person's own catalogue entries ("my entries"), saved beside the vaults, never into the
shipped catalogue, with a check for ideas the catalogue already has."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w
from pydantic import ValidationError
from rapidfuzz import fuzz, process

from carematch import paths
from carematch.catalogue.loader import describe_validation_error
from carematch.catalogue.model import Entry
from carematch.community.packs import my_entries_dir
from carematch.i18n import _

if TYPE_CHECKING:
    from carematch.catalogue.store import Catalogue

SIMILAR = 88  # rapidfuzz token-set ratio from which two names are "the same idea"


class EntryInputError(ValueError):
    """The entry is not valid; `problems` has (field, message) pairs in plain English."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))
        self.problems = problems


@dataclass(frozen=True)
class Similar:
    entry: Entry
    score: float

    def message(self) -> str:
        return _("This looks like '{name}'. Improve that one instead?").format(name=self.entry.name)


def validate(data: dict[str, Any], catalogue: Catalogue) -> Entry:
    try:
        return Entry.model_validate(
            {**data, "area": ""}, context={"vocabulary": catalogue.vocabulary}
        )
    except ValidationError as exc:
        raise EntryInputError(describe_validation_error(exc)) from exc


def find_similar(entry: Entry, catalogue: Catalogue, limit: int = 3) -> list[Similar]:
    """Entries whose names or aliases are very close to this one's (not the same id)."""
    choices: dict[str, str] = {}
    for other in catalogue.entries.values():
        if other.id == entry.id:
            continue
        for label in other.all_names():
            choices[f"{other.id}\0{label}"] = label.casefold()
    best: dict[str, float] = {}
    for name in entry.all_names():
        for _label, score, key in process.extract(
            name.casefold(), choices, scorer=fuzz.token_set_ratio, score_cutoff=SIMILAR, limit=10
        ):
            other_id = key.split("\0", 1)[0]
            best[other_id] = max(best.get(other_id, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [Similar(catalogue.entries[i], s) for i, s in ranked]


def save_entry(entry: Entry, root: Path | None = None) -> Path:
    """Write the entry as TOML into my entries (atomically); returns the file."""
    folder = my_entries_dir(root) / "entries"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = entry.model_dump(mode="python", exclude={"area"}, exclude_defaults=False)
    data["kind"] = entry.kind.value
    data["cost"] = {k: v for k, v in entry.cost.model_dump().items() if v != ""}
    data = {k: v for k, v in data.items() if v not in (None, "", [])}
    cost = data.pop("cost")
    text = tomli_w.dumps(data) + "\n" + tomli_w.dumps({"cost": cost})
    path = folder / f"{entry.id}.toml"
    paths.write_private(path, text.encode("utf-8"))  # atomic, never through a link
    return path
