"""Sharing what worked, anonymously: this vault's random contributor id, and the randomised
answer kept for each experiment (so sharing again never re-randomises the same truth).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pooled_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contributor", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "pooled_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "experiment_id",
            sa.Integer(),
            sa.ForeignKey("experiments.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("truth", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("change", sa.String(length=30), nullable=False),
        sa.Column("duration", sa.String(length=30), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pooled_answers")
    op.drop_table("pooled_identity")
