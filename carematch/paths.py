"""Where CareMatch keeps its files.

Everything a person owns lives under one data root. `CAREMATCH_HOME` overrides it (tests,
portable use from a USB stick); otherwise platformdirs picks the usual place for the system.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from carematch import safefile
from carematch.i18n import _

ENV_HOME = "CAREMATCH_HOME"


def data_root() -> Path:
    """The folder that holds vaults, settings, caches and the person's own entries."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("CareMatch", appauthor=False, roaming=True))


def cache_dir() -> Path:
    """Caches are rebuilt when lost; under CAREMATCH_HOME they stay inside it, so erase is whole."""
    if os.environ.get(ENV_HOME):
        return data_root() / "cache"
    return Path(platformdirs.user_cache_dir("CareMatch", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only its owner can read (0700 on POSIX); a link in its place is refused."""
    return safefile.private_dir(path)


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only, atomically and never through a link: a crash
    leaves the old file or the new one, a full disk leaves the old one."""
    safefile.write_atomic(path, data)


def builtin_catalogue_dir() -> Path:
    """The catalogue shipped with the app: inside the package when installed, else the repo's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_catalogue", here.parent / "catalogue"):
        if (candidate / "vocabulary.toml").is_file():
            return candidate
    raise FileNotFoundError(
        _("The built-in catalogue is missing. Reinstall CareMatch, or pass --catalogue DIR.")
    )


def resources_dir() -> Path | None:
    """Icon, desktop file and AppStream metadata: inside the package when bundled, else the
    repo's `resources/`. None when neither is there (the app then has no window icon)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return None
