"""The match index, built once per catalogue: BM25F postings over weighted fields.

Name and aliases weigh more than the summary, which weighs more than the description. Each
posting stores a term's saturated, length-normalised weight in one entry, so a query only adds
numbers up. Two-word phrases from names and aliases are indexed too ("grab_rail").

All postings live in two flat arrays (entry positions, weights) cut up by per-term offsets, so
100,000 entries take tens of megabytes rather than hundreds, and the cached copy is those
arrays' bytes: reading it back is a copy, not a parse, and a checksum catches any damage.
Queries add up with plain loops: in CPython 3.11 they beat map/zip/dict.update pipelines.
"""

from __future__ import annotations

import heapq
import math
import os
import struct
import sys
import zlib
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, pairwise, repeat
from operator import le, neg
from pathlib import Path
from typing import TypeVar

from carematch import safefile
from carematch.catalogue.model import Entry
from carematch.matching import text as wording
from carematch.matching.text import agent_base, content_terms, stem, terms_of, words

# "source": a translated entry's English summary (matched, never shown), weighed as a summary
FIELD_WEIGHTS = {"name": 3.0, "aliases": 2.5, "summary": 1.2, "description": 0.5, "source": 1.2}
AGENT_WEIGHT = 1.5  # "drain" found inside "drainer" in a name or alias
BIGRAM_WEIGHT = 2.0
K1 = 1.2
INDEX_FORMAT = 5  # bump whenever scoring inputs or the layout change
POSTING_CAP = 2000  # a term keeps only its best this many postings, best first
B = 0.6
RECRUIT_BUDGET = 8000  # new candidates the long postings of one query may bring in, all told
SMALL_INDEX = 250_000  # postings: up to this many are also kept as lists (see Postings)

# The cache file: a header, a table of section lengths, then the sections, each padded to 8
# bytes. Numbers are in this machine's byte order, which the magic records.
_MAGIC = b"CMIDX" + sys.byteorder[0].encode() + b"\0\0"
_HEADER = struct.Struct("<8sIIII")  # magic, format, fingerprint, sections, CRC-32 of the rest
_SECTIONS = 17
_SEP = "\0"  # between the names in a text section; never inside an id, term or word
# A cache written by code that weighs or splits words differently must not be reused.
_WORDING = (
    sorted(wording.STOPWORDS),
    sorted(wording.NEGATIONS),
    sorted(wording.US_TO_UK.items()),
    sorted(wording.COMPARATIVES.items()),
    sorted(wording.WHOLE_WORDS),
    wording.STEMMER,
)
_FINGERPRINT = zlib.crc32(
    repr((FIELD_WEIGHTS, AGENT_WEIGHT, BIGRAM_WEIGHT, K1, B, POSTING_CAP, _WORDING)).encode()
)
_N = TypeVar("_N", int, float)
Posting = tuple[Sequence[int], Sequence[float]]


def field_terms(text: str) -> list[str]:
    return content_terms(text)


