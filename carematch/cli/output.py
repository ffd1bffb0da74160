"""Small helpers so every command prints the same way."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from carematch.i18n import _
from carematch.safefile import is_disk_full
from carematch.vault.errors import disk_full_message


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    print(f"carematch: {message}", file=sys.stderr)
    return code


def file_failed(exc: OSError, folder: Path | str) -> int:
    """A file could not be read or written: a full disk is said plainly (naming the folder
    that needs space), anything else with the system's reason and the file."""
    if is_disk_full(exc):
        return fail(disk_full_message(folder), 1)
    return fail(
        _("cannot read or write a file: {problem} ({path})").format(
            problem=exc.strerror or exc, path=exc.filename or folder
        ),
        1,
    )
