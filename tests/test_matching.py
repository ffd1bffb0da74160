"""The matching engine on a small fixture catalogue: normalisation, spelling, thesaurus,
scoring boosts, filters, personal signals and the why."""

from __future__ import annotations

import pytest

from carematch.catalogue import Kind, load_catalogue
from carematch.matching import EmptyGoalError, Filters, Matcher, load_thesaurus
from carematch.matching.text import content_terms, fold, stem, uk_spelling, words

from .conftest import FIXTURES

MATCH = FIXTURES / "match_catalogue"


@pytest.fixture(scope="module")
def matcher():
    cat = load_catalogue([MATCH], builtin=False, use_cache=False)
    return Matcher(cat, load_thesaurus(MATCH / "thesaurus.toml", cat.vocabulary))


def top(m: Matcher, goal: str, **kw) -> list[str]:
    return [r.entry.id for r in m.match(goal, **kw).results]


# --- normalisation ---------------------------------------------------------------------------


def test_fold_lowercases_and_drops_accents_and_apostrophes():
    assert fold("Café CAN'T") == "cafe cant"
    assert words("I can’t reach—the TOP shelf!") == ["i", "cant", "reach", "the", "top", "shelf"]


@pytest.mark.parametrize(
    ("us", "uk"),
    [
        ("color", "colour"),
        ("organizer", "organiser"),
        ("organizers", "organisers"),
        ("analyze", "analyse"),
        ("faucet", "tap"),
        ("gray", "grey"),
    ],
)
def test_american_spelling_becomes_uk(us, uk):
    assert uk_spelling(us) == uk


def test_stemming_brings_word_forms_together():
    assert stem("lifting") == stem("lifted") == stem("lift")
    assert stem("kettles") == stem("kettle")
    assert content_terms("Organizers for the kitchen") == content_terms("organiser kitchens")


def test_stemming_keeps_apart_words_of_another_meaning():
    """Window blinds are not a blind person; a mobility scooter is not a mobile phone."""
    assert stem("blinds") != stem("blind")
    assert stem("mobility") != stem("mobile") == stem("mobiles")
    assert stem("glasses") != stem("glass")


# --- spelling and thesaurus ------------------------------------------------------------------


def test_misspelt_word_is_corrected_and_explained(matcher):
    resp = matcher.match("kettel")
    assert resp.results[0].entry.id == "kettle-tipper"
    assert any("'kettle' (you wrote 'kettel')" in w for w in resp.results[0].why)


def test_correction_does_not_change_known_words(matcher):
    assert matcher.speller.correct("kettle") is None
    assert matcher.speller.correct("xyzzyq") is None
    assert matcher.speller.correct("magnifer") == "magnifier"


def test_dialect_word_reaches_the_idea_through_the_thesaurus(matcher):
    resp = matcher.match("make a brew on my own")
    assert resp.results[0].entry.id == "kettle-tipper"
    assert any("brew" in w for w in resp.results[0].why)


def test_difficulty_word_boosts_ideas_that_help_with_it(matcher):
    ids = top(matcher, "I wobble in the bath")
    assert ids[0] == "grab-rail"
    why = " ".join(matcher.match("I wobble in the bath").results[0].why)
    assert "balance" in why


def test_bad_thesaurus_is_reported_term_by_term(matcher):
    th = load_thesaurus(MATCH / "bad_thesaurus.toml", matcher.catalogue.vocabulary)
    fields = {p.field for p in th.problems}
    assert "term 2.activities" in fields
    assert "term 3.phrases" in fields
    assert "term 4.means" in fields
    assert "term 5.colour" in fields
    assert th.size == 1
    assert all(p.file == "bad_thesaurus.toml" for p in th.problems)


def test_shipped_thesaurus_is_valid():
    cat = load_catalogue(use_cache=False)
    th = load_thesaurus(cat.vocabulary_dir / "thesaurus.toml", cat.vocabulary)
    assert th.problems == []
    assert th.size >= 100


# --- ranking, filters and signals ------------------------------------------------------------


def test_name_match_beats_description_match(matcher):
    ids = top(matcher, "grab rail")
    assert ids[0] == "grab-rail"


def test_filters(matcher):
    assert "phone-magnifier" in top(matcher, "read small print", filters=Filters(max_cost=0))
    assert all(
        e in {"phone-magnifier"} for e in top(matcher, "read labels", filters=Filters(max_cost=0))
    )
    only_builtin = top(
        matcher, "kettle magnifier", filters=Filters(kinds=frozenset({Kind.BUILTIN}))
    )
    assert only_builtin == ["phone-magnifier"]
    in_bathroom = top(matcher, "wash my feet", filters=Filters(place="bathroom"))
    assert in_bathroom and all(
        "bathroom" in matcher.catalogue.entries[i].places for i in in_bathroom
    )
    by_iso = top(matcher, "kettle jar rail", filters=Filters(iso_class="18"))
    assert by_iso == ["grab-rail"]
    by_activity = top(matcher, "kettle jar rail", filters=Filters(activity="hand-tasks"))
    assert by_activity == ["jar-opener"]


def test_nothing_left_after_filters_says_so(matcher):
    resp = matcher.match("kettle", filters=Filters(max_cost=1))
    assert resp.results == []
    assert any("filters" in n for n in resp.notes)


def test_not_for_me_sinks_and_worked_rises(matcher):
    goal = "kettle jar"
    plain = top(matcher, goal)
    first, second = plain[0], plain[1]
    sunk = top(matcher, goal, not_for_me=[first])
    assert sunk.index(first) > sunk.index(second)
    risen = top(matcher, goal, worked=[second])
    assert risen[0] == second
    why = matcher.match(goal, worked=[second]).results[0].why
    assert any("worked for you" in w for w in why)


def test_unknown_ids_in_signals_are_ignored(matcher):
    assert top(matcher, "kettle", worked=["no-such-id"], not_for_me=["nor-this"])


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("goal", ["", "   ", "\n\t"])
def test_empty_goal_is_refused(matcher, goal):
    with pytest.raises(EmptyGoalError):
        matcher.match(goal)


@pytest.mark.parametrize("goal", ["the and of to", "12345 678", "🙂🙂🙂", "我想喝茶", "!!!???"])
def test_meaningless_goal_gets_a_helpful_note(matcher, goal):
    resp = matcher.match(goal)
    assert resp.results == []
    assert resp.notes and any("Try saying what you would like to do" in n for n in resp.notes)


def test_very_long_goal_says_what_was_ignored(matcher):
    goal = "I would like to lift the kettle " * 400
    resp = matcher.match(goal)
    assert len(goal) > 10_000
    assert resp.results[0].entry.id == "kettle-tipper"
    assert any("first 2000 characters" in n for n in resp.notes)


def test_every_result_has_a_why(matcher):
    for goal in ("kettle", "bath", "reach the plug", "read labels", "alarm"):
        for r in matcher.match(goal).results:
            assert r.why and all(isinstance(w, str) and w for w in r.why)


def test_json_shape(matcher):
    data = matcher.match("kettle", limit=2).as_dict()
    assert set(data) == {"query", "results", "notes", "choices", "drop_filter"}
    assert data["query"] == "kettle"
    item = data["results"][0]
    assert set(item) >= {"id", "name", "aliases", "kind", "iso9999", "score", "why"}
    assert {"cost", "get_assessed_first", "ways_to_get"} <= set(item)
    assert len(data["results"]) <= 2
