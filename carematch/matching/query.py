"""Read a goal: its words, what they mean, and which activities, difficulties and places it names.

Kept separate from scoring so the "why" can say exactly what was understood.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from carematch.matching.index import MatchIndex, field_terms
from carematch.matching.spelling import Speller
from carematch.matching.text import NEGATIONS, STOPWORDS, stem, words
from carematch.matching.thesaurus import Thesaurus

MAX_CHARS = 2000
MAX_WORDS = 80
TYPED_WEIGHT = 1.0
CORRECTED_WEIGHT = 0.8
MEANS_WEIGHT = 0.4


@dataclass
class QueryAnalysis:
    terms: dict[str, float] = field(default_factory=dict)
    ordered_stems: list[str] = field(default_factory=list)
    typed: dict[str, str] = field(default_factory=dict)  # stem -> word as typed
    expanded: dict[str, str] = field(default_factory=dict)  # stem -> phrase that brought it
    phrase_means: dict[str, tuple[str, ...]] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # typed -> corrected
    activities: dict[str, float] = field(default_factory=dict)
    helps_with: dict[str, float] = field(default_factory=dict)
    places: dict[str, float] = field(default_factory=dict)
    concept_source: dict[str, str] = field(default_factory=dict)  # concept id -> phrase
    notes: list[str] = field(default_factory=list)

    @property
    def concepts_present(self) -> bool:
        return bool(self.activities or self.helps_with or self.places)


def analyse(goal: str, thesaurus: Thesaurus, index: MatchIndex, speller: Speller) -> QueryAnalysis:
    q = QueryAnalysis()
    text = goal
    if len(text) > MAX_CHARS:
        q.notes.append(f"Your goal is long, so only its first {MAX_CHARS} characters were used.")
        text = text[:MAX_CHARS]
    seq = words(text)
    if len(seq) > MAX_WORDS * 3:
        seq = seq[: MAX_WORDS * 3]
    fixed: list[str] = []
    for w in seq:
        if w in STOPWORDS or w in NEGATIONS or index.knows(w) or w in thesaurus.known_words:
            fixed.append(w)
            continue
        better = speller.correct(w)
        if better:
            q.corrections[w] = better
            fixed.append(better)
        else:
            fixed.append(w)
    stems_all = [stem(w) for w in fixed]
    for w, s in zip(fixed, stems_all, strict=True):
        if w in STOPWORDS or w in NEGATIONS or (w.isdigit() and len(w) < 3):
            continue
        if len(q.ordered_stems) >= MAX_WORDS:
            q.notes.append(f"Only the first {MAX_WORDS} meaningful words were used.")
            break
        q.ordered_stems.append(s)
        corrected = w in q.corrections.values() and w not in seq
        weight = CORRECTED_WEIGHT if corrected else TYPED_WEIGHT
        q.terms[s] = max(q.terms.get(s, 0.0), weight)
        q.typed.setdefault(s, w)
    if not any(ch.isascii() and ch.isalnum() for ch in goal) and goal.strip():
        q.notes.append("CareMatch understands English words for now.")
    for _start, _end, meaning in thesaurus.find(stems_all):
        for phrase in meaning.means:
            for s in field_terms(phrase):
                if s not in q.terms:
                    q.terms[s] = MEANS_WEIGHT
                    q.expanded[s] = meaning.phrase
        if meaning.means:
            q.phrase_means[meaning.phrase] = meaning.means
        for group, target in (
            (meaning.activities, q.activities),
            (meaning.helps_with, q.helps_with),
            (meaning.places, q.places),
        ):
            for concept in group:
                target[concept] = 1.0
                q.concept_source.setdefault(concept, meaning.phrase)
    return q
