"""The kinds of idea an entry can be (kept apart from the pydantic model so the app's window
can show them before the heavier catalogue code has loaded)."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What sort of idea an entry is."""

    SPECIALIST = "specialist"
    MAINSTREAM = "mainstream"
    BUILTIN = "builtin"
    DIY = "diy"
    TECHNIQUE = "technique"
    SERVICE = "service"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    Kind.SPECIALIST: "Specialist product",
    Kind.MAINSTREAM: "Everyday product used cleverly",
    Kind.BUILTIN: "Built into a phone or computer",
    Kind.DIY: "Make it yourself or low-cost adaptation",
    Kind.TECHNIQUE: "Technique or tip",
    Kind.SERVICE: "Scheme or service",
}

# ISO 9999 classifies products; services and ways of doing things need no code.
KINDS_WITHOUT_ISO = frozenset({Kind.SERVICE, Kind.TECHNIQUE})
