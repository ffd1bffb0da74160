"""Spelling correction against the catalogue's own words ("kettel" -> "kettle")."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein


class Speller:
    """Suggest a known word for an unknown one, only when the match is close and unambiguous."""

    def __init__(self, known: Counter[str], extra: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.counts = Counter({w: c for w, c in known.items() if len(w) >= 3})
        for w in extra:
            if len(w) >= 3:
                self.counts[w] += 1
        self.choices = sorted(self.counts)
        self.known = set(self.choices)

    def correct(self, word: str) -> str | None:
        if len(word) < 4 or not word.isalpha() or word in self.known:
            return None
        max_edits = 1 if len(word) <= 5 else 2
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
