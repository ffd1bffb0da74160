"""One SQLCipher connection per open vault, with the durability settings we promise.

The same library opens protected (a raw 256-bit key) and unprotected vaults. WAL keeps
readers and the writer apart; synchronous=FULL makes every commit survive power loss;
secure_delete overwrites deleted content.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from carematch import safefile
from carematch.i18n import _, ngettext
from carematch.vault.errors import VaultCorruptError, WrongPassphraseError

DatabaseError = sqlcipher.DatabaseError


SIDE_FILES = ("-wal", "-shm", "-journal")


def _text(value: bytes) -> str:
    # A damaged byte inside a text value must not crash a screen or an export, nor put the
    # journal's words into an error message: it is shown as the replacement character, and
    # `vault check` reports where it is (see damaged_text).
    return value.decode("utf-8", "replace")


def connect(path: Path, key: bytes | None, *, wal: bool = True) -> Any:
    """Open the database file, unlock it and apply the pragmas. Raises on a wrong key.

    A link where the database or its side files belong is refused, never followed. With
    wal=False the file is only read (for checking a backup): its journal mode is left alone.
    """
    for suffix in ("", *SIDE_FILES):
        safefile.refuse_link(Path(str(path) + suffix))
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.text_factory = _text
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (DatabaseError, UnicodeDecodeError, ValueError) as exc:
            if key is not None and "not a database" in str(exc):
                raise WrongPassphraseError(
                    _(
                        "The key does not open this database. If you restored files by hand, "
                        "make sure vault.json and journal.db come from the same vault."
                    )
                ) from exc
            raise VaultCorruptError(
                _("The journal database cannot be read ({error}).").format(error=exc)
            ) from exc
        # Sorting and temporary tables stay in memory: plaintext never reaches a temp file.
        conn.execute("PRAGMA temp_store = MEMORY")
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")
    except Exception:
        conn.close()
        raise
    return conn


def _check(conn: Any, pragma: str) -> list[str]:
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except (DatabaseError, UnicodeDecodeError, ValueError) as exc:
        return [str(exc)]
    return [r[0] for r in rows if r[0] != "ok"]


def quick_check(conn: Any) -> list[str]:
    """SQLite's quick integrity check: an empty list means healthy."""
    return _check(conn, "quick_check")


def integrity_check(conn: Any) -> list[str]:
    """The full check (slower): used by `vault check` and before restoring a backup."""
    return _check(conn, "integrity_check")


def make_engine(conn: Any) -> Engine:
    """An SQLAlchemy engine over our one connection (sessions never cross threads)."""
    engine = create_engine(
        "sqlite://", creator=lambda: conn, poolclass=StaticPool, module=sqlcipher
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every table: proof a copy can be read all the way through."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def damaged_text(conn: Any) -> list[str]:
    """Where text values are not valid UTF-8 (a flipped byte): 'goals.note (1 value)'. The text
    itself is never quoted."""
    tables = {
        t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in table_counts(conn)
    }
    found = []
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, columns in tables.items():
            for column in columns:
                rows = conn.execute(
                    f'SELECT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                )
                bad = sum(1 for (value,) in rows if not _is_utf8(value))
                if bad:
                    found.append(
                        ngettext("{where} ({n} value)", "{where} ({n} values)", bad).format(
                            where=f"{table}.{column}", n=bad
                        )
                    )
    finally:
        conn.text_factory = previous
    return found


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def export_to(conn: Any, dest: Path, key: bytes | None) -> None:
    """Copy the whole database into a new file under another key (None: no encryption), then
    flush it. Used to add or remove a passphrase and to re-key backups."""
    key_sql = f"x'{key.hex()}'" if key else ""
    conn.execute(f'ATTACH DATABASE ? AS rekeyed KEY "{key_sql}"', (str(dest),))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')")
    finally:
        conn.execute("DETACH DATABASE rekeyed")
    safefile.refuse_link(dest)
    safefile.fsync_file(dest)
