"""Experiments that end in a decision: a review date, a check-in rhythm, the decision's note.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("experiments") as batch:
        batch.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("rhythm", sa.String(length=20), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("decision_note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("experiments") as batch:
        batch.drop_column("decision_note")
        batch.drop_column("rhythm")
        batch.drop_column("review_on")
