"""The stranger set of issue 18: a catalogue written by two people who had not seen ours,
three goal files by people who had seen neither (the third mostly goals that name a thing),
relevance judged afterwards by others. Unlike the blind sets it is tuned on (it is where
catalogue/needs.toml was checked on content we did not write); this checks that it is whole
and that `carematch eval` can run it."""

from __future__ import annotations

import pytest

from .conftest import ROOT
from .eval_sets import eval_report, judged_set

STRANGER = ROOT / "tests" / "eval" / "stranger"
STRANGER3 = ROOT / "tests" / "eval" / "stranger3"  # a third catalogue; half its goals are wants
STRANGER4 = ROOT / "tests" / "eval" / "stranger4"  # a fourth, made in the same way as blind5


@pytest.mark.parametrize(
    ("folder", "goals_file"),
    [
        (STRANGER, "goals.toml"),
        (STRANGER, "goals2.toml"),
        (STRANGER, "goals3.toml"),
        (STRANGER3, "goals.toml"),
        (STRANGER4, "goals.toml"),
    ],
)
def test_the_stranger_set_is_whole(folder, goals_file):
    catalogue, goals = judged_set(folder, goals_file)
    assert len(catalogue) >= 250
    assert len(goals) >= 60
    if goals_file != "goals3.toml":  # goals3 is mostly what people want, naming things
        assert sum(g["hard"] for g in goals) >= len(goals) / 2


def test_eval_runs_the_stranger_set(run_cli):
    report = eval_report(run_cli, STRANGER, "goals2.toml")
    assert report["hard"]["carematch"]["goals"] >= 30
