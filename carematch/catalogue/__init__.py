"""The community catalogue: format, loading, validation, cache and statistics.

Names are imported lazily (PEP 562), so light modules such as `kinds` can be used without
loading pydantic and the loader.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from carematch.catalogue.kinds import Kind
    from carematch.catalogue.model import Cost, Entry
    from carematch.catalogue.problems import Problem
    from carematch.catalogue.store import Catalogue, load_catalogue
    from carematch.catalogue.vocabulary import Vocabulary, VocabularyError, load_vocabulary

_WHERE = {
    "Kind": "kinds",
    "Cost": "model",
    "Entry": "model",
    "Problem": "problems",
    "Catalogue": "store",
    "load_catalogue": "store",
    "Vocabulary": "vocabulary",
    "VocabularyError": "vocabulary",
    "load_vocabulary": "vocabulary",
}

__all__ = [
    "Catalogue",
    "Cost",
    "Entry",
    "Kind",
    "Problem",
    "Vocabulary",
    "VocabularyError",
    "load_catalogue",
    "load_vocabulary",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"carematch.catalogue.{_WHERE[name]}"), name)
    raise AttributeError(name)
