"""Backups of the journal database, and checking that one is good before it is trusted.

A backup is written under a temporary name, flushed, opened and checked, and only then given
its real name: a full disk or a crash never leaves a 0-byte or half backup that a restore could
mistake for a good one. Rotation keeps the newest few and never deletes one being restored.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carematch import safefile
from carematch.i18n import _
from carematch.vault import db

PATTERN = "journal-*.db"
DAMAGED_PATTERN = "damaged-*.db"
KEEP_DAMAGED = 2


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def stamp() -> str:
    return now().strftime("%Y%m%dT%H%M%S%f")


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def list_backups(folder: Path) -> list[Path]:
    """Backup files, newest first. Links and anything that is not a plain file are ignored."""
    if not folder.is_dir() or safefile.is_link(folder):
        return []
    return sorted((p for p in folder.glob(PATTERN) if _regular(p)), reverse=True)


@dataclass
class BackupCheck:
    path: Path
    problem: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def good(self) -> bool:
        return self.problem is None


def verify(path: Path, key: bytes | None) -> BackupCheck:
    """A backup is good when it is a plain non-empty file that opens with the vault's key,
    passes SQLite's full integrity check, holds the journal's tables and can count them."""
    if not _regular(path):
        return BackupCheck(path, _("it is missing, or not a plain file"))
    size = path.stat().st_size
    if size == 0 or size % 512:
        return BackupCheck(path, _("it is empty or cut short"))
    try:
        conn = db.connect(path, key, wal=False)
    except Exception as exc:  # any failure to open means: not good
        return BackupCheck(path, _("it does not open ({error})").format(error=type(exc).__name__))
    try:
        problems = db.integrity_check(conn)
        if problems:
            return BackupCheck(path, _("it fails the integrity check"))
        counts = db.table_counts(conn)
        if not counts or "alembic_version" not in counts:
            return BackupCheck(path, _("it holds no journal"))
        return BackupCheck(path, None, counts)
    except Exception as exc:
        return BackupCheck(path, _("it cannot be read ({error})").format(error=type(exc).__name__))
    finally:
        conn.close()


def make_backup(
    conn: Any,
    folder: Path,
    reason: str,
    *,
    key: bytes | None,
    keep: int,
    pinned: Iterable[Path] = (),
) -> Path:
    """A consistent, checked copy of the live database; then rotation."""
    safefile.private_dir(folder)
    dest = folder / f"journal-{stamp()}-{reason}.db"
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        safefile.refuse_link(tmp)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        safefile.fsync_file(tmp)
        check = verify(tmp, key)
        if not check.good:
            raise db.DatabaseError(f"the new backup could not be checked: {check.problem}")
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    safefile.fsync_dir(folder)
    rotate(folder, keep, pinned=[dest, *pinned])
    return dest


def rotate(folder: Path, keep: int, *, pinned: Iterable[Path] = ()) -> None:
    """Remove all but the newest `keep` backups; a pinned backup is never removed."""
    kept = {p.name for p in pinned}
    existing = list_backups(folder)
    extra = len(existing) - keep
    for old in reversed(existing):  # oldest first
        if extra <= 0:
            break
        if old.name not in kept:
            old.unlink(missing_ok=True)
            extra -= 1
    for part in folder.glob("*.part"):
        part.unlink(missing_ok=True)


def keep_damaged_copy(db_path: Path, folder: Path) -> Path | None:
    """Before a damaged database is replaced, keep a copy of it (never counted as a backup), so
    that nothing is thrown away that someone could still rescue."""
    if not _regular(db_path):
        return None
    safefile.private_dir(folder)
    dest = folder / f"damaged-{stamp()}.db"
    safefile.copy_new(db_path, dest)
    for old in sorted(folder.glob(DAMAGED_PATTERN), reverse=True)[KEEP_DAMAGED:]:
        old.unlink(missing_ok=True)
    return dest
