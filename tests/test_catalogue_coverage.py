"""The shipped catalogue meets the coverage rules promised in the README."""

from __future__ import annotations

import tomllib
from collections import Counter

import pytest

from carematch import paths
from carematch.catalogue import Kind, load_catalogue
from carematch.catalogue.stats import DAILY_LIFE_CLASSES


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(use_cache=False)


def test_no_problems_in_shipped_catalogue(catalogue):
    assert catalogue.problems == []


def test_at_least_200_entries(catalogue):
    assert len(catalogue) >= 200


def test_every_daily_life_iso_class_has_five(catalogue):
    counts = Counter(e.iso9999[:2] for e in catalogue.entries.values())
    thin = {c: counts[c] for c in DAILY_LIFE_CLASSES if counts[c] < 5}
    assert not thin


def test_kind_mix(catalogue):
    kinds = Counter(e.kind for e in catalogue.entries.values())
    assert kinds[Kind.MAINSTREAM] + kinds[Kind.BUILTIN] >= 40
    assert kinds[Kind.DIY] + kinds[Kind.TECHNIQUE] >= 30


def test_every_entry_has_aliases_cost_and_a_way_to_get_it(catalogue):
    for entry in catalogue.entries.values():
        assert len(entry.aliases) >= 3, entry.id
        assert entry.cost.max >= entry.cost.min, entry.id
        assert entry.ways_to_get, entry.id


def test_summaries_are_short_and_plain(catalogue):
    long_words = []
    for entry in catalogue.entries.values():
        words = entry.summary.split()
        assert len(words) <= 45, f"{entry.id}: summary has {len(words)} words"
        long_words.extend(w for w in words if len(w.strip(".,;:!?()'\"")) > 14)
    assert len(long_words) <= 10, long_words


def test_every_who_priority_product_has_an_entry(catalogue):
    with (paths.builtin_catalogue_dir() / "who_apl.toml").open("rb") as fh:
        apl = tomllib.load(fh)["product"]
    assert len(apl) == 50
    missing = [p["name"] for p in apl if not any(e in catalogue.entries for e in p["entries"])]
    assert not missing
    for product in apl:
        for entry_id in product["entries"]:
            assert entry_id in catalogue.entries, f"{product['name']}: {entry_id}"


def test_entry_files_are_named_after_their_id():
    root = paths.builtin_catalogue_dir() / "entries"
    for path in root.rglob("*.toml"):
        with path.open("rb") as fh:
            assert tomllib.load(fh)["id"] == path.stem, path
