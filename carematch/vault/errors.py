"""Errors a person can act on. Each message says what happened and what to do next."""

from __future__ import annotations


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
