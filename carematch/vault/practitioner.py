"""One practitioner passphrase for a caseload of client vaults.

Each client vault keeps its own random data key, wrapped as always by the client's passphrase
and recovery code. An occupational therapist who keeps vaults for clients has one more key of
their own, the *practitioner key*: 32 random bytes stored only wrapped by the practitioner's
passphrase and recovery code (Argon2id, like a vault's). A client vault in the caseload also
holds its data key encrypted under the practitioner key (AES-GCM, bound to the practitioner's
id). So one Argon2id derivation per session opens every vault in the caseload, and no vault is
readable without the client's secret or the practitioner's.

Giving a vault to the client removes its practitioner wrap and nothing else; removing the
practitioner deletes only the practitioner file, never a client's own key. A wrong
practitioner passphrase is refused before any file is written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from carematch import paths, safefile
from carematch.i18n import _
from carematch.paths import write_private
from carematch.vault import crypto
from carematch.vault.errors import (
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from carematch.vault.meta import ID_PATTERN, KeyRecord, PractitionerWrap
from carematch.vault.vault import check_passphrase, check_passphrase_text

PRACTITIONER_FILE = "practitioner.json"
MAX_FILE_BYTES = 16 * 1024
WRAP_CONTEXT = b"carematch practitioner wrap v1|"


class PractitionerFile(BaseModel):
    """What practitioner.json holds: who the practitioner is and their wrapped key."""

    model_config = ConfigDict(extra="ignore")

    format: int = 1
    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=120)
    role: str = Field(default="Occupational therapist", max_length=120)
    created: dt.datetime
    key: KeyRecord
    recovery_key: KeyRecord


@dataclass(frozen=True)
class PractitionerKey:
    """The unlocked practitioner key, held in memory for one session."""

    id: str
    name: str
    role: str
    key: bytes

    def wrap(self, data_key: bytes) -> PractitionerWrap:
        nonce = os.urandom(crypto.NONCE_BYTES)
        sealed = AESGCM(self.key).encrypt(nonce, data_key, WRAP_CONTEXT + self.id.encode())
        return PractitionerWrap(
            practitioner=self.id, nonce=crypto.b64(nonce), ciphertext=crypto.b64(sealed)
        )

    def unwrap(self, wrap: PractitionerWrap | None) -> bytes:
        """The vault's data key, or WrongPassphraseError when this key cannot open it."""
        if wrap is None or wrap.practitioner != self.id:
            raise WrongPassphraseError(
                _(
                    "This vault is not in your caseload, so your practitioner passphrase does "
                    "not open it. Ask the client to open it with their passphrase and add it."
                )
            )
        try:
            return AESGCM(self.key).decrypt(
                crypto.unb64(wrap.nonce),
                crypto.unb64(wrap.ciphertext),
                WRAP_CONTEXT + self.id.encode(),
            )
        except InvalidTag as exc:
            raise WrongPassphraseError(
                _(
                    "Your practitioner key no longer opens this vault (its settings file was "
                    "changed). Ask the client to open it with their passphrase and add it again."
                )
            ) from exc


def practitioner_path(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / PRACTITIONER_FILE


def read_practitioner(root: Path | None = None) -> PractitionerFile | None:
    """The practitioner file, or None when there is none; damaged is an error, not None."""
    path = practitioner_path(root)
    if not os.path.lexists(path):
        return None
    try:
        return PractitionerFile.model_validate_json(safefile.read_regular(path, MAX_FILE_BYTES))
    except (OSError, ValidationError, ValueError, RecursionError) as exc:
        raise VaultCorruptError(
            _(
                "The practitioner file ({path}) is damaged, so the caseload cannot be unlocked. "
                "Your clients' vaults are not affected: each still opens with the client's own "
                "passphrase. Put back a copy of that file if you have one; or remove it, set up "
                "a practitioner passphrase again, and add each client's vault again."
            ).format(path=path)
        ) from exc


def _write(file: PractitionerFile, root: Path | None) -> None:
    data = json.dumps(file.model_dump(mode="json"), indent=2).encode("utf-8")
    path = practitioner_path(root)
    paths.ensure_private_dir(path.parent)  # a fresh computer has no data folder yet
    write_private(path, data)


def create_practitioner(
    name: str, passphrase: str, *, role: str = "", root: Path | None = None
) -> tuple[PractitionerKey, str]:
    """Make the practitioner key. Returns it unlocked, and its recovery code (show it once)."""
    check_passphrase(passphrase)
    name, role = " ".join(name.split()), " ".join(role.split()) or "Occupational therapist"
    if not name or len(name) > 120 or len(role) > 120:
        raise VaultError(
            _("Give your name (up to 120 characters), as it should appear in reports.")
        )
    if read_practitioner(root) is not None:
        raise VaultExistsError(
            _(
                "A practitioner passphrase is already set up on this computer. Unlock it, or "
                "change its passphrase in Settings."
            )
        )
    key, code = crypto.new_data_key(), crypto.new_recovery_code()
    file = PractitionerFile(
        id=os.urandom(16).hex(),
        name=name,
        role=role,
        created=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        key=KeyRecord.of(crypto.wrap(key, passphrase)),
        recovery_key=KeyRecord.of(crypto.wrap(key, code)),
    )
    _write(file, root)
    return PractitionerKey(file.id, file.name, file.role, key), code


def unlock_practitioner(
    passphrase: str | None = None, *, recovery_code: str | None = None, root: Path | None = None
) -> PractitionerKey:
    """One Argon2id derivation; touches no file. A wrong secret raises WrongPassphraseError."""
    file = read_practitioner(root)
    if file is None:
        raise VaultError(_("No practitioner passphrase is set up on this computer yet."))
    try:
        if recovery_code:
            secret = crypto.normalise_recovery_code(recovery_code)
            key = crypto.unwrap(file.recovery_key.wrapped(), secret)
        else:
            check_passphrase_text(passphrase or "")
            key = crypto.unwrap(file.key.wrapped(), passphrase or "")
    except WrongPassphraseError:
        raise WrongPassphraseError(
            _(
                "That is not your practitioner passphrase. Check Caps Lock and try again, or use "
                "your practitioner recovery code. Nothing was changed."
            )
        ) from None
    return PractitionerKey(file.id, file.name, file.role, key)


def change_practitioner_passphrase(
    key: PractitionerKey, new_passphrase: str, root: Path | None = None
) -> None:
    """Re-wrap the practitioner key (one atomic write); client vaults are untouched and the
    recovery code keeps working."""
    check_passphrase(new_passphrase)
    file = read_practitioner(root)
    if file is None or file.id != key.id:
        raise VaultError(_("The practitioner file changed on disk. Unlock the caseload again."))
    file.key = KeyRecord.of(crypto.wrap(key.key, new_passphrase))
    _write(file, root)


def remove_practitioner(root: Path | None = None) -> bool:
    """Delete the practitioner file. Client vaults keep their own keys and still open with the
    client's passphrase; their wraps for the removed key can no longer be used by anyone."""
    path = practitioner_path(root)
    if not os.path.lexists(path):
        return False
    safefile.overwrite_and_remove(path)
    return True
