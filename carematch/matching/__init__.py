"""Matching: a goal in everyday words becomes ranked ideas, each with a plain reason.

Names are imported lazily (PEP 562), so importing a light submodule stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from carematch.matching.engine import (
        EmptyGoalError,
        Filters,
        Matcher,
        MatchResponse,
        MatchResult,
    )
    from carematch.matching.thesaurus import Thesaurus, load_thesaurus

_WHERE = {
    "EmptyGoalError": "engine",
    "Filters": "engine",
    "Matcher": "engine",
    "MatchResponse": "engine",
    "MatchResult": "engine",
    "Thesaurus": "thesaurus",
    "load_thesaurus": "thesaurus",
}

__all__ = [
    "EmptyGoalError",
    "Filters",
    "MatchResponse",
    "MatchResult",
    "Matcher",
    "Thesaurus",
    "load_thesaurus",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"carematch.matching.{_WHERE[name]}"), name)
    raise AttributeError(name)
