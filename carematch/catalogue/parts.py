"""The smaller pieces of an entry: how to get it in each UK nation, and a make-it-yourself design.

Kept apart from `model.py` so the entry model stays readable; both are plain pydantic models.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from carematch.catalogue.nations import NATION_LABELS, Nation

__all__ = ["NATION_LABELS", "DiyDesign", "Nation", "Route"]


Step = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class Route(BaseModel):
    """More about one way to get an idea: who to ask, who can have it, and where in the UK."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    way: str = Field(description="An id from ways_to_get in this entry, e.g. 'nhs'.")
    ask: str = Field(default="", max_length=200, description="Who to ask, in plain words.")
    who: str = Field(default="", max_length=200, description="Who can have it this way.")
    nations: list[Nation] = Field(
        default_factory=list,
        description="Where in the UK this route works; leave out when it works everywhere.",
    )
    note: str = Field(default="", max_length=300, description="Anything else worth knowing.")

    def works_in(self, nation: Nation | None) -> bool:
        return nation is None or not self.nations or nation in self.nations


class DiyDesign(BaseModel):
    """An open design a person can make: what to buy, what to do, and the licence to share it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    materials: list[Step] = Field(min_length=1, description="What you need, with rough prices.")
    tools: list[Step] = Field(default_factory=list, description="Tools, if any.")
    steps: list[Step] = Field(min_length=2, description="What to do, one step per item.")
    time: str = Field(min_length=1, max_length=60, description="How long it takes, roughly.")
    licence: str = Field(
        default="CC BY-SA 4.0", max_length=60, description="The licence the design is shared under."
    )
