"""The community thesaurus: everyday words and phrases, and what they mean to the matcher.

`catalogue/thesaurus.toml` holds `[[term]]` tables. Each lists `phrases` a person might type and
what they point at: words to look for in entries (`means`), and activities, difficulties
(`helps_with`) and places from the vocabulary. It is validated like the entries: every problem
is reported with the file, the field and what to do.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from carematch.catalogue.loader import describe_validation_error
from carematch.catalogue.problems import Problem
from carematch.catalogue.vocabulary import Vocabulary
from carematch.matching.needs import (
    Function,
    FunctionTerm,
    FunctionWords,
    Need,
    NeedFinder,
    NeedTerm,
    NeedWords,
    PhraseIndex,
    in_language,
    make_function,
    make_need,
)
from carematch.matching.text import stem, words


class ThesaurusTerm(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    phrases: list[str] = Field(min_length=1, description="What people type.")
    means: list[str] = Field(default_factory=list, description="Words to look for in entries.")
    activities: list[str] = Field(default_factory=list)
    helps_with: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("phrases", "means")
    @classmethod
    def _not_blank(cls, value: list[str]) -> list[str]:
        for item in value:
            if not words(item):
                raise ValueError(f"'{item}' has no letters or digits; remove it")
        return value


@dataclass(frozen=True)
class Meaning:
    """What one matched phrase contributes to a query."""

    phrase: str
    means: tuple[str, ...]
    activities: tuple[str, ...]
    helps_with: tuple[str, ...]
    places: tuple[str, ...]


@dataclass
class Thesaurus:
    phrases: PhraseIndex[Meaning] = field(default_factory=PhraseIndex)
    problems: list[Problem] = field(default_factory=list)
    size: int = 0
    known_words: set[str] = field(default_factory=set)
    functions: dict[str, Function] = field(default_factory=dict)
    needs: NeedFinder = field(default_factory=lambda: NeedFinder.of([]))

    def add(self, phrase: str, meaning: Meaning) -> None:
        key = tuple(stem(w) for w in words(phrase))
        if not key:
            return
        self.known_words.update(words(phrase))
        self.phrases.add(key, meaning)

    def find(self, stems: list[str]) -> list[tuple[int, int, Meaning]]:
        """Every phrase found in a stemmed word sequence, as (start, end, meaning), the
        longest first at each word."""
        return list(self.phrases.find(stems))


def _unknown_ids(
    table: BaseModel, groups: tuple[str, ...], vocab: Vocabulary
) -> list[tuple[str, str]]:
    """Vocabulary ids a term or need uses that vocabulary.toml does not have."""
    issues = []
    for group in groups:
        known = vocab.group(group)
        unknown = [v for v in getattr(table, group) if v not in known]
        if unknown:
            issues.append((group, f"unknown id {', '.join(unknown)}; use ids from vocabulary.toml"))
    return issues


M = TypeVar("M", bound=BaseModel)


def _validated(
    model: type[M], raw: object, thesaurus: Thesaurus, label: str, where: str
) -> M | None:
    """One table checked against its model; what is wrong is reported and the table skipped."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for fld, msg in describe_validation_error(exc):
            thesaurus.problems.append(Problem(label, f"{where}.{fld}", msg))
        return None


def _check_terms(term: ThesaurusTerm, vocab: Vocabulary) -> list[tuple[str, str]]:
    issues = _unknown_ids(term, ("activities", "helps_with", "places"), vocab)
    if not (term.means or term.activities or term.helps_with or term.places):
        issues.append(("means", "says nothing: add means, activities, helps_with or places"))
    return issues


def _read(path: Path, thesaurus: Thesaurus, tables: set[str]) -> dict[str, object] | None:
    """A TOML file's tables, or None (a missing file is no problem; a broken one is)."""
    label = path.name
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        thesaurus.problems.append(
            Problem(label, "", "the file is not UTF-8 text; save it as UTF-8")
        )
        return None
    except tomllib.TOMLDecodeError as exc:
        thesaurus.problems.append(Problem(label, "", f"not valid TOML: {exc}"))
        return None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        thesaurus.problems.append(
            Problem(label, "", "brackets are nested far too deeply; check them")
        )
        return None
    extra = set(data) - tables
    if extra:
        allowed = " and ".join(f"[[{t}]]" for t in sorted(tables))
        thesaurus.problems.append(
            Problem(label, ", ".join(sorted(extra)), f"unknown table; only {allowed} allowed")
        )
    return data


def load_thesaurus(path: Path, vocab: Vocabulary, extra: Sequence[Path] = ()) -> Thesaurus:
    """Load and validate a thesaurus file, the needs file beside it (needs.toml) and any
    `extra` term files (a language's own, thesaurus.cy.toml); bad terms are skipped and
    reported."""
    thesaurus = Thesaurus()
    needs_path = path.with_name("needs.toml")
    data = _read(path, thesaurus, {"term"})
    if data is None:
        return thesaurus
    _add_terms(thesaurus, data, vocab, path.name)
    for more in extra:
        found = _read(more, thesaurus, {"term"})
        if found is not None:
            _add_terms(thesaurus, found, vocab, more.name)
    _add_vocabulary_words(thesaurus, vocab)
    needs = _read(needs_path, thesaurus, {"function", "need"})
    if needs is not None:
        _load_needs(thesaurus, needs, vocab, needs_path.name)
        for more in extra:  # thesaurus.cy.toml -> needs.cy.toml: the needs in that language
            own = more.with_name(more.name.replace("thesaurus.", "needs.", 1))
            said = _read(own, thesaurus, {"function", "need"}) if own.is_file() else None
            if said is not None:
                _load_need_words(thesaurus, said, own.name)
    return thesaurus


