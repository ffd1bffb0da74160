"""Alembic environment: always given a live connection by carematch.vault.schema.

The scripts in versions/ are plain alembic operations, so upgrading needs no model classes
(and the vault layer never imports the journal's)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
