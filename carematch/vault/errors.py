"""Errors a person can act on. Each message says what happened and what to do next."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from carematch.i18n import _


class VaultError(Exception):
    """Base class: the message is written for the person using CareMatch."""


class VaultNotFoundError(VaultError):
    pass


class VaultExistsError(VaultError):
    pass


class WrongPassphraseError(VaultError):
    pass


class VaultInUseError(VaultError):
    pass


class VaultCorruptError(VaultError):
    """The database failed its integrity check; a backup may be restored."""

    def __init__(self, message: str, backups: list[str] | None = None) -> None:
        super().__init__(message)
        self.backups = backups or []


class UnsafeArchiveError(VaultError):
    """An import file was refused before anything was written."""


class InvalidNameError(VaultError):
    pass


class DiskFullError(VaultError):
    """The disk had no room; nothing was changed and nothing is damaged."""


class UnsafeLinkError(VaultError):
    """A link or special file was found where the vault keeps its own files; it was not
    followed."""


def disk_full_message(folder: object) -> str:
    return _(
        "There is not enough free space on the disk that holds {folder}. Nothing was changed "
        "and nothing is damaged. Free some space (for example empty the wastebasket or move "
        "large files elsewhere), then try again."
    ).format(folder=folder)


def link_message(path: object) -> str:
    return _(
        "CareMatch found a link or special file at {path}, where it keeps its own files, and "
        "did not follow it. Nothing was changed. Remove that link (it was not made by "
        "CareMatch), then try again."
    ).format(path=path)


@contextmanager
def plain_errors(folder: object) -> Iterator[None]:
    """Turn a full disk and a planted link into errors a person can act on."""
    from carematch.safefile import LinkRefusedError

    try:
        yield
    except VaultError:
        raise
    except LinkRefusedError as exc:
        raise UnsafeLinkError(link_message(exc.path)) from None
    except Exception as exc:
        if looks_full(exc, folder):
            raise DiskFullError(disk_full_message(folder)) from None
        raise


def looks_full(exc: BaseException, folder: object) -> bool:
    """True when an error comes from a full disk, including the plain 'disk I/O error' that
    SQLite gives in some places when it finds no room."""
    from carematch.safefile import is_disk_full

    return is_disk_full(exc) or (_is_io_error(exc) and _nearly_full(folder))


def _is_io_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) or "disk i/o error" in str(exc).lower()


def _nearly_full(folder: object) -> bool:
    """SQLite reports a full disk as a plain I/O error in some places: look at the disk."""
    import shutil

    try:
        return shutil.disk_usage(str(folder)).free < 4 * 1024 * 1024
    except (OSError, TypeError):
        return False
