"""Adding or removing a passphrase as a journal of steps that any crash can finish or undo.

Adding one (protect):
  1. the new key material, wrapped by the passphrase and the recovery code, is written to
     vault.json as a pending change, while the vault stays unprotected;
  2. an encrypted copy of the database, attachments and backups is built in `.change/`;
  3. vault.json switches to protected (the commit point);
  4. the copies are moved into place and the plaintext originals, moved aside to
     `.change-old/`, are overwritten and removed.
  A crash before 3 is rolled back on the next open (the vault opens as it was, without a
  passphrase); a crash after 3 is rolled forward (it opens with the new passphrase or the
  recovery code).

Removing one (unprotect): the commit point comes first. vault.json is switched to unprotected,
keeping the data key in the clear until the change is done (the person chose to leave the
vault unprotected); then the plaintext copy is built and moved into place. Nothing plaintext
is written while vault.json still says the vault is protected, and a crash at any point is
rolled forward on the next open with no secret needed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from carematch import safefile
from carematch.i18n import _
from carematch.vault import backups, crypto, db
from carematch.vault.errors import DiskFullError, VaultError, disk_full_message
from carematch.vault.meta import KeyRecord, PendingChange, VaultMeta, write_meta

STAGE = ".change"
OLD = ".change-old"
DB_FILE = "journal.db"
ITEMS = (DB_FILE, "attachments", "backups")
SPACE_MARGIN = 8 * 1024 * 1024
Step = Callable[[str], None]


def _ignore(_step: str) -> None:
    pass


def _lexists(path: Path) -> bool:
    return os.path.lexists(path)


def _size_of(folder: Path) -> int:
    total = 0
    for item in ITEMS:
        path = folder / item
        if safefile.is_link(path) or not path.exists():
            continue
        if path.is_file():
            total += path.stat().st_size
        else:
            total += sum(p.lstat().st_size for p in safefile.walk_files(path))
    wal = folder / (DB_FILE + "-wal")
    return total + (wal.stat().st_size if wal.is_file() else 0)


def check_space(folder: Path) -> None:
    """A change of protection needs room for a second copy of everything: say so up front."""
    needed = _size_of(folder) + SPACE_MARGIN
    if shutil.disk_usage(folder).free < needed:
        raise DiskFullError(
            _(
                "Adding or removing a passphrase needs about {mb} MB of free space for a moment "
                "(a second copy of the journal). {disk_full}"
            ).format(mb=needed // (1024 * 1024) + 1, disk_full=disk_full_message(folder))
        )


def build_copy(
    folder: Path, source: Any, old_key: bytes | None, new_key: bytes | None, step: Step
) -> None:
    """Copy the database (from the open connection `source`), attachments and backups into
    `.change/` under `new_key`, every file flushed. The live files are not touched."""
    stage = folder / STAGE
    safefile.remove_tree(stage, overwrite=False)
    safefile.private_dir(stage)
    step("copying the journal")
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.export_to(source, stage / DB_FILE, new_key)
    step("copying attachments")
    safefile.private_dir(stage / "attachments")
    live_attachments = folder / "attachments"
    if live_attachments.is_dir() and not safefile.is_link(live_attachments):
        for path in sorted(live_attachments.iterdir()):
            if safefile.is_link(path) or not path.is_file() or path.name.endswith(".part"):
                continue
            blob = safefile.read_regular(path, 1 << 31)
            try:
                plain = crypto.decrypt_bytes(old_key, blob) if old_key else blob
                data = crypto.encrypt_bytes(new_key, plain) if new_key else plain
            except VaultError:
                data = blob  # already unreadable: kept as it was, for `vault check` to report
            safefile.create_new(stage / "attachments" / path.name, data)
    step("copying backups")
    safefile.private_dir(stage / "backups")
    for backup in backups.list_backups(folder / "backups"):
        if not backups.verify(backup, old_key).good:
            continue  # a damaged backup could never be restored: it is not carried over
        conn = db.connect(backup, old_key, wal=False)
        try:
            db.export_to(conn, stage / "backups" / backup.name, new_key)
        except Exception:
            (stage / "backups" / backup.name).unlink(missing_ok=True)
            raise
        finally:
            conn.close()
    for sub in ("attachments", "backups", ""):
        safefile.fsync_dir(stage / sub if sub else stage)


def switch(folder: Path, *, overwrite_old: bool) -> None:
    """Move the copies in `.change/` into place, the live files aside into `.change-old/`.
    Safe to run again after a crash at any point (each item is moved or it is not)."""
    stage, old = folder / STAGE, folder / OLD
    safefile.private_dir(old)
    for item in ITEMS:
        staged, live = stage / item, folder / item
        if not _lexists(staged):
            continue  # this item is in place already
        if item == DB_FILE:
            # The live database was checkpointed before its copy was made: its side files hold
            # nothing, and must not be paired with the new file.
            for suffix in db.SIDE_FILES:
                Path(str(live) + suffix).unlink(missing_ok=True)
        if _lexists(live):
            safefile.remove_tree(old / item, overwrite=overwrite_old)
            os.rename(live, old / item)
        os.rename(staged, live)
    safefile.fsync_dir(folder)


def finish(folder: Path, meta: VaultMeta) -> None:
    """The last step: vault.json forgets the change, then the leftovers go."""
    pending = meta.pending
    meta.pending = None
    write_meta(folder, meta)
    clean_leftovers(folder, overwrite_old=bool(pending and pending.protect))


def clean_leftovers(folder: Path, *, overwrite_old: bool = True) -> None:
    """Remove what an interrupted change left behind, once vault.json no longer needs it."""
    safefile.remove_tree(folder / OLD, overwrite=overwrite_old)
    safefile.remove_tree(folder / STAGE, overwrite=True)


def protect(
    folder: Path,
    meta: VaultMeta,
    source: Any,
    passphrase: str,
    disconnect: Callable[[], None],
    step: Step = _ignore,
) -> tuple[bytes, str]:
    """Encrypt an unprotected vault. Returns the new data key and recovery code."""
    check_space(folder)
    key = crypto.new_data_key()
    code = crypto.new_recovery_code()
    step("making the keys")
    passphrase_key = KeyRecord.of(crypto.wrap(key, passphrase))
    recovery_key = KeyRecord.of(crypto.wrap(key, code))
    meta.pending = PendingChange(
        step="staging", protect=True, passphrase_key=passphrase_key, recovery_key=recovery_key
    )
    write_meta(folder, meta)
    try:
        build_copy(folder, source, None, key, step)
        meta.protected = True
        meta.passphrase_key, meta.recovery_key = passphrase_key, recovery_key
        meta.pending = meta.pending.model_copy(update={"step": "switching"})
        write_meta(folder, meta)  # the commit point
    except BaseException:
        _roll_back_protect(folder, meta)
        raise
    step("switching to the encrypted copy")
    disconnect()
    switch(folder, overwrite_old=True)
    finish(folder, meta)
    return key, code


def _roll_back_protect(folder: Path, meta: VaultMeta) -> None:
    meta.protected = False
    meta.passphrase_key = meta.recovery_key = None
    meta.pending = None
    try:
        write_meta(folder, meta)
    finally:
        safefile.remove_tree(folder / STAGE, overwrite=False)


def unprotect(
    folder: Path,
    meta: VaultMeta,
    source: Any,
    key: bytes,
    disconnect: Callable[[], None],
    step: Step = _ignore,
) -> None:
    """Decrypt a protected vault for good."""
    check_space(folder)
    before = meta.model_copy(deep=True)
    meta.protected = False
    meta.passphrase_key = meta.recovery_key = meta.practitioner = None
    meta.pending = PendingChange(step="staging", protect=False, clear_key=key.hex())
    write_meta(folder, meta)  # the commit point
    try:
        build_copy(folder, source, key, None, step)
        meta.pending = meta.pending.model_copy(update={"step": "switching"})
        write_meta(folder, meta)
    except BaseException as exc:
        if isinstance(exc, Exception):  # an error we saw (a full disk): put the passphrase back
            safefile.remove_tree(folder / STAGE, overwrite=True)
            write_meta(folder, before)
            meta.__dict__.update(before.__dict__)
        raise
    step("switching to the unencrypted copy")
    disconnect()
    switch(folder, overwrite_old=False)
    finish(folder, meta)


def resume(folder: Path, meta: VaultMeta) -> None:
    """Finish or undo a change of protection that a crash interrupted (call with the vault's
    lock held, before opening its database). Needs no secret."""
    pending = meta.pending
    if pending is None:
        if _lexists(folder / STAGE) or _lexists(folder / OLD):
            clean_leftovers(folder)
        return
    if pending.step == "staging" and pending.protect:
        _roll_back_protect(folder, meta)
        return
    if pending.step == "staging":  # removing a passphrase: roll forward
        assert pending.clear_key is not None
        key = bytes.fromhex(pending.clear_key)
        source = db.connect(folder / DB_FILE, key)
        try:
            build_copy(folder, source, key, None, _ignore)
        finally:
            source.close()
        meta.pending = pending.model_copy(update={"step": "switching"})
        write_meta(folder, meta)
    switch(folder, overwrite_old=pending.protect)
    finish(folder, meta)