def _load_need_words(thesaurus: Thesaurus, data: dict[str, object], label: str) -> None:
    """A language's words for the needs and functions needs.toml defines (by id): its own
    `when` phrases find the need, and its `need` and `does` words make the reason."""
    for n, raw in enumerate(_tables(data, "function", thesaurus, label), start=1):
        fn = _validated(FunctionWords, raw, thesaurus, label, f"function {n}")
        if fn is None:
            continue
        if fn.id not in thesaurus.functions:
            thesaurus.problems.append(
                Problem(label, f"function {n}.id", f"no function '{fn.id}' in needs.toml")
            )
            continue
        thesaurus.functions[fn.id] = replace(thesaurus.functions[fn.id], does=fn.does)
    english = {need.id: i for i, need in enumerate(thesaurus.needs.needs)}
    needs = list(thesaurus.needs.needs)
    own: list[Need] = []
    for n, raw in enumerate(_tables(data, "need", thesaurus, label), start=1):
        words_for = _validated(NeedWords, raw, thesaurus, label, f"need {n}")
        if words_for is None:
            continue
        if words_for.id not in english:
            thesaurus.problems.append(
                Problem(label, f"need {n}.id", f"no need '{words_for.id}' in needs.toml")
            )
            continue
        i = english[words_for.id]
        theirs, needs[i] = in_language(needs[i], words_for)
        own.append(theirs)
        for group in words_for.when:
            for phrase in group:
                thesaurus.known_words.update(words(phrase))
    thesaurus.needs = NeedFinder.of(own + needs)  # the language's own words are read first


def _add_terms(
    thesaurus: Thesaurus, data: dict[str, object], vocab: Vocabulary, label: str
) -> None:
    for n, raw in enumerate(_tables(data, "term", thesaurus, label), start=1):
        where = f"term {n}"
        term = _validated(ThesaurusTerm, raw, thesaurus, label, where)
        if term is None:
            continue
        issues = _check_terms(term, vocab)
        if issues:
            thesaurus.problems.extend(Problem(label, f"{where}.{f}", m) for f, m in issues)
            continue
        for phrase in term.phrases:
            meaning = Meaning(
                phrase,
                tuple(term.means),
                tuple(term.activities),
                tuple(term.helps_with),
                tuple(term.places),
            )
            thesaurus.add(phrase, meaning)
        thesaurus.size += 1


def _tables(data: dict[str, object], name: str, thesaurus: Thesaurus, label: str) -> list[object]:
    raw = data.get(name, [])
    if isinstance(raw, list):
        return raw
    thesaurus.problems.append(Problem(label, name, f"write each {name} as a [[{name}]] table"))
    return []


def _load_needs(
    thesaurus: Thesaurus, data: dict[str, object], vocab: Vocabulary, label: str
) -> None:
    """`[[function]]` and `[[need]]` tables: bad ones are skipped and reported, like terms."""
    for n, raw in enumerate(_tables(data, "function", thesaurus, label), start=1):
        fn = _validated(FunctionTerm, raw, thesaurus, label, f"function {n}")
        if fn is None:
            continue
        if fn.id in thesaurus.functions:
            thesaurus.problems.append(
                Problem(label, f"function {n}.id", f"'{fn.id}' is used twice; give it a new id")
            )
            continue
        thesaurus.functions[fn.id] = make_function(fn)
    needs: list[Need] = []
    seen: set[str] = set()
    for n, raw in enumerate(_tables(data, "need", thesaurus, label), start=1):
        where = f"need {n}"
        need = _validated(NeedTerm, raw, thesaurus, label, where)
        if need is None:
            continue
        issues = _unknown_ids(need, ("activities", "helps_with"), vocab)
        unknown = [f for f in need.functions if f not in thesaurus.functions]
        if unknown:
            issues.append(
                ("functions", f"unknown function {', '.join(unknown)}; add a [[function]] first")
            )
        if need.id in seen:
            issues.append(("id", f"'{need.id}' is used twice; give it a new id"))
        if not (need.functions or need.means or need.activities or need.helps_with):
            issues.append(
                ("functions", "says nothing: add functions, means, activities or helps_with")
            )
        if issues:
            thesaurus.problems.extend(Problem(label, f"{where}.{f}", m) for f, m in issues)
            continue
        seen.add(need.id)
        needs.append(make_need(need))
        for group in need.when:
            for phrase in group:
                thesaurus.known_words.update(words(phrase))
    thesaurus.needs = NeedFinder.of(needs)


def _add_vocabulary_words(thesaurus: Thesaurus, vocab: Vocabulary) -> None:
    """The vocabulary's own ids ("grip", "kitchen", "one hand") are phrases too."""
    for hid in vocab.helps_with:
        phrase = hid.replace("-", " ")
        thesaurus.add(phrase, Meaning(phrase, (), (), (hid,), ()))
    for pid in vocab.places:
        if pid in ("anywhere", "whole-home"):
            continue
        phrase = pid.replace("-", " ")
        thesaurus.add(phrase, Meaning(phrase, (), (), (), (pid,)))
