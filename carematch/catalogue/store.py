"""The catalogue as the app and CLI see it: the built-in entries plus any extra folders.

Extra folders override built-in entries with the same id (a community group's corrections,
a person's own entries). Every skipped file is kept as a `Problem` so the app can say how many
were skipped and why.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from carematch import paths
from carematch.catalogue.cache import CatalogueCache
from carematch.catalogue.loader import check_related
from carematch.catalogue.model import Entry
from carematch.catalogue.problems import Problem
from carematch.catalogue.vocabulary import Vocabulary, load_vocabulary, translate_vocabulary
from carematch.i18n import _, ngettext


@dataclass
class Catalogue:
    vocabulary: Vocabulary
    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)
    from_cache: bool = False
    files: int = 0
    content_key: str = ""  # changes whenever any entry, the vocabulary or the sources change
    vocabulary_dir: Path | None = None
    language: str = "en"  # the entries' words (translations applied where there are some)
    translated: int = 0  # how many entries are in `language`
    # a translated entry's English summary: matched (what it does, English words in a goal),
    # never shown
    source_words: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    @property
    def skipped_files(self) -> int:
        return len({p.file for p in self.problems})

    def skipped_summary(self) -> str:
        if not self.problems:
            return ""
        n = self.skipped_files
        return ngettext(
            "{n} catalogue file had problems and was skipped or partly used. "
            "Run 'carematch catalogue validate' to see them.",
            "{n} catalogue files had problems and were skipped or partly used. "
            "Run 'carematch catalogue validate' to see them.",
            n,
        ).format(n=n)


def entries_folder(source: Path) -> Path:
    """A catalogue folder keeps entries in entries/; a plain folder of entry files works too."""
    sub = source / "entries"
    return sub if sub.is_dir() else source


def _hash_files(*files: Path) -> str:
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()


def load_catalogue(
    extra: Sequence[Path] = (),
    *,
    builtin: bool = True,
    use_cache: bool = True,
    vocabulary_dir: Path | None = None,
    language: str = "en",
) -> Catalogue:
    """Load the built-in catalogue (unless builtin=False) and then each extra folder in order;
    with a language other than English, each entry that has a translation is in its words."""
    vocab_dir = vocabulary_dir or paths.builtin_catalogue_dir()
    vocab = load_vocabulary(vocab_dir)
    if language != "en":
        translate_vocabulary(vocab, vocab_dir / f"vocabulary.{language}.toml")
    vocab_hash = _hash_files(vocab_dir / "vocabulary.toml", vocab_dir / "iso9999.toml")
    cache = CatalogueCache(paths.cache_dir() if use_cache else None)
    sources = ([paths.builtin_catalogue_dir()] if builtin else []) + [Path(p) for p in extra]
    catalogue = Catalogue(vocabulary=vocab, vocabulary_dir=vocab_dir, from_cache=bool(sources))
    keys: list[str] = []
    for source in sources:
        folder = entries_folder(source)
        if not folder.is_dir():
            catalogue.problems.append(
                Problem(str(source), "", _("this folder does not exist or cannot be opened"))
            )
            continue
        result, hit = cache.load(folder, vocab, vocab_hash)
        catalogue.from_cache = catalogue.from_cache and hit
        catalogue.sources.append(folder)
        catalogue.problems.extend(result.problems)
        catalogue.files += result.files
        keys.append(result.key)
        for entry in result.entries:
            catalogue.entries[entry.id] = entry
    catalogue.problems.extend(check_related(catalogue.entries.values(), set(catalogue.entries)))
    if language != "en":
        keys.append(_translate(catalogue, vocab_dir, language))
    if keys and all(keys):
        catalogue.content_key = hashlib.sha256("|".join(keys).encode()).hexdigest()
    return catalogue


def _translate(catalogue: Catalogue, catalogue_dir: Path, language: str) -> str:
    """Put the entries that have a translation into its words; returns the translations' key."""
    from carematch.catalogue.translations import (
        load_translations,
        translated,
        translations_folder,
    )

    folder = translations_folder(catalogue_dir, language)
    found, problems, key = load_translations(folder, language, catalogue.entries)
    own_words = catalogue_dir / f"vocabulary.{language}.toml"
    if own_words.is_file():  # the vocabulary's names are in the index too
        key = hashlib.sha256((key + _hash_files(own_words)).encode()).hexdigest()
    catalogue.problems.extend(problems)
    for entry_id, words in found.items():
        catalogue.source_words[entry_id] = catalogue.entries[entry_id].summary
        catalogue.entries[entry_id] = translated(catalogue.entries[entry_id], words)
    catalogue.language, catalogue.translated = language, len(found)
    return key
