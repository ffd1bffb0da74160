"""The vault's side of sharing what worked (migration 0007).

The contributor id is random and used for nothing but letting a newer contribution replace
this vault's older one. Each experiment's randomised answers are kept with the true answers
they were drawn for: sharing again with the same truth reuses them, so repeated files tell a
collector no more than one file does (as in RAPPOR's "permanent" randomised response).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carematch.journal.models import Base, new_uid, utcnow


class PooledIdentity(Base):
    __tablename__ = "pooled_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    contributor: Mapped[str] = mapped_column(String(32), default=new_uid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PooledAnswer(Base):
    __tablename__ = "pooled_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(
        ForeignKey("experiments.id", ondelete="CASCADE"), unique=True
    )
    truth: Mapped[str] = mapped_column(Text)  # "kept|better|2 to 8 weeks"
    outcome: Mapped[str] = mapped_column(String(20))
    change: Mapped[str] = mapped_column(String(30))
    duration: Mapped[str] = mapped_column(String(30))
