"""Create, open, protect, back up, restore and erase a vault.

Opening order matters for safety: the passphrase is checked (unwrapping the data key) before
any file is touched, so a wrong passphrase leaves every file byte-for-byte unchanged. Every
lifecycle step is crash-safe (see carematch.vault.change and carematch.vault.backups) and
never follows a link planted in the vault's folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from carematch import safefile
from carematch.i18n import _, ngettext
from carematch.vault import backups, change, crypto, db, schema
from carematch.vault.errors import (
    DiskFullError,
    VaultCorruptError,
    VaultError,
    VaultInUseError,
    WrongPassphraseError,
    disk_full_message,
    looks_full,
    plain_errors,
)
from carematch.vault.meta import KeyRecord, PractitionerWrap, VaultMeta, write_meta

if TYPE_CHECKING:
    from carematch.vault.practitioner import PractitionerKey

DB_FILE = change.DB_FILE
BACKUP_EVERY = dt.timedelta(hours=24)
MIN_PASSPHRASE = 8
MAX_ATTACHMENT_BYTES = 1 << 31
UID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def check_passphrase_text(passphrase: str) -> None:
    """Refuse text that is not valid Unicode (bytes a terminal not set to UTF-8 passed on)
    before anything is made or derived from it."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise WrongPassphraseError(
            _(
                "That passphrase has characters CareMatch cannot read (the terminal may not be "
                "set to UTF-8). Nothing was changed. Type it again, or set the terminal to UTF-8."
            )
        ) from None


