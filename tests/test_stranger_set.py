"""The stranger set of issue 18: a catalogue written by two people who had not seen ours,
three goal files by people who had seen neither (the third mostly goals that name a thing),
relevance judged afterwards by others. Unlike the blind sets it is tuned on (it is where
catalogue/needs.toml was checked on content we did not write); this checks that it is whole
and that `carematch eval` can run it."""

from __future__ import annotations

import json
import tomllib

import pytest

from carematch.catalogue import load_catalogue

from .conftest import ROOT

STRANGER = ROOT / "tests" / "eval" / "stranger"
STRANGER3 = ROOT / "tests" / "eval" / "stranger3"  # a third catalogue; half its goals are wants


@pytest.mark.parametrize(
    ("folder", "goals_file"),
    [
        (STRANGER, "goals.toml"),
        (STRANGER, "goals2.toml"),
        (STRANGER, "goals3.toml"),
        (STRANGER3, "goals.toml"),
    ],
)
def test_the_stranger_set_is_whole(folder, goals_file):
    catalogue = load_catalogue([folder / "catalogue"], builtin=False, use_cache=False)
    assert len(catalogue) >= 250 and catalogue.problems == []
    goals = tomllib.loads((folder / goals_file).read_text(encoding="utf-8"))["goal"]
    assert len(goals) >= 60
    if goals_file != "goals3.toml":  # goals3 is mostly what people want, naming things
        assert sum(g["hard"] for g in goals) >= len(goals) / 2
    for goal in goals:
        assert goal["relevant_ids"] and all(i in catalogue.entries for i in goal["relevant_ids"])


def test_eval_runs_the_stranger_set(run_cli):
    done = run_cli(
        "eval",
        str(STRANGER / "goals2.toml"),
        "--no-builtin",
        "--catalogue",
        str(STRANGER / "catalogue"),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["hard"]["carematch"]["goals"] >= 30
