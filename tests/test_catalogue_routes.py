"""Catalogue 2.0 fields: services without an ISO code, routes per UK nation, VAT relief on the
cost, a make-it-yourself design, and words about people that the validator turns away."""

from __future__ import annotations

import tomllib

import pytest

from carematch import paths
from carematch.catalogue import load_catalogue, load_vocabulary
from carematch.catalogue.loader import parse_entry
from carematch.catalogue.parts import Nation
from carematch.catalogue.ways import route_lines

BASE = """
id = "test-idea"
name = "Test idea"
aliases = ["one", "two", "three"]
kind = "{kind}"
summary = "A short plain summary of the idea."
description = "Who it helps and how to use it, in a few plain words."
{iso}
activities = ["getting-out"]
ways_to_get = {ways}
{extra}

[cost]
min = 0
max = 10
{routes}
"""


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(paths.builtin_catalogue_dir())


def parse(vocab, *, kind="service", iso="", ways='["council", "buy"]', extra="", routes=""):
    text = BASE.format(kind=kind, iso=iso, ways=ways, extra=extra, routes=routes)
    return parse_entry(text.encode(), "test-idea.toml", vocab)


def test_a_service_needs_no_iso_code_but_a_product_does(vocab):
    entry, problems = parse(vocab)
    assert problems == [] and entry is not None and entry.iso9999 == ""
    entry, problems = parse(vocab, kind="specialist")
    assert entry is None
    assert any("ISO 9999" in p.message and "service" in p.message for p in problems)


ROUTES = """
[[routes]]
way = "council"
ask = "your council"
nations = ["england", "wales"]

[[routes]]
way = "council"
ask = "the health and social care trust"
nations = ["northern-ireland"]
"""


def test_routes_must_name_a_listed_way_and_a_real_nation(vocab):
    entry, problems = parse(vocab, routes=ROUTES)
    assert problems == [] and entry is not None
    assert [r.nations for r in entry.routes] == [
        [Nation.ENGLAND, Nation.WALES],
        [Nation.NORTHERN_IRELAND],
    ]
    _, problems = parse(vocab, routes=ROUTES.replace('way = "council"', 'way = "nhs"', 1))
    assert any("'nhs' is not in ways_to_get" in p.message for p in problems)
    _, problems = parse(vocab, routes=ROUTES.replace('"wales"', '"cornwall"'))
    assert any(p.field.startswith("routes") for p in problems)


def test_the_persons_nation_sees_its_routes_first(vocab):
    routes = """
[[routes]]
way = "buy"
nations = ["scotland"]
"""
    entry, _ = parse(vocab, routes=routes)
    assert entry is not None
    assert [w for w, _ in entry.ways_for(None)] == ["council", "buy"]  # the usual route first
    assert [w for w, _ in entry.ways_for(Nation.ENGLAND)] == ["council", "buy"]
    entry, _ = parse(vocab, ways='["buy", "council"]', routes=routes)
    assert entry is not None
    # buying here only works in Scotland, so someone in Wales sees the council first
    assert [w for w, _ in entry.ways_for(Nation.WALES)] == ["council", "buy"]
    lines = route_lines(entry, vocab, Nation.WALES)
    assert lines[-1].strip() == "In Scotland."


def test_vat_relief_in_an_old_entry_moves_to_the_cost(vocab):
    entry, problems = parse(vocab, ways='["buy", "vat-relief"]')
    assert problems == [] and entry is not None
    assert entry.ways_to_get == ["buy"] and entry.cost.vat_relief


def test_only_a_diy_entry_carries_a_design(vocab):
    design = """
[diy]
materials = ["Foam tube"]
steps = ["Cut it.", "Push the handle in."]
time = "10 minutes"
"""
    entry, problems = parse(vocab, kind="diy", iso='iso9999 = "15 09"', routes=design)
    assert problems == [] and entry is not None and entry.diy is not None
    assert entry.diy.licence == "CC BY-SA 4.0"
    _, problems = parse(vocab, kind="mainstream", iso='iso9999 = "15 09"', routes=design)
    assert any("make-it-yourself" in p.message for p in problems)
    one_step = design.replace('"Cut it.", ', "")
    _, problems = parse(vocab, kind="diy", iso='iso9999 = "15 09"', routes=one_step)
    assert any(p.field.startswith("diy") and "at least 2" in p.message for p in problems)


@pytest.mark.parametrize(
    ("words", "better"),
    [
        ("for people who suffer from arthritis", "lives with"),
        ("if you are wheelchair-bound", "uses a wheelchair"),
        ("louder than normal hearing", "hears well"),
        ("made for the elderly", "older people"),
    ],
)
def test_words_about_people_we_avoid_are_caught_with_a_better_one(vocab, words, better):
    entry, problems = parse(vocab, extra=f'safety = "Take care {words}."')
    assert entry is None
    assert any(p.field == "safety" and better in p.message for p in problems)


def test_a_proper_name_with_disabled_in_it_is_not_caught(vocab):
    entry, problems = parse(vocab, extra='safety = "Ask about the Disabled Persons Railcard."')
    assert problems == [] and entry is not None


def test_the_cache_keeps_routes_designs_and_vat_relief():
    cold = load_catalogue(use_cache=True)
    warm = load_catalogue(use_cache=True)
    assert warm.from_cache and not cold.from_cache
    assert warm.entries == cold.entries
    with_routes = [e for e in warm.entries.values() if e.routes]
    with_design = [e for e in warm.entries.values() if e.diy]
    assert with_routes and with_design and any(e.cost.vat_relief for e in warm.entries.values())
    source = paths.builtin_catalogue_dir() / "entries" / with_routes[0].area
    raw = tomllib.loads((source / f"{with_routes[0].id}.toml").read_text())
    assert [r.way for r in with_routes[0].routes] == [r["way"] for r in raw["routes"]]
