"""Finding, creating, opening, restoring and erasing vaults by name (the vault manager).

A new vault is made in a hidden folder and moved into place only when complete; opening checks
the secret before touching any file, then finishes or undoes an interrupted change of
protection (see carematch.vault.change) under the vault's lock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import Timeout

from carematch import safefile
from carematch.i18n import _
from carematch.vault import backups, change, crypto
from carematch.vault.errors import (
    VaultCorruptError,
    VaultInUseError,
    VaultNotFoundError,
    WrongPassphraseError,
    plain_errors,
)
from carematch.vault.meta import KeyRecord, VaultMeta, read_meta, write_meta
from carematch.vault.practitioner import PractitionerKey
from carematch.vault.registry import (
    NEW_PREFIX,
    check_name,
    claim_name,
    find_vault,
    folder_name,
    list_vaults,
    naming_lock,
)
from carematch.vault.vault import Vault, check_passphrase, check_passphrase_text, lock_for

ABANDONED_AFTER_SECONDS = 60


def _remove_abandoned(base: Path) -> None:
    """Remove vaults whose creation or import was interrupted: their lock is free and they are
    more than a minute old (a brand-new one may not have taken its lock yet)."""
    for folder in base.glob(NEW_PREFIX + "*"):
        if safefile.is_link(folder) or not folder.is_dir():
            safefile.remove_tree(folder, overwrite=True)
            continue
        if time.time() - folder.lstat().st_mtime < ABANDONED_AFTER_SECONDS:
            continue
        lock = lock_for(folder)
        try:
            lock.acquire()
        except Timeout:
            continue  # still being made by another CareMatch
        try:
            safefile.remove_tree(folder, overwrite=True)
        finally:
            lock.release()


def create_vault(
    name: str,
    passphrase: str | None,
    root: Path | None = None,
    *,
    fill: Callable[[Vault], None] | None = None,
) -> tuple[Vault, str | None]:
    """Create and open a new vault. Returns the vault and, when protected, its recovery code.

    The vault is made in a hidden folder and appears under its name only when complete (with
    `fill(vault)` run on it first, for imports): a crash leaves nothing visible.
    """
    name = check_name(name)
    if passphrase is not None:
        check_passphrase(passphrase)
    with naming_lock(root) as base:
        claim_name(name, root)
        _remove_abandoned(base)
    staging = base / f"{NEW_PREFIX}{os.urandom(6).hex()}"
    with plain_errors(base):
        safefile.private_dir(staging)
    try:
        meta = VaultMeta(name=name, created=backups.now())
        key = recovery = None
        if passphrase is not None:
            key = crypto.new_data_key()
            recovery = crypto.new_recovery_code()
            meta.protected = True
            meta.passphrase_key = KeyRecord.of(crypto.wrap(key, passphrase))
            meta.recovery_key = KeyRecord.of(crypto.wrap(key, recovery))
        with plain_errors(base):
            write_meta(staging, meta)
        with Vault(staging, meta, key) as vault:
            vault._open(new=True)
            if fill is not None:
                fill(vault)
        with naming_lock(root), plain_errors(base):
            claim_name(name, root)
            folder = base / folder_name(name)
            os.rename(staging, folder)
            safefile.fsync_dir(base)
    except BaseException:
        safefile.remove_tree(staging, overwrite=True)
        raise
    vault = Vault(folder, meta, key)
    vault._open(new=True)
    return vault, recovery


def _no_such_vault(name: str) -> str:
    return _(
        "There is no vault called '{name}'. Check the name against your list of vaults."
    ).format(name=name)


def locate(name: str, root: Path | None = None) -> Path:
    info = find_vault(name, root)
    if info is None:
        unreadable = [v for v in list_vaults(root) if v.problem]
        hint = "".join(
            " "
            + _(
                "The vault in the folder '{folder}' cannot be read ({problem}); it may be the "
                "one you mean."
            ).format(folder=v.folder.name, problem=v.problem)
            for v in unreadable[:3]
        )
        raise VaultNotFoundError(_no_such_vault(name) + hint)
    if info.problem is not None:
        raise VaultCorruptError(
            _(
                "The vault in {folder} cannot be opened: {problem}. Restore the whole vault "
                "folder from a copy if you have one."
            ).format(folder=info.folder, problem=info.problem)
        )
    return info.folder


def _unlock(
    meta: VaultMeta,
    passphrase: str | None,
    recovery_code: str | None,
    practitioner: PractitionerKey | None = None,
) -> bytes | None:
    """The data key of a protected vault (None for an unprotected one). Touches no file."""
    if not meta.protected:
        return None
    assert meta.passphrase_key is not None  # read_meta refuses a protected vault without one
    if practitioner is not None and passphrase is None and not recovery_code:
        return practitioner.unwrap(meta.practitioner)
    if recovery_code:
        if meta.recovery_key is None:
            raise WrongPassphraseError(_("This vault has no recovery code."))
        return crypto.unwrap(
            meta.recovery_key.wrapped(), crypto.normalise_recovery_code(recovery_code)
        )
    if passphrase is None:
        raise WrongPassphraseError(
            _("The vault '{name}' is locked. Enter its passphrase.").format(name=meta.name)
        )
    check_passphrase_text(passphrase)
    return crypto.unwrap(meta.passphrase_key.wrapped(), passphrase)


def _prepare(
    name: str,
    passphrase: str | None,
    recovery_code: str | None,
    root: Path | None,
    practitioner: PractitionerKey | None = None,
) -> Vault:
    """Check the secret, then lock the vault and finish any interrupted change. The database
    is not opened yet."""
    return _prepare_folder(locate(name, root), passphrase, recovery_code, practitioner)


def _prepare_folder(
    folder: Path,
    passphrase: str | None,
    recovery_code: str | None,
    practitioner: PractitionerKey | None = None,
) -> Vault:
    meta = read_meta(folder)
    # a wrong secret stops here: no file touched
    key = _unlock(meta, passphrase, recovery_code, practitioner)
    vault = Vault(folder, meta, key)
    vault._acquire()
    try:
        with plain_errors(folder):
            again = read_meta(folder)
            keys = (again.passphrase_key, again.recovery_key, again.practitioner)
            if keys != (meta.passphrase_key, meta.recovery_key, meta.practitioner):
                # changed by another CareMatch
                key = _unlock(again, passphrase, recovery_code, practitioner)
            change.resume(folder, again)
            vault.meta, vault._key = read_meta(folder), key
            for part in folder.glob("*.part"):
                part.unlink(missing_ok=True)
    except BaseException:
        vault.close()
        raise
    return vault


def open_vault(
    name: str,
    passphrase: str | None = None,
    *,
    recovery_code: str | None = None,
    practitioner: PractitionerKey | None = None,
    root: Path | None = None,
) -> Vault:
    """Open a vault with its passphrase, its recovery code or (for a vault in the caseload)
    the unlocked practitioner key."""
    vault = _prepare(name, passphrase, recovery_code, root, practitioner)
    try:
        with plain_errors(vault.folder):
            vault._connect()
    except BaseException:
        vault.close()
        raise
    return vault


@contextmanager
def peek_vault(folder: Path, *, practitioner: PractitionerKey | None = None) -> Iterator[Vault]:
    """Open a vault (found by its folder, from list_vaults) briefly, to read a caseload
    summary: checked and locked like any open, so it is refused while open elsewhere, but no
    backup is made, nothing is migrated and no ORM is set up (read it with `read_rows`)."""
    vault = _prepare_folder(folder, None, None, practitioner)
    try:
        with plain_errors(vault.folder):
            vault._connect(peek=True)
        yield vault
    finally:
        vault.close()


def restore_newest_backup(
    name: str,
    passphrase: str | None = None,
    *,
    recovery_code: str | None = None,
    root: Path | None = None,
) -> Path:
    """Put back the newest backup that passes every check. When the vault opens, its current
    state is backed up first (like an explicit restore); when it is too damaged to open, a copy
    of the damaged database is kept."""
    vault = _prepare(name, passphrase, recovery_code, root)
    try:
        try:
            with plain_errors(vault.folder):
                vault._connect()
        except VaultCorruptError:
            vault._disconnect()
        return vault.restore_newest_good()
    finally:
        vault.close()


def erase_vault(name: str, root: Path | None = None) -> list[Path]:
    """Remove every file of a vault: database, WAL, backups, attachments, keys, its settings.

    Files are overwritten before removal (best effort); links are removed without touching
    what they point at. Returns what was removed.
    """
    info = find_vault(name, root)
    if info is None:
        raise VaultNotFoundError(_no_such_vault(name))
    lock = lock_for(info.folder)
    try:
        lock.acquire()
    except Timeout as exc:
        raise VaultInUseError(
            _("The vault '{name}' is open in CareMatch. Close it there, then erase it.").format(
                name=name
            )
        ) from exc
    try:
        removed = safefile.remove_tree(info.folder, overwrite=True)
    finally:
        lock.release()
    safefile.remove_tree(info.folder, overwrite=True)  # the lock file itself
    return removed
