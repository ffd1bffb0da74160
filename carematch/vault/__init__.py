"""The private vault: one folder per person holding the encrypted journal.

Names are imported lazily (PEP 562): the app's window can appear before the database,
cryptography and migration code has loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from carematch.vault.errors import (
        InvalidNameError,
        UnsafeArchiveError,
        VaultCorruptError,
        VaultError,
        VaultExistsError,
        VaultInUseError,
        VaultNotFoundError,
        WrongPassphraseError,
    )
    from carematch.vault.manager import create_vault, erase_vault, open_vault
    from carematch.vault.registry import list_vaults
    from carematch.vault.vault import Vault

_ERRORS = (
    "InvalidNameError",
    "UnsafeArchiveError",
    "VaultCorruptError",
    "VaultError",
    "VaultExistsError",
    "VaultInUseError",
    "VaultNotFoundError",
    "WrongPassphraseError",
)
_WHERE = {
    **dict.fromkeys(_ERRORS, "errors"),
    "list_vaults": "registry",
    "Vault": "vault",
    "create_vault": "manager",
    "erase_vault": "manager",
    "open_vault": "manager",
}

__all__ = [
    "InvalidNameError",
    "UnsafeArchiveError",
    "Vault",
    "VaultCorruptError",
    "VaultError",
    "VaultExistsError",
    "VaultInUseError",
    "VaultNotFoundError",
    "WrongPassphraseError",
    "create_vault",
    "erase_vault",
    "list_vaults",
    "open_vault",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"carematch.vault.{_WHERE[name]}"), name)
    raise AttributeError(name)
