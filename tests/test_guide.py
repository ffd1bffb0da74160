"""Help me choose: the guided questions as data, the walk through them, their coverage of the
catalogue (built-in and with an imported pack), the validator and `carematch guide`."""

from __future__ import annotations

import json
import shutil

import pytest

from carematch.app.catalogue import CatalogueService
from carematch.app.guide import (
    IDEAS,
    LEAF_LIMIT,
    NOT_SURE,
    SOMETHING_ELSE,
    WRITE,
    GuideWalk,
    leaves,
    load_for,
)
from carematch.catalogue.guide import MAX_CHOICES

from .conftest import ROOT
from .gui_helpers import hacks_pack

CATALOGUE = ROOT / "catalogue"


def coverage(service: CatalogueService) -> tuple[int, list[str], list, int]:
    """(leaves, entries in no leaf's top 10, leaves, deepest path)."""
    guide, problems = load_for(service.catalogue)
    assert guide is not None, problems
    found = list(leaves(guide, service.matcher))
    top = {r.entry.id for leaf in found for r in leaf.ideas.results[:10]}
    missing = sorted(set(service.catalogue.entries) - top)
    return len(found), missing, found, max(len(leaf.path) for leaf in found)


def check_leaves(found: list) -> None:
    for leaf in found:
        assert leaf.ideas.results, f"empty: {' › '.join(leaf.trail)}"
        assert len(leaf.ideas.results) <= LEAF_LIMIT, " › ".join(leaf.trail)
        assert len(leaf.path) <= 3


def test_every_built_in_idea_is_in_the_top_ten_of_a_path_of_three_choices(data_root):
    service = CatalogueService.load(installed=False)
    count, missing, found, deepest = coverage(service)
    assert not missing, f"{len(missing)} ideas no path reaches: {missing[:20]}"
    check_leaves(found)
    assert count > 300 and deepest == 3


def test_ideas_from_an_imported_pack_are_reached_too(tmp_path, data_root, run_cli):
    src = tmp_path / "pack"
    src.mkdir()
    for n, (activity, helps) in enumerate(
        [("gardening", "one-hand"), ("reading", "vision"), ("making-hot-drinks", "tremor")]
    ):
        (src / f"made-here-{n}.toml").write_text(
            f'id = "made-here-{n}"\nname = "Made here {n}"\n'
            f'aliases = ["group thing {n}", "shared aid {n}", "home-made help {n}"]\n'
            'kind = "diy"\n'
            'summary = "Something a group made and shared."\n'
            'description = "A clever thing a community group made."\n'
            f'iso9999 = "15 03"\nactivities = ["{activity}"]\nhelps_with = ["{helps}"]\n'
            'places = ["anywhere"]\nways_to_get = ["buy"]\n\n[cost]\nmin = 0\nmax = 5\n',
            encoding="utf-8",
        )
    from carematch.community.packs import create_pack

    pack = tmp_path / "group.cmpack"
    create_pack(src, pack, name="Group", publisher="Makers")
    done = run_cli("pack", "import", str(pack), "--allow-unsigned")
    assert done.returncode == 0, done.stderr
    done = run_cli("pack", "import", str(hacks_pack(tmp_path)), "--allow-unsigned")
    assert done.returncode == 0, done.stderr
    service = CatalogueService.load()
    assert {"made-here-0", "made-here-2", "toast-tongs"} <= set(service.catalogue.entries)
    _count, missing, found, _deepest = coverage(service)
    assert not missing, missing
    check_leaves(found)
    walk = GuideWalk(load_for(service.catalogue)[0], service.matcher)  # type: ignore[arg-type]
    for answer in ("food-and-drink", "making-hot-drinks", "tremor"):
        walk.choose(answer)
    assert "made-here-2" in [r.entry.id for r in walk.ideas().results]


def test_a_walk_goes_back_without_losing_answers(data_root):
    service = CatalogueService.load(installed=False)
    guide, _ = load_for(service.catalogue)
    assert guide is not None
    walk = GuideWalk(guide, service.matcher)
    first = walk.step()
    assert first.number == 1 and len(first.choices) <= MAX_CHOICES + 2
    assert [c.id for c in first.choices[-2:]] == [NOT_SURE, SOMETHING_ELSE]
    walk.choose("food-and-drink")
    walk.choose("making-hot-drinks")
    step = walk.choose("grip")
    assert step.kind == IDEAS
    assert walk.trail() == [
        "Food, drink and shopping",
        "Making hot drinks",
        "Something easier to hold",
    ]
    ideas = walk.ideas()
    assert ideas.results and all("making hot drinks" in r.why[0] for r in ideas.results)
    assert walk.goal_text() == "Making hot drinks: something easier to hold"
    # back twice: the answers given show as chosen, and taking the same way keeps them
    assert walk.back().previous == "grip"
    assert walk.back().previous == "making-hot-drinks"
    walk.choose("making-hot-drinks")
    assert walk.step().previous == "grip"
    walk.choose("grip")
    assert walk.trail()[-1] == "Something easier to hold"
    # back to the start from the trail, then not sure of anything: the broad ways come next
    assert walk.go_to(0).number == 1
    step = walk.choose(NOT_SURE)
    assert step.number == 2 and step.of == 2  # no area: two questions in all
    walk.choose(NOT_SURE)
    assert 0 < len(walk.ideas().results) <= LEAF_LIMIT
    walk.restart()
    assert walk.choose(SOMETHING_ELSE).kind == WRITE
    with pytest.raises(ValueError, match="not one of the choices"):
        walk.restart() and walk.choose("no-such-area")
    with pytest.raises(ValueError, match="not one of the choices"):
        walk.choose("no-such-area")


