"""Create, open, protect, back up, restore and erase a vault.

Opening order matters for safety: the passphrase is checked (unwrapping the data key) before
any file is touched, so a wrong passphrase leaves every file byte-for-byte unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from carematch import paths
from carematch.journal import schema
from carematch.vault import crypto, db
from carematch.vault.errors import (
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from carematch.vault.meta import KeyRecord, VaultMeta, read_meta, write_meta
from carematch.vault.registry import Settings, check_name, find_vault, folder_name, vaults_dir

DB_FILE = "journal.db"
BACKUP_EVERY = dt.timedelta(hours=24)
MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters. A few ordinary words "
            "together are easy to remember and hard to guess."
        )
    return passphrase


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


class Vault:
    """An open vault. Use `open_vault` or `create_vault`; close it when done."""

    def __init__(self, folder: Path, meta: VaultMeta, key: bytes | None) -> None:
        self.folder = folder
        self.meta = meta
        self._key = key
        self._lock = FileLock(str(folder / ".lock"), timeout=0, mode=0o600)
        self._conn: Any = None
        self.engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # One connection per vault: sessions from different threads take turns on it.
        self._guard = threading.RLock()

    # --- paths -------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.meta.name

    @property
    def protected(self) -> bool:
        return self.meta.protected

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    @property
    def attachments_dir(self) -> Path:
        return self.folder / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.folder / "backups"

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # --- open and close ----------------------------------------------------------------
    def _open(self, *, new: bool = False) -> None:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise VaultInUseError(
                f"The vault '{self.name}' is already open in another CareMatch window. "
                "Close it there first (or wait a moment if it is closing)."
            ) from exc
        try:
            try:
                self._conn = db.connect(self.db_path, self._key)
            except VaultCorruptError as exc:
                raise VaultCorruptError(
                    f"{exc} Nothing has been changed. You can restore the newest good backup.",
                    [p.name for p in self.list_backups()],
                ) from exc
            for suffix in ("", "-wal", "-shm"):
                _private_file(Path(str(self.db_path) + suffix))
            if not new:
                problems = db.quick_check(self._conn)
                if problems:
                    raise VaultCorruptError(
                        "The journal database is damaged. Nothing has been changed. "
                        "You can restore the newest good backup.",
                        [p.name for p in self.list_backups()],
                    )
            self.engine = db.make_engine(self._conn)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            self._migrate(new)
            if not new:
                self._scheduled_backup()
        except BaseException:
            self.close()
            raise

    def _migrate(self, new: bool) -> None:
        assert self.engine is not None
        with self.engine.connect() as conn:
            needed = schema.needs_upgrade(conn)
            had_schema = schema.current_revision(conn) is not None
        if not needed:
            return
        if had_schema and not new:
            self.backup("before-migration")
        with self.engine.begin() as conn:
            schema.upgrade(conn)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self._conn is not None:
            with suppress(db.DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
        self._sessions = None
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on an error."""
        if self._sessions is None:
            raise VaultError("This vault is locked. Open it again to continue.")
        with self._guard, self._sessions.begin() as session:
            yield session

    # --- checks, backups and restore ----------------------------------------------------
    def check(self) -> list[str]:
        """Full integrity check: an empty list means healthy."""
        if self._conn is None:
            raise VaultError("Open the vault before checking it.")
        with self._guard:
            return db.integrity_check(self._conn)

    def list_backups(self) -> list[Path]:
        if not self.backups_dir.is_dir():
            return []
        return sorted(self.backups_dir.glob("journal-*.db"), reverse=True)

    def backup(self, reason: str = "manual") -> Path:
        if self._conn is None:
            raise VaultError("Open the vault before backing it up.")
        paths.ensure_private_dir(self.backups_dir)
        stamp = _now().strftime("%Y%m%dT%H%M%S%f")
        dest = self.backups_dir / f"journal-{stamp}-{reason}.db"
        with self._guard:
            db.backup_to(self._conn, dest)
        _private_file(dest)
        for old in self.list_backups()[self.meta.backups_keep :]:
            old.unlink(missing_ok=True)
        return dest

    def _scheduled_backup(self) -> None:
        newest = self.list_backups()[:1]
        if newest:
            age = _now() - dt.datetime.fromtimestamp(newest[0].stat().st_mtime, dt.UTC).replace(
                tzinfo=None
            )
            if age < BACKUP_EVERY:
                return
        self.backup("scheduled")

    def restore(self, backup: Path) -> None:
        """Replace the database with a backup, after checking the backup is good.

        The current database is backed up first, so a restore can itself be undone.
        """
        backup = self._resolve_backup(backup)
        probe = db.connect(backup, self._key)
        try:
            problems = db.integrity_check(probe)
        finally:
            probe.close()
        if problems:
            raise VaultCorruptError(f"The backup {backup.name} is damaged too; choose another.")
        if self._conn is not None and not db.quick_check(self._conn):
            self.backup("before-restore")
        self.close()
        for suffix in ("-wal", "-shm"):
            Path(str(self.db_path) + suffix).unlink(missing_ok=True)
        tmp = self.db_path.with_suffix(".restoring")
        shutil.copyfile(backup, tmp)
        os.replace(tmp, self.db_path)
        self._open()

    def _resolve_backup(self, backup: Path) -> Path:
        candidate = backup if backup.is_absolute() else self.backups_dir / backup
        if not candidate.is_file():
            raise VaultError(
                f"There is no backup called '{backup}'. Run 'carematch vault backup --list' "
                "to see them."
            )
        return candidate

    def restore_newest_good(self) -> Path:
        for candidate in self.list_backups():
            try:
                self.restore(candidate)
                return candidate
            except VaultError:
                continue
        raise VaultCorruptError("No good backup was found. Keep the vault folder safe.")

    # --- protection -----------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key; the database itself is untouched."""
        check_passphrase(new_passphrase)
        if not self.protected or self._key is None:
            raise VaultError("This vault has no passphrase yet. Use 'protect' to add one.")
        self.meta.passphrase_key = KeyRecord(**crypto.wrap(self._key, new_passphrase).as_dict())
        write_meta(self.folder, self.meta)

    def protect(self, passphrase: str) -> str:
        """Encrypt an unprotected vault; returns the new recovery code (show it once)."""
        check_passphrase(passphrase)
        if self.protected:
            raise VaultError("This vault already has a passphrase. Use 'passwd' to change it.")
        key = crypto.new_data_key()
        self._rekey(key)
        recovery = crypto.new_recovery_code()
        self.meta.protected = True
        self.meta.passphrase_key = KeyRecord(**crypto.wrap(key, passphrase).as_dict())
        self.meta.recovery_key = KeyRecord(**crypto.wrap(key, recovery).as_dict())
        write_meta(self.folder, self.meta)
        self._key = key
        self._open()
        return recovery

    def unprotect(self) -> None:
        if not self.protected:
            return
        self._rekey(None)
        self.meta.protected = False
        self.meta.passphrase_key = None
        self.meta.recovery_key = None
        write_meta(self.folder, self.meta)
        self._key = None
        self._open()

    def _rekey(self, new_key: bytes | None) -> None:
        """Copy the database into a new file under the new key, then swap it in.

        Attachments are re-encrypted the same way; backups under the old key are removed,
        because they could no longer be opened.
        """
        if self._conn is None:
            raise VaultError("Open the vault first.")
        self.backup("before-protection-change")
        tmp = self.db_path.with_suffix(".rekey")
        tmp.unlink(missing_ok=True)
        key_sql = f"x'{new_key.hex()}'" if new_key else ""
        self._conn.execute(f'ATTACH DATABASE ? AS rekeyed KEY "{key_sql}"', (str(tmp),))
        self._conn.execute("SELECT sqlcipher_export('rekeyed')")
        self._conn.execute("DETACH DATABASE rekeyed")
        old_key = self._key
        attachments = {p: self.read_attachment_file(p) for p in self._attachment_files()}
        self.close()
        for suffix in ("-wal", "-shm"):
            Path(str(self.db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, self.db_path)
        _private_file(self.db_path)
        self._key = new_key
        for path, data in attachments.items():
            self._write_file(path, data)
        for old in self.list_backups():
            old.unlink()
        del old_key

    # --- attachments ----------------------------------------------------------------------
    def _attachment_files(self) -> list[Path]:
        if not self.attachments_dir.is_dir():
            return []
        return sorted(p for p in self.attachments_dir.iterdir() if p.is_file())

    def _write_file(self, path: Path, data: bytes) -> None:
        paths.write_private(path, crypto.encrypt_bytes(self._key, data) if self._key else data)

    def write_attachment(self, uid: str, data: bytes) -> str:
        """Store a file's bytes under its uid; returns the SHA-256 of the plain bytes."""
        paths.ensure_private_dir(self.attachments_dir)
        self._write_file(self.attachments_dir / f"{uid}.bin", data)
        return hashlib.sha256(data).hexdigest()

    def read_attachment_file(self, path: Path) -> bytes:
        blob = path.read_bytes()
        return crypto.decrypt_bytes(self._key, blob) if self._key else blob

    def read_attachment(self, uid: str) -> bytes:
        return self.read_attachment_file(self.attachments_dir / f"{uid}.bin")

    def delete_attachment(self, uid: str) -> None:
        path = self.attachments_dir / f"{uid}.bin"
        if path.exists():
            _overwrite_and_remove(path)


def _overwrite_and_remove(path: Path) -> None:
    """Best effort: overwrite a file's bytes before removing it (SSDs may keep copies)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


# --- the vault manager's functions -----------------------------------------------------------
def create_vault(
    name: str, passphrase: str | None, root: Path | None = None
) -> tuple[Vault, str | None]:
    """Create and open a new vault. Returns the vault and, when protected, its recovery code."""
    name = check_name(name)
    if passphrase is not None:
        check_passphrase(passphrase)
    if find_vault(name, root) is not None:
        raise VaultExistsError(f"A vault called '{name}' already exists. Choose another name.")
    base = paths.ensure_private_dir(vaults_dir(root))
    folder = base / folder_name(name)
    n = 2
    while folder.exists():
        folder = base / f"{folder_name(name)}-{n}"
        n += 1
    paths.ensure_private_dir(folder)
    meta = VaultMeta(name=name, created=_now())
    key = None
    recovery = None
    if passphrase is not None:
        key = crypto.new_data_key()
        recovery = crypto.new_recovery_code()
        meta.protected = True
        meta.passphrase_key = KeyRecord(**crypto.wrap(key, passphrase).as_dict())
        meta.recovery_key = KeyRecord(**crypto.wrap(key, recovery).as_dict())
    write_meta(folder, meta)
    vault = Vault(folder, meta, key)
    try:
        vault._open(new=True)
    except BaseException:
        vault.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    Settings(root).update(last_vault=name)
    return vault, recovery


def locate(name: str, root: Path | None = None) -> Path:
    info = find_vault(name, root)
    if info is None:
        raise VaultNotFoundError(
            f"There is no vault called '{name}'. Run 'carematch vault list' to see your vaults."
        )
    return info.folder


def _unlock(meta: VaultMeta, passphrase: str | None, recovery_code: str | None) -> bytes | None:
    """The data key of a protected vault (None for an unprotected one). Touches no file."""
    if not meta.protected:
        return None
    if meta.passphrase_key is None:
        raise VaultCorruptError("This vault's key record is missing from vault.json.")
    if recovery_code:
        if meta.recovery_key is None:
            raise WrongPassphraseError("This vault has no recovery code.")
        return crypto.unwrap(
            meta.recovery_key.wrapped(), crypto.normalise_recovery_code(recovery_code)
        )
    if passphrase is None:
        raise WrongPassphraseError(f"The vault '{meta.name}' is locked. Enter its passphrase.")
    return crypto.unwrap(meta.passphrase_key.wrapped(), passphrase)


def open_vault(
    name: str,
    passphrase: str | None = None,
    *,
    recovery_code: str | None = None,
    root: Path | None = None,
) -> Vault:
    folder = locate(name, root)
    meta = read_meta(folder)
    vault = Vault(folder, meta, _unlock(meta, passphrase, recovery_code))
    vault._open()
    Settings(root).update(last_vault=meta.name)
    return vault


def restore_newest_backup(
    name: str,
    passphrase: str | None = None,
    *,
    recovery_code: str | None = None,
    root: Path | None = None,
) -> Path:
    """For a vault too damaged to open: put back the newest backup that passes its check."""
    folder = locate(name, root)
    meta = read_meta(folder)
    vault = Vault(folder, meta, _unlock(meta, passphrase, recovery_code))
    try:
        return vault.restore_newest_good()
    finally:
        vault.close()


def erase_vault(name: str, root: Path | None = None) -> list[Path]:
    """Remove every file of a vault: database, WAL, backups, attachments, keys, its settings.

    Files are overwritten before removal (best effort). Returns what was removed.
    """
    folder = locate(name, root)
    lock = FileLock(str(folder / ".lock"), timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout as exc:
        raise VaultInUseError(
            f"The vault '{name}' is open in CareMatch. Close it there, then erase it."
        ) from exc
    removed = []
    try:
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file() or path.is_symlink():
                _overwrite_and_remove(path)
                removed.append(path)
    finally:
        lock.release()
    shutil.rmtree(folder, ignore_errors=True)
    Settings(root).forget_vault(name)
    return removed
