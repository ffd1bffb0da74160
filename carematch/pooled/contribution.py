"""One person's contribution: per finished experiment with a catalogue idea, only the idea's
id, its area, kept or stopped, a change band and a duration band — the last three randomised
here, on the person's computer. No text, no dates finer than a quarter, and no identifier but
a random per-vault id (used only so a newer contribution replaces an older one)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from carematch.evidence.scales import MEANINGFUL_CHANGE
from carematch.journal.enums import ExperimentStatus
from carematch.pooled.randomised import randomise

FORMAT: Literal["carematch-contribution"] = "carematch-contribution"
EPSILON = 1.0  # per randomised answer
OUTCOMES = ("kept", "stopped")
CHANGES = ("worse", "no change", "better", "meaningfully better")
DURATIONS = ("under 2 weeks", "2 to 8 weeks", "over 8 weeks")
RANDOMISED = 3  # answers per experiment
MAX_EXPERIMENTS = 200


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Answer(_Strict):
    entry: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")
    area: str = Field(pattern=r"^[a-z0-9-]{1,40}$")
    outcome: Literal["kept", "stopped"]
    change: Literal["worse", "no change", "better", "meaningfully better"]
    duration: Literal["under 2 weeks", "2 to 8 weeks", "over 8 weeks"]


class Contribution(_Strict):
    format: Literal["carematch-contribution"]
    version: Literal[1]
    contributor: str = Field(pattern=r"^[0-9a-f]{32}$")
    quarter: str = Field(pattern=r"^20[0-9]{2}-Q[1-4]$")
    epsilon_per_answer: float = Field(gt=0, le=10)
    epsilon_total: float = Field(gt=0, le=10 * RANDOMISED * MAX_EXPERIMENTS)
    answers: list[Answer] = Field(min_length=1, max_length=MAX_EXPERIMENTS)


# entry id, area, status, change in how well it went, start, end
Finished = tuple[str, str, ExperimentStatus, float | None, dt.date | None, dt.date | None]


def quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def change_band(change: float | None) -> str:
    if change is None or abs(change) < 0.5:
        return "no change"
    if change < 0:
        return "worse"
    return "meaningfully better" if change >= MEANINGFUL_CHANGE else "better"


def duration_band(start: dt.date | None, end: dt.date | None) -> str:
    days = (end - start).days if start and end else 0
    return DURATIONS[0] if days < 14 else DURATIONS[1] if days <= 56 else DURATIONS[2]


Truth = tuple[str, str, str]  # outcome, change band, duration band (before randomising)


def truth_of(
    status: ExperimentStatus, change: float | None, start: dt.date | None, end: dt.date | None
) -> Truth | None:
    """The true answers for one finished experiment (None if it is not finished)."""
    if status not in (ExperimentStatus.KEPT, ExperimentStatus.STOPPED):
        return None
    return status.value, change_band(change), duration_band(start, end)


def randomised(truth: Truth, rng: random.Random | None = None) -> Truth:
    """The answers as they go in the file: each randomised on its own with budget EPSILON."""
    outcome, change, duration = truth
    return (
        randomise(outcome, OUTCOMES, EPSILON, rng),
        randomise(change, CHANGES, EPSILON, rng),
        randomise(duration, DURATIONS, EPSILON, rng),
    )


def assemble(
    answers: Iterable[tuple[str, str, Truth]], contributor: str, today: dt.date
) -> Contribution:
    """The contribution from (entry id, area, already randomised answers)."""
    listed = [
        Answer.model_validate(
            {"entry": e, "area": a, "outcome": r[0], "change": r[1], "duration": r[2]}
        )
        for e, a, r in answers
    ]
    return Contribution(
        format=FORMAT,
        version=1,
        contributor=contributor,
        quarter=quarter(today),
        epsilon_per_answer=EPSILON,
        epsilon_total=EPSILON * RANDOMISED * len(listed),
        answers=listed,
    )


def build(
    finished: Iterable[Finished],
    contributor: str,
    today: dt.date,
    rng: random.Random | None = None,
) -> Contribution:
    """From (entry id, area, status, performance change, start, end) of finished experiments
    with built-in ideas, the randomised contribution (fresh randomness every time)."""
    answers = []
    for entry, area, status, change, start, end in finished:
        truth = truth_of(status, change, start, end)
        if truth is not None:
            answers.append((entry, area, randomised(truth, rng)))
    return assemble(answers, contributor, today)
