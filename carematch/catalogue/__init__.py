"""The community catalogue: format, loading, validation, cache and statistics."""

from carematch.catalogue.model import Cost, Entry, Kind
from carematch.catalogue.problems import Problem
from carematch.catalogue.store import Catalogue, load_catalogue
from carematch.catalogue.vocabulary import Vocabulary, VocabularyError, load_vocabulary

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