def check_passphrase(passphrase: str) -> str:
    """A new passphrase must be readable text and long enough."""
    check_passphrase_text(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError(
            ngettext(
                "Choose a passphrase of at least {n} character. A few ordinary words together "
                "are easy to remember and hard to guess.",
                "Choose a passphrase of at least {n} characters. A few ordinary words together "
                "are easy to remember and hard to guess.",
                MIN_PASSPHRASE,
            ).format(n=MIN_PASSPHRASE)
        )
    return passphrase


def _private_file(path: Path) -> None:
    if os.name == "posix" and path.is_file() and not safefile.is_link(path):
        os.chmod(path, 0o600)


def lock_for(folder: Path) -> FileLock:
    lock_path = folder / ".lock"
    if safefile.is_link(lock_path):  # filelock would truncate a link's target
        lock_path.unlink()
    # Not thread-local: the app opens a vault off the UI thread and closes it on the UI thread,
    # and a thread-local lock would then never be released.
    return FileLock(str(lock_path), timeout=0, mode=0o600, thread_local=False)


class Vault:
    """An open vault. Use `open_vault` or `create_vault`; close it when done."""

    def __init__(self, folder: Path, meta: VaultMeta, key: bytes | None) -> None:
        self.folder = folder
        self.meta = meta
        self._key = key
        self._lock = lock_for(folder)
        self._conn: Any = None
        self.engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # One connection per vault: sessions from different threads take turns on it.
        self._guard = threading.RLock()
        self.warnings: list[str] = []  # things a person should know that did not stop opening

    # --- paths -------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.meta.name

    @property
    def protected(self) -> bool:
        return self.meta.protected

    @property
    def is_open(self) -> bool:
        """False once locked or closed (a dialog being torn down then must not read)."""
        return self._sessions is not None

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    @property
    def attachments_dir(self) -> Path:
        return self.folder / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.folder / "backups"

    # --- open and close ----------------------------------------------------------------
    def _acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise VaultInUseError(
                _(
                    "The vault '{name}' is already open in another CareMatch window. Close it "
                    "there first (or wait a moment if it is closing)."
                ).format(name=self.name)
            ) from exc

    def _open(self, *, new: bool = False) -> None:
        """Take the lock and connect (the key is already known)."""
        self._acquire()
        try:
            with plain_errors(self.folder):
                self._connect(new=new)
        except BaseException:
            self.close()
            raise

    def _damaged(self, what: str) -> VaultCorruptError:
        return VaultCorruptError(
            _("{problem} Nothing has been changed. You can restore the newest good backup.").format(
                problem=what
            ),
            [p.name for p in self.list_backups()],
        )

    def _connect(self, *, new: bool = False, peek: bool = False) -> None:
        for sub in ("attachments", "backups", DB_FILE):
            safefile.refuse_link(self.folder / sub)
        if not new:
            try:
                size = os.lstat(self.db_path).st_size
            except FileNotFoundError:
                raise self._damaged(_("The journal database is missing.")) from None
            if size == 0 or size % 512:
                raise self._damaged(_("The journal database is empty or cut short."))
        try:
            self._conn = db.connect(self.db_path, self._key)
        except VaultCorruptError as exc:
            if looks_full(exc, self.folder):
                raise DiskFullError(disk_full_message(self.folder)) from None
            raise self._damaged(str(exc)) from exc
        for suffix in ("", "-wal", "-shm"):
            _private_file(Path(str(self.db_path) + suffix))
        if not new:
            problems = db.quick_check(self._conn)
            if problems and looks_full(Exception(problems[0]), self.folder):
                raise DiskFullError(disk_full_message(self.folder))
            if problems:
                raise self._damaged(_("The journal database is damaged."))
        if peek and schema.stored_revision(self._conn) == schema.HEAD_REVISION:
            return  # only reading a summary: no ORM, no backup
        self.engine = db.make_engine(self._conn)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._migrate(new)  # a vault from an older release: backed up, then brought up to date
        if not new and not peek:
            self._scheduled_backup()

    def _migrate(self, new: bool) -> None:
        assert self.engine is not None
        with self.engine.connect() as conn:
            needed = schema.needs_upgrade(conn)
            had_schema = schema.current_revision(conn) is not None
        if not had_schema and not new:
            raise self._damaged(
                _("The journal database holds no journal (it may have been emptied).")
            )
        if not needed:
            return
        if had_schema:
            self.backup("before-migration")
        with self.engine.begin() as conn:
            schema.upgrade(conn)

    def _disconnect(self) -> None:
        """Close the database, keeping the vault's lock."""
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self._conn is not None:
            with suppress(db.DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
        self._sessions = None

    def close(self) -> None:
        self._disconnect()
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
            raise VaultError(_("This vault is locked. Open it again to continue."))
        with self._guard, self._sessions.begin() as session:
            yield session

    def read_rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        """Plain SQL, for quick reads across many vaults (a caseload's summaries), where
        setting up the ORM for each vault would cost more than the reading."""
        if self._conn is None:
            raise VaultError(_("This vault is locked. Open it again to continue."))
        with self._guard:
            return list(self._conn.execute(sql, params).fetchall())

    # --- checks, backups and restore ----------------------------------------------------
    def check(self) -> list[str]:
        """Full integrity check of the database, and of every text value in it: an empty list
        means healthy. (The journal layer adds the attachments' checks.)"""
        if self._conn is None:
            raise VaultError(_("Open the vault before checking it."))
        with self._guard:
            problems = db.integrity_check(self._conn)
            problems += [
                _("damaged text in {where}").format(where=where)
                for where in db.damaged_text(self._conn)
            ]
        return problems

    def list_backups(self) -> list[Path]:
        return backups.list_backups(self.backups_dir)

    def backup(self, reason: str = "manual", *, pinned: tuple[Path, ...] = ()) -> Path:
        if self._conn is None:
            raise VaultError(_("Open the vault before backing it up."))
        with self._guard, plain_errors(self.folder):
            return backups.make_backup(
                self._conn,
                self.backups_dir,
                reason,
                key=self._key,
                keep=self.meta.backups_keep,
                pinned=pinned,
            )

    def _scheduled_backup(self) -> None:
        newest = self.list_backups()[:1]
        if newest:
            made = dt.datetime.fromtimestamp(newest[0].stat().st_mtime, dt.UTC)
            if backups.now() - made.replace(tzinfo=None) < BACKUP_EVERY:
                return
        try:
            self.backup("scheduled")
        except (VaultError, OSError, db.DatabaseError) as exc:  # a full disk, a link, …
            reason = (
                str(exc)
                if isinstance(exc, VaultError)
                else _("The backups folder cannot be written.")
            )
            self.warnings.append(
                _(
                    "Today's automatic backup could not be made, so the newest backup is older. "
                    "{reason}"
                ).format(reason=reason)
            )

    def restore(self, backup: Path) -> None:
        """Replace the database with a backup, after checking the backup is good.

        The current database is backed up first (or, when it is too damaged to back up, kept
        as a copy), so a restore can itself be undone. A crash leaves the old database or the
        restored one.
        """
        backup = self._resolve_backup(backup)
        problem = self._put_back(backup)
        if problem is not None:
            raise VaultCorruptError(
                _("The backup {name} cannot be used ({problem}); choose another.").format(
                    name=backup.name, problem=problem
                )
            )

    def restore_newest_good(self) -> Path:
        """Restore the newest backup that passes every check (damaged ones are skipped)."""
        for candidate in self.list_backups():
            if self._put_back(candidate) is None:
                return candidate
        raise VaultCorruptError(_("No good backup was found. Keep the vault folder safe."))

    def _put_back(self, backup: Path) -> str | None:
        """Copy a backup beside the database, check the copy (the bytes that will be used),
        and only then switch to it. Returns why the backup can't be used, or None when done."""
        staging = self.folder / change.STAGE
        with self._guard, plain_errors(self.folder):
            safefile.remove_tree(staging, overwrite=True)
            safefile.private_dir(staging)
            try:
                staged = staging / DB_FILE
                safefile.copy_new(backup, staged)
                check = backups.verify(staged, self._key)
                if not check.good:
                    return check.problem
                if self._conn is not None and not db.quick_check(self._conn):
                    self.backup("before-restore", pinned=(backup,))
                else:
                    backups.keep_damaged_copy(self.db_path, self.backups_dir)
                self._disconnect()
                for suffix in db.SIDE_FILES:
                    Path(str(self.db_path) + suffix).unlink(missing_ok=True)
                os.replace(staged, self.db_path)  # the restore happens here, all at once
                safefile.fsync_dir(self.folder)
            finally:
                safefile.remove_tree(staging, overwrite=True)
            self._connect()
        return None

    def _resolve_backup(self, backup: Path) -> Path:
        candidate = self.backups_dir / Path(backup).name
        names = {p.name for p in self.list_backups()}
        if Path(backup).name not in names:
            raise VaultError(
                _(
                    "There is no backup called '{name}'. Choose one from the list of this "
                    "vault's backups."
                ).format(name=Path(backup).name)
            )
        return candidate

    # --- protection -----------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key; the database itself is untouched (one atomic write)."""
        check_passphrase(new_passphrase)
        if not self.protected or self._key is None:
            raise VaultError(
                _("This vault has no passphrase yet, so there is none to change. Add one instead.")
            )
        updated = self.meta.model_copy(
            update={"passphrase_key": KeyRecord.of(crypto.wrap(self._key, new_passphrase))}
        )
        with plain_errors(self.folder):
            write_meta(self.folder, updated)
        self.meta = updated

    def wrap_for_practitioner(self, practitioner: PractitionerKey) -> None:
        """Let the practitioner's key open this vault too (one atomic write of vault.json)."""
        if not self.protected or self._key is None:
            raise VaultError(
                _(
                    "Only a vault with a passphrase can join a caseload: without one it is not "
                    "encrypted, so there is no key to share. Add a passphrase first."
                )
            )
        self._set_practitioner(practitioner.wrap(self._key))

    def unwrap_practitioner(self) -> bool:
        """Remove the practitioner's copy of the key; the client's own keys are untouched.
        Returns whether there was one."""
        if self.meta.practitioner is None:
            return False
        self._set_practitioner(None)
        return True

    def _set_practitioner(self, wrap: PractitionerWrap | None) -> None:
        updated = self.meta.model_copy(update={"practitioner": wrap})
        with plain_errors(self.folder):
            write_meta(self.folder, updated)
        self.meta = updated

    def protect(self, passphrase: str, step: change.Step | None = None) -> str:
        """Encrypt an unprotected vault; returns the new recovery code (show it once)."""
        check_passphrase(passphrase)
        if self.protected:
            raise VaultError(_("This vault already has a passphrase. Change it instead."))
        if self._conn is None:
            raise VaultError(_("Open the vault first."))
        with self._guard, plain_errors(self.folder):
            key, code = change.protect(
                self.folder,
                self.meta,
                self._conn,
                passphrase,
                self._disconnect,
                step or change._ignore,
            )
            self._key = key
            self._connect()
        return code

    def unprotect(self, step: change.Step | None = None) -> None:
        if not self.protected:
            return
        if self._conn is None or self._key is None:
            raise VaultError(_("Open the vault first."))
        with self._guard, plain_errors(self.folder):
            change.unprotect(
                self.folder,
                self.meta,
                self._conn,
                self._key,
                self._disconnect,
                step or change._ignore,
            )
            self._key = None
            self._connect()

    # --- attachments ----------------------------------------------------------------------
    def _attachment_path(self, uid: str) -> Path:
        if not UID.match(uid):
            raise VaultError(
                _("An attachment has a name CareMatch never makes; it was not opened.")
            )
        return self.attachments_dir / f"{uid}.bin"

    def write_attachment(self, uid: str, data: bytes) -> str:
        """Store a file's bytes under its uid; returns the SHA-256 of the plain bytes."""
        path = self._attachment_path(uid)
        with plain_errors(self.folder):
            safefile.private_dir(self.attachments_dir)
            stored = crypto.encrypt_bytes(self._key, data) if self._key else data
            safefile.write_atomic(path, stored)
        return hashlib.sha256(data).hexdigest()

    def read_attachment_file(self, path: Path) -> bytes:
        with plain_errors(self.folder):
            blob = safefile.read_regular(path, MAX_ATTACHMENT_BYTES)
        return crypto.decrypt_bytes(self._key, blob) if self._key else blob

    def read_attachment(self, uid: str) -> bytes:
        return self.read_attachment_file(self._attachment_path(uid))

    def delete_attachment(self, uid: str) -> None:
        path = self._attachment_path(uid)
        if os.path.lexists(path):
            safefile.overwrite_and_remove(path)
