"""Read a goal: its words, what they mean, and which activities, difficulties and places it names.

Kept separate from scoring so the "why" can say exactly what was understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from carematch.i18n import _
from carematch.matching.index import MatchIndex, field_terms
from carematch.matching.needs import FoundNeed, phrase_key
from carematch.matching.spelling import Speller
from carematch.matching.text import NEGATIONS, STOPWORDS, stem, words
from carematch.matching.thesaurus import Thesaurus

MAX_CHARS = 2000
MAX_WORDS = 80
TYPED_WEIGHT = 1.0
CORRECTED_WEIGHT = 0.8
MEANS_WEIGHT = 0.4
NEED_MEANS_WEIGHT = 0.5
MAX_COMPOUND = 30  # letters: "wheelchairaccessible" is 20
JOINED_WEIGHT = 0.3  # "stair lift" read as "stairlift" too: its two words already count
NOT_ABOUT_WEIGHT = 0.3  # an object word a need is not about still counts, but much less
_AS_WRITTEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # a word with its accents and apostrophes


@dataclass
class QueryAnalysis:
    terms: dict[str, float] = field(default_factory=dict)
    ordered_stems: list[str] = field(default_factory=list)
    typed: dict[str, str] = field(default_factory=dict)  # stem -> word as typed
    # a folded word -> as the person wrote it, when that differs ("ffon" -> "ffôn")
    written: dict[str, str] = field(default_factory=dict)
    expanded: dict[str, str] = field(default_factory=dict)  # stem -> phrase that brought it
    phrase_means: dict[str, tuple[str, ...]] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # typed -> corrected
    activities: dict[str, float] = field(default_factory=dict)
    helps_with: dict[str, float] = field(default_factory=dict)
    places: dict[str, float] = field(default_factory=dict)
    concept_source: dict[str, str] = field(default_factory=dict)  # concept id -> phrase
    needs: list[FoundNeed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def concepts_present(self) -> bool:
        return bool(self.activities or self.helps_with or self.places or self.needs)


def analyse(goal: str, thesaurus: Thesaurus, index: MatchIndex, speller: Speller) -> QueryAnalysis:
    q = QueryAnalysis()
    text = goal
    if len(text) > MAX_CHARS:
        q.notes.append(
            _("Your goal is long, so only its first {n} characters were used.").format(n=MAX_CHARS)
        )
        text = text[:MAX_CHARS]
    seq = words(text)
    if not text.isascii() or "'" in text:
        for token in _AS_WRITTEN.findall(text.lower()):
            plain = words(token)
            if len(plain) == 1 and plain[0] != token:
                q.written.setdefault(plain[0], token)
    if len(seq) > MAX_WORDS * 3:
        seq = seq[: MAX_WORDS * 3]
    fixed: list[str] = []
    for w in seq:
        if w in STOPWORDS or w in NEGATIONS or index.knows(w) or w in thesaurus.known_words:
            fixed.append(w)
            continue
        parts = _split_compound(w, index)
        if parts:  # "stairlift" where the catalogue says "stair lift"
            fixed.extend(parts)
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
            q.notes.append(_("Only the first {n} meaningful words were used.").format(n=MAX_WORDS))
            break
        q.ordered_stems.append(s)
        corrected = w in q.corrections.values() and w not in seq
        weight = CORRECTED_WEIGHT if corrected else TYPED_WEIGHT
        q.terms[s] = max(q.terms.get(s, 0.0), weight)
        q.typed.setdefault(s, w)
    _join_compounds(q, fixed, index)
    if not any(ch.isascii() and ch.isalnum() for ch in goal) and goal.strip():
        q.notes.append(_("CareMatch understands English and Welsh words for now."))
    avoided = _avoided(fixed)
    for start, _end, meaning in thesaurus.find(stems_all):
        if start in avoided:
            continue
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
    _read_needs(q, thesaurus, stems_all, fixed)
    return q


# What comes after these is what the person wants to avoid, not what they want to do
# ("control the lights from bed without having to get up"). Longest first.
AVOID_LEADS = tuple(
    tuple(lead.split())
    for lead in (
        "without having to",
        "without needing to",
        "without have to",
        "so i dont have to",
        "so i dont need to",
        "instead of",
        "rather than",
        "without",
    )
)
AVOID_SPAN = 4  # words after the lead


def _avoided(typed: list[str]) -> set[int]:
    """Word positions of what a goal wants to avoid ("from bed without having to get up"):
    the thesaurus does not read them as what the person wants to do."""
    out: set[int] = set()
    for i in range(len(typed)):
        for lead in AVOID_LEADS:
            if tuple(typed[i : i + len(lead)]) == lead:
                start = i + len(lead)
                out.update(range(start, min(start + AVOID_SPAN, len(typed))))
                break
    return out


def _split_compound(word: str, index: MatchIndex) -> tuple[str, str] | None:
    """An unknown word made of two words the catalogue names side by side ("grabrail").
    Longer runs of letters are not compounds, and trying every split of them would cost
    every keystroke (a 2,000-letter word took 0.7 s)."""
    if len(word) > MAX_COMPOUND:
        return None
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        if f"{stem(a)}_{stem(b)}" in index.postings and index.knows(a) and index.knows(b):
            return a, b
    return None


def _join_compounds(q: QueryAnalysis, typed: list[str], index: MatchIndex) -> None:
    """Two typed words the catalogue writes as one ("stair lift" where it says "stairlift")."""
    for a, b in pairwise(typed):
        if a in STOPWORDS or b in STOPWORDS or a in NEGATIONS or b in NEGATIONS:
            continue
        joined = stem(a + b)
        if joined not in q.terms and joined in index.postings:
            q.terms[joined] = JOINED_WEIGHT
            q.typed.setdefault(joined, f"{a} {b}")


def _read_needs(q: QueryAnalysis, thesaurus: Thesaurus, stems: list[str], typed: list[str]) -> None:
    """What the goal is trying to achieve: the need's words and concepts join the query, and
    the object words it is not about pull less."""
    q.needs = thesaurus.needs.find(stems, typed)
    for found in q.needs:
        need = found.need
        for phrase in need.means:
            for s in field_terms(phrase):
                if s not in q.terms:
                    q.terms[s] = NEED_MEANS_WEIGHT
        for group, target in ((need.activities, q.activities), (need.helps_with, q.helps_with)):
            for concept in group:
                target[concept] = max(target.get(concept, 0.0), 1.0)
        not_about = set(need.not_about)
        kept = _need_concepts(q)
        for s in not_about:
            if s in q.terms:
                q.terms[s] = min(q.terms[s], NOT_ABOUT_WEIGHT)
        # what the thesaurus read into those words goes too: "the bank" of a river is not
        # about money once the need is a hobby ("back fishing off the bank")
        for concept, phrase in list(q.concept_source.items()):
            said = set(phrase_key(phrase))
            if said and said <= not_about:
                for target in (q.activities, q.helps_with, q.places):
                    if concept in target and concept not in kept:
                        del target[concept]
                del q.concept_source[concept]


def _need_concepts(q: QueryAnalysis) -> set[str]:
    return {c for f in q.needs for c in (*f.need.activities, *f.need.helps_with)}
