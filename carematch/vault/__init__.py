"""The private vault: one folder per person holding the encrypted journal."""

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
from carematch.vault.registry import Settings, list_vaults
from carematch.vault.vault import Vault, create_vault, erase_vault, open_vault

__all__ = [
    "InvalidNameError",
    "Settings",
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
