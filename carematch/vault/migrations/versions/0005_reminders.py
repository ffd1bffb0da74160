"""Gentle reminders: per-vault reminder settings, per-goal snooze and stop, and a spell
"without it" on an experiment to see whether it really helps.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goals") as batch:
        batch.add_column(sa.Column("remind", sa.Boolean(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))
    with op.batch_alter_table("experiments") as batch:
        batch.add_column(sa.Column("without_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("without_until", sa.Date(), nullable=True))
    op.create_table(
        "reminder_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("notify", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("at_time", sa.String(length=5), nullable=False, server_default="19:00"),
        sa.Column("quiet_from", sa.String(length=5), nullable=False, server_default="21:30"),
        sa.Column("quiet_to", sa.String(length=5), nullable=False, server_default="08:00"),
        sa.Column("per_day", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("personal", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("on_start", sa.Boolean(), nullable=False, server_default="1"),
        sa.Column("last_sent_on", sa.Date(), nullable=True),
        sa.Column("sent_that_day", sa.Integer(), nullable=False, server_default="0"),
        sa.CheckConstraint("per_day BETWEEN 1 AND 3", name="per_day_range"),
    )


def downgrade() -> None:
    op.drop_table("reminder_settings")
    with op.batch_alter_table("experiments") as batch:
        batch.drop_column("without_until")
        batch.drop_column("without_from")
    with op.batch_alter_table("goals") as batch:
        batch.drop_column("snoozed_until")
        batch.drop_column("remind")
