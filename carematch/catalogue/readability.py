"""Flesch reading ease, so "plain English a 12-year-old could read" can be checked, not hoped for.

The syllable count is the usual vowel-group estimate with the common English corrections; it is
close enough to rank text (about 90 for our summaries, 60 is plain, below 50 is hard going).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE = re.compile(r"[.!?]+(?:\s|$)")
_VOWELS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    w = word.lower().removesuffix("'s")
    if len(w) <= 3:
        return 1
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        w = w[:-1]
    count = len(_VOWELS.findall(w))
    if w.endswith(("ed",)) and not w.endswith(("ted", "ded")):
        count -= 1
    return max(1, count)


def flesch(text: str) -> float:
    """Flesch reading ease of a text: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    words = _WORD.findall(text)
    if not words:
        return 100.0
    sentences = max(1, len(_SENTENCE.findall(text.strip() + " ")))
    syll = sum(syllables(w) for w in words)
    return 206.835 - 1.015 * len(words) / sentences - 84.6 * syll / len(words)
