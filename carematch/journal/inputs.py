"""Checking what a person typed into a journal form, with messages they can act on.

`name` is what the form calls the field, already in the person's language (the caller
translates it): "Importance", "your goal".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from carematch.i18n import _, ngettext
from carematch.journal.enums import ExperimentStatus, GoalStatus
from carematch.plaintext import strip_invisible

MAX_TEXT = 20_000


class JournalInputError(ValueError):
    """Something typed into a form is not acceptable; the message says how to fix it."""


def score(value: Any, name: str, low: int, high: int, *, optional: bool = False) -> int | None:
    if value is None or value == "":
        if optional:
            return None
        raise JournalInputError(
            _("{name} is needed: choose a number from {low} to {high}.").format(
                name=name, low=low, high=high
            )
        )
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise JournalInputError(_whole_number(name, low, high)) from exc
    if number != value and not isinstance(value, str | int):
        raise JournalInputError(_whole_number(name, low, high))
    if not low <= number <= high:
        raise JournalInputError(
            _("{name} must be from {low} to {high}; you gave {number}.").format(
                name=name, low=low, high=high, number=number
            )
        )
    return number


def _whole_number(name: str, low: int, high: int) -> str:
    return _("{name} must be a whole number from {low} to {high}.").format(
        name=name, low=low, high=high
    )


def text(value: Any, name: str, *, required: bool = False) -> str:
    value = "" if value is None else str(value)
    value = strip_invisible(value).strip()
    if required and not value:
        raise JournalInputError(_("Write something for {name}.").format(name=name))
    if len(value) > MAX_TEXT:
        raise JournalInputError(
            ngettext(
                "{name} is very long; keep it under {n} character.",
                "{name} is very long; keep it under {n} characters.",
                MAX_TEXT,
            ).format(name=name, n=f"{MAX_TEXT:,}")
        )
    return value


def midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def goal_status(value: Any) -> GoalStatus:
    try:
        return GoalStatus(value)
    except ValueError as exc:
        options = ", ".join(s.value for s in GoalStatus)
        raise JournalInputError(
            _("A goal's status is one of: {options}.").format(options=options)
        ) from exc


def experiment_status(value: Any) -> ExperimentStatus:
    try:
        return ExperimentStatus(value)
    except ValueError as exc:
        options = ", ".join(s.value for s in ExperimentStatus)
        raise JournalInputError(
            _("An experiment's status is one of: {options}.").format(options=options)
        ) from exc


def gas_fields(gas: dict[int, str]) -> dict[str, str]:
    names = {-2: "gas_minus2", -1: "gas_minus1", 0: "gas_0", 1: "gas_plus1", 2: "gas_plus2"}
    out = {}
    for level, value in gas.items():
        if level not in names:
            raise JournalInputError(_("Goal levels go from -2 to +2."))
        out[names[level]] = text(value, _("level {level}").format(level=f"{level:+d}"))
    return out


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise JournalInputError(_("The end date is before the start date; check the dates."))
