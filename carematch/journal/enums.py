"""The journal's fixed choices, kept apart from the database models so the app's forms can use
them before SQLAlchemy has loaded."""

from __future__ import annotations

import enum

from carematch.i18n import N_


class GoalStatus(enum.StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    LET_GO = "let go"


class ExperimentStatus(enum.StrEnum):
    PLANNED = "planned"
    TRYING = "trying"
    KEPT = "kept"
    STOPPED = "stopped"


class Rhythm(enum.StrEnum):
    """How often to check in while trying something."""

    NONE = ""
    DAILY = "every day"
    FEW_DAYS = "every few days"
    WEEKLY = "weekly"


# The statuses' words, for the translators (shown with _(status.value)).
STATUS_WORDS = (
    N_("active"),
    N_("achieved"),
    N_("paused"),
    N_("let go"),
    N_("planned"),
    N_("trying"),
    N_("kept"),
    N_("stopped"),
)
# The rhythms' words, for the translators (shown with _(rhythm.value)).
RHYTHM_WORDS = (N_("every day"), N_("every few days"), N_("weekly"))


class MarkKind(enum.StrEnum):
    WORKED = "worked"
    NOT_FOR_ME = "not for me"


# The eight device items of the QUEST-style satisfaction rating, in the order shown.
QUEST_ITEMS = (
    "dimensions",
    "weight",
    "adjustments",
    "safety",
    "durability",
    "ease_of_use",
    "comfort",
    "effectiveness",
)
# What each item is called on screen and in reports (defined once, with the items).
# Marked for the translators: shown with _(QUEST_LABELS[item]).
QUEST_LABELS = {
    "dimensions": N_("Size"),
    "weight": N_("Weight"),
    "adjustments": N_("Ease of adjusting"),
    "safety": N_("Safety"),
    "durability": N_("How well it lasts"),
    "ease_of_use": N_("Ease of use"),
    "comfort": N_("Comfort"),
    "effectiveness": N_("How well it works"),
}
