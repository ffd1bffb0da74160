"""Device satisfaction ratings in the QUEST style (eight items scored 1 to 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ITEMS = (
    "dimensions",
    "weight",
    "adjustments",
    "safety",
    "durability",
    "ease_of_use",
    "comfort",
    "effectiveness",
)


def upgrade() -> None:
    op.create_table(
        "quest_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *[sa.Column(item, sa.Integer(), nullable=True) for item in ITEMS],
        sa.Column("note", sa.Text(), nullable=False),
        *[
            sa.CheckConstraint(f"{item} IS NULL OR {item} BETWEEN 1 AND 5", name=f"{item}_range")
            for item in ITEMS
        ],
        sa.ForeignKeyConstraint(["experiment_id"], ["experiments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    op.create_index("ix_quest_ratings_experiment_id", "quest_ratings", ["experiment_id"])


def downgrade() -> None:
    op.drop_index("ix_quest_ratings_experiment_id", table_name="quest_ratings")
    op.drop_table("quest_ratings")
