"""Clarifying choices after a typed goal ("Is this about: ..."): offered when the first ideas
are about several things, each one narrowing the list without emptying it; the same in
`carematch match --json` and `--choose`."""

from __future__ import annotations

import json
import tomllib

import pytest

from carematch.app.catalogue import CatalogueService
from carematch.matching import Filters
from carematch.matching.clarify import LOOK_AT, MOST, narrowed

from .conftest import ROOT


@pytest.fixture(scope="module")
def matcher():
    return CatalogueService.load(installed=False).matcher


def goals() -> list[str]:
    found = []
    for path in (ROOT / "tests/eval/own_goals.toml", ROOT / "tests/eval/fresh_goals.toml"):
        found += [g["text"] for g in tomllib.loads(path.read_text())["goal"]]
    return found


def test_a_goal_about_several_things_offers_choices_that_narrow(matcher):
    response = matcher.match("help me at the front door")
    assert 2 <= len(response.choices) <= MOST
    vocab = matcher.catalogue.vocabulary
    for choice in response.choices:
        filters, label = narrowed(Filters(), choice.id, vocab)
        assert label == choice.label
        narrower = matcher.match("help me at the front door", filters=filters)
        assert len(narrower.results) >= 2
        kind, _, term = choice.id.partition(":")
        facet = "activities" if kind == "activity" else "helps_with"
        assert all(term in getattr(r.entry, facet) for r in narrower.results)
        assert not any(c.id == choice.id for c in narrower.choices)  # already narrowed


def test_every_choice_offered_on_held_out_goals_keeps_ideas_and_drops_some(matcher):
    vocab = matcher.catalogue.vocabulary
    offered = 0
    for goal in goals():
        response = matcher.match(goal, limit=LOOK_AT)
        top = [r.entry for r in response.results]
        for choice in response.choices:
            kind, _, term = choice.id.partition(":")
            facet = "activities" if kind == "activity" else "helps_with"
            keeps = sum(term in getattr(e, facet) for e in top)
            assert 2 <= keeps < len(top), (goal, choice)
            assert narrowed(Filters(), choice.id, vocab)[1] == choice.label
            offered += 1
    assert offered > 50


def test_an_unknown_choice_is_refused_plainly(matcher):
    with pytest.raises(ValueError, match="is not a choice"):
        narrowed(Filters(), "activity:flying", matcher.catalogue.vocabulary)


def test_match_json_lists_the_choices_and_choose_applies_one(run_cli):
    done = run_cli("match", "help me at the front door", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["choices"] and data["narrowed_to"] == ""
    first = data["choices"][0]
    chosen = run_cli("match", "help me at the front door", "--json", "--choose", first["id"])
    assert chosen.returncode == 0, chosen.stderr
    narrower = json.loads(chosen.stdout)
    assert narrower["narrowed_to"] == first["label"]
    assert narrower["results"] and narrower["results"] != data["results"]
    text = run_cli("match", "help me at the front door", "--choose", first["id"])
    assert f"Only ideas about: {first['label'].lower()}" in text.stdout
    plain = run_cli("match", "help me at the front door")
    assert "Is this about: " in plain.stdout and "--choose " + first["id"] in plain.stdout
    bad = run_cli("match", "help me at the front door", "--choose", "activity:flying")
    assert bad.returncode == 2 and "is not a choice" in bad.stderr


def test_childrens_equipment_only_for_a_goal_about_a_child(matcher):
    def ids(goal: str) -> list[str]:
        return [r.entry.id for r in matcher.match(goal, limit=10).results]

    def areas(goal: str) -> set[str]:
        return {r.entry.area for r in matcher.match(goal, limit=10).results}

    assert "children-and-families" not in areas("I want to get in and out of the bath safely")
    assert "children-and-families" not in areas("getting around the house is hard")
    assert "supportive-child-bath-seat" in ids("a bath seat for my daughter")[:3]
    assert "special-needs-buggy" in ids(
        "need a buggy for my 6 year old, he's too big for normal ones"
    )


def test_simple_things_do_not_drop_success_at_5(run_cli):
    """Cheap and do-it-yourself ideas are nudged up; the held-out sets keep their success@5
    (own goals 0.975, fresh goals 0.933, measured before the nudge)."""
    for path, floor in (
        ("tests/eval/own_goals.toml", 0.975),
        ("tests/eval/fresh_goals.toml", 0.933),
    ):
        done = run_cli("eval", str(ROOT / path), "--json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["all"]["carematch"]["success@5"] >= floor


def test_nothing_found_names_the_one_filter_to_drop(matcher, run_cli):
    from carematch.catalogue import Kind

    filters = Filters(kinds=frozenset({Kind.BUILTIN}), place="garden")
    response = matcher.match("kettle tipper", filters=filters)
    assert not response.results and response.drop is not None
    name, count = response.drop
    assert name == "place" and count > 0
    assert response.notes[-1].startswith("Nothing matched with these filters. Without the place")
    from dataclasses import replace

    assert len(matcher.match("kettle tipper", filters=replace(filters, place=None)).results) > 0
    done = run_cli("match", "kettle tipper", "--kind", "builtin", "--place", "garden", "--json")
    assert json.loads(done.stdout)["drop_filter"] == {"filter": "place", "ideas": count}
    plain = run_cli("match", "kettle tipper", "--kind", "builtin", "--place", "garden")
    assert "Without the place there" in plain.stdout
