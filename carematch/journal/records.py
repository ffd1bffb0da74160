"""Journal rows as plain data (for export) and back again (for import), checked by pydantic."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import inspect

from carematch.circle.models import GoalNote
from carematch.journal.models import (
    Adaptation,
    Attachment,
    Base,
    CheckIn,
    Experiment,
    ExperimentStatus,
    Goal,
    GoalStatus,
    Mark,
    MarkKind,
    QuestRating,
    ReminderSettings,
    Rhythm,
    Shortlisted,
    Tag,
    Tagging,
)

Text = Field(default="", max_length=20_000)
Uid = Field(pattern=r"^[0-9a-f]{32}$")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class GoalRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    text: str = Field(min_length=1, max_length=20_000)
    why: str = Text
    importance: int = Field(ge=1, le=10)
    gas_minus2: str = Text
    gas_minus1: str = Text
    gas_0: str = Text
    gas_plus1: str = Text
    gas_plus2: str = Text
    status: GoalStatus
    remind: bool = True
    snoozed_until: dt.date | None = None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None


class AdaptationRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    title: str = Field(min_length=1, max_length=20_000)
    what: str = Text
    materials: str = Text
    steps: str = Text
    author: str = Field(default="", max_length=200)
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None


class ExperimentRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    goal_id: int
    title: str = Field(min_length=1, max_length=20_000)
    entry_id: str | None = Field(default=None, max_length=80)
    adaptation_id: int | None = None
    expectation: str = Text
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    cost_pence: int | None = Field(default=None, ge=0)
    status: ExperimentStatus
    outcome: str = Text
    review_on: dt.date | None = None
    rhythm: Rhythm = Rhythm.NONE
    decision_note: str = Text
    without_from: dt.date | None = None
    without_until: dt.date | None = None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None


class CheckInRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    goal_id: int
    experiment_id: int | None = None
    at: dt.datetime
    performance: int = Field(ge=1, le=10)
    satisfaction: int = Field(ge=1, le=10)
    gas_level: int | None = Field(default=None, ge=-2, le=2)
    effort: int | None = Field(default=None, ge=0, le=10)
    pain: int | None = Field(default=None, ge=0, le=10)
    fatigue: int | None = Field(default=None, ge=0, le=10)
    note: str = Text
    author: str = Field(default="", max_length=200)
    created_at: dt.datetime
    deleted_at: dt.datetime | None = None


class AttachmentRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    checkin_id: int | None = None
    adaptation_id: int | None = None
    filename: str = Field(min_length=1, max_length=255)
    media_type: str = Field(max_length=100)
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    created_at: dt.datetime


class QuestRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    experiment_id: int
    at: dt.datetime
    dimensions: int | None = Field(default=None, ge=1, le=5)
    weight: int | None = Field(default=None, ge=1, le=5)
    adjustments: int | None = Field(default=None, ge=1, le=5)
    safety: int | None = Field(default=None, ge=1, le=5)
    durability: int | None = Field(default=None, ge=1, le=5)
    ease_of_use: int | None = Field(default=None, ge=1, le=5)
    comfort: int | None = Field(default=None, ge=1, le=5)
    effectiveness: int | None = Field(default=None, ge=1, le=5)
    note: str = Text


class MarkRecord(_Record):
    entry_id: str = Field(min_length=1, max_length=80)
    kind: MarkKind
    note: str = Text
    at: dt.datetime


class ShortlistRecord(_Record):
    entry_id: str = Field(min_length=1, max_length=80)
    note: str = Text
    at: dt.datetime


Clock = Field(default="19:00", pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


class ReminderRecord(_Record):
    id: int = Field(ge=1)
    notify: bool = False
    at_time: str = Clock
    quiet_from: str = Clock
    quiet_to: str = Clock
    per_day: int = Field(default=1, ge=1, le=3)
    personal: bool = False
    on_start: bool = True
    last_sent_on: dt.date | None = None
    sent_that_day: int = Field(default=0, ge=0)


class GoalNoteRecord(_Record):
    id: int = Field(ge=1)
    uid: str = Uid
    goal_id: int
    text: str = Field(min_length=1, max_length=20_000)
    author: str = Field(default="", max_length=200)
    at: dt.datetime
    created_at: dt.datetime
    deleted_at: dt.datetime | None = None


class TagRecord(_Record):
    id: int = Field(ge=1)
    name: str = Field(min_length=1, max_length=60)


class TaggingRecord(_Record):
    id: int = Field(ge=1)
    tag_id: int
    goal_id: int | None = None
    adaptation_id: int | None = None


# Order matters: parents before children, so foreign keys hold while importing.
KINDS: tuple[tuple[str, type[Base], type[_Record]], ...] = (
    ("goals", Goal, GoalRecord),
    ("adaptations", Adaptation, AdaptationRecord),
    ("experiments", Experiment, ExperimentRecord),
    ("checkins", CheckIn, CheckInRecord),
    ("attachments", Attachment, AttachmentRecord),
    ("quest_ratings", QuestRating, QuestRecord),
    ("marks", Mark, MarkRecord),
    ("shortlist", Shortlisted, ShortlistRecord),
    ("reminder_settings", ReminderSettings, ReminderRecord),
    ("goal_notes", GoalNote, GoalNoteRecord),
    ("tags", Tag, TagRecord),
    ("taggings", Tagging, TaggingRecord),
)


def row_to_plain(row: Base) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in inspect(type(row)).columns:
        value = getattr(row, column.key)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        elif hasattr(value, "value"):  # enums
            value = value.value
        out[column.key] = value
    return out


def plain_to_row(model: type[Base], record: _Record) -> Base:
    return model(**record.model_dump())
