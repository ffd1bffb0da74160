"""Publisher keys for signing packs (Ed25519, from `cryptography`), and the trusted list.

Trusting a publisher is always an explicit step: `carematch pack trust KEYFILE`.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from carematch import paths, safefile
from carematch.i18n import _

TRUST_FILE = "trusted-publishers.json"


class PublisherKeyError(ValueError):
    """A key file is missing or not a CareMatch publisher key."""


def keygen(private_path: Path, public_path: Path) -> str:
    """Make a key pair. The private key is written readable by its owner only."""
    if private_path.exists() or public_path.exists():
        raise PublisherKeyError(_("A key file of that name exists already; choose another name."))
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public = public_text(key.public_key())
    public_path.write_text(public + "\n", encoding="ascii")
    return public


def public_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "carematch-ed25519:" + base64.b64encode(raw).decode("ascii")


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PublisherKeyError(
            _("'{path}' is not a CareMatch publisher key.").format(path=path)
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise PublisherKeyError(_("'{path}' is not an Ed25519 key.").format(path=path))
    return key


def parse_public(text: str) -> Ed25519PublicKey:
    text = text.strip()
    if not text.startswith("carematch-ed25519:"):
        raise PublisherKeyError(
            _("That is not a CareMatch publisher key (it should start 'carematch-ed25519:').")
        )
    try:
        raw = base64.b64decode(text.split(":", 1)[1], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise PublisherKeyError(_("That publisher key is damaged.")) from exc


def verify(public: str, signature: bytes, data: bytes) -> bool:
    try:
        parse_public(public).verify(signature, data)
    except (InvalidSignature, PublisherKeyError):
        return False
    return True


def _trust_path(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / TRUST_FILE


def trusted(root: Path | None = None) -> dict[str, str]:
    """Public key -> the name the person gave the publisher."""
    try:
        data = safefile.read_json(_trust_path(root))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def trust(public: str, name: str, root: Path | None = None) -> None:
    parse_public(public)
    data = trusted(root)
    data[public.strip()] = name
    path = _trust_path(root)
    paths.ensure_private_dir(path.parent)
    paths.write_private(path, json.dumps(data, indent=2).encode("utf-8"))
