"""Reading and writing the files a person owns without being tricked or half-writing.

Every file CareMatch writes goes through here (the KeePassXC model): a new file is written
beside the old one, flushed to the disk, renamed over it, and the folder is flushed too, so a
crash leaves the old file or the new one. Nothing here follows a symbolic link: a link planted
where we write, read or erase is refused or removed, never written through.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
BINARY = getattr(os, "O_BINARY", 0)
FULL_DISK_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# What SQLite says when it runs out of room (SQLITE_FULL, and the I/O error it can give instead).
FULL_DISK_WORDS = ("database or disk is full", "disk is full")
MAX_SETTINGS_BYTES = 1024 * 1024


class LinkRefusedError(OSError):
    """A symbolic link (or something other than a plain file or folder) was where we expected a
    file of ours."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ELOOP, "a link or special file is in the way", str(path))
        self.path = path


def is_disk_full(exc: BaseException) -> bool:
    """True when an error means the disk (or the person's quota) has no room left."""
    if isinstance(exc, OSError) and exc.errno in FULL_DISK_ERRNOS:
        return True
    text = str(exc).lower()
    return any(words in text for words in FULL_DISK_WORDS)


def is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def refuse_link(path: Path) -> None:
    """Raise LinkRefusedError when `path` exists and is anything but a regular file or folder."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise LinkRefusedError(path)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """A folder only its owner can read (0700 on POSIX); a link in its place is refused."""
    refuse_link(path)
    if path.exists() and not path.is_dir():
        raise LinkRefusedError(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    refuse_link(path)  # made between the check and the mkdir
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def create_new(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write a file that must not exist yet (O_EXCL|O_NOFOLLOW), readable by its owner only,
    flushed to the disk. On any failure (a full disk) the half-written file is removed again."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o600)
    try:
        for chunk in [data] if isinstance(data, bytes) else data:
            _write_all(fd, chunk)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)


def copy_new(source: Path, dest: Path) -> None:
    """Copy a plain file into a new file, never through a link at either end."""
    fd = open_regular(source)
    try:
        create_new(dest, iter(lambda: os.read(fd, 1 << 20), b""))
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = open_regular(path)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `path` so that a crash leaves the old file or the new one, never half of one, and
    a full disk leaves the old one and no temporary file. A link at `path` is replaced by the
    file, never written through."""
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)  # a stale temporary, or a link planted in its place
    create_new(tmp, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`. A link, a folder, a device or a
    pipe raises LinkRefusedError (opening never blocks on a pipe); a larger file raises
    ValueError; a missing one FileNotFoundError."""
    fd = open_regular(path)
    try:
        if os.fstat(fd).st_size > max_bytes:
            raise ValueError(f"{path.name} is larger than {max_bytes} bytes")
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise ValueError(f"{path.name} is larger than {max_bytes} bytes")
    return data


def open_regular(path: Path) -> int:
    """A read-only descriptor on a regular file, never through a link."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | NONBLOCK | BINARY)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LinkRefusedError(path) from exc
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LinkRefusedError(path)
    return fd


def open_chosen(path: Path) -> int:
    """A read-only descriptor on a regular file the person chose to open (a pack, an export).
    Unlike open_regular, a link to such a file is followed: the person pointed at it. A folder,
    a device or a pipe raises LinkRefusedError, and opening never waits on a pipe."""
    fd = os.open(path, os.O_RDONLY | NONBLOCK | BINARY)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LinkRefusedError(path)
    return fd


def read_json(path: Path, max_bytes: int = MAX_SETTINGS_BYTES) -> Any:
    """Parse a small JSON file of ours. Anything wrong with it (missing, a link, too large,
    nested too deeply, not JSON, not UTF-8) raises ValueError or OSError, never anything else."""
    data = read_regular(path, max_bytes)
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError as exc:
        raise ValueError(f"{path.name} is nested too deeply") from exc


def overwrite_and_remove(path: Path) -> None:
    """Remove a file, overwriting a regular file's bytes first (best effort: SSDs and copy-on-
    write file systems may keep old blocks). A link is removed; its target is not touched."""
    try:
        fd = os.open(path, os.O_WRONLY | NOFOLLOW | NONBLOCK | BINARY)
    except OSError:
        fd = None
    if fd is not None:
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode):
                left = info.st_size
                block = b"\0" * min(left, 1 << 20)
                while left > 0:
                    left -= os.write(fd, block[: min(left, len(block))])
                os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def walk_files(folder: Path) -> Iterator[Path]:
    """Every entry under `folder` that is not a folder (files, links, pipes), deepest first,
    never descending through a link."""
    for top, dirs, files in os.walk(folder, topdown=False, followlinks=False):
        base = Path(top)
        for name in files:
            yield base / name
        for name in dirs:
            if is_link(base / name):
                yield base / name


def remove_tree(folder: Path, *, overwrite: bool) -> list[Path]:
    """Remove a folder and everything in it without following links; with `overwrite`, file
    contents are overwritten first. Returns the files removed. A link or a file given as
    `folder` is removed itself."""
    if is_link(folder) or folder.is_file():
        overwrite_and_remove(folder) if overwrite else folder.unlink()
        return [folder]
    if not folder.exists():
        return []
    removed = []
    for path in walk_files(folder):
        if overwrite and not is_link(path):
            overwrite_and_remove(path)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    for top, _dirs, _files in os.walk(folder, topdown=False, followlinks=False):
        with contextlib.suppress(OSError):
            os.rmdir(top)
    return removed
