"""The match index, built once per catalogue: BM25F postings over weighted fields.

Name and aliases weigh more than the summary, which weighs more than the description. Each
posting stores a term's saturated, length-normalised weight in one entry, so a query only adds
numbers up. Two-word phrases from names and aliases are indexed too ("grab_rail").
"""

from __future__ import annotations

import marshal
import math
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from carematch.catalogue.model import Entry
from carematch.matching.text import agent_base, content_terms, stem, terms_of, words

FIELD_WEIGHTS = {"name": 3.0, "aliases": 2.5, "summary": 1.2, "description": 0.5}
AGENT_WEIGHT = 1.5  # "drain" found inside "drainer" in a name or alias
BIGRAM_WEIGHT = 2.0
K1 = 1.2
INDEX_FORMAT = 3  # bump whenever scoring inputs or the layout change
POSTING_CAP = 2000  # long postings are stored best-first; a query reads at most this many
B = 0.6


def field_terms(text: str) -> list[str]:
    return content_terms(text)


def bigrams(terms: list[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in pairwise(terms)]


@dataclass
class MatchIndex:
    entries: list[Entry]
    postings: dict[str, tuple[list[int], list[float]]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    surface_words: Counter[str] = field(default_factory=Counter)
    by_activity: dict[str, list[int]] = field(default_factory=dict)
    by_helps: dict[str, list[int]] = field(default_factory=dict)
    by_place: dict[str, list[int]] = field(default_factory=dict)
    _sets: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, entries: list[Entry]) -> MatchIndex:
        entries = sorted(entries, key=lambda e: e.id)
        index = cls(entries=entries)
        per_entry: list[dict[str, list[str]]] = []
        raw_names: list[list[str]] = []
        lengths: dict[str, float] = dict.fromkeys(FIELD_WEIGHTS, 0.0)
        surface = index.surface_words
        for entry in entries:
            raw = {
                "name": words(entry.name),
                "aliases": [w for a in entry.aliases for w in words(a)],
                "summary": words(entry.summary),
                "description": words(entry.description),
            }
            fields = {name: terms_of(ws) for name, ws in raw.items()}
            raw_names.append(raw["name"] + raw["aliases"])
            for name, ws in raw.items():
                lengths[name] += len(fields[name])
                surface.update(ws)
            per_entry.append(fields)
        n = max(len(entries), 1)
        avg = {name: max(total / n, 1.0) for name, total in lengths.items()}
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, fields in enumerate(per_entry):
            weighted: dict[str, float] = defaultdict(float)
            for name, terms in fields.items():
                norm = 1.0 - B + B * len(terms) / avg[name]
                w = FIELD_WEIGHTS[name] / norm
                for term, tf in Counter(terms).items():
                    weighted[term] += w * tf
            entry = entries[i]
            phrase_terms = [
                bg for text in (entry.name, *entry.aliases) for bg in bigrams(field_terms(text))
            ]
            for bg in set(phrase_terms):
                weighted[bg] += BIGRAM_WEIGHT
            bases = {b for b in map(agent_base, raw_names[i]) if b is not None}
            for agent_term in {stem(b) for b in bases}:
                if agent_term not in weighted:
                    weighted[agent_term] += AGENT_WEIGHT
            for term, wtf in weighted.items():
                ids, vals = postings.setdefault(term, ([], []))
                ids.append(i)
                vals.append(wtf / (K1 + wtf))
        for term, (ids, vals) in postings.items():
            if len(ids) > POSTING_CAP:  # only in very large catalogues
                order = sorted(range(len(ids)), key=lambda k: (-vals[k], ids[k]))
                postings[term] = ([ids[k] for k in order], [vals[k] for k in order])
        index.postings = postings
        for word in [w for w in surface if not w.isalpha()]:
            del surface[word]
        index.idf = {
            t: math.log(1.0 + (n - len(p[0]) + 0.5) / (len(p[0]) + 0.5))
            for t, p in postings.items()
        }
        for i, entry in enumerate(entries):
            for a in entry.activities:
                index.by_activity.setdefault(a, []).append(i)
            for h in entry.helps_with:
                index.by_helps.setdefault(h, []).append(i)
            for p in entry.places:
                index.by_place.setdefault(p, []).append(i)
        return index

    # --- a compiled copy on disk, keyed by the catalogue's content hash ---------------------
    def to_plain(self) -> dict[str, object]:
        return {
            "format": INDEX_FORMAT,
            "ids": [e.id for e in self.entries],
            "postings": self.postings,
            "idf": self.idf,
            "surface": dict(self.surface_words),
            "activity": self.by_activity,
            "helps": self.by_helps,
            "place": self.by_place,
        }

    @classmethod
    def from_plain(cls, data: dict[str, Any], entries: dict[str, Entry]) -> MatchIndex | None:
        if data.get("format") != INDEX_FORMAT:
            return None
        try:
            ordered = [entries[i] for i in data["ids"]]
        except KeyError:
            return None
        return cls(
            entries=ordered,
            postings={t: (list(ids), list(vals)) for t, (ids, vals) in data["postings"].items()},
            idf=data["idf"],
            surface_words=Counter(data["surface"]),
            by_activity=data["activity"],
            by_helps=data["helps"],
            by_place=data["place"],
        )

    @classmethod
    def load_or_build(
        cls, entries: dict[str, Entry], key: str, cache_dir: Path | None
    ) -> MatchIndex:
        """Reuse the index saved for this exact catalogue content, or build and save it."""
        path = cache_dir / f"index-{key[:32]}.bin" if cache_dir and key else None
        if path is not None and path.is_file():
            try:
                data = marshal.loads(path.read_bytes())
                index = cls.from_plain(data, entries) if isinstance(data, dict) else None
            except (OSError, EOFError, ValueError, TypeError):
                index = None
            if index is not None and len(index.entries) == len(entries):
                return index
        index = cls.build(list(entries.values()))
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                for old in path.parent.glob("index-*.bin"):
                    old.unlink(missing_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(marshal.dumps(index.to_plain()))
                os.replace(tmp, path)
            except OSError:
                pass  # a cache that cannot be written only costs time
        return index

    def members(self, kind: str, concept: str) -> frozenset[int]:
        """The entries with an activity, difficulty or place, as a set (built when first asked)."""
        key = (kind, concept)
        found = self._sets.get(key)
        if found is None:
            source = {"activity": self.by_activity, "helps": self.by_helps, "place": self.by_place}[
                kind
            ]
            found = frozenset(source.get(concept, ()))
            self._sets[key] = found
        return found

    def knows(self, word: str) -> bool:
        return word in self.surface_words or stem(word) in self.postings
