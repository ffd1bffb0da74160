"""The circle's keys and sealed files, from `cryptography` (no home-made crypto).

Each vault has one circle identity: an X25519 key for agreeing keys and an Ed25519 key for
signing. A sealed file is encrypted to one recipient and signed by its sender:

    key   = HKDF-SHA256(X25519(ephemeral, recipient) || X25519(sender, recipient),
                        salt = file id, info = "carematch circle v1 " + kind)
    body  = AES-256-GCM(key, nonce, payload, associated data = the header)
    sig   = Ed25519(sender, canonical JSON of the header, nonce and body)

The ephemeral key means a sender's long-term key alone cannot open old files; the sender's
static key in the agreement and the signature both say who wrote it.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from carematch.i18n import _

RAW = serialization.Encoding.Raw
RAW_PUBLIC = serialization.PublicFormat.Raw
RAW_PRIVATE = serialization.PrivateFormat.Raw


class CircleCryptoError(Exception):
    """A file that was changed, damaged, or not sealed for this person."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise CircleCryptoError(_("A key or a sealed part is missing."))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise CircleCryptoError(_("A key or a sealed part is not readable.")) from None
    if size is not None and len(data) != size:
        raise CircleCryptoError(_("A key has the wrong length."))
    return data


def canonical(value: Any) -> bytes:
    """One byte form for signing: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class Identity:
    """One vault's circle keys (the private parts live only inside that vault)."""

    agree: X25519PrivateKey
    sign: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> Identity:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, agree: bytes, sign: bytes) -> Identity:
        return cls(
            X25519PrivateKey.from_private_bytes(agree), Ed25519PrivateKey.from_private_bytes(sign)
        )

    def raw(self) -> tuple[bytes, bytes]:
        none = serialization.NoEncryption()
        return (
            self.agree.private_bytes(RAW, RAW_PRIVATE, none),
            self.sign.private_bytes(RAW, RAW_PRIVATE, none),
        )

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            self.agree.public_key().public_bytes(RAW, RAW_PUBLIC),
            self.sign.public_key().public_bytes(RAW, RAW_PUBLIC),
        )


@dataclass(frozen=True)
class PublicKeys:
    agree: bytes  # X25519, 32 bytes
    sign: bytes  # Ed25519, 32 bytes

    @classmethod
    def from_text(cls, agree: object, sign: object) -> PublicKeys:
        return cls(unb64(agree, 32), unb64(sign, 32))

    def as_text(self) -> dict[str, str]:
        return {"agree": b64(self.agree), "sign": b64(self.sign)}

    def fingerprint(self) -> str:
        """Four groups to read aloud and compare on both computers."""
        digest = hashes.Hash(hashes.SHA256())
        digest.update(self.agree + self.sign)
        code = digest.finalize().hex()[:16].upper()
        return " ".join(code[i : i + 4] for i in range(0, 16, 4))


def sign(identity: Identity, fields: dict[str, Any]) -> str:
    return b64(identity.sign.sign(canonical(fields)))


def verify(public: PublicKeys, fields: dict[str, Any], signature: object) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public.sign).verify(
            unb64(signature, 64), canonical(fields)
        )
    except InvalidSignature:
        raise CircleCryptoError(_("Its signature does not match: it was changed.")) from None


def _key(shared: bytes, file_id: str, kind: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=file_id.encode("ascii"),
        info=f"carematch circle v1 {kind}".encode("ascii"),
    ).derive(shared)


def seal(
    sender: Identity, recipient: PublicKeys, header: dict[str, Any], payload: bytes
) -> dict[str, Any]:
    """The header (kind, from, to, file_id, created) with the sealed payload, signed."""
    ephemeral = X25519PrivateKey.generate()
    them = X25519PublicKey.from_public_bytes(recipient.agree)
    shared = ephemeral.exchange(them) + sender.agree.exchange(them)
    nonce = os.urandom(12)
    body = AESGCM(_key(shared, header["file_id"], header["kind"])).encrypt(
        nonce, payload, canonical(header)
    )
    sealed = {
        **header,
        "ephemeral": b64(ephemeral.public_key().public_bytes(RAW, RAW_PUBLIC)),
        "nonce": b64(nonce),
        "body": b64(body),
    }
    return {**sealed, "signature": sign(sender, sealed)}


HEADER_FIELDS = ("format", "version", "kind", "from", "to", "file_id", "created")


def open_sealed(me: Identity, sender: PublicKeys, sealed: dict[str, Any]) -> bytes:
    """The payload, once the signature and the seal both check out."""
    fields = {k: v for k, v in sealed.items() if k != "signature"}
    verify(sender, fields, sealed.get("signature"))
    header = {k: sealed[k] for k in HEADER_FIELDS}
    ephemeral = X25519PublicKey.from_public_bytes(unb64(sealed.get("ephemeral"), 32))
    shared = me.agree.exchange(ephemeral) + me.agree.exchange(
        X25519PublicKey.from_public_bytes(sender.agree)
    )
    try:
        return AESGCM(_key(shared, str(header["file_id"]), str(header["kind"]))).decrypt(
            unb64(sealed.get("nonce"), 12), unb64(sealed.get("body")), canonical(header)
        )
    except InvalidTag:
        raise CircleCryptoError(_("It could not be opened: it was changed or damaged.")) from None
