"""Reasons read well aloud: one sentence each, no typed word quoted twice, and what a screen
reader says of an idea stays under about forty words before its summary.

Checked on the built-in catalogue with every goal of the evaluation sets (our own, fresh ones
and the shared development goals), so it holds for goals the reasons were not written for.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from carematch.app.catalogue import CatalogueService
from carematch.matching.spoken import SPOKEN_WORDS, spoken_idea

from .conftest import ROOT

GOAL_FILES = [
    ROOT / "tests/eval/own_goals.toml",
    ROOT / "tests/eval/fresh_goals.toml",
    ROOT.parent / "shared/eval/dev_goals.toml",
]
SENTENCE_INSIDE = re.compile(r"[.!?] +[A-Z]")


def _goals() -> list[str]:
    goals = []
    for path in GOAL_FILES:
        if path.exists():
            goals += [g["text"] for g in tomllib.loads(path.read_text())["goal"]]
    return goals


@pytest.fixture(scope="module")
def matcher(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.setenv("CAREMATCH_HOME", str(tmp_path_factory.mktemp("home")))
    return CatalogueService.load(installed=False).matcher


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_reasons_are_single_sentences_that_never_quote_a_word_twice(matcher):
    goals = _goals()
    assert len(goals) >= 100
    checked = 0
    for goal in goals:
        for result in matcher.match(goal, limit=10).results:
            quoted: list[str] = []
            for reason in result.why:
                assert reason.endswith("."), (goal, reason)
                without_quotes = re.sub(r"'[^']*'", "''", reason)
                assert not SENTENCE_INSIDE.search(without_quotes), (goal, reason)
                quoted += [q.lower() for q in re.findall(r"'([^']+)'", reason)]
            words = [w for q in quoted for w in q.split()]
            assert len(words) == len(set(words)), (goal, result.entry.id, result.why)
            checked += 1
    assert checked > 500


def test_an_idea_is_spoken_in_at_most_forty_words_before_its_summary(matcher):
    longest = 0
    for goal in _goals():
        for result in matcher.match(goal, limit=10).results:
            entry = result.entry
            spoken = spoken_idea(entry.name, entry.cost.label(), result.why, entry.summary)
            assert spoken.endswith(entry.summary)
            before = spoken[: -len(entry.summary)]
            longest = max(longest, len(before.split()))
            assert result.why[0] in before  # the first reason is always said
    assert 0 < longest <= SPOKEN_WORDS


def test_spoken_idea_keeps_the_rest_of_the_reasons_for_the_details():
    reasons = ["You said 'brew', which we read as kettle.", *(["It is for drinks."] * 20)]
    spoken = spoken_idea("Kettle tipper", "£15 to £45", reasons, "A stand for a kettle.")
    assert spoken.startswith("Kettle tipper, £15 to £45. You said 'brew'")
    assert len(spoken.removesuffix("A stand for a kettle.").split()) <= SPOKEN_WORDS
    assert spoken.count("It is for drinks.") < 20
