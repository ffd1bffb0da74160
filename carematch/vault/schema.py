"""Schema migrations with alembic, shipped inside the package and applied on open.

Opening a vault only reads the stored revision with plain SQL; alembic (slow to import) is
loaded only when a vault really needs upgrading. HEAD_REVISION must name the newest script in
migrations/versions (a test checks it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0007"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision, as alembic's scripts say (used by tests and upgrades)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if exists is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def stored_revision(dbapi_connection: Any) -> str | None:
    """The same as current_revision, on a plain DB-API connection (no SQLAlchemy engine)."""
    exists = dbapi_connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return None
    row = dbapi_connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def needs_upgrade(connection: Connection) -> bool:
    return current_revision(connection) != HEAD_REVISION


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, target)
