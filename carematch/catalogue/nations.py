"""The four UK nations (kept apart from the pydantic models so the window's settings can show
them before the heavier catalogue code has loaded)."""

from __future__ import annotations

from enum import StrEnum

from carematch.i18n import N_, _


class Nation(StrEnum):
    """The four UK nations: councils, the NHS and schools work differently in each."""

    ENGLAND = "england"
    SCOTLAND = "scotland"
    WALES = "wales"
    NORTHERN_IRELAND = "northern-ireland"

    @property
    def label(self) -> str:
        """In the language in use."""
        return _(NATION_LABELS[self])


NATION_LABELS = {
    Nation.ENGLAND: N_("England"),
    Nation.SCOTLAND: N_("Scotland"),
    Nation.WALES: N_("Wales"),
    Nation.NORTHERN_IRELAND: N_("Northern Ireland"),
}
