"""The controlled vocabularies entries draw from: activities (with ICF codes), what an idea
helps with, places, ways to get it, and the ISO 9999 classes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from carematch.i18n import _

ISO_CODE = re.compile(r"^\d{2}( \d{2}( \d{2})?)?$")
ICF_CODE = re.compile(r"^d\d{3,5}$")


class VocabularyError(ValueError):
    """The vocabulary or ISO file itself is broken; nothing can be checked against it."""


@dataclass(frozen=True)
class Term:
    id: str
    name: str
    icf: str = ""
    description: str = ""


@dataclass
class Vocabulary:
    activities: dict[str, Term] = field(default_factory=dict)
    helps_with: dict[str, Term] = field(default_factory=dict)
    places: dict[str, Term] = field(default_factory=dict)
    ways_to_get: dict[str, Term] = field(default_factory=dict)
    iso_edition: str = ""
    iso_classes: dict[str, str] = field(default_factory=dict)
    iso_subclasses: dict[str, str] = field(default_factory=dict)

    def group(self, name: str) -> dict[str, Term]:
        return {
            "activities": self.activities,
            "helps_with": self.helps_with,
            "places": self.places,
            "ways_to_get": self.ways_to_get,
        }[name]

    def iso_problem(self, code: str) -> str | None:
        """Why an ISO 9999 code is not acceptable, or None when it is."""
        if not ISO_CODE.match(code):
            return _(
                "'{code}' is not an ISO 9999 code. Write the class and, if you know them, "
                "the subclass and division as two-digit groups, like '15 03' or '15 03 06'."
            ).format(code=code)
        parts = code.split(" ")
        if parts[0] not in self.iso_classes:
            return _("ISO 9999 class '{code}' does not exist. See catalogue/iso9999.toml.").format(
                code=parts[0]
            )
        if len(parts) >= 2 and " ".join(parts[:2]) not in self.iso_subclasses:
            return _(
                "ISO 9999 subclass '{code}' is not in catalogue/iso9999.toml. "
                "Check the code, or add the subclass there if it is real."
            ).format(code=" ".join(parts[:2]))
        return None

    def iso_title(self, code: str) -> str:
        parts = code.split(" ")
        sub = " ".join(parts[:2])
        return self.iso_subclasses.get(sub) or self.iso_classes.get(parts[0], "")


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise VocabularyError(_("{path}: file not found.").format(path=path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise VocabularyError(
            _("{path}: not valid TOML ({problem}).").format(path=path, problem=exc)
        ) from exc
    except RecursionError as exc:
        raise VocabularyError(
            _("{path}: not valid TOML (nested too deeply).").format(path=path)
        ) from exc


def _terms(path: Path, data: dict, group: str, need_icf: bool) -> dict[str, Term]:
    raw = data.get(group)
    if not isinstance(raw, dict) or not raw:
        raise VocabularyError(
            _("{path}: the [{group}] table is missing or empty.").format(path=path, group=group)
        )
    terms: dict[str, Term] = {}
    for key, value in raw.items():
        if not isinstance(value, dict) or not isinstance(value.get("name"), str):
            raise VocabularyError(
                _("{path}: [{group}.{key}] needs a name.").format(path=path, group=group, key=key)
            )
        icf = str(value.get("icf", ""))
        if need_icf and not ICF_CODE.match(icf):
            raise VocabularyError(
                _(
                    "{path}: [{group}.{key}] needs an ICF activity code like 'd450', not '{icf}'."
                ).format(path=path, group=group, key=key, icf=icf)
            )
        terms[key] = Term(key, value["name"], icf, str(value.get("description", "")))
    return terms


def load_vocabulary(catalogue_dir: Path) -> Vocabulary:
    """Read vocabulary.toml and iso9999.toml from a catalogue folder."""
    vocab_path = catalogue_dir / "vocabulary.toml"
    data = _read_toml(vocab_path)
    iso_path = catalogue_dir / "iso9999.toml"
    iso = _read_toml(iso_path)
    classes = iso.get("classes", {})
    subclasses = iso.get("subclasses", {})
    if not classes:
        raise VocabularyError(
            _("{path}: the [{group}] table is missing or empty.").format(
                path=iso_path, group="classes"
            )
        )
    return Vocabulary(
        activities=_terms(vocab_path, data, "activities", need_icf=True),
        helps_with=_terms(vocab_path, data, "helps_with", need_icf=False),
        places=_terms(vocab_path, data, "places", need_icf=False),
        ways_to_get=_terms(vocab_path, data, "ways_to_get", need_icf=False),
        iso_edition=str(iso.get("edition", "")),
        iso_classes={str(k): str(v) for k, v in classes.items()},
        iso_subclasses={str(k): str(v) for k, v in subclasses.items()},
    )


def translate_vocabulary(vocab: Vocabulary, path: Path) -> None:
    """Put a language's names (vocabulary.<language>.toml: the same tables, with names and
    descriptions only) over the English ones; ids stay. A term missing there keeps its
    English; a missing or unreadable file changes nothing."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for group in ("activities", "helps_with", "places", "ways_to_get"):
        words = data.get(group)
        if not isinstance(words, dict):
            continue
        terms = vocab.group(group)
        for term_id, term in list(terms.items()):
            found = words.get(term_id)
            if isinstance(found, dict) and isinstance(found.get("name"), str) and found["name"]:
                terms[term_id] = replace(
                    term,
                    name=found["name"][:80],
                    description=str(found.get("description", term.description))[:300],
                )


def vocabulary_translation_problems(vocab: Vocabulary, path: Path) -> list[tuple[str, str]]:
    """(field, message) for ids a vocabulary.<language>.toml names that vocabulary.toml does
    not have, and for terms without a name."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [("", _("cannot be read: {problem}").format(problem=exc))]
    problems = []
    for group, words in data.items():
        if group not in ("activities", "helps_with", "places", "ways_to_get"):
            problems.append((group, _("is not a vocabulary group")))
            continue
        known = vocab.group(group) if isinstance(words, dict) else {}
        for term_id, found in words.items() if isinstance(words, dict) else []:
            if term_id not in known:
                problems.append((f"{group}.{term_id}", _("is not in vocabulary.toml")))
            elif not isinstance(found, dict) or not str(found.get("name", "")).strip():
                problems.append((f"{group}.{term_id}", _("needs a name")))
    return problems
