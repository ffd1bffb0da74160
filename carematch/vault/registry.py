"""Where vaults live, their names, and the small settings file beside them.

Layout under the data root (see carematch.paths):

    settings.json            last vault opened, per-vault preferences (no personal data)
    vaults/<folder>/         one folder per vault; an OT keeps one per client
        vault.json           format, protection, wrapped keys
        journal.db           the database (SQLCipher when protected) and its -wal/-shm
        attachments/         photos and files (AES-GCM encrypted when protected)
        backups/             rotating copies of journal.db
        .lock                held while the vault is open (one app instance per vault)
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carematch import paths
from carematch.vault.errors import InvalidNameError
from carematch.vault.meta_file import META_FILE

NAME_RULE = re.compile(r"^[\w][\w .'-]{0,59}$", re.UNICODE)
SETTINGS_FILE = "settings.json"


def vaults_dir(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / "vaults"


def check_name(name: str) -> str:
    name = name.strip()
    if not NAME_RULE.match(name):
        raise InvalidNameError(
            "A vault name needs 1 to 60 letters, numbers, spaces, hyphens or apostrophes, "
            "starting with a letter or number, for example 'My journal' or 'Client 12'."
        )
    return name


def folder_name(name: str) -> str:
    """A file-system-safe folder for a vault name ('Mrs O'Brien' -> 'mrs-obrien')."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "-", text.replace("'", "")).strip("-")
    return text or "vault"


@dataclass(frozen=True)
class VaultInfo:
    name: str
    folder: Path
    protected: bool


def list_vaults(root: Path | None = None) -> list[VaultInfo]:
    found = []
    base = vaults_dir(root)
    if not base.is_dir():
        return []
    for folder in sorted(base.iterdir()):
        if not (folder / META_FILE).is_file():
            continue
        try:  # plain JSON: listing must stay quick; opening validates the file fully
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            found.append(VaultInfo(str(meta["name"]), folder, bool(meta.get("protected"))))
        except (OSError, ValueError, KeyError, TypeError):
            found.append(VaultInfo(folder.name, folder, True))  # damaged: listed by folder
    return found


def find_vault(name: str, root: Path | None = None) -> VaultInfo | None:
    wanted = name.strip().casefold()
    for info in list_vaults(root):
        if info.name.casefold() == wanted or info.folder.name == folder_name(name):
            return info
    return None


class Settings:
    """settings.json: which vault was open last and per-vault display preferences."""

    def __init__(self, root: Path | None = None) -> None:
        self.path = (root or paths.data_root()) / SETTINGS_FILE

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, data: dict[str, Any]) -> None:
        paths.ensure_private_dir(self.path.parent)
        paths.write_private(self.path, json.dumps(data, indent=2).encode("utf-8"))

    def update(self, **values: Any) -> None:
        data = self.load()
        data.update(values)
        self.save(data)

    @property
    def last_vault(self) -> str | None:
        value = self.load().get("last_vault")
        return value if isinstance(value, str) else None

    def forget_vault(self, name: str) -> None:
        data = self.load()
        if data.get("last_vault") == name:
            data.pop("last_vault")
        prefs = data.get("vaults")
        if isinstance(prefs, dict):
            prefs.pop(name, None)
        self.save(data)
