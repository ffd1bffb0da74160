"""The small metadata file beside each vault's database: no personal data, only what is
needed to open it (format, whether it is protected, the wrapped keys)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from carematch import __version__
from carematch.paths import write_private
from carematch.vault.crypto import WrappedKey
from carematch.vault.errors import VaultCorruptError
from carematch.vault.meta_file import META_FILE

FORMAT = 1


class KeyRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    salt: str
    nonce: str
    ciphertext: str
    time_cost: int = Field(ge=1, le=20)
    memory_kib: int = Field(ge=8 * 1024, le=4 * 1024 * 1024)
    parallelism: int = Field(ge=1, le=16)

    def wrapped(self) -> WrappedKey:
        return WrappedKey(**self.model_dump())


class VaultMeta(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: int = FORMAT
    name: str
    created: dt.datetime
    app_version: str = __version__
    protected: bool = False
    passphrase_key: KeyRecord | None = None
    recovery_key: KeyRecord | None = None
    backups_keep: int = Field(default=7, ge=1, le=100)


def read_meta(folder: Path) -> VaultMeta:
    path = folder / META_FILE
    try:
        return VaultMeta.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise
    except (OSError, ValidationError, ValueError) as exc:
        raise VaultCorruptError(
            f"The vault's settings file ({path.name}) is damaged, so the vault cannot be "
            "opened safely. Restore the whole vault folder from a copy if you have one."
        ) from exc


def write_meta(folder: Path, meta: VaultMeta) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    data = json.dumps(meta.model_dump(mode="json"), indent=2).encode("utf-8")
    write_private(folder / META_FILE, data)
