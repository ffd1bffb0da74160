"""Keys for a protected vault.

A random 256-bit data key encrypts everything (SQLCipher raw key; AES-GCM for attachments).
The data key is stored only wrapped: a passphrase, run through Argon2id, gives a key-encryption
key that unwraps it. A recovery code wraps a second copy. Changing the passphrase re-wraps the
data key; nothing else is re-encrypted.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from carematch.i18n import _
from carematch.vault.errors import WrongPassphraseError

KEY_BYTES = 32
NONCE_BYTES = 12
WRAP_CONTEXT = b"carematch data key v1"
FILE_CONTEXT = b"carematch attachment v1"
# Argon2id: 64 MiB, 3 passes, 2 lanes (RFC 9106's second recommended option, with 2 lanes
# for 2-core laptops): about 0.1 s on a 2-core machine. Stored per vault, so it can grow.
DEFAULT_KDF = {"time_cost": 3, "memory_kib": 65536, "parallelism": 2}
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class WrappedKey:
    """The data key, encrypted under a key derived from a secret (passphrase or recovery)."""

    salt: str
    nonce: str
    ciphertext: str
    time_cost: int
    memory_kib: int
    parallelism: int

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def derive(secret: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def wrap(data_key: bytes, secret: str, kdf: dict[str, int] | None = None) -> WrappedKey:
    params = kdf or DEFAULT_KDF
    salt = os.urandom(16)
    kek = derive(secret, salt, params["time_cost"], params["memory_kib"], params["parallelism"])
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, WRAP_CONTEXT)
    return WrappedKey(
        b64(salt),
        b64(nonce),
        b64(ciphertext),
        params["time_cost"],
        params["memory_kib"],
        params["parallelism"],
    )


def unwrap(wrapped: WrappedKey, secret: str) -> bytes:
    """The data key, or WrongPassphraseError. Touches no file."""
    kek = derive(
        secret, unb64(wrapped.salt), wrapped.time_cost, wrapped.memory_kib, wrapped.parallelism
    )
    try:
        return AESGCM(kek).decrypt(unb64(wrapped.nonce), unb64(wrapped.ciphertext), WRAP_CONTEXT)
    except InvalidTag as exc:
        raise WrongPassphraseError(
            _(
                "That passphrase does not open this vault. Check Caps Lock and try again, or use "
                "your recovery code."
            )
        ) from exc


def new_recovery_code() -> str:
    """24 characters in 6 groups of 4 (about 120 bits), easy to copy by hand."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _n in range(24))
    return "-".join(chars[i : i + 4] for i in range(0, 24, 4))


def normalise_recovery_code(code: str) -> str:
    """Accept lower case, spaces and missing or extra dashes."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def encrypt_bytes(key: bytes, data: bytes, context: bytes = FILE_CONTEXT) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, context)


def decrypt_bytes(key: bytes, blob: bytes, context: bytes = FILE_CONTEXT) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context)
    except InvalidTag as exc:
        raise WrongPassphraseError(
            _("This file could not be decrypted: the key is wrong or the file was changed.")
        ) from exc