def test_a_way_is_only_offered_when_it_leads_to_ideas(data_root):
    service = CatalogueService.load(installed=False)
    guide, _ = load_for(service.catalogue)
    assert guide is not None
    for area in guide.areas:
        for activity in area.activities:
            walk = GuideWalk(guide, service.matcher)
            walk.choose(area.id)
            step = walk.choose(activity)
            for choice in step.choices[:-2]:
                walk.choose(choice.id)
                assert walk.ideas().results
                walk.back()


BROKEN = {
    "unknown activity": (
        'activities = ["making-hot-drinks", "preparing-food"',
        'activities = ["making-hot-drinks", "flying"',
        "'flying' is not an activity id",
    ),
    "long label": (
        'label = "Food, drink and shopping"',
        'label = "Food, drink, shopping, cooking, baking and eating out"',
        "keep it to 40 characters",
    ),
    "no question mark": (
        'first_question = "What would you like help with?"',
        'first_question = "Tell us"',
        "ending with '?'",
    ),
    "long example": (
        '"make a brew on my own again",',
        '"make a brew on my own again, every morning, without anyone having to help me",',
        "keep each example goal to 60 characters",
    ),
    "unlabelled way": (
        'ways = ["grip", "one-hand"',
        'ways = ["swallowing", "one-hand"',
        "no label",
    ),
    "too many choices": (
        'not_sure_ways = ["vision"',
        'not_sure_ways = ["reach", "bending", "lifting", "standing", "vision"',
        "at most 8",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validate_names_the_file_line_and_what_to_do_for_a_broken_guide(case, tmp_path, run_cli):
    old, new, message = BROKEN[case]
    folder = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE, folder)
    guide = folder / "guide.toml"
    text = guide.read_text(encoding="utf-8")
    assert old in text
    guide.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(
        n for n, ln in enumerate(guide.read_text().splitlines(), 1) if new.split("\n")[0] in ln
    )
    done = run_cli("catalogue", "validate", str(folder))
    assert done.returncode == 1, done.stdout + done.stderr
    said = [ln for ln in done.stdout.splitlines() if ln.startswith("guide.toml")]
    assert said, done.stdout
    assert message in said[0] and f"line {line}" in said[0], said


def test_an_empty_branch_is_refused(tmp_path, run_cli):
    folder = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE, folder)
    for entry in (folder / "entries").rglob("*.toml"):
        if 'activities = ["washing-up"' in entry.read_text(encoding="utf-8") or (
            "washing-up" in entry.read_text(encoding="utf-8")
        ):
            entry.unlink()
    done = run_cli("catalogue", "validate", str(folder))
    assert done.returncode == 1
    assert "no entry is for 'washing-up'" in done.stdout


def test_guide_command_json_path_and_numbered_walk(run_cli):
    tree = run_cli("guide", "--json")
    assert tree.returncode == 0, tree.stderr
    data = json.loads(tree.stdout)
    assert data["counts"]["leaves"] == len(data["leaves"]) > 300
    assert data["counts"]["deepest"] == 3
    assert all(leaf["ideas"] for leaf in data["leaves"])
    one = run_cli("guide", "--path", "food-and-drink/making-hot-drinks/grip", "--json")
    assert one.returncode == 0, one.stderr
    picked = json.loads(one.stdout)
    assert picked["trail"][-1] == "Something easier to hold" and picked["results"]
    leaf = next(
        x for x in data["leaves"] if x["path"] == ["food-and-drink", "making-hot-drinks", "grip"]
    )
    assert [r["id"] for r in picked["results"]] == [i["id"] for i in leaf["ideas"]]
    # in a terminal: numbers, 0 to go back
    walked = run_cli("guide", input="1\n0\n1\n1\n1\n")
    assert walked.returncode == 0, walked.stderr
    assert "Question 1 of 3: What would you like help with?" in walked.stdout
    assert "You chose: Food, drink and shopping › Making hot drinks ›" in walked.stdout
    assert "1. " in walked.stdout.split("You chose:")[1]
    bad = run_cli("guide", "--path", "food-and-drink/flying")
    assert bad.returncode == 2 and "choose one of: making-hot-drinks" in bad.stderr
    short = run_cli("guide", "--path", "food-and-drink")
    assert short.returncode == 2 and "add one of" in short.stderr


def test_childrens_equipment_comes_up_only_when_looking_after_someone(data_root):
    service = CatalogueService.load(installed=False)
    guide, _ = load_for(service.catalogue)
    assert guide is not None
    for leaf in leaves(guide, service.matcher):
        caring = bool({"caring-for-others", "parenting"} & set(leaf.path)) or (
            leaf.path[0] == "work-and-free-time" and leaf.path[1] == NOT_SURE
        )
        areas = {r.entry.area for r in leaf.ideas.results}
        if not caring:
            assert "children-and-families" not in areas, leaf.trail
