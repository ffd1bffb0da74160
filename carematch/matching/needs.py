"""Needs: what a person is trying to achieve when a goal only says what goes wrong.

"The phone rings and I never get to it in time" names a phone, but the need is to get to calls
in time: an idea that alerts you wherever you are, or brings the call to you. The thesaurus
holds two community-editable tables for this:

- `[[function]]`: what an idea does ("alerts you"), found in any entry's name, other names or
  summary by its cue words, so it works on entries we did not write;
- `[[need]]`: when a goal has a phrase from every `when` group it is read as the need; the need
  points at functions, activities and difficulties, adds words to look for, and turns down
  the pull of object words it is `not_about` ("phone" in the example above).

Every idea that meets a need says so in its reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from carematch.matching.text import content_terms, stem, words

Phrase = tuple[str, ...]
V = TypeVar("V")


class PhraseIndex(Generic[V]):
    """Phrases (stemmed word tuples) filed by first word and then by length, longest first,
    so each word of a goal is looked up once per length instead of compared with every
    phrase that starts with it. The thesaurus and the needs both find their phrases here."""

    def __init__(self) -> None:
        self._by_first: dict[str, dict[int, dict[Phrase, list[V]]]] = {}

    def add(self, key: Phrase, value: V) -> None:
        lengths = self._by_first.setdefault(key[0], {})
        if len(key) not in lengths:
            lengths[len(key)] = {}
            ordered = sorted(lengths.items(), key=lambda item: -item[0])
            lengths.clear()
            lengths.update(ordered)
        lengths[len(key)].setdefault(key, []).append(value)

    def find(self, stems: Sequence[str]) -> Iterator[tuple[int, int, V]]:
        """Every phrase in `stems`, as (start, end, value): in word order, and at each word
        the longest phrase first."""
        for i, first in enumerate(stems):
            for size, phrases in self._by_first.get(first, {}).items():
                for value in phrases.get(tuple(stems[i : i + size]), ()):
                    yield i, i + size, value


def phrase_key(phrase: str) -> Phrase:
    return tuple(stem(w) for w in words(phrase))


def _check_phrases(value: list[str]) -> list[str]:
    for item in value:
        if not words(item):
            raise ValueError(f"'{item}' has no letters or digits; remove it")
    return value


def _check_groups(value: list[list[str]]) -> list[list[str]]:
    for group in value:
        if not group:
            raise ValueError("a `when` group is empty; give it at least one phrase")
        _check_phrases(group)
    return value


def _reason_words(value: str, most: int) -> str:
    """Words that go into a reason: short, and no meaningful word twice."""
    if len(value.split()) > most:
        raise ValueError(f"keep it to {most} words or fewer; it is read out in every reason")
    terms = content_terms(value)
    twice = sorted({t for t in terms if terms.count(t) > 1})
    if twice:
        raise ValueError(f"says '{twice[0]}' twice; reasons never repeat a word")
    return value


class FunctionTerm(BaseModel):
    """What an idea does, and the words that show it does it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    does: str = Field(min_length=3, description="Finishes 'it ...', e.g. 'alerts you'.")
    cues: list[str] = Field(min_length=1, description="Words in an entry that show it.")
    note: str = ""

    @field_validator("does")
    @classmethod
    def _plain(cls, value: str) -> str:
        return _reason_words(value, 8)

    @field_validator("cues")
    @classmethod
    def _cues(cls, value: list[str]) -> list[str]:
        for cue in value:
            terms = content_terms(cue)
            if len(terms) == 1 and len(words(cue)) > 1:
                raise ValueError(
                    f"'{cue}' comes down to '{terms[0]}' alone (its other words are too "
                    "common to look up); write that word on its own, or another cue"
                )
            if not 1 <= len(terms) <= 2:
                raise ValueError(
                    f"'{cue}' should be one or two meaningful words (an entry's words are "
                    "looked up one at a time, or two side by side in its names)"
                )
        return value


