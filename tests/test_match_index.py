"""The match index and its cached copy: what is read back is what was built, and a cache file
that is damaged, foreign, for other entries or cannot be written only costs a rebuild."""

from __future__ import annotations

import math
import os
import random
import struct
import zlib
from pathlib import Path

import pytest

from carematch.catalogue import load_catalogue
from carematch.catalogue.model import Entry
from carematch.matching import Matcher
from carematch.matching import index as index_module
from carematch.matching.index import INDEX_FORMAT, POSTING_CAP, MatchIndex

KEY = "0123456789abcdef" * 4
GOALS = [
    "kettel",
    "I can't lift a full saucepan to drain the potatoes",
    "getting off the loo is a right struggle",
    "I want to keep gardening",
    "my hands shake so bad the tea's half down me",
]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([], builtin=True, use_cache=False)


@pytest.fixture(scope="module")
def fresh(catalogue) -> MatchIndex:
    return MatchIndex.build(list(catalogue.entries.values()))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the builds, so a test can tell a cache hit from a rebuild."""
    calls: list[int] = []
    real = MatchIndex.build.__func__  # type: ignore[attr-defined]

    def counting(cls, entries, source_words=None):
        calls.append(len(entries))
        return real(cls, entries, source_words)

    monkeypatch.setattr(MatchIndex, "build", classmethod(counting))
    return calls


def plain(index: MatchIndex) -> dict[str, object]:
    """Everything the index holds, as plain comparable values."""
    postings = {}
    for term in index.postings.number:
        ids, vals = index.postings.get(term)
        postings[term] = (list(ids), list(vals), index.postings.frequency(term), index.idf[term])
    return {
        "entries": [e.id for e in index.entries],
        "postings": postings,
        "surface": dict(index.surface_words),
        "groups": [
            {c: list(p) for c, p in g.items()}
            for g in (index.by_activity, index.by_helps, index.by_place)
        ],
    }


def cache_file(cache: Path) -> Path:
    return cache / f"index-{KEY[:32]}.bin"


def test_cached_index_is_the_built_one(catalogue, fresh, builds, tmp_path):
    first = MatchIndex.load_or_build(catalogue.entries, KEY, tmp_path)
    assert builds == [len(catalogue.entries)] and cache_file(tmp_path).is_file()
    again = MatchIndex.load_or_build(catalogue.entries, KEY, tmp_path)
    assert len(builds) == 1  # read back, not rebuilt
    assert plain(again) == plain(first) == plain(fresh)
    assert again.knows("kettle") and not again.knows("zzzqqq")
    assert again.members("activity", "preparing-food") == fresh.members(
        "activity", "preparing-food"
    )
    weights = {"kettl": 2.0, "tip": 1.0, "pour": 0.5}
    assert again.score(weights) == fresh.score(weights)


def test_matcher_gives_the_same_ideas_from_the_cache(catalogue, builds, data_root):
    built = Matcher(catalogue)
    read = Matcher(catalogue)
    assert len(builds) == 1
    for goal in GOALS:
        a, b = built.match(goal, limit=10), read.match(goal, limit=10)
        assert [(r.entry.id, r.score, r.why) for r in a.results] == [
            (r.entry.id, r.score, r.why) for r in b.results
        ]


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _one_byte_short(data: bytes) -> bytes:
    return data[:-1]


def _flipped(data: bytes) -> bytes:
    spot = len(data) * 2 // 3
    return data[:spot] + bytes([data[spot] ^ 0x40]) + data[spot + 1 :]


def _noise(data: bytes) -> bytes:
    return random.Random(5).randbytes(len(data))


def _noise_with_our_magic(data: bytes) -> bytes:
    return data[:8] + random.Random(6).randbytes(len(data) - 8)


def _empty(data: bytes) -> bytes:
    return b""


def _other_format(data: bytes) -> bytes:
    """A well-formed file from another version: right checksum, another format number."""
    header = index_module._HEADER
    magic, _, fingerprint, count, crc = header.unpack_from(data)
    return header.pack(magic, INDEX_FORMAT + 1, fingerprint, count, crc) + data[header.size :]


def _other_weights(data: bytes) -> bytes:
    header = index_module._HEADER
    magic, fmt, fingerprint, count, crc = header.unpack_from(data)
    return header.pack(magic, fmt, fingerprint ^ 1, count, crc) + data[header.size :]


def _old_marshal(data: bytes) -> bytes:
    import marshal

    return marshal.dumps({"format": 3, "ids": [], "postings": {}})


@pytest.mark.parametrize(
    "damage",
    [
        _truncated,
        _one_byte_short,
        _flipped,
        _noise,
        _noise_with_our_magic,
        _empty,
        _other_format,
        _other_weights,
        _old_marshal,
    ],
)
def test_a_damaged_or_foreign_cache_is_rebuilt(catalogue, fresh, builds, tmp_path, damage):
    MatchIndex.load_or_build(catalogue.entries, KEY, tmp_path)
    path = cache_file(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    index = MatchIndex.load_or_build(catalogue.entries, KEY, tmp_path)
    assert len(builds) == 2  # refused and rebuilt ...
    assert plain(index) == plain(fresh)
    again = MatchIndex.load_or_build(catalogue.entries, KEY, tmp_path)
    assert len(builds) == 2  # ... and the good copy saved over the bad one
    assert plain(again) == plain(fresh)


def _resealed(data: bytes) -> bytes:
    """The file with its checksum made right again, as a buggy writer would leave it."""
    header = index_module._HEADER
    magic, fmt, fingerprint, count, _ = header.unpack_from(data)
    body = data[header.size :]
    return header.pack(magic, fmt, fingerprint, count, zlib.crc32(body)) + body


def test_impossible_contents_are_refused_even_with_a_right_checksum(catalogue):
    """Lengths and positions are checked too, not only the checksum."""
    index = MatchIndex.build(list(catalogue.entries.values()))
    good = index.to_bytes()
    assert good is not None and MatchIndex.from_bytes(good, catalogue.entries) is not None
    index.postings.ids[0] = len(index.entries) + 5  # an entry that does not exist
    bad = index.to_bytes()
    assert bad is not None and MatchIndex.from_bytes(bad, catalogue.entries) is None
    index.postings.ids[0] = -1
    bad = index.to_bytes()
    assert bad is not None and MatchIndex.from_bytes(bad, catalogue.entries) is None
    at = index_module._HEADER.size  # the table of lengths: the first section one byte longer
    (length,) = struct.unpack_from("=q", good, at)
    stretched = good[:at] + struct.pack("=q", length + 1) + good[at + 8 :]
    assert MatchIndex.from_bytes(_resealed(stretched), catalogue.entries) is None
    assert MatchIndex.from_bytes(_resealed(good[:-8]), catalogue.entries) is None
    assert MatchIndex.from_bytes(_resealed(good + bytes(8)), catalogue.entries) is None


def test_a_cache_for_other_entries_is_rebuilt(catalogue, fresh, builds, tmp_path):
    some = dict(list(catalogue.entries.items())[:100])
    renamed = {f"{k}-x": e.model_copy(update={"id": f"{k}-x"}) for k, e in some.items()}
    MatchIndex.load_or_build(some, KEY, tmp_path)  # the same key, other content
    index = MatchIndex.load_or_build(renamed, KEY, tmp_path)  # as many entries, other ids
    assert builds == [100, 100] and [e.id for e in index.entries] == sorted(renamed)
    index = MatchIndex.load_or_build(catalogue.entries, KEY, tmp_path)  # more entries
    assert builds == [100, 100, len(catalogue.entries)]
    assert plain(index) == plain(fresh)


def test_a_link_in_place_of_the_cache_is_not_followed(catalogue, fresh, builds, tmp_path):
    target = tmp_path / "elsewhere.bin"
    good = fresh.to_bytes()
    assert good is not None
    target.write_bytes(good)
    cache = tmp_path / "cache"
    cache.mkdir()
    cache_file(cache).symlink_to(target)
    index = MatchIndex.load_or_build(catalogue.entries, KEY, cache)
    assert len(builds) == 1 and plain(index) == plain(fresh)
    assert not cache_file(cache).is_symlink() and target.read_bytes() == good


@pytest.mark.parametrize("how", ["read-only folder", "folder is a file"])
def test_a_cache_that_cannot_be_written_still_works(catalogue, fresh, builds, tmp_path, how):
    if how == "read-only folder":
        cache = tmp_path / "cache"
        cache.mkdir()
        cache.chmod(0o555)
    else:
        (tmp_path / "file").write_text("not a folder")
        cache = tmp_path / "file" / "cache"
    try:
        for _ in range(2):
            index = MatchIndex.load_or_build(catalogue.entries, KEY, cache)
            assert plain(index) == plain(fresh)
        if os.geteuid() != 0:  # root may write anyway
            assert len(builds) == 2 and not cache_file(cache).exists()
    finally:
        if how == "read-only folder":
            cache.chmod(0o755)


# --- a catalogue large enough for capped postings ---------------------------------------------


@pytest.fixture(scope="module")
def big(catalogue) -> list[Entry]:
    """Copies of a few real entries, with two added words common enough to exceed POSTING_CAP
    (said once, twice or three times, so their weights differ)."""
    bases = sorted(catalogue.entries.values(), key=lambda e: e.id)[:40]
    out = []
    for n in range(POSTING_CAP + 600):
        base = bases[n % len(bases)]
        words = base.description.split() + ["sturdy"] * (1 + n % 3)
        words += ["handy"] * (1 + n % 2) if n % 5 else []
        random.Random(n).shuffle(words)
        out.append(
            base.model_copy(update={"id": f"{base.id}-c{n}", "description": " ".join(words)})
        )
    return out


def test_long_postings_keep_their_best_and_their_full_count(big):
    index = MatchIndex.build(big)
    capped = [t for t in index.postings.number if index.postings.frequency(t) > POSTING_CAP]
    assert capped
    for term in capped:
        ids, vals = index.postings.get(term)
        assert len(ids) == len(vals) == POSTING_CAP
        order = list(zip((-v for v in vals), ids, strict=True))
        assert order == sorted(order)  # best first, ties by entry
        df, n = index.postings.frequency(term), len(big)
        assert index.idf[term] == math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def test_candidates_keep_their_full_score_under_the_recruiting_budget(big, monkeypatch):
    index = MatchIndex.build(big)
    middling = sorted(index.postings.number, key=index.postings.frequency)[-20]
    terms = {"sturdi": 1.0, "handi": 2.0, middling: 3.0, "nosuchterm": 1.0}
    assert all(index.postings.frequency(t) > POSTING_CAP for t in ("sturdi", "handi"))
    exact: dict[int, float] = {}
    for term, qw in list(terms.items())[:3]:
        w = qw * index.idf[term]
        for i, v in zip(*index.postings.get(term), strict=True):
            exact[i] = exact.get(i, 0.0) + w * v
    monkeypatch.setattr(index_module, "RECRUIT_BUDGET", 10**9)
    assert index.score(terms) == exact  # the same sums, in the same order
    monkeypatch.setattr(index_module, "RECRUIT_BUDGET", 500)
    budgeted = index.score(terms)
    assert 0 < len(budgeted) < len(exact)
    for i, total in budgeted.items():
        assert total == pytest.approx(exact[i], rel=1e-12)
    common = index.score(terms, max_df=POSTING_CAP)  # the two common words left out
    assert set(common) == set(index.postings.get(middling)[0])


def test_a_small_index_reads_the_same_as_a_large_one(catalogue, fresh, monkeypatch):
    """Below SMALL_INDEX postings are also kept as lists; the numbers must not differ."""
    monkeypatch.setattr(index_module, "SMALL_INDEX", 0)
    large = MatchIndex.build(list(catalogue.entries.values()))
    assert large.postings.lists is None and fresh.postings.lists is not None
    assert plain(large) == plain(fresh)
    for terms in ({"kettl": 2.0, "tip": 1.0, "pour": 0.5}, {"bath": 1.0, "bath_board": 1.0}):
        assert large.score(terms) == fresh.score(terms)
