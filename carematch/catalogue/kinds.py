"""The kinds of idea an entry can be (kept apart from the pydantic model so the app's window
can show them before the heavier catalogue code has loaded)."""

from __future__ import annotations

from enum import StrEnum

from carematch.i18n import N_, _


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
        """In the language in use."""
        return _(KIND_LABELS[self])


KIND_LABELS = {
    Kind.SPECIALIST: N_("Specialist product"),
    Kind.MAINSTREAM: N_("Everyday product used cleverly"),
    Kind.BUILTIN: N_("Built into a phone or computer"),
    Kind.DIY: N_("Make it yourself or low-cost adaptation"),
    Kind.TECHNIQUE: N_("Technique or tip"),
    Kind.SERVICE: N_("Scheme or service"),
}

# ISO 9999 classifies products; services and ways of doing things need no code.
KINDS_WITHOUT_ISO = frozenset({Kind.SERVICE, Kind.TECHNIQUE})
