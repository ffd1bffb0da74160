"""Catalogue translations, written by the community: catalogue/translations/<language>/<id>.toml
holds one entry's words in that language (name, everyday names, summary, description, safety,
the cost note and the routes' words). Everything else (ids, costs, ways, nations) stays the
entry's own.

A translation is checked like an entry: a strict schema, its id must be an entry's, safety must
be there when the entry has it, and the routes must match the entry's one for one. A bad file is
a clear problem and is left out; the entry then shows in English.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from carematch.catalogue.loader import describe_validation_error
from carematch.catalogue.model import Entry, ShortText
from carematch.catalogue.problems import Problem
from carematch.i18n import _, ngettext

MAX_FILE = 64 * 1024
Words = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]


class RouteWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ask: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    who: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    note: Words = ""


class Translation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    name: ShortText
    aliases: list[ShortText] = Field(min_length=1, max_length=30)
    summary: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1, max_length=4000)
    safety: str = Field(default="", max_length=2000)
    cost_note: Words = ""
    routes: list[RouteWords] = Field(default_factory=list)


def translations_folder(catalogue_dir: Path, language: str) -> Path:
    return catalogue_dir / "translations" / language


def load_translations(
    folder: Path, language: str, entries: dict[str, Entry]
) -> tuple[dict[str, Translation], list[Problem], str]:
    """The valid translations in `folder`, the problems with the others, and a key that
    changes whenever any file changes (for the match index's cache)."""
    found: dict[str, Translation] = {}
    problems: list[Problem] = []
    digest = hashlib.sha256(language.encode())
    if not folder.is_dir():
        return found, problems, digest.hexdigest()
    for path in sorted(folder.glob("*.toml")):
        label = f"translations/{language}/{path.name}"
        try:
            raw = path.read_bytes()
            if len(raw) > MAX_FILE:
                raise ValueError(_("the file is over {n} KB").format(n=MAX_FILE // 1024))
            digest.update(path.name.encode() + b"\0" + raw)
            data = tomllib.loads(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            problems.append(Problem(label, "", _("cannot be read: {problem}").format(problem=exc)))
            continue
        try:
            translation = Translation.model_validate(data)
        except ValidationError as exc:
            problems.extend(Problem(label, f, m) for f, m in describe_validation_error(exc))
            continue
        problems_before = len(problems)
        entry = entries.get(translation.id)
        if translation.id != path.stem:
            problems.append(
                Problem(
                    label,
                    "id",
                    _("the id '{id}' is not the file's name").format(id=translation.id),
                )
            )
        elif entry is None:
            problems.append(
                Problem(
                    label,
                    "id",
                    _("'{id}' is not an idea in the catalogue").format(id=translation.id),
                )
            )
        if translation.language != language:
            problems.append(
                Problem(
                    label,
                    "language",
                    _("says '{said}' in the '{language}' folder").format(
                        said=translation.language, language=language
                    ),
                )
            )
        if entry is not None:
            if entry.safety and not translation.safety:
                problems.append(
                    Problem(label, "safety", _("the idea has safety words: translate them"))
                )
            if translation.routes and len(translation.routes) != len(entry.routes):
                n = len(entry.routes)
                problems.append(
                    Problem(
                        label,
                        "routes",
                        ngettext(
                            "the idea has {n} route(s); give the words for each, in the same order",
                            "the idea has {n} route(s); give the words for each, in the same order",
                            n,
                        ).format(n=n),
                    )
                )
        if len(problems) == problems_before and entry is not None:
            found[translation.id] = translation
    return found, problems, digest.hexdigest()


def translated(entry: Entry, words: Translation) -> Entry:
    """The entry in the translation's words. Its English names stay among the everyday names,
    so a person who types them (or a name on a box) still finds it."""
    aliases = list(dict.fromkeys([*words.aliases, entry.name, *entry.aliases]))
    routes = entry.routes
    if words.routes:
        routes = [
            route.model_copy(
                update={
                    "ask": w.ask or route.ask,
                    "who": w.who or route.who,
                    "note": w.note or route.note,
                }
            )
            for route, w in zip(entry.routes, words.routes, strict=True)
        ]
    cost = entry.cost.model_copy(update={"note": words.cost_note or entry.cost.note})
    return entry.model_copy(
        update={
            "name": words.name,
            "aliases": aliases,
            "summary": words.summary,
            "description": words.description,
            "safety": words.safety or entry.safety,
            "routes": routes,
            "cost": cost,
        }
    )
