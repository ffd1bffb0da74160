"""The circle's four files, checked before anything is believed: an invite (person to
supporter), a reply (supporter to person), notes (supporter to person, sealed) and a summary
(person to supporter, sealed). Plain JSON, size-capped, every field checked by pydantic;
text is plain text only (controls and direction overrides removed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from carematch import safefile
from carematch.i18n import _
from carematch.plaintext import strip_invisible

FORMAT = "carematch-circle"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024
MAX_ITEMS = 100
KINDS = ("invite", "reply", "notes", "summary")
FILE_ENDING = ".cmcircle"


class CircleFileError(ValueError):
    """A circle file that is refused, with the reason in plain words; nothing was written."""


def _plain(text: str) -> str:
    return strip_invisible(text).strip()


Name = Annotated[str, Field(min_length=1, max_length=80), AfterValidator(_plain)]
Words = Annotated[str, Field(max_length=2000), AfterValidator(_plain)]
Hex32 = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Keys(_Strict):
    agree: str = Field(max_length=64)
    sign: str = Field(max_length=64)


class _Header(_Strict):
    format: Literal["carematch-circle"]
    version: Literal[1]
    file_id: Hex32
    created: str = Field(max_length=40)
    signature: str = Field(max_length=100)


class Invite(_Header):
    kind: Literal["invite"]
    from_: Hex32 = Field(alias="from")
    person: Name
    supporter: Name
    relationship: Annotated[str, Field(max_length=80), AfterValidator(_plain)] = ""
    keys: Keys


class Reply(_Header):
    kind: Literal["reply"]
    from_: Hex32 = Field(alias="from")
    to: Hex32
    invite: Hex32
    name: Name
    keys: Keys


class Sealed(_Header):
    kind: Literal["notes", "summary"]
    from_: Hex32 = Field(alias="from")
    to: Hex32
    ephemeral: str = Field(max_length=64)
    nonce: str = Field(max_length=32)
    body: str = Field(max_length=MAX_FILE_BYTES)


# --- what a notes file may carry ----------------------------------------------------------
class NoteItem(_Strict):
    type: Literal["note"]
    goal: Hex32 | None = None
    text: Annotated[str, Field(min_length=1, max_length=2000), AfterValidator(_plain)]


class IdeaItem(_Strict):
    type: Literal["idea"]
    goal: Hex32 | None = None
    entry_id: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")
    title: Annotated[str, Field(max_length=200), AfterValidator(_plain)] = ""
    what: Words = ""
    steps: Words = ""


class CheckInItem(_Strict):
    type: Literal["checkin"]
    goal: Hex32 | None = None
    on: dt.date
    performance: int = Field(ge=1, le=10)
    satisfaction: int = Field(ge=1, le=10)
    note: Words = ""


Item = Annotated[NoteItem | IdeaItem | CheckInItem, Field(discriminator="type")]


class Notes(_Strict):
    items: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)


# --- what a summary file carries back -------------------------------------------------------
class SharedCheckIn(_Strict):
    on: dt.date
    performance: int = Field(ge=1, le=10)
    satisfaction: int = Field(ge=1, le=10)


class SharedGoal(_Strict):
    uid: Hex32
    text: Annotated[str, Field(min_length=1, max_length=2000), AfterValidator(_plain)]
    summary: Words = ""
    wins: list[Words] = Field(default_factory=list, max_length=50)
    tried: list[Words] = Field(default_factory=list, max_length=50)
    checkins: list[SharedCheckIn] = Field(default_factory=list, max_length=2000)


class Summary(_Strict):
    person: Name
    shares: Literal["summary", "checkins"]
    goals: list[SharedGoal] = Field(max_length=50)


def _first_problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or _("the file")
    return f"{where}: {first['msg']}"


def read(path: Path) -> dict[str, Any]:
    """A circle file's fields, or CircleFileError saying why it is refused."""
    try:
        data = safefile.read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise CircleFileError(_("There is no file at {path}.").format(path=path)) from None
    except safefile.LinkRefusedError:
        raise CircleFileError(
            _("{file} is not a plain file, so it was not opened.").format(file=path.name)
        ) from None
    except ValueError:
        raise CircleFileError(
            _("{file} is too big to be a circle file (at most {n} KB).").format(
                file=path.name, n=MAX_FILE_BYTES // 1024
            )
        ) from None
    except OSError as exc:
        raise CircleFileError(
            _("{file} could not be read ({reason}).").format(file=path.name, reason=exc.strerror)
        ) from None
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CircleFileError(_not_circle_file(path)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise CircleFileError(_not_circle_file(path))
    if raw.get("version") != VERSION:
        raise CircleFileError(
            _("{file} comes from a newer CareMatch: update to read it.").format(file=path.name)
        )
    if raw.get("kind") not in KINDS:
        raise CircleFileError(
            _("{file} is a kind of circle file this CareMatch does not know.").format(
                file=path.name
            )
        )
    return raw


def _not_circle_file(path: Path) -> str:
    return _("{file} is not a CareMatch circle file.").format(file=path.name)


def check(model: type[_Strict], raw: dict[str, Any]) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise CircleFileError(
            _("The file is not valid ({problem}).").format(problem=_first_problem(exc))
        ) from None


def check_json(model: type[_Strict], payload: bytes) -> Any:
    try:
        return model.model_validate_json(payload)
    except ValidationError as exc:
        raise CircleFileError(
            _("What it carries is not valid ({problem}).").format(problem=_first_problem(exc))
        ) from None


def dump(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, indent=1, ensure_ascii=False).encode("utf-8")