def bigrams(terms: list[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in pairwise(terms)]


class Postings:
    """term -> (entry positions, weights): slices of two flat arrays, made when asked for."""

    def __init__(
        self,
        terms: list[str],
        df: array[int],
        offsets: array[int],
        ids: array[int],
        vals: array[float],
    ) -> None:
        self.number = dict(zip(terms, range(len(terms)), strict=True))
        self.df, self.offsets, self.ids, self.vals = df, offsets, ids, vals
        self.capped = any(map(POSTING_CAP.__lt__, df))  # only in a catalogue of thousands
        # A small catalogue's postings (a few megabytes) are kept as lists too, ready to read:
        # no slicing, and no new int and float objects, which cost short postings the most.
        self.lists: dict[str, Posting] | None = None
        if len(ids) <= SMALL_INDEX:
            ids_list, vals_list = ids.tolist(), vals.tolist()
            cuts = zip(terms, offsets, offsets[1:], strict=False)
            self.lists = {t: (ids_list[a:b], vals_list[a:b]) for t, a, b in cuts}

    def get(self, term: str) -> Posting | None:
        if self.lists is not None:
            return self.lists.get(term)
        k = self.number.get(term)
        if k is None:
            return None
        start, end = self.offsets[k], self.offsets[k + 1]
        return self.ids[start:end], self.vals[start:end]

    def __getitem__(self, term: str) -> Posting:
        found = self.get(term)
        if found is None:
            raise KeyError(term)
        return found

    def frequency(self, term: str) -> int:
        """How many entries hold the term (a capped posting lists fewer); KeyError if none."""
        return self.df[self.number[term]]

    def __contains__(self, term: object) -> bool:
        return term in self.number


class Idf:
    """idf[term], worked out from the term's frequency when asked (most terms never are)."""

    def __init__(self, postings: Postings, n: int) -> None:
        self.postings, self.n = postings, max(n, 1)

    def __getitem__(self, term: str) -> float:
        return _idf(self.n, self.postings.frequency(term))


def _idf(n: int, df: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


@dataclass
class MatchIndex:
    entries: list[Entry]
    postings: Postings
    surface_words: Counter[str] = field(default_factory=Counter)
    by_activity: Mapping[str, Sequence[int]] = field(default_factory=dict)
    by_helps: Mapping[str, Sequence[int]] = field(default_factory=dict)
    by_place: Mapping[str, Sequence[int]] = field(default_factory=dict)
    idf: Idf = field(init=False, repr=False)
    _sets: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.idf = Idf(self.postings, len(self.entries))
        if self.postings.lists is not None:  # small: lists, read faster (see Postings)
            self.by_activity, self.by_helps, self.by_place = (
                {c: list(positions) for c, positions in group.items()}
                for group in (self.by_activity, self.by_helps, self.by_place)
            )

    @classmethod
    def build(cls, entries: list[Entry], source_words: dict[str, str] | None = None) -> MatchIndex:
        """`source_words`: a translated entry's English summary, read as a field of its own."""
        entries = sorted(entries, key=lambda e: e.id)
        per_entry, extras, lengths, surface = _read_fields(entries, source_words or {})
        field_weights = list(FIELD_WEIGHTS.values())
        # a field's usual length among the entries that have it (few have a "source")
        having = [max(sum(1 for fields in per_entry if fields[k]), 1) for k in range(len(lengths))]
        avg = [max(total / n, 1.0) for total, n in zip(lengths, having, strict=True)]
        by_term: dict[str, tuple[array[int], array[float]]] = {}
        for i, fields in enumerate(per_entry):
            weighted: dict[str, float] = {}
            for k, terms in enumerate(fields):
                w = field_weights[k] / (1.0 - B + B * len(terms) / avg[k])
                for term, tf in Counter(terms).items():
                    weighted[term] = weighted.get(term, 0.0) + w * tf
            phrases, agents = extras[i]
            for bg in phrases:
                weighted[bg] = weighted.get(bg, 0.0) + BIGRAM_WEIGHT
            for agent_term in agents:
                if agent_term not in weighted:
                    weighted[agent_term] = AGENT_WEIGHT
            for term, wtf in weighted.items():
                posting = by_term.get(term)
                if posting is None:
                    posting = by_term[term] = (array("i"), array("d"))
                posting[0].append(i)
                posting[1].append(wtf / (K1 + wtf))
        del per_entry, extras
        groups: list[dict[str, array[int]]] = [{}, {}, {}]
        for i, entry in enumerate(entries):
            concepts = (entry.activities, entry.helps_with, entry.places)
            for group, names in zip(groups, concepts, strict=True):
                for c in names:
                    group.setdefault(c, array("i")).append(i)
        activity, helps, place = groups
        return cls(entries, _flatten(by_term), surface, activity, helps, place)

    def score(self, terms: dict[str, float], max_df: float = math.inf) -> dict[int, float]:
        """Text scores: scores[i] = sum of qw * idf * v over the query's (term, qw) and the
        term's postings, leaving out terms held by more than `max_df` entries.

        Short postings are read whole (always, in a catalogue of under POSTING_CAP entries).
        In a huge one the long postings, best first, bring in new entries only from their
        strongest RECRUIT_BUDGET contributions between them; the rest of each only adds to
        entries already found. A broad word then cannot flood the candidates (and the boosts
        after them) with entries it barely describes, and every candidate keeps its full score.
        """
        p = self.postings
        number, df, n, lists = p.number, p.df, self.idf.n, p.lists
        scores: dict[int, float] = {}
        get = scores.get
        chosen = []
        for term, qw in terms.items():
            k = number.get(term)
            if k is None or df[k] > max_df:
                continue
            ids, vals = lists[term] if lists is not None else p[term]
            w = qw * _idf(n, df[k])
            if p.capped:  # some postings were cut to POSTING_CAP: read them all together below
                chosen.append((ids, vals, w))
                continue
            for i, v in zip(ids, vals, strict=True):  # a plain loop beats map/zip tricks
                scores[i] = get(i, 0.0) + w * v
        if chosen:
            _read_budgeted(scores, chosen)
        return scores

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

    # --- a compiled copy on disk, keyed by the catalogue's content hash ---------------------
    @classmethod
    def load_or_build(
        cls,
        entries: dict[str, Entry],
        key: str,
        cache_dir: Path | None,
        source_words: dict[str, str] | None = None,
    ) -> MatchIndex:
        """Reuse the index saved for this exact catalogue content, or build and save it.
        A cache that is missing, damaged or cannot be written only costs time."""
        if not (cache_dir and key):
            return cls.build(list(entries.values()), source_words)
        path = cache_dir / f"index-{key[:32]}.bin"
        try:
            with os.fdopen(safefile.open_regular(path), "rb") as fh:
                index = cls.from_bytes(fh.read(), entries)
        except (OSError, ValueError, TypeError, IndexError, KeyError, struct.error):
            index = None  # missing or unreadable (anything else is checked, but never crashes)
        if index is not None:
            return index
        index = cls.build(list(entries.values()), source_words)
        blob = index.to_bytes()
        try:
            if blob is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                for old in path.parent.glob("index-*.bin"):
                    old.unlink(missing_ok=True)
                safefile.write_atomic(path, blob)  # a temporary file renamed over it
        except OSError:
            pass
        return index

    def to_bytes(self) -> bytes | None:
        """The cache file's bytes; None when a name holds the separator (then it is not cached)."""
        p, groups = self.postings, (self.by_activity, self.by_helps, self.by_place)
        texts = [[e.id for e in self.entries], list(p.number), list(self.surface_words)]
        texts += [list(group) for group in groups]
        if any(_SEP in name for names in texts for name in names):
            return None
        arrays: list[array[int] | array[float]] = [array("q", self.surface_words.values())]
        arrays += [p.df, p.offsets, p.ids, p.vals]
        for group in groups:
            offsets, positions = array("q", [0]), array("i")
            for part in group.values():
                positions.extend(part)
                offsets.append(len(positions))
            arrays += [offsets, positions]
        blobs = [_SEP.join(names).encode() for names in texts] + [a.tobytes() for a in arrays]
        table = array("q", map(len, blobs)).tobytes()
        body = b"".join([table, *(b + bytes(-len(b) % 8) for b in blobs)])
        header = _HEADER.pack(_MAGIC, INDEX_FORMAT, _FINGERPRINT, len(blobs), zlib.crc32(body))
        return header + body

    @classmethod
    def from_bytes(cls, data: bytes, entries: dict[str, Entry]) -> MatchIndex | None:
        """The index in a cache file, or None when the file is damaged, from other code or for
        other entries: the format, checksum, every length and every position are checked."""
        if len(data) < _HEADER.size:
            return None
        magic, fmt, fingerprint, count, crc = _HEADER.unpack_from(data)
        if (magic, fmt, fingerprint, count) != (_MAGIC, INDEX_FORMAT, _FINGERPRINT, _SECTIONS):
            return None
        body = memoryview(data)[_HEADER.size :]
        if zlib.crc32(body) != crc or len(body) < 8 * _SECTIONS:
            return None
        reader = _Reader(body)
        ids, terms, surface = reader.text(), reader.text(), reader.text()
        names = [reader.text() for _ in range(3)]
        counts, df = reader.fill(array("q")), reader.fill(array("i"))
        offsets, post_ids = reader.fill(array("q")), reader.fill(array("i"))
        post_vals = reader.fill(array("d"))
        cuts = [(reader.fill(array("q")), reader.fill(array("i"))) for _ in range(3)]
        n = len(ids)
        if (
            not reader.ok()
            or n != len(entries)
            or not all(map(str.__lt__, ids, ids[1:]))  # sorted, so no id twice
            or len(counts) != len(surface)
            or len(df) != len(terms)
            or len(post_vals) != len(post_ids)
            or not _valid_runs(offsets, len(terms), post_ids, n)
            or not all(_valid_runs(o, len(c), p, n) for c, (o, p) in zip(names, cuts, strict=True))
        ):
            return None
        try:
            ordered = [entries[i] for i in ids]
        except KeyError:
            return None
        activity, helps, place = (
            {c: positions[a:b] for c, a, b in zip(concepts, offs, offs[1:], strict=False)}
            for concepts, (offs, positions) in zip(names, cuts, strict=True)
        )
        postings = Postings(terms, df, offsets, post_ids, post_vals)
        surface_words = Counter(dict(zip(surface, counts, strict=True)))
        return cls(ordered, postings, surface_words, activity, helps, place)


def _read_fields(
    entries: list[Entry], source_words: dict[str, str]
) -> tuple[list[list[list[str]]], list[tuple[set[str], set[str]]], list[int], Counter[str]]:
    """Each entry's terms per field (FIELD_WEIGHTS order), its name phrases and agent terms;
    the fields' total lengths; and how often each plain word appears (for spelling)."""
    per_entry, extras, lengths, surface = [], [], [0] * len(FIELD_WEIGHTS), Counter[str]()
    for entry in entries:
        name_words, alias_words = words(entry.name), [words(a) for a in entry.aliases]
        raw = [name_words, [w for ws in alias_words for w in ws]]
        raw += [words(entry.summary), words(entry.description)]
        raw += [words(source_words.get(entry.id, ""))]
        fields = [terms_of(ws) for ws in raw]
        for k, ws in enumerate(raw):
            lengths[k] += len(fields[k])
            surface.update(ws)
        per_entry.append(fields)
        phrases = {bg for ws in (name_words, *alias_words) for bg in bigrams(terms_of(ws))}
        bases = {b for b in map(agent_base, raw[0] + raw[1]) if b is not None}
        extras.append((phrases, {stem(b) for b in bases}))
    for word in [w for w in surface if not w.isalpha()]:
        del surface[word]
    return per_entry, extras, lengths, surface


def _flatten(by_term: dict[str, tuple[array[int], array[float]]]) -> Postings:
    """Join the terms' postings into two arrays, each long one cut to its POSTING_CAP best."""
    df, offsets, all_ids, all_vals = array("i"), array("q", [0]), array("i"), array("d")
    for ids, vals in by_term.values():
        df.append(len(ids))
        if len(ids) > POSTING_CAP:  # only in very large catalogues
            order = _best(vals)
            ids = array("i", map(ids.__getitem__, order))
            vals = array("d", map(vals.__getitem__, order))
        all_ids.extend(ids)
        all_vals.extend(vals)
        offsets.append(len(all_ids))
    return Postings(list(by_term), df, offsets, all_ids, all_vals)


def _best(vals: array[float]) -> list[int]:
    """Where the POSTING_CAP largest weights are, largest first, ties in posting (entry) order.
    Finds the cut-off first so only a few thousand places are ever sorted."""
    cut = heapq.nlargest(POSTING_CAP, vals)[-1]
    keep = compress(range(len(vals)), map(le, repeat(cut), vals))
    return sorted(keep, key=vals.__getitem__, reverse=True)[:POSTING_CAP]  # stable


def _read_budgeted(
    scores: dict[int, float], chosen: list[tuple[Sequence[int], Sequence[float], float]]
) -> None:
    """Add up (positions, weights, w) read best first, letting the capped postings bring in
    only their strongest RECRUIT_BUDGET contributions; the rest only add to entries found."""
    long = [c for c in chosen if len(c[0]) == POSTING_CAP and c[2] > 0.0]
    heads = {id(c[0]): h for c, h in zip(long, _heads(long, RECRUIT_BUDGET), strict=True)}
    get = scores.get
    for ids, vals, w in chosen:  # in the query's order, so the sums are a plain reading's
        head = heads.get(id(ids), len(ids))
        for i, v in zip(ids[:head], vals[:head], strict=True):
            scores[i] = get(i, 0.0) + w * v
    for ids, vals, w in chosen:
        head = heads.get(id(ids), len(ids))
        for i, v in zip(ids[head:], vals[head:], strict=True):
            if i in scores:  # the rest only adds to entries already found
                scores[i] += w * v


def _heads(long: list[tuple[Sequence[int], Sequence[float], float]], budget: int) -> list[int]:
    """How much of each long posting to read in full: every contribution w * v above one
    threshold, found by bisection so that together they come to about `budget`."""
    if sum(len(ids) for ids, _, _ in long) <= budget:
        return [len(ids) for ids, _, _ in long]
    low, high = 0.0, max(w * vals[0] for _, vals, w in long)
    for _ in range(24):
        mid = (low + high) / 2
        if sum(bisect_right(vals, -mid / w, key=neg) for _, vals, w in long) > budget:
            low = mid
        else:
            high = mid
    return [bisect_right(vals, -high / w, key=neg) for _, vals, w in long]


def _valid_runs(offsets: array[int], count: int, positions: array[int], n: int) -> bool:
    """Offsets cut `positions` into `count` runs, and every position is an entry's."""
    return (
        len(offsets) == count + 1
        and offsets[0] == 0
        and offsets[-1] == len(positions)
        and all(map(le, offsets, offsets[1:]))
        and (not positions or (min(positions) >= 0 and max(positions) < n))
    )


class _Reader:
    """Reads a cache file's sections in order. A section whose length cannot be right reads as
    empty and marks the whole file bad, so the checks stay in one place."""

    def __init__(self, body: memoryview) -> None:
        self.body, self.bad = body, False
        self.lengths = array("q")
        self.lengths.frombytes(body[: 8 * _SECTIONS])
        self.pos, self.next = 8 * _SECTIONS, 0

    def ok(self) -> bool:
        """Every section was sound and together they fill the file exactly."""
        return not self.bad and self.pos == len(self.body)

    def _chunk(self, size: int) -> memoryview:
        length = self.lengths[self.next]
        self.next += 1
        if self.bad or length < 0 or length % size or self.pos + length > len(self.body):
            self.bad = True
            return self.body[:0]
        chunk = self.body[self.pos : self.pos + length]
        self.pos += length + (-length % 8)
        return chunk

    def text(self) -> list[str]:
        try:
            decoded = str(self._chunk(1), "utf-8")
        except UnicodeDecodeError:
            self.bad, decoded = True, ""
        return decoded.split(_SEP) if decoded else []

    def fill(self, out: array[_N]) -> array[_N]:
        out.frombytes(self._chunk(out.itemsize))
        return out
