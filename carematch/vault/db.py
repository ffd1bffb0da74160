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

from carematch.vault.errors import VaultCorruptError, WrongPassphraseError

DatabaseError = sqlcipher.DatabaseError


def connect(path: Path, key: bytes | None) -> Any:
    """Open the database file, unlock it and apply the pragmas. Raises on a wrong key."""
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
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
                    "The key does not open this database. If you restored files by hand, "
                    "make sure vault.json and journal.db come from the same vault."
                ) from exc
            raise VaultCorruptError(f"The journal database cannot be read ({exc}).") from exc
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


def backup_to(conn: Any, dest: Path) -> None:
    """A consistent copy of the live database (encrypted with the same key when protected)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        dest.unlink()
    conn.execute("VACUUM INTO ?", (str(dest),))
