"""Matching: a goal in everyday words becomes ranked ideas, each with a plain reason."""

from carematch.matching.engine import EmptyGoalError, Filters, Matcher, MatchResponse, MatchResult
from carematch.matching.thesaurus import Thesaurus, load_thesaurus

__all__ = [
    "EmptyGoalError",
    "Filters",
    "MatchResponse",
    "MatchResult",
    "Matcher",
    "Thesaurus",
    "load_thesaurus",
]
