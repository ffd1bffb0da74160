"""The circle of support's tables, in the same vault as the journal (migration 0006).

A person's vault lists their supporters and what came from them; a supporter's vault lists
the people they support and the last summary each sent. Both hold their own circle keys.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carematch.journal.models import Base, new_uid, utcnow

SHARES = ("nothing", "summary", "checkins")  # what a supporter may see in return


class CircleIdentity(Base):
    """This vault's own circle keys (one row, made when first needed)."""

    __tablename__ = "circle_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    circle_id: Mapped[str] = mapped_column(String(32), default=new_uid)
    agree_key: Mapped[bytes] = mapped_column(LargeBinary)
    sign_key: Mapped[bytes] = mapped_column(LargeBinary)
    my_name: Mapped[str] = mapped_column(Text, default="")  # how supporters know me
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Supporter(Base):
    """Someone the person invited: a daughter, a support worker, a peer, the OT."""

    __tablename__ = "circle_supporters"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text)
    relationship: Mapped[str] = mapped_column(Text, default="")
    invite_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    status: Mapped[str] = mapped_column(String(10), default="invited")  # active, revoked
    circle_id: Mapped[str | None] = mapped_column(String(32), default=None)  # theirs
    agree_public: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    sign_public: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    shares: Mapped[str] = mapped_column(String(10), default="nothing")
    shared_goals: Mapped[str] = mapped_column(Text, default="")  # goal uids, space-separated
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Supported(Base):
    """On a supporter's computer: a person who invited them, and what they last shared."""

    __tablename__ = "circle_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    circle_id: Mapped[str] = mapped_column(String(32), unique=True)
    agree_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    my_name: Mapped[str] = mapped_column(Text)  # how they know me
    summary: Mapped[str] = mapped_column(Text, default="")  # the last summary, as JSON
    summary_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class InboxItem(Base):
    """One item from a supporter's notes file, waiting for the person to decide."""

    __tablename__ = "circle_inbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    supporter_id: Mapped[int] = mapped_column(
        ForeignKey("circle_supporters.id", ondelete="CASCADE"), index=True
    )
    file_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(10))  # note, idea, checkin
    item: Mapped[str] = mapped_column(Text)  # the item as JSON, checked on import
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # accepted, declined
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SeenFile(Base):
    """Every circle file already taken in, so the same file is never taken twice."""

    __tablename__ = "circle_seen"

    file_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class GoalNote(Base):
    """A note on a goal, with whose words it is (a supporter's, once the person accepted it)."""

    __tablename__ = "goal_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")  # "" is the person themselves
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


__all__ = [
    "SHARES",
    "CircleIdentity",
    "GoalNote",
    "InboxItem",
    "SeenFile",
    "Supported",
    "Supporter",
]
