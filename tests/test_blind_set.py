"""The blind test of issue 18: a catalogue written by people who had not seen ours, goals
written by someone who had seen neither, relevance judged afterwards. It is measured, never
tuned on; this checks only that it is whole and that `carematch eval` reports it beside FTS5."""

from __future__ import annotations

import json
import tomllib

import pytest

from carematch.catalogue import load_catalogue

from .conftest import ROOT

BLIND = ROOT / "tests" / "eval" / "blind"
BLIND2 = ROOT / "tests" / "eval" / "blind2"  # the second, made after the needs were written


@pytest.mark.parametrize("folder", [BLIND, BLIND2], ids=["blind", "blind2"])
def test_the_blind_set_is_whole(folder):
    catalogue = load_catalogue([folder / "catalogue"], builtin=False, use_cache=False)
    assert len(catalogue) >= 300 and catalogue.problems == []
    goals = tomllib.loads((folder / "goals.toml").read_text(encoding="utf-8"))["goal"]
    assert len(goals) >= 80
    assert sum(g["hard"] for g in goals) >= len(goals) / 2  # problems that name no product
    for goal in goals:
        assert goal["relevant_ids"] and all(i in catalogue.entries for i in goal["relevant_ids"])


def test_eval_reports_the_blind_set_beside_fts5(run_cli):
    done = run_cli(
        "eval",
        str(BLIND / "goals.toml"),
        "--no-builtin",
        "--catalogue",
        str(BLIND / "catalogue"),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for part in ("all", "hard"):
        assert set(report[part]) >= {"carematch", "fts5"}
        assert 0 <= report[part]["carematch"]["success@5"] <= 1
