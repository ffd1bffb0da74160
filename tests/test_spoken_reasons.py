"""Reasons read well aloud: one short sentence each, no word said twice, and what a screen
reader says of an idea stays under about forty words before its summary.

Checked on the built-in catalogue with every goal of the evaluation sets (our own, fresh ones
and the shared development goals), so it holds for goals the reasons were not written for.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from carematch.app.catalogue import CatalogueService
from carematch.matching.explain import MAX_WORDS
from carematch.matching.spoken import SPOKEN_WORDS, spoken_idea
from carematch.matching.text import STOPWORDS, stem, words

from .conftest import ROOT

GOAL_FILES = [
    ROOT / "tests/eval/own_goals.toml",
    ROOT / "tests/eval/fresh_goals.toml",
    ROOT.parent / "shared/eval/dev_goals.toml",
]
SENTENCE_INSIDE = re.compile(r"[.!?] +[A-Z]")
# the joining words of a reason, which may come twice ("it's for ... and helps with ...")
LITTLE_WORDS = {"you", "said", "wrote", "its", "for"}


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


SEAMS = ("which we read as", "we read", "  ", " ,", "..", "— —", "; ;")
SEAMS += ("the around", "the anywhere")


def test_each_reason_is_one_short_sentence_that_never_says_a_word_twice(matcher):
    """Over every answer to every goal of the project's sets: one sentence, at most 25 words,
    no word said twice (apart from little words), no template seams."""
    goals = _goals()
    assert len(goals) >= 150
    checked = longest = 0
    for goal in goals:
        for result in matcher.match(goal, limit=10).results:
            assert len(result.why) == 1, (goal, result.why)
            reason = result.why[0]
            assert reason.endswith(".") and reason[0].isupper(), (goal, reason)
            assert not SENTENCE_INSIDE.search(re.sub(r"'[^']*'", "''", reason)), (goal, reason)
            assert not any(seam in reason for seam in SEAMS), (goal, reason)
            size = len(reason.split())
            assert size <= MAX_WORDS, (goal, reason)
            stems = [stem(w) for w in words(reason) if w not in STOPWORDS and len(w) > 2]
            repeated = {s for s in stems if stems.count(s) > 1} - LITTLE_WORDS
            assert not repeated, (goal, reason, repeated)
            longest = max(longest, size)
            checked += 1
    assert checked > 1500
    assert longest > 10  # the reasons say something


def test_your_own_marks_keep_the_reason_short(matcher):
    for goal in _goals()[:60]:
        ids = [r.entry.id for r in matcher.match(goal, limit=4).results]
        marked = matcher.match(goal, limit=10, worked=ids[:2], not_for_me=ids[2:])
        for result in marked.results:
            reason = result.why[0]
            assert len(reason.split()) <= MAX_WORDS, (goal, reason)
            if result.entry.id in ids[:2]:
                assert "worked for you" in reason, reason
            elif result.entry.id in ids[2:]:
                assert "'not for me'" in reason


def test_a_reason_names_the_need_it_met(matcher):
    """'The phone rings and I never get to it in time' is about getting to calls in time;
    the ideas that meet that need say so."""
    response = matcher.match("the phone rings and I never get to it in time", limit=5)
    met = [r for r in response.results if "so you can get to calls in time" in r.why[0]]
    assert met, [r.why for r in response.results]
    for result in met:
        assert result.why[0].count("'") <= 4  # at most two things quoted


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
    reasons = ["You said 'brew' — it's for making hot drinks.", *(["It is for drinks."] * 20)]
    spoken = spoken_idea("Kettle tipper", "£15 to £45", reasons, "A stand for a kettle.")
    assert spoken.startswith("Kettle tipper, £15 to £45. You said 'brew'")
    assert len(spoken.removesuffix("A stand for a kettle.").split()) <= SPOKEN_WORDS
    assert spoken.count("It is for drinks.") < 20


def test_a_reason_that_names_only_a_place_reads_as_a_sentence(matcher):
    """Every place in the vocabulary: "It's for around the home.", never "it's used in the
    around the home"."""
    from carematch.matching.explain import explain
    from carematch.matching.query import QueryAnalysis

    vocab = matcher.catalogue.vocabulary
    entries = list(matcher.catalogue.entries.values())
    said = set()
    for place, info in vocab.places.items():
        entry = next((e for e in entries if e.places[:1] == [place]), None)
        if entry is None:
            continue
        reason = explain(entry, QueryAnalysis(places={place: 1.0}), vocab)
        if place == "anywhere":
            assert not any(info.name.lower() in r.lower() for r in reason), reason
            continue
        assert len(reason) == 1 and reason[0].startswith("It's for "), (place, reason)
        assert not any(seam in reason[0] for seam in SEAMS), reason
        assert reason[0].count(" the ") <= 1 and " in the " not in reason[0], reason
        said.add(place)
    assert len(said) >= 8
