"""Randomised response (issue 22, first part): the hand-written mechanism agrees with OpenDP,
answers are kept as often as the privacy budget says, and pooled estimates are right within
their intervals (fixed seeds: no flakiness)."""

from __future__ import annotations

import random

import opendp.prelude as dp
import pytest

from carematch.pooled.randomised import estimate, keep_probability, randomise

dp.enable_features("contrib")


@pytest.mark.parametrize(("epsilon", "k"), [(0.5, 2), (1.0, 2), (1.0, 4), (2.0, 3), (3.0, 5)])
def test_the_budget_matches_opendps_accounting(epsilon, k):
    p = keep_probability(epsilon, k)
    choices = [str(i) for i in range(k)]
    if k == 2:
        measured = dp.m.make_randomized_response_bool(p)
    else:
        measured = dp.m.make_randomized_response(choices, p)
    assert measured.map(1) == pytest.approx(epsilon)


def test_answers_are_kept_as_often_as_the_budget_says():
    rng = random.Random(22)
    choices = ["worse", "no change", "better", "meaningfully better"]
    draws = [randomise("better", choices, 1.0, rng) for _ in range(40_000)]
    p = keep_probability(1.0, 4)
    assert draws.count("better") / len(draws) == pytest.approx(p, abs=0.01)
    for other in ("worse", "no change", "meaningfully better"):
        assert draws.count(other) / len(draws) == pytest.approx((1 - p) / 3, abs=0.01)
    with pytest.raises(ValueError):
        randomise("maybe", choices, 1.0, rng)


def test_pooled_shares_fall_inside_their_intervals_and_are_unbiased():
    """200 rounds of 10,000 contributors spread over 50 ideas with known true rates."""
    rng = random.Random(2026)
    inside = total = 0
    errors = []
    for _round in range(200):
        for _idea in range(50):
            truth = rng.uniform(0.1, 0.9)
            n = 200  # 10,000 contributors over 50 ideas
            kept = sum(
                randomise(
                    "kept" if rng.random() < truth else "stopped", ("kept", "stopped"), 1.0, rng
                )
                == "kept"
                for _ in range(n)
            )
            found = estimate(kept, n, 1.0, 2)
            inside += found.low <= truth <= found.high
            total += 1
            errors.append(found.share - truth)
    assert inside / total >= 0.85
    assert abs(sum(errors) / len(errors)) <= 0.02


def test_a_contribution_holds_only_randomised_bands_and_no_text():
    import datetime as dt
    import json

    from pydantic import ValidationError

    from carematch.journal.enums import ExperimentStatus
    from carematch.pooled.contribution import Contribution, build, change_band, duration_band

    start = dt.date(2026, 9, 1)
    finished = [
        ("kettle-tipper", "kitchen", ExperimentStatus.KEPT, 3.0, start, dt.date(2026, 10, 1)),
        ("bath-board", "bathroom", ExperimentStatus.STOPPED, -1.0, start, dt.date(2026, 9, 5)),
        ("grab-rail", "bathroom", ExperimentStatus.TRYING, None, start, None),  # not finished
    ]
    made = build(finished, "a" * 32, dt.date(2026, 11, 30), random.Random(1))
    assert [a.entry for a in made.answers] == ["kettle-tipper", "bath-board"]
    assert made.quarter == "2026-Q4" and made.epsilon_total == 6.0
    text = made.model_dump_json()
    assert "2026-09" not in text and "2026-10" not in text  # no date finer than a quarter
    assert Contribution.model_validate_json(text) == made
    assert change_band(3.0) == "meaningfully better" and change_band(0.2) == "no change"
    assert duration_band(start, dt.date(2026, 10, 1)) == "2 to 8 weeks"
    raw = json.loads(text)
    for bad in ({"note": "Mrs A, LS6 2AB"}, {"answers": [{**raw["answers"][0], "why": "x"}]}):
        with pytest.raises(ValidationError):
            Contribution.model_validate_json(json.dumps({**raw, **bad}))


def test_pooling_keeps_the_newest_per_person_and_leaves_out_small_ideas(tmp_path):
    import datetime as dt
    import os

    from carematch.journal.enums import ExperimentStatus
    from carematch.pooled.contribution import build
    from carematch.pooled.pool import MIN_CONTRIBUTORS, pool

    rng = random.Random(7)
    start, end = dt.date(2026, 9, 1), dt.date(2026, 10, 1)
    paths, truly_kept = [], 0
    for person in range(400):
        kept = ExperimentStatus.KEPT if rng.random() < 0.8 else ExperimentStatus.STOPPED
        truly_kept += kept == ExperimentStatus.KEPT
        finished = [("kettle-tipper", "kitchen", kept, 2.5, start, end)]
        if person < MIN_CONTRIBUTORS - 1:
            finished.append(("rare-idea", "kitchen", ExperimentStatus.KEPT, 0.0, start, end))
        made = build(finished, f"{person:032x}", dt.date(2026, 11, 1), rng)
        path = tmp_path / f"{person}.json"
        path.write_text(made.model_dump_json())
        paths.append(path)
    # an older contribution from person 0 (last quarter) is replaced by the newer one
    old = build(
        [("bath-board", "bathroom", ExperimentStatus.KEPT, 0, start, end)],
        f"{0:032x}",
        dt.date(2026, 7, 1),
        rng,
    )
    (tmp_path / "old.json").write_text(old.model_dump_json())
    os.utime(tmp_path / "old.json", (2_000_000_000, 2_000_000_000))  # even if it looks newer
    (tmp_path / "junk.json").write_text('{"format": "carematch-contribution", "note": "Mrs A"}')
    found = pool(sorted(tmp_path.iterdir()))
    assert (found.files, found.contributors, found.refused) == (402, 400, 1)
    assert [i.entry for i in found.ideas] == ["kettle-tipper"]  # rare idea (9) and bath left out
    (idea,) = found.ideas
    assert idea.contributors == 400
    # one pool is one draw: within 3 standard errors (0.05 each at 400 people, ε = 1)
    assert abs(idea.kept.share - truly_kept / 400) < 0.15
    assert idea.kept.low < idea.kept.share <= idea.kept.high
