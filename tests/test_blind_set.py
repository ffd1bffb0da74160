"""The blind test of issue 18: a catalogue written by people who had not seen ours, goals
written by someone who had seen neither, relevance judged afterwards. It is measured, never
tuned on; this checks only that it is whole and that `carematch eval` reports it beside FTS5."""

from __future__ import annotations

import pytest

from .conftest import ROOT
from .eval_sets import eval_report, judged_set

BLIND = ROOT / "tests" / "eval" / "blind"
BLIND2 = ROOT / "tests" / "eval" / "blind2"  # the second, made after the needs were written
BLIND3 = ROOT / "tests" / "eval" / "blind3"  # the third, made after tuning on stranger3
BLIND4 = ROOT / "tests" / "eval" / "blind4"  # the fourth, with the same matching as the third
BLIND5 = ROOT / "tests" / "eval" / "blind5"  # the fifth, after the first tuning on stranger4
BLIND6 = ROOT / "tests" / "eval" / "blind6"  # the sixth, made while the fifth was measured
SETS = [BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6]


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_the_blind_set_is_whole(folder):
    catalogue, goals = judged_set(folder)
    assert len(catalogue) >= 300
    assert len(goals) >= 80
    assert sum(g["hard"] for g in goals) >= len(goals) / 2  # problems that name no product


def test_eval_reports_the_blind_set_beside_fts5(run_cli):
    report = eval_report(run_cli, BLIND)
    for part in ("all", "hard"):
        assert set(report[part]) >= {"carematch", "fts5"}
        assert 0 <= report[part]["carematch"]["success@5"] <= 1
