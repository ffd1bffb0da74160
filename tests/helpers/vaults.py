"""Helpers for vault tests: hashing every file, scanning for a marker."""

from __future__ import annotations

import hashlib
from pathlib import Path

MARKER = "zebra-marmalade-7731"


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under a folder."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_containing(root: Path, marker: str = MARKER) -> list[Path]:
    """Every file under root whose bytes contain the marker (UTF-8 or UTF-16)."""
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le")]
    hits = []
    for p in root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if any(n in data for n in needles):
                hits.append(p)
    return hits


def digest(vault) -> str:  # type: ignore[no-untyped-def]
    """One hash over every record and every attachment's bytes of an open vault."""
    import json

    from sqlalchemy import select

    from carematch.journal.records import KINDS, row_to_plain

    records = {}
    with vault.session() as s:
        for name, model, _record in KINDS:
            records[name] = [row_to_plain(r) for r in s.scalars(select(model))]
    h = hashlib.sha256(json.dumps(records, sort_keys=True, default=str).encode())
    for att in sorted(records["attachments"], key=lambda a: a["uid"]):
        h.update(vault.read_attachment(att["uid"]))
    return h.hexdigest()
