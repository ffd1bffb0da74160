"""A compiled cache of a catalogue folder, keyed by the content hash of its files.

Parsing and validating thousands of TOML files on every start is slow. The compiled form is
stored with `marshal` (plain data only, so a tampered cache cannot run code) and reused while
the hash over every file's content, the vocabulary and the schema version is unchanged. Like
git's index, a file whose size and modification time are unchanged keeps its recorded hash,
so a warm start does not re-read every file.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import marshal
import os
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from carematch import i18n
from carematch.catalogue.loader import LoadResult, load_files
from carematch.catalogue.model import Cost, DiyDesign, Entry, Kind, Nation, Route
from carematch.catalogue.problems import Problem
from carematch.catalogue.vocabulary import Vocabulary

CACHE_FORMAT = 8  # bump whenever Entry or the compiled layout changes
RACY_NS = 2_000_000_000  # file times can be this coarse (FAT: 2 s)


def scan(root: Path) -> dict[str, os.stat_result]:
    """Relative path -> stat for every .toml file under root (os.scandir: fast)."""
    found: dict[str, os.stat_result] = {}
    prefix_len = len(str(root)) + 1
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                for item in it:
                    if item.is_dir(follow_symlinks=False):
                        stack.append(Path(item.path))
                    elif item.name.endswith(".toml") and item.is_file():
                        rel = item.path[prefix_len:].replace(os.sep, "/")
                        found[rel] = item.stat()
        except OSError:
            continue
    return found


_FIELDS = tuple(Entry.model_fields)
_ENTRY_FIELDS = set(_FIELDS)
_COST_FIELDS = set(Cost.model_fields)
_ROUTE_FIELDS = set(Route.model_fields)
_DIY_FIELDS = set(DiyDesign.model_fields)
_KINDS = {k.value: k for k in Kind}
_set = object.__setattr__


def entry_to_plain(entry: Entry) -> tuple[Any, ...]:
    """An entry as a tuple of plain values in field order (compact and quick to load)."""
    data = entry.model_dump(mode="json")
    data["cost"] = (entry.cost.min, entry.cost.max, entry.cost.note, entry.cost.vat_relief)
    return tuple(data[name] for name in _FIELDS)


def _restore(cls: type[BaseModel], values: dict[str, Any], fields: set[str]) -> Any:
    """Rebuild a validated model the way pickle's __setstate__ does, without validating again.

    Several times quicker than model_construct; safe because the values were validated when
    the cache was written, and the cache is keyed by the content hash of the files.
    """
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_fields_set__", fields)
    _set(obj, "__pydantic_private__", None)
    return obj


def entry_from_plain(row: tuple[Any, ...]) -> Entry:
    """Rebuild an already-validated entry from its cached tuple."""
    values = dict(zip(_FIELDS, row, strict=True))
    values["kind"] = _KINDS[values["kind"]]
    low, high, note, vat = values["cost"]
    values["cost"] = _restore(
        Cost, {"min": low, "max": high, "note": note, "vat_relief": vat}, _COST_FIELDS
    )
    values["routes"] = [
        _restore(Route, {**r, "nations": [Nation(n) for n in r["nations"]]}, _ROUTE_FIELDS)
        for r in values["routes"]
    ]
    if values["diy"] is not None:
        values["diy"] = _restore(DiyDesign, values["diy"], _DIY_FIELDS)
    if values["last_verified"]:
        values["last_verified"] = dt.date.fromisoformat(values["last_verified"])
    return _restore(Entry, values, _ENTRY_FIELDS)


class CatalogueCache:
    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir

    def _file_for(self, root: Path) -> Path | None:
        if self.cache_dir is None:
            return None
        where = str(root.resolve())
        if i18n.language() != "en":  # the problems kept with it are said in the language in use
            where += "\0" + i18n.language()
        tag = hashlib.sha256(where.encode()).hexdigest()[:16]
        return self.cache_dir / f"catalogue-{tag}.bin"

    def _read(self, path: Path | None) -> dict[str, Any]:
        if path is None:
            return {}
        try:
            data = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            return {}
        return data

    def load(self, root: Path, vocab: Vocabulary, vocab_hash: str) -> tuple[LoadResult, bool]:
        """Entries and problems for one folder, and whether the cache answered."""
        # Building tens of thousands of small objects at once triggers the cyclic garbage
        # collector again and again for nothing (none of them form cycles): pause it.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._load(root, vocab, vocab_hash)
        finally:
            if was_enabled:
                gc.enable()

    def _load(self, root: Path, vocab: Vocabulary, vocab_hash: str) -> tuple[LoadResult, bool]:
        cache_file = self._file_for(root)
        cached = self._read(cache_file)
        old_stamps: dict[str, tuple[int, int, str]] = cached.get("stamps", {})
        # Like git's "racily clean" rule: a stamp only vouches for files last changed well
        # before it was taken; a file edited in the same instant (same size, same coarse
        # mtime) is hashed again.
        trusted_before = int(cached.get("stamped_ns", 0)) - RACY_NS
        stamped_ns = time.time_ns()
        stats = scan(root)
        stamps: dict[str, tuple[int, int, str]] = {}
        digest = hashlib.sha256(f"{CACHE_FORMAT}|{vocab_hash}".encode())
        for rel in sorted(stats):
            st = stats[rel]
            old = old_stamps.get(rel)
            if (
                old
                and old[0] == st.st_size
                and old[1] == st.st_mtime_ns
                and st.st_mtime_ns < trusted_before
            ):
                sha = old[2]
            else:
                try:
                    sha = hashlib.sha256((root / rel).read_bytes()).hexdigest()
                except OSError:
                    sha = "unreadable"
            stamps[rel] = (st.st_size, st.st_mtime_ns, sha)
            digest.update(f"{rel}\0{sha}\n".encode())
        key = digest.hexdigest()
        if cached.get("key") == key:
            result = LoadResult(
                entries=[entry_from_plain(d) for d in cached["entries"]],
                problems=[Problem(**p) for p in cached["problems"]],
                files=len(stamps),
                key=key,
            )
            return result, True
        files = [(root, root / rel) for rel in sorted(stats)]
        result = load_files(files, vocab)
        result.key = key
        if cache_file is not None:
            self._write(cache_file, key, stamps, result, stamped_ns)
        return result, False

    def _write(
        self,
        cache_file: Path,
        key: str,
        stamps: dict[str, tuple[int, int, str]],
        result: LoadResult,
        stamped_ns: int,
    ) -> None:
        payload = {
            "format": CACHE_FORMAT,
            "key": key,
            "stamped_ns": stamped_ns,
            "stamps": stamps,
            "entries": [entry_to_plain(e) for e in result.entries],
            "problems": [p.as_dict() for p in result.problems],
        }
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(".tmp")
            tmp.write_bytes(marshal.dumps(payload))
            os.replace(tmp, cache_file)
        except OSError:
            pass  # a cache that cannot be written only costs time
