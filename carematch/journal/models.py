"""The journal's tables (SQLAlchemy 2 typed ORM).

Every row has a stable `uid` so exports and imports keep identity across vaults. Rows that a
person deletes are soft-deleted first (`deleted_at`), so a delete can be undone for a short
while; the service purges them for good afterwards (with SQLite's secure_delete on).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from carematch.journal.enums import QUEST_ITEMS, ExperimentStatus, GoalStatus, MarkKind, Rhythm

__all__ = [
    "Adaptation",
    "Attachment",
    "Base",
    "CheckIn",
    "Experiment",
    "ExperimentStatus",
    "Goal",
    "GoalStatus",
    "Mark",
    "MarkKind",
    "QuestRating",
    "ReminderSettings",
    "Rhythm",
    "Tag",
    "Tagging",
]


def new_uid() -> str:
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


def _enum(kind: type[enum.Enum], name: str) -> Enum:
    return Enum(
        kind,
        name=name,
        native_enum=False,
        validate_strings=True,
        values_callable=lambda k: [m.value for m in k],
        length=20,
    )


class Goal(Base):
    __tablename__ = "goals"
    __table_args__ = (CheckConstraint("importance BETWEEN 1 AND 10", name="importance_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    text: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    importance: Mapped[int] = mapped_column(Integer, default=5)
    gas_minus2: Mapped[str] = mapped_column(Text, default="")
    gas_minus1: Mapped[str] = mapped_column(Text, default="")
    gas_0: Mapped[str] = mapped_column(Text, default="")
    gas_plus1: Mapped[str] = mapped_column(Text, default="")
    gas_plus2: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[GoalStatus] = mapped_column(
        _enum(GoalStatus, "goal_status"), default=GoalStatus.ACTIVE
    )
    remind: Mapped[bool] = mapped_column(Boolean, default=True)  # False: stop reminding me
    snoozed_until: Mapped[dt.date | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    experiments: Mapped[list[Experiment]] = relationship(back_populates="goal")
    checkins: Mapped[list[CheckIn]] = relationship(back_populates="goal")

    def gas_levels(self) -> dict[int, str]:
        return {
            -2: self.gas_minus2,
            -1: self.gas_minus1,
            0: self.gas_0,
            1: self.gas_plus1,
            2: self.gas_plus2,
        }


class Adaptation(Base):
    """Something a person made or worked out themselves: their own ingenuity."""

    __tablename__ = "adaptations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(Text)
    what: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")  # "" is the person; else a supporter
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Experiment(Base):
    __tablename__ = "experiments"
    __table_args__ = (CheckConstraint("cost_pence IS NULL OR cost_pence >= 0", name="cost_ok"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    entry_id: Mapped[str | None] = mapped_column(String(80), default=None)
    adaptation_id: Mapped[int | None] = mapped_column(
        ForeignKey("adaptations.id", ondelete="SET NULL"), default=None
    )
    expectation: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    cost_pence: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[ExperimentStatus] = mapped_column(
        _enum(ExperimentStatus, "experiment_status"), default=ExperimentStatus.PLANNED
    )
    outcome: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[dt.date | None] = mapped_column(default=None)  # when to decide
    rhythm: Mapped[str] = mapped_column(String(20), default="")  # how often to check in
    decision_note: Mapped[str] = mapped_column(Text, default="")
    # A few days "without it" to see if it really helps (check-ins then count as without).
    without_from: Mapped[dt.date | None] = mapped_column(default=None)
    without_until: Mapped[dt.date | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    goal: Mapped[Goal] = relationship(back_populates="experiments")


class CheckIn(Base):
    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint("performance BETWEEN 1 AND 10", name="performance_range"),
        CheckConstraint("satisfaction BETWEEN 1 AND 10", name="satisfaction_range"),
        CheckConstraint("gas_level IS NULL OR gas_level BETWEEN -2 AND 2", name="gas_range"),
        CheckConstraint("effort IS NULL OR effort BETWEEN 0 AND 10", name="effort_range"),
        CheckConstraint("pain IS NULL OR pain BETWEEN 0 AND 10", name="pain_range"),
        CheckConstraint("fatigue IS NULL OR fatigue BETWEEN 0 AND 10", name="fatigue_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    experiment_id: Mapped[int | None] = mapped_column(
        ForeignKey("experiments.id", ondelete="SET NULL"), default=None
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    performance: Mapped[int] = mapped_column(Integer)
    satisfaction: Mapped[int] = mapped_column(Integer)
    gas_level: Mapped[int | None] = mapped_column(Integer, default=None)
    effort: Mapped[int | None] = mapped_column(Integer, default=None)
    pain: Mapped[int | None] = mapped_column(Integer, default=None)
    fatigue: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")  # "" is the person; else a supporter
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    goal: Mapped[Goal] = relationship(back_populates="checkins")


class Attachment(Base):
    """A photo or file kept with a check-in or an adaptation (encrypted in protected vaults)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), default=None, index=True
    )
    adaptation_id: Mapped[int | None] = mapped_column(
        ForeignKey("adaptations.id", ondelete="CASCADE"), default=None, index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Mark(Base):
    """A person's own verdict on a catalogue idea; it feeds the matcher."""

    __tablename__ = "marks"

    entry_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[MarkKind] = mapped_column(_enum(MarkKind, "mark_kind"))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Shortlisted(Base):
    """An idea kept to weigh up against others (an OT's shortlist for one person)."""

    __tablename__ = "shortlist"

    entry_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class QuestRating(Base):
    """Satisfaction with a device after trying it, in the style of QUEST (8 items, 1 to 5)."""

    __tablename__ = "quest_ratings"
    __table_args__ = tuple(
        CheckConstraint(f"{item} IS NULL OR {item} BETWEEN 1 AND 5", name=f"{item}_range")
        for item in QUEST_ITEMS
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    experiment_id: Mapped[int] = mapped_column(
        ForeignKey("experiments.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    dimensions: Mapped[int | None] = mapped_column(Integer, default=None)
    weight: Mapped[int | None] = mapped_column(Integer, default=None)
    adjustments: Mapped[int | None] = mapped_column(Integer, default=None)
    safety: Mapped[int | None] = mapped_column(Integer, default=None)
    durability: Mapped[int | None] = mapped_column(Integer, default=None)
    ease_of_use: Mapped[int | None] = mapped_column(Integer, default=None)
    comfort: Mapped[int | None] = mapped_column(Integer, default=None)
    effectiveness: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    def scores(self) -> dict[str, int | None]:
        return {item: getattr(self, item) for item in QUEST_ITEMS}


class ReminderSettings(Base):
    """How this vault's reminders behave (one row). Kept in the vault, so each person's
    choices travel with their journal and nothing about them is readable while it is locked."""

    __tablename__ = "reminder_settings"
    __table_args__ = (CheckConstraint("per_day BETWEEN 1 AND 3", name="per_day_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    notify: Mapped[bool] = mapped_column(Boolean, default=False)  # desktop notifications
    at_time: Mapped[str] = mapped_column(String(5), default="19:00")
    quiet_from: Mapped[str] = mapped_column(String(5), default="21:30")
    quiet_to: Mapped[str] = mapped_column(String(5), default="08:00")
    per_day: Mapped[int] = mapped_column(Integer, default=1)
    personal: Mapped[bool] = mapped_column(Boolean, default=False)  # goal words in notices
    on_start: Mapped[bool] = mapped_column(Boolean, default=True)  # "You last checked in…"
    last_sent_on: Mapped[dt.date | None] = mapped_column(default=None)
    sent_that_day: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class Tagging(Base):
    __tablename__ = "taggings"
    __table_args__ = (UniqueConstraint("tag_id", "goal_id", "adaptation_id", name="one_tagging"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goals.id", ondelete="CASCADE"), default=None
    )
    adaptation_id: Mapped[int | None] = mapped_column(
        ForeignKey("adaptations.id", ondelete="CASCADE"), default=None
    )
