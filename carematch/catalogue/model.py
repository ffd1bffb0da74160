"""The one schema for a catalogue entry.

Loading, validation, the JSON Schema for editors and (later) the in-app editor all come from
this pydantic model. Checks against the controlled vocabulary run when a `Vocabulary` is passed
in the validation context, so the schema itself stays usable without one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from carematch.catalogue.kinds import KIND_LABELS, KINDS_WITHOUT_ISO, Kind
from carematch.catalogue.parts import DiyDesign, Nation, Route
from carematch.catalogue.vocabulary import Vocabulary
from carematch.catalogue.wording import wording_problem
from carematch.i18n import N_, _
from carematch.plaintext import strip_invisible

__all__ = [
    "KIND_LABELS",
    "Cost",
    "DiyDesign",
    "Entry",
    "Kind",
    "Nation",
    "Route",
    "entry_json_schema",
]

VAT_RELIEF = "vat-relief"  # once a way to get; now a property of the cost (old packs still load)

ENTRY_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_SENTENCE_END = re.compile(r"[.!?](\s|$)")

# Terms an entry names that the vocabulary does not have, by field, said whole.
UNKNOWN_TERMS = {
    "activities": N_(
        "unknown activities: {ids}. Use ids from catalogue/vocabulary.toml, such as {examples}"
    ),
    "helps_with": N_(
        "unknown helps with: {ids}. Use ids from catalogue/vocabulary.toml, such as {examples}"
    ),
    "places": N_(
        "unknown places: {ids}. Use ids from catalogue/vocabulary.toml, such as {examples}"
    ),
    "ways_to_get": N_(
        "unknown ways to get: {ids}. Use ids from catalogue/vocabulary.toml, such as {examples}"
    ),
}

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


class Cost(BaseModel):
    """A price range in pounds sterling; 0 means free."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min: int = Field(ge=0, le=200_000, description="Lowest typical price in GBP (0 = free).")
    max: int = Field(ge=0, le=200_000, description="Highest typical price in GBP.")
    note: str = Field(
        default="", max_length=300, description="Anything that changes the price, in plain words."
    )
    vat_relief: bool = Field(
        default=False,
        description="True when a disabled person can usually buy it without VAT.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Cost:
        if self.min > self.max:
            raise ValueError(
                _(
                    "the lowest price ({low}) is more than the highest ({high}); "
                    "swap them or correct one"
                ).format(low=self.min, high=self.max)
            )
        return self

    def label(self) -> str:
        """In the language in use: "Free", "about £20", "£15 to £45"."""
        if self.max == 0:
            return _("Free")
        if self.min == self.max:
            return _("about £{price}").format(price=f"{self.min:,}")
        return _("£{low} to £{high}").format(low=f"{self.min:,}", high=f"{self.max:,}")


class Entry(BaseModel):
    """One type of solution: not a brand, a kind of thing or a way of doing something."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(
        pattern=ENTRY_ID,
        max_length=80,
        description="Stable id in lower case with hyphens, e.g. 'kettle-tipper'. Never change it.",
    )
    name: ShortText = Field(description="Plain name of the type of solution, no brand names.")
    aliases: list[ShortText] = Field(
        min_length=3,
        description="At least three everyday words people use for it (UK first: 'grabber').",
    )
    kind: Kind = Field(description="specialist, mainstream, builtin, diy, technique or service.")
    summary: str = Field(
        min_length=10,
        max_length=300,
        description="One or two short sentences a 12-year-old could read.",
    )
    description: str = Field(
        min_length=20,
        max_length=4000,
        description="Who it helps, how to use it and what to watch out for.",
    )
    iso9999: str = Field(
        default="",
        description="ISO 9999 code: class at least, e.g. '15 03' or '15 03 06'. "
        "Leave out for a service or a technique, which ISO 9999 does not classify.",
    )
    activities: list[str] = Field(
        min_length=1, description="Activity ids from catalogue/vocabulary.toml."
    )
    helps_with: list[str] = Field(
        default_factory=list, description="Ids from [helps_with] in catalogue/vocabulary.toml."
    )
    places: list[str] = Field(
        default_factory=list, description="Ids from [places] in catalogue/vocabulary.toml."
    )
    cost: Cost = Field(description="Typical price range in GBP.")
    ways_to_get: list[str] = Field(
        min_length=1,
        description="Ids from [ways_to_get] in catalogue/vocabulary.toml, the usual route first.",
    )
    routes: list[Route] = Field(
        default_factory=list,
        description="Who to ask, who can have it and where in the UK, for any of ways_to_get.",
    )
    safety: str = Field(default="", max_length=2000, description="What to watch out for.")
    get_assessed_first: bool = Field(
        default=False,
        description="True when a professional should assess before anyone buys or uses it.",
    )
    diy: DiyDesign | None = Field(
        default=None, description="For a make-it-yourself idea: materials, tools and steps."
    )
    related: list[str] = Field(default_factory=list, description="Ids of related entries.")
    sources: list[str] = Field(
        default_factory=list, description="Where the facts came from (web addresses or books)."
    )
    last_verified: dt.date | None = Field(
        default=None, description="When someone last checked the facts (YYYY-MM-DD)."
    )
    contributors: list[str] = Field(default_factory=list, description="Who wrote or checked it.")
    reviewed_by: str = Field(
        default="",
        max_length=60,
        description="The role of whoever checked the facts, e.g. 'OT' or 'user-led group'.",
    )
    area: str = Field(
        default="",
        description="The folder the entry lives in (set by the loader, not written in the file).",
    )

    @model_validator(mode="before")
    @classmethod
    def _vat_relief_moved(cls, data: Any) -> Any:
        """Older entries listed VAT relief as a way to get; it belongs to the cost."""
        ways = data.get("ways_to_get") if isinstance(data, dict) else None
        if isinstance(ways, list) and VAT_RELIEF in ways:
            data = {**data, "ways_to_get": [w for w in ways if w != VAT_RELIEF]}
            if isinstance(data.get("cost"), dict):
                data["cost"] = {**data["cost"], "vat_relief": True}
        return data

    @model_validator(mode="after")
    def _whole(self) -> Entry:
        if not self.iso9999 and self.kind not in KINDS_WITHOUT_ISO:
            raise ValueError(
                _(
                    "iso9999: give the ISO 9999 code (only a service or a technique may leave "
                    "it out)"
                )
            )
        ways = set(self.ways_to_get)
        for route in self.routes:
            if route.way not in ways:
                raise ValueError(
                    _("routes: '{way}' is not in ways_to_get; add it there or fix the id").format(
                        way=route.way
                    )
                )
        if self.diy is not None and self.kind != Kind.DIY:
            raise ValueError(_("diy: only a 'diy' entry can have a make-it-yourself design"))
        return self

    def ways_for(self, nation: Nation | None = None) -> list[tuple[str, list[Route]]]:
        """Ways to get it, usual first; those that work in the person's nation come first."""
        out = [(w, [r for r in self.routes if r.way == w]) for w in self.ways_to_get]
        if nation is None:
            return out
        return sorted(out, key=lambda item: not _way_works_in(item[1], nation))

    @field_validator("*", mode="before")
    @classmethod
    def _no_invisible(cls, value: Any) -> Any:
        """Control and direction-changing characters only hide or reorder what is shown."""
        if isinstance(value, str):
            return strip_invisible(value)
        if isinstance(value, list):
            return [strip_invisible(v) if isinstance(v, str) else v for v in value]
        return value

    @field_validator("summary")
    @classmethod
    def _short_summary(cls, value: str) -> str:
        if len(_SENTENCE_END.findall(value)) > 2:
            raise ValueError(_("keep the summary to one or two sentences"))
        return value

    @field_validator("name", "summary", "description", "safety")
    @classmethod
    def _capacity_words(cls, value: str) -> str:
        problem = wording_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("aliases")
    @classmethod
    def _distinct_aliases(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for alias in value:
            if alias.casefold() in seen:
                raise ValueError(
                    _("'{alias}' is listed twice; remove the repeat").format(alias=alias)
                )
            seen.add(alias.casefold())
        return value

    @field_validator("iso9999")
    @classmethod
    def _iso(cls, value: str, info: ValidationInfo) -> str:
        vocab = _vocab(info)
        if vocab is not None and value:
            problem = vocab.iso_problem(value)
            if problem:
                raise ValueError(problem)
        return value

    @field_validator("activities", "helps_with", "places", "ways_to_get")
    @classmethod
    def _known_terms(cls, value: list[str], info: ValidationInfo) -> list[str]:
        vocab = _vocab(info)
        if vocab is None or info.field_name is None:
            return value
        known = vocab.group(info.field_name)
        unknown = [v for v in value if v not in known]
        if unknown:
            raise ValueError(
                _(UNKNOWN_TERMS[info.field_name]).format(
                    ids=", ".join(unknown), examples=", ".join(list(known)[:4])
                )
            )
        if len(set(value)) != len(value):
            raise ValueError(_("an id is listed twice; remove the repeat"))
        return value

    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


def _way_works_in(routes: list[Route], nation: Nation) -> bool:
    """A way with no routes, or with any route for this nation, works there."""
    return not routes or any(r.works_in(nation) for r in routes)


def _vocab(info: ValidationInfo) -> Vocabulary | None:
    context: Any = info.context
    if isinstance(context, dict):
        vocab = context.get("vocabulary")
        if isinstance(vocab, Vocabulary):
            return vocab
    return None


def entry_json_schema(vocab: Vocabulary | None = None) -> dict[str, Any]:
    """JSON Schema for editors; with a vocabulary, controlled fields list their allowed ids."""
    schema = Entry.model_json_schema()
    schema["$id"] = "urn:carematch:catalogue-entry"
    schema["title"] = "CareMatch catalogue entry"
    schema["properties"].pop("area", None)
    if vocab is not None:
        for name in ("activities", "helps_with", "places", "ways_to_get"):
            schema["properties"][name]["items"] = {
                "type": "string",
                "enum": list(vocab.group(name)),
            }
        schema["properties"]["iso9999"]["examples"] = sorted(vocab.iso_subclasses)[:5]
    return schema
