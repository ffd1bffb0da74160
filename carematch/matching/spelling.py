"""Spelling correction against the catalogue's own words ("kettel" -> "kettle").

A word is only corrected when it is not a real English word: pyspellchecker's English word
frequencies tell us "battle" and "miles" are real and must be left alone, while "kettel" is not.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from carematch.matching.text import english_frequency

COMMON_WORD = 1000  # a word seen this often in English is never "corrected"
RARE_WORD = 1  # rarer real words may be corrected, but only by one letter


class Speller:
    """Suggest a known word for an unknown one, only when the match is close and unambiguous."""

    def __init__(self, known: Counter[str], extra: set[str] | None = None) -> None:
        self.counts = Counter({w: c for w, c in known.items() if len(w) >= 3})
        for w in extra or ():
            if len(w) >= 3 and w.isalpha():
                self.counts[w] += 1
        self.choices = sorted(self.counts)
        self.known = set(self.choices)

    def correct(self, word: str) -> str | None:
        if len(word) < 4 or not word.isalpha() or word in self.known:
            return None
        if word.endswith("s") and (word[:-1] in self.known or english_frequency(word[:-1])):
            return None  # a plural or a possessive with its apostrophe dropped ("wifes")
        frequency = english_frequency(word)
        if frequency >= COMMON_WORD:
            return None
        max_edits = 1 if len(word) <= 5 or frequency >= RARE_WORD else 2
        candidates = process.extract(
            word, self.choices, scorer=Levenshtein.distance, score_cutoff=max_edits, limit=8
        )
        if not candidates:
            return None
        best_dist = min(d for _, d, _ in candidates)
        best = [c for c, d, _ in candidates if d == best_dist]
        # Ties: prefer a shared first letter, then a common word, then closeness by ratio.
        best.sort(key=lambda c: (c[0] != word[0], -self.counts[c], -fuzz.ratio(word, c), c))
        choice = best[0]
        if choice[0] != word[0] and best_dist > 1:
            return None
        return choice
