"""settings.json: which vault was open last, and how the app looks.

It lives beside the vaults, never inside one, and holds nothing a person wrote: a vault's name
and display choices only. The vault layer does not know it exists; the vault session records
the last vault, and erasing a vault forgets it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from carematch import paths, safefile
from carematch.catalogue.nations import Nation

SETTINGS_FILE = "settings.json"


class AppSettings:
    def __init__(self, root: Path | None = None) -> None:
        self.path = (root or paths.data_root()) / SETTINGS_FILE

    def load(self) -> dict[str, Any]:
        try:
            data = safefile.read_json(self.path)
        except (OSError, ValueError, UnicodeDecodeError):
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

    def remember_vault(self, name: str) -> None:
        if self.last_vault != name:
            self.update(last_vault=name)

    def forget_vault(self, name: str) -> None:
        data = self.load()
        if data.get("last_vault") == name:
            data.pop("last_vault")
        prefs = data.get("vaults")
        if isinstance(prefs, dict):
            prefs.pop(name, None)
        self.save(data)

    # --- how the app looks (not personal data) ------------------------------------------
    def display(self, key: str, default: Any = None) -> Any:
        stored = self.load().get("display")
        return stored.get(key, default) if isinstance(stored, dict) else default

    def set_display(self, key: str, value: Any) -> None:
        stored = self.load().get("display")
        display: dict[str, Any] = dict(stored) if isinstance(stored, dict) else {}
        display[key] = value
        self.update(display=display)

    # --- where in the UK (which routes to show first) -----------------------------------------
    @property
    def nation(self) -> Nation | None:
        value = self.load().get("nation")  # a hand-edited or damaged file: anything at all
        return Nation(value) if isinstance(value, str) and value in set(Nation) else None

    def set_nation(self, nation: Nation | None) -> None:
        self.update(nation=nation.value if nation else None)

    # --- what worked for others (pooled evidence packs) ---------------------------------------
    @property
    def evidence_boost(self) -> bool:
        """Whether ideas most people kept come a little higher (on unless turned off)."""
        return self.load().get("evidence_boost") is not False

    def set_evidence_boost(self, on: bool) -> None:
        self.update(evidence_boost=bool(on))

    # --- the interface's language ---------------------------------------------------------
    @property
    def language(self) -> str | None:
        """The language chosen in Settings (None: the computer's, else English)."""
        from carematch.i18n import language_code

        value = self.load().get("language")
        return language_code(value) if isinstance(value, str) else None

    def set_language(self, code: str | None) -> None:
        self.update(language=code)
