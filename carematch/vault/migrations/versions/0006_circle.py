"""The circle of support: this vault's circle keys, supporters (or the people supported),
notes waiting for a decision, files already taken in, goal notes, and whose words a check-in
or an adaptation is.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("checkins", "adaptations"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("author", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "circle_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("circle_id", sa.String(length=32), nullable=False),
        sa.Column("agree_key", sa.LargeBinary(), nullable=False),
        sa.Column("sign_key", sa.LargeBinary(), nullable=False),
        sa.Column("my_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "circle_supporters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(length=32), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relationship", sa.Text(), nullable=False, server_default=""),
        sa.Column("invite_id", sa.String(length=32), nullable=False, unique=True),
        sa.Column("status", sa.String(length=10), nullable=False, server_default="invited"),
        sa.Column("circle_id", sa.String(length=32), nullable=True),
        sa.Column("agree_public", sa.LargeBinary(), nullable=True),
        sa.Column("sign_public", sa.LargeBinary(), nullable=True),
        sa.Column("shares", sa.String(length=10), nullable=False, server_default="nothing"),
        sa.Column("shared_goals", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "circle_people",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("circle_id", sa.String(length=32), nullable=False, unique=True),
        sa.Column("agree_public", sa.LargeBinary(), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("my_name", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("summary_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "circle_inbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "supporter_id",
            sa.Integer(),
            sa.ForeignKey("circle_supporters.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("file_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False, server_default="pending"),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "circle_seen",
        sa.Column("file_id", sa.String(length=32), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "goal_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(length=32), nullable=False, unique=True),
        sa.Column(
            "goal_id",
            sa.Integer(),
            sa.ForeignKey("goals.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    for table in (
        "goal_notes",
        "circle_seen",
        "circle_inbox",
        "circle_people",
        "circle_supporters",
        "circle_identity",
    ):
        op.drop_table(table)
    for table in ("adaptations", "checkins"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("author")