class NeedTerm(BaseModel):
    """A need a goal can describe without naming it, and what meets it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    need: str = Field(min_length=3, description="Finishes 'so you can ...'.")
    when: list[list[str]] = Field(
        min_length=1, description="Groups of phrases; one from every group must be in the goal."
    )
    functions: list[str] = Field(default_factory=list)
    means: list[str] = Field(default_factory=list)
    activities: list[str] = Field(default_factory=list)
    helps_with: list[str] = Field(default_factory=list)
    not_about: list[str] = Field(default_factory=list, description="Object words to play down.")
    note: str = ""

    @field_validator("need")
    @classmethod
    def _short_and_plain(cls, value: str) -> str:
        return _reason_words(value, 12)

    @field_validator("when")
    @classmethod
    def _groups(cls, value: list[list[str]]) -> list[list[str]]:
        return _check_groups(value)

    @field_validator("means", "not_about")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


class FunctionWords(BaseModel):
    """A language's words for what an idea does (needs.<language>.toml): `does` only."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    does: str = Field(min_length=3)
    note: str = ""

    @field_validator("does")
    @classmethod
    def _plain(cls, value: str) -> str:
        return _reason_words(value, 10)


class NeedWords(BaseModel):
    """A language's words for a need: how people say it (`when`), and `need` for the reason.
    What meets it (functions, means, activities) stays the English need's."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    need: str = Field(min_length=3)
    when: list[list[str]] = Field(min_length=1)
    not_about: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("need")
    @classmethod
    def _short_and_plain(cls, value: str) -> str:
        return _reason_words(value, 14)

    @field_validator("when")
    @classmethod
    def _groups(cls, value: list[list[str]]) -> list[list[str]]:
        return _check_groups(value)

    @field_validator("not_about")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


@dataclass(frozen=True)
class Function:
    id: str
    does: str
    cues: tuple[str, ...]  # stems (single-word cues) and bigram terms ("smoke_alarm")


@dataclass(frozen=True)
class Need:
    id: str
    need: str
    when: tuple[tuple[Phrase, ...], ...]
    functions: tuple[str, ...]
    means: tuple[str, ...]
    activities: tuple[str, ...]
    helps_with: tuple[str, ...]
    not_about: tuple[str, ...]  # stems


def make_function(term: FunctionTerm) -> Function:
    cues = ["_".join(content_terms(cue)) for cue in term.cues]
    return Function(term.id, term.does, tuple(dict.fromkeys(cues)))


def make_need(term: NeedTerm) -> Need:
    return Need(
        term.id,
        term.need,
        tuple(tuple(phrase_key(p) for p in group) for group in term.when),
        tuple(term.functions),
        tuple(term.means),
        tuple(term.activities),
        tuple(term.helps_with),
        tuple(s for p in term.not_about for s in phrase_key(p)),
    )


def in_language(need: Need, words_for: NeedWords) -> tuple[Need, Need]:
    """The need as the language says it (its own `when`), and the English one with the
    language's `need` words, for goals that mix the two languages."""
    said_so = replace(need, need=words_for.need)
    own = replace(
        said_so,
        when=tuple(tuple(phrase_key(p) for p in group) for group in words_for.when),
        not_about=need.not_about + tuple(s for p in words_for.not_about for s in phrase_key(p)),
    )
    return own, said_so


@dataclass(frozen=True)
class FoundNeed:
    """A need read in a goal, with the words that showed it (as typed, for the reason)."""

    need: Need
    said: tuple[str, ...]


@dataclass
class NeedFinder:
    """Finds needs in a goal in one pass over its words."""

    needs: list[Need]
    phrases: PhraseIndex[tuple[int, int]]  # -> (need, group)

    @classmethod
    def of(cls, needs: list[Need]) -> NeedFinder:
        phrases: PhraseIndex[tuple[int, int]] = PhraseIndex()
        for n, need in enumerate(needs):
            for g, group in enumerate(need.when):
                for key in group:
                    if key:
                        phrases.add(key, (n, g))
        return cls(needs, phrases)

    def find(self, stems: list[str], typed: list[str]) -> list[FoundNeed]:
        """The needs whose every group is in the goal, with the typed words that showed them."""
        spans: dict[int, dict[int, tuple[int, int]]] = {}
        for start, end, (n, g) in self.phrases.find(stems):
            spans.setdefault(n, {}).setdefault(g, (start, end))
        found: list[FoundNeed] = []
        for n, groups in spans.items():
            need = self.needs[n]
            if len(groups) == len(need.when) and all(f.need.id != need.id for f in found):
                said = tuple(  # in the need's group order: what it is about comes first
                    dict.fromkeys(" ".join(typed[a:b]) for _, (a, b) in sorted(groups.items()))
                )
                found.append(FoundNeed(need, said))
        return found
