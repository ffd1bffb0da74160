"""The evidence section a pooled pack carries (evidence.json), and the words it is shown in.

The section is checked as strictly as a contribution: known fields only, shares between 0 and
1 with the estimate inside its interval, and every idea from at least MIN_CONTRIBUTORS people.
The threshold is enforced here again, when a pack is read, so a hand-edited pack with a
smaller count is refused whatever the file claims.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from carematch.i18n import _, ngettext
from carematch.pooled.pool import MIN_CONTRIBUTORS, Pooled
from carematch.pooled.randomised import Estimate

FORMAT: Literal["carematch-evidence"] = "carematch-evidence"
MAX_IDEAS = 100_000
STRONG = 0.5  # "most people kept it" needs the interval's lower end above one half


class EvidenceError(ValueError):
    """The evidence section was refused; the message says why in plain words."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Share(_Strict):
    share: float = Field(ge=0, le=1)
    low: float = Field(ge=0, le=1)
    high: float = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _inside(self) -> Share:
        if not self.low <= self.share <= self.high:
            raise ValueError(_("the estimate is outside its own interval"))
        return self


class IdeaEvidence(_Strict):
    entry: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")
    contributors: int = Field(ge=0, le=100_000_000)
    kept: Share
    meaningful: Share

    @property
    def strong(self) -> bool:
        return self.kept.low > STRONG


class EvidenceSection(_Strict):
    format: Literal["carematch-evidence"]
    version: Literal[1]
    epsilon_per_answer: float = Field(gt=0, le=10)
    min_contributors: int = Field(ge=MIN_CONTRIBUTORS)
    contributors: int = Field(ge=0)
    ideas: list[IdeaEvidence] = Field(max_length=MAX_IDEAS)


def _share(found: Estimate) -> Share:
    return Share(share=round(found.share, 4), low=round(found.low, 4), high=round(found.high, 4))


def section_from(pooled: Pooled, epsilon: float) -> EvidenceSection:
    return EvidenceSection(
        format=FORMAT,
        version=1,
        epsilon_per_answer=epsilon,
        min_contributors=MIN_CONTRIBUTORS,
        contributors=pooled.contributors,
        ideas=[
            IdeaEvidence(
                entry=i.entry,
                contributors=i.contributors,
                kept=_share(i.kept),
                meaningful=_share(i.meaningful),
            )
            for i in pooled.ideas
        ],
    )


def parse_section(data: bytes) -> EvidenceSection:
    """The checked section, or EvidenceError with the reason (the k threshold included)."""
    try:
        section = EvidenceSection.model_validate_json(data)
    except ValidationError as exc:
        raise EvidenceError(
            _("Refused: the pack's evidence is not in the expected form ({problem}).").format(
                problem=exc.errors()[0]["msg"].lower()
            )
        ) from exc
    seen: set[str] = set()
    for idea in section.ideas:
        if idea.contributors < MIN_CONTRIBUTORS:
            raise EvidenceError(
                ngettext(
                    "Refused: the evidence for '{id}' comes from {n} person; CareMatch only "
                    "shows evidence from {least} or more, so that no one's answers can be "
                    "picked out.",
                    "Refused: the evidence for '{id}' comes from {n} people; CareMatch only "
                    "shows evidence from {least} or more, so that no one's answers can be "
                    "picked out.",
                    idea.contributors,
                ).format(id=idea.entry, n=idea.contributors, least=MIN_CONTRIBUTORS)
            )
        if idea.entry in seen:
            raise EvidenceError(
                _("Refused: the evidence names '{id}' twice.").format(id=idea.entry)
            )
        seen.add(idea.entry)
    return section


# --- the words ------------------------------------------------------------------------------
def _tenths(value: float) -> int:
    return int(value * 10 + 0.5)


def source_label(name: str, created: str) -> str:
    """ "Leeds Enablement Panel, 2026": the pack's name, with the year it was made unless the
    name already says one."""
    if re.search(r"\b(19|20)\d\d\b", name) or not re.match(r"\d{4}", created):
        return name
    return f"{name}, {created[:4]}"


def kept_sentence(source: str, idea: IdeaEvidence) -> str:
    """ "Leeds Enablement Panel, 2026: about 7 in 10 of 34 people who tried it kept it (between 5
    and 9 in 10).\""""
    share, low, high = (_tenths(x) for x in (idea.kept.share, idea.kept.low, idea.kept.high))
    n = idea.contributors
    if low == high:
        said = ngettext(
            "{source}: about {share} in 10 of {n} person who tried it kept it.",
            "{source}: about {share} in 10 of {n} people who tried it kept it.",
            n,
        )
    else:
        said = ngettext(
            "{source}: about {share} in 10 of {n} person who tried it kept it "
            "(between {low} and {high} in 10).",
            "{source}: about {share} in 10 of {n} people who tried it kept it "
            "(between {low} and {high} in 10).",
            n,
        )
    return said.format(source=source, share=share, n=n, low=low, high=high)


def short_kept_sentence(source: str, idea: IdeaEvidence) -> str:
    """For a list of ideas: "Leeds Enablement Panel, 2026: about 7 in 10 of 34 kept it"."""
    return _("{source}: about {share} in 10 of {n} kept it.").format(
        source=source, share=_tenths(idea.kept.share), n=idea.contributors
    )


def change_sentence(idea: IdeaEvidence) -> str:
    share = _tenths(idea.meaningful.share)
    return _("About {share} in 10 said it made a real difference to how well things went.").format(
        share=share
    )
