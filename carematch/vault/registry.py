"""Where vaults live and how they are named and found.

Layout under the data root (see carematch.paths):

    settings.json            the app's own (carematch.app.preferences), not the vault's
    vaults/<folder>/         one folder per vault; an OT keeps one per client
        vault.json           the vault's name, protection, wrapped keys
        journal.db           the database (SQLCipher when protected) and its -wal/-shm
        attachments/         photos and files (AES-GCM encrypted when protected)
        backups/             rotating copies of journal.db
        .lock                held while the vault is open (one app instance per vault)
    vaults/.new-*/           a vault being created or imported: invisible until complete
    vaults/.create.lock      held while a vault is being named, so two can't take one name

A vault is found by the name in its vault.json, never by its folder's name: folder names are
only a readable slug plus a random part, so names in any script never collide.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from carematch import paths, safefile
from carematch.i18n import _
from carematch.vault.errors import InvalidNameError, VaultExistsError
from carematch.vault.meta_file import MAX_META_BYTES, META_FILE

NAME_RULE = re.compile(r"^[\w][\w .'-]{0,59}$", re.UNICODE)
NEW_PREFIX = ".new-"
CREATE_LOCK = ".create.lock"


def vaults_dir(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / "vaults"


def check_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    if not NAME_RULE.match(name):
        raise InvalidNameError(
            _(
                "A vault name needs 1 to 60 letters, numbers, spaces, hyphens or apostrophes, "
                "starting with a letter or number, for example 'My journal' or 'Client 12'."
            )
        )
    return name


def name_key(name: str) -> str:
    """How names are compared: Unicode-normalised (NFKC) and case-folded."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def folder_name(name: str) -> str:
    """A new, unique folder for a vault name: a readable slug plus a random part
    ('Mrs O'Brien' -> 'mrs-obrien-k3f9q2', 'مريم' -> 'vault-7hx2mc')."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text.replace("'", "")).strip("-")[:40] or "vault"
    return f"{slug}-{secrets.token_hex(4)}"


@dataclass(frozen=True)
class VaultInfo:
    name: str
    folder: Path
    protected: bool
    problem: str | None = None  # why the vault can't be read, in plain words


def _read_info(folder: Path) -> VaultInfo | None:
    """What vault.json says, quickly (plain JSON; opening validates it fully). A folder that is
    not a vault's gives None; a vault whose file is damaged, missing or unreadable is listed by
    its folder's name with the problem."""
    try:
        meta = safefile.read_json(folder / META_FILE, MAX_META_BYTES)
        if not isinstance(meta, dict) or not isinstance(meta.get("name"), str):
            raise ValueError("no name")
        name = meta["name"].strip()
        if not name or len(name) > 200:
            raise ValueError("bad name")
        return VaultInfo(name, folder, bool(meta.get("protected")))
    except FileNotFoundError:
        if not (folder / "journal.db").exists():
            return None
        problem = _("its settings file (vault.json) is missing")
    except PermissionError:
        problem = _("CareMatch is not allowed to read this folder")
    except (OSError, ValueError, UnicodeDecodeError):
        problem = _("its settings file (vault.json) is damaged")
    return VaultInfo(folder.name, folder, True, problem)


def list_vaults(root: Path | None = None) -> list[VaultInfo]:
    """Every vault, sorted by name. One unreadable vault never hides the others."""
    base = vaults_dir(root)
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return []
    found = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if not stat.S_ISDIR(entry.stat(follow_symlinks=False).st_mode):
                continue  # links and stray files are never vaults
        except OSError:
            continue
        info = _read_info(Path(entry.path))
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda v: (name_key(v.name), v.folder.name))


def find_vault(name: str, root: Path | None = None) -> VaultInfo | None:
    """The vault whose stored name is `name` (normalised, case-folded). A vault whose vault.json
    can't be read is found by its folder's name, and only when no readable vault has that name."""
    wanted = name_key(name)
    vaults = list_vaults(root)
    for info in vaults:
        if info.problem is None and name_key(info.name) == wanted:
            return info
    for info in vaults:
        if info.problem is not None and name_key(info.folder.name) == wanted:
            return info
    return None


@contextmanager
def naming_lock(root: Path | None = None) -> Iterator[Path]:
    """Held while a name is checked and a new vault moved into place (exclusive, across
    processes), so two creates of one name at the same instant make one vault, not two.

    On POSIX the vaults folder itself is locked, so no lock file is left behind; elsewhere a
    small empty lock file beside the vaults is used."""
    paths.ensure_private_dir(root or paths.data_root())  # the data root is private too
    base = paths.ensure_private_dir(vaults_dir(root))
    try:
        import fcntl
    except ImportError:  # Windows
        from filelock import FileLock

        with FileLock(str(base / CREATE_LOCK), timeout=60, mode=0o600):
            yield base
        return
    fd = os.open(base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | safefile.NOFOLLOW)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield base
    finally:
        os.close(fd)  # closing releases the lock


def claim_name(name: str, root: Path | None = None) -> None:
    """Raise VaultExistsError when a vault already has this name (call under naming_lock)."""
    if find_vault(name, root) is not None:
        raise VaultExistsError(
            _("A vault called '{name}' already exists. Choose another name.").format(name=name)
        )
