"""The small metadata file beside each vault's database: no personal data, only what is
needed to open it (format, whether it is protected, the wrapped keys, and an unfinished change
of protection, if a crash interrupted one)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from carematch import __version__
from carematch.i18n import _
from carematch.paths import write_private
from carematch.safefile import read_regular
from carematch.vault.crypto import KEY_BYTES, NONCE_BYTES, WrappedKey
from carematch.vault.errors import VaultCorruptError
from carematch.vault.meta_file import MAX_META_BYTES, META_FILE

FORMAT = 1
MIN_SALT_BYTES = 16
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB: more would stall or kill an ordinary laptop
TAG_BYTES = 16
ID_PATTERN = r"^[0-9a-f]{32}$"  # a practitioner's id: 16 random bytes


def _decoded_length(text: str) -> int:
    try:
        return len(base64.b64decode(text.encode("ascii"), validate=True))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return -1


class _SealedKey(BaseModel):
    """A 256-bit key sealed with AES-GCM: its nonce and its ciphertext (key and tag)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    nonce: str = Field(max_length=64)
    ciphertext: str = Field(max_length=256)

    @field_validator("nonce")
    @classmethod
    def _nonce(cls, value: str) -> str:
        if _decoded_length(value) != NONCE_BYTES:
            raise ValueError(f"the nonce must be {NONCE_BYTES} bytes")
        return value

    @field_validator("ciphertext")
    @classmethod
    def _ciphertext(cls, value: str) -> str:
        if _decoded_length(value) != KEY_BYTES + TAG_BYTES:
            raise ValueError("the wrapped key has the wrong length")
        return value


class KeyRecord(_SealedKey):
    salt: str = Field(max_length=256)
    time_cost: int = Field(ge=1, le=20)
    memory_kib: int = Field(ge=8 * 1024, le=MAX_MEMORY_KIB)
    parallelism: int = Field(ge=1, le=16)

    @field_validator("salt")
    @classmethod
    def _salt(cls, value: str) -> str:
        if _decoded_length(value) < MIN_SALT_BYTES:
            raise ValueError(f"the salt must be at least {MIN_SALT_BYTES} bytes")
        return value

    def wrapped(self) -> WrappedKey:
        return WrappedKey(**self.model_dump())

    @classmethod
    def of(cls, wrapped: WrappedKey) -> KeyRecord:
        return cls.model_validate(wrapped.as_dict())


class PractitionerWrap(_SealedKey):
    """A client vault's data key, encrypted under one practitioner's key (in vault.json)."""

    practitioner: str = Field(pattern=ID_PATTERN)


class PendingChange(BaseModel):
    """A change of protection that has begun and not finished (see carematch.vault.change).

    `staging`: the re-encrypted copy is being built beside the live files; `switching`: the copy
    is complete and is being moved into place. `clear_key` is the data key of a vault whose
    passphrase is being removed: the person chose to leave it unprotected, so it may be kept in
    the clear until the change is finished, which lets an interrupted removal finish without a
    secret.
    """

    model_config = ConfigDict(extra="forbid")

    step: Literal["staging", "switching"]
    protect: bool
    passphrase_key: KeyRecord | None = None
    recovery_key: KeyRecord | None = None
    clear_key: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")


class VaultMeta(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: int = FORMAT
    name: str = Field(min_length=1, max_length=200)
    created: dt.datetime
    app_version: str = Field(default=__version__, max_length=40)
    protected: bool = False
    passphrase_key: KeyRecord | None = None
    recovery_key: KeyRecord | None = None
    backups_keep: int = Field(default=7, ge=1, le=100)
    pending: PendingChange | None = None
    practitioner: PractitionerWrap | None = None  # see carematch.vault.practitioner


def damaged_meta(path: Path) -> VaultCorruptError:
    return VaultCorruptError(
        _(
            "The vault's settings file ({path}) is damaged or missing, so the vault cannot be "
            "opened safely. Restore the whole vault folder from a copy if you have one."
        ).format(path=path)
    )


def read_meta(folder: Path) -> VaultMeta:
    path = folder / META_FILE
    try:
        meta = VaultMeta.model_validate_json(read_regular(path, MAX_META_BYTES))
    except (OSError, ValidationError, ValueError, RecursionError) as exc:
        raise damaged_meta(path) from exc
    if meta.protected and meta.passphrase_key is None:
        raise damaged_meta(path)
    return meta


def write_meta(folder: Path, meta: VaultMeta) -> None:
    """Write atomically and durably: a crash leaves the old file or the new one."""
    data = json.dumps(meta.model_dump(mode="json", exclude_none=True), indent=2)
    write_private(folder / META_FILE, data.encode("utf-8"))
