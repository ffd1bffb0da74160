"""Property tests: whatever a person types, matching never fails and behaves consistently."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carematch.catalogue import load_catalogue
from carematch.matching import EmptyGoalError, Matcher

_matcher: Matcher | None = None


def matcher() -> Matcher:
    global _matcher
    if _matcher is None:
        _matcher = Matcher(load_catalogue(use_cache=False))
    return _matcher


everyday = st.lists(
    st.sampled_from(
        "I my mum can't cant reach lift kettle kettel bath brew loo telly stairs wobble "
        "shaky grip read post hear phone 🙂 ... 123 garden dressing socks trousers the a "
        "and of dementia wandering night cold remote buttons".split()
    ),
    min_size=1,
    max_size=25,
).map(" ".join)
anything = st.text(max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(everyday, anything))
def test_never_raises_and_results_are_sane(goal):
    m = matcher()
    try:
        resp = m.match(goal, limit=10)
    except EmptyGoalError:
        assert not goal.strip()
        return
    ids = [r.entry.id for r in resp.results]
    assert len(ids) == len(set(ids)) <= 10
    assert all(i in m.catalogue.entries for i in ids)
    scores = [r.score for r in resp.results]
    assert all(math.isfinite(s) for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert all(r.why for r in resp.results)
    if not resp.results:
        assert resp.notes


@settings(max_examples=60, deadline=None)
@given(everyday)
def test_ranking_is_deterministic(goal):
    m = matcher()
    first = [(r.entry.id, r.score) for r in m.match(goal).results]
    again = [(r.entry.id, r.score) for r in m.match(goal).results]
    assert first == again


@pytest.mark.parametrize("goal", ["x" * 10_000, "kettle " * 3000, "a" * 50_000])
def test_huge_goals_are_handled(goal):
    resp = matcher().match(goal)
    assert any("first 2000 characters" in n for n in resp.notes)
