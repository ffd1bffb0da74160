"""Needs: a goal that says what goes wrong meets the ideas that answer it, in entries written
in someone else's words, and each such idea says which need it met."""

from __future__ import annotations

from pathlib import Path

import pytest

from carematch import paths
from carematch.catalogue import load_catalogue
from carematch.matching import Matcher, load_thesaurus
from carematch.matching.query import analyse

# Entries written the way another group might write them: none uses our aliases or our words
# for what they do ("flashes a lamp", "beeps"), and two are about the objects the goals name.
ENTRIES = {
    "s-ring-signaller": (
        "Ring signaller",
        ["ring signaler", "call signaller", "lamp signaller"],
        "Plugs into the phone socket and flashes a bright lamp in any room when a call comes in.",
        ["using-phone"],
        ["hearing"],
    ),
    "s-big-button-telephone": (
        "Big button telephone",
        ["big keys telephone", "photo telephone", "large key telephone"],
        "A telephone with large keys and photo buttons for the numbers you ring most.",
        ["using-phone"],
        ["vision", "dexterity"],
    ),
    "s-easy-pull-fridge": (
        "Fridge with easy-pull handles",
        ["easy pull fridge", "long handle fridge", "fridge handles"],
        "A fridge whose door opens with a light pull on a long handle.",
        ["preparing-food"],
        ["grip"],
    ),
    "s-door-beeper": (
        "Door-open beeper",
        ["door beeper", "open door beeper", "door chirper"],
        "Beeps when a door has stood open too long, and stops once it is shut.",
        ["staying-safe"],
        ["memory"],
    ),
    "s-bank-card-reader": (
        "Bank card reader with big keys",
        ["card reader", "bank card reader", "big key card reader"],
        "Reads your bank card so you can log in to online banking; the keys are large.",
        ["managing-money"],
        ["vision"],
    ),
    "s-angling-club": (
        "Inclusive angling club",
        ["angling club", "fishing club", "adapted angling"],
        "A club where disabled anglers fish beside friends, with level pegs and adapted rods.",
        ["hobbies", "sport-and-exercise"],
        ["grip"],
    ),
    "s-tea-trolley": (
        "Tea trolley",
        ["tea cart", "serving trolley", "room trolley"],
        "A trolley with two trays for moving cups and plates from room to room.",
        ["lifting-and-carrying"],
        ["balance"],
    ),
}


def _write(folder: Path) -> Path:
    for entry_id, (name, aliases, summary, activities, helps) in ENTRIES.items():
        path = folder / "entries" / "other" / f"{entry_id}.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f'id = "{entry_id}"\nname = "{name}"\naliases = {aliases!r}\nkind = "mainstream"\n'
            f'summary = "{summary}"\ndescription = "{summary}"\niso9999 = "22 27"\n'
            f"activities = {activities!r}\nhelps_with = {helps!r}\n".replace("'", '"')
            + 'places = ["whole-home"]\nways_to_get = ["buy"]\nsources = []\n'
            'last_verified = 2026-12-04\ncontributors = ["test"]\n\n[cost]\nmin = 10\nmax = 40\n',
            encoding="utf-8",
        )
    return folder


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    folder = _write(tmp_path_factory.mktemp("others"))
    cat = load_catalogue([folder], builtin=False, use_cache=False)
    assert len(cat) == len(ENTRIES), cat.problems
    thesaurus = load_thesaurus(paths.builtin_catalogue_dir() / "thesaurus.toml", cat.vocabulary)
    assert not thesaurus.problems
    return Matcher(cat, thesaurus, use_cache=False)


def test_a_missed_call_finds_what_alerts_you_not_another_phone(matcher):
    results = matcher.match("the phone rings and I never get to it in time", limit=5).results
    ids = [r.entry.id for r in results]
    assert ids.index("s-ring-signaller") < ids.index("s-big-button-telephone")
    first = results[0]
    assert first.entry.id == "s-ring-signaller"
    assert "so you can get to calls in time" in first.why[0]
    assert "alerts you" in first.why[0]


def test_a_fridge_left_open_finds_an_alarm_not_a_fridge(matcher):
    results = matcher.match("I leave the fridge door open without noticing", limit=5).results
    ids = [r.entry.id for r in results]
    assert ids[0] == "s-door-beeper", [(r.entry.id, r.why) for r in results]
    assert "fridge or freezer is left open" in results[0].why[0]
    if "s-easy-pull-fridge" in ids:
        fridge = results[ids.index("s-easy-pull-fridge")]
        assert "so you can" not in fridge.why[0]  # it does not meet the need, so never says so


def test_a_goal_without_the_need_is_unchanged(matcher):
    """Naming a fridge because you want one is not the need: the fridge comes first."""
    results = matcher.match("a fridge with handles I can grip", limit=3).results
    assert results[0].entry.id == "s-easy-pull-fridge"
    assert all("so you can" not in r.why[0] for r in results)


def test_a_need_turns_down_what_an_object_word_would_mean(matcher):
    """'Off the bank' is a riverbank once the need is a hobby: no money ideas first."""
    goal = "I want to get back to fishing off the bank with my mates"
    read = analyse(goal, matcher.thesaurus, matcher.index, matcher.speller)
    assert [f.need.id for f in read.needs] == ["back-to-a-hobby"]
    assert "managing-money" not in read.activities and "hobbies" in read.activities
    results = matcher.match(goal).results
    assert results[0].entry.id == "s-angling-club", [(r.entry.id, r.why) for r in results]
    assert "so you can get back to the things you enjoy" in results[0].why[0]
    ids = [r.entry.id for r in results]
    assert "s-bank-card-reader" not in ids[:1]
    plain_goal = "I want to use online banking with my bank card"
    plain_read = analyse(plain_goal, matcher.thesaurus, matcher.index, matcher.speller)
    assert "managing-money" in plain_read.activities
    plain = matcher.match(plain_goal).results
    assert plain[0].entry.id == "s-bank-card-reader"  # without the need, 'bank' is money


def _needs_file(tmp_path: Path, text: str) -> Path:
    source = paths.builtin_catalogue_dir() / "thesaurus.toml"
    (tmp_path / "thesaurus.toml").write_bytes(source.read_bytes())
    (tmp_path / "needs.toml").write_text(text, encoding="utf-8")
    return tmp_path / "thesaurus.toml"


@pytest.mark.parametrize(
    ("table", "says"),
    [
        (
            '[[need]]\nid = "x"\nneed = "do things"\nwhen = [["a b"]]\nfunctions = ["nope"]\n',
            "unknown function nope",
        ),
        (
            '[[need]]\nid = "x"\nneed = "see and see"\nwhen = [["a"]]\nhelps_with = ["vision"]\n',
            "says 'see' twice",
        ),
        ('[[need]]\nid = "x"\nneed = "do things"\nwhen = [[]]\n', "group is empty"),
        (
            '[[need]]\nid = "x"\nneed = "do things"\nwhen = [["a"]]\nactivities = ["flying"]\n',
            "unknown id flying",
        ),
        ('[[function]]\nid = "f"\ndoes = "does it"\ncues = ["bright lamp flashing"]\n', "two"),
        ("[[whatever]]\nx = 1\n", "unknown table"),
        ("[[need]\n", "not valid TOML"),
    ],
)
def test_a_broken_need_is_reported_and_skipped(tmp_path, table, says):
    vocab = load_catalogue([], builtin=True).vocabulary
    thesaurus = load_thesaurus(_needs_file(tmp_path, table), vocab)
    assert any(says in p.message for p in thesaurus.problems), thesaurus.problems
    assert all(p.file == "needs.toml" for p in thesaurus.problems)
    assert thesaurus.size > 100  # the terms still load


def test_catalogue_validate_reports_the_needs_file(tmp_path, run_cli):
    folder = tmp_path / "catalogue"
    source = paths.builtin_catalogue_dir()
    for name in ("vocabulary.toml", "thesaurus.toml", "iso9999.toml", "guide.toml"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes((source / name).read_bytes())
    (folder / "needs.toml").write_text(
        '[[need]]\nid = "x"\nneed = "do things"\nwhen = [["a"]]\nfunctions = ["nope"]\n',
        encoding="utf-8",
    )
    _write(folder)
    done = run_cli("catalogue", "validate", str(folder))
    assert done.returncode != 0
    assert "needs.toml" in done.stdout + done.stderr
    assert "unknown function nope" in done.stdout + done.stderr


def test_words_run_together_or_split_meet_the_catalogue_s_spelling():
    """'grabrail' is read as 'grab rail', and 'stair lift' also as 'stairlift', because other
    writers (and people) join and split words differently."""
    from carematch.app.catalogue import CatalogueService
    from carematch.matching.text import stem

    builtin = CatalogueService.load(installed=False).matcher
    split = analyse("I need a grabrail by the loo", *_parts(builtin))
    assert {"grab", "rail"} <= set(split.terms) and not split.corrections
    assert builtin.match("I need a grabrail by the loo").results[0].entry.id == "grab-rail"
    joined = analyse("how much is a stair lift", *_parts(builtin))
    assert stem("stairlift") in joined.terms


def test_what_a_goal_wants_to_avoid_is_not_read_as_what_it_wants():
    """'From bed without having to get up' is not about standing up: no chair raisers, and
    the ideas are the same as for the goal without those words."""
    from carematch.app.catalogue import CatalogueService

    builtin = CatalogueService.load(installed=False).matcher
    goal = "turn the lights and heating on and off from my bed"
    avoiding = analyse(f"{goal} without having to get up", *_parts(builtin))
    assert "changing-position" not in avoiding.activities
    wanting = analyse("help me get up out of my armchair", *_parts(builtin))
    assert "changing-position" in wanting.activities
    plain = [r.entry.id for r in builtin.match(goal, limit=5).results]
    said = [r.entry.id for r in builtin.match(f"{goal} without having to get up").results]
    assert said[:3] == plain[:3]


def test_a_racing_mind_is_not_a_light_switch():
    """'Can't switch off' at night is a busy mind, not the lights: calming ideas come first."""
    from carematch.app.catalogue import CatalogueService

    builtin = CatalogueService.load(installed=False).matcher
    results = builtin.match("my head's racing at night and I can't switch off", limit=5).results
    assert "so you can settle a busy mind" in results[0].why[0], [r.why for r in results]
    assert not any("switch" in r.entry.name.lower() for r in results[:3])


def _parts(m: Matcher):
    return m.thesaurus, m.index, m.speller


def _with_language_needs(tmp_path: Path, needs_words: str) -> Path:
    """The shipped thesaurus and needs, beside a Welsh thesaurus and the given needs.cy.toml."""
    source = paths.builtin_catalogue_dir()
    for name in ("thesaurus.toml", "needs.toml"):
        (tmp_path / name).write_bytes((source / name).read_bytes())
    (tmp_path / "thesaurus.cy.toml").write_text("", encoding="utf-8")
    (tmp_path / "needs.cy.toml").write_text(needs_words, encoding="utf-8")
    return tmp_path


WELSH_CALLS = """
[[function]]
id = "alerts"
does = "eich rhybuddio"

[[need]]
id = "get-to-calls-in-time"
need = "gyrraedd galwadau mewn pryd"
when = [["ffôn", "ffonio", "galwad"], ["mewn pryd", "stopio canu", "byth yn cyrraedd"]]
not_about = ["ffôn"]
"""


def test_a_need_said_in_welsh_is_read_and_its_reason_is_in_welsh(tmp_path, matcher):
    from carematch import i18n

    folder = _with_language_needs(tmp_path, WELSH_CALLS)
    thesaurus = load_thesaurus(
        folder / "thesaurus.toml", matcher.catalogue.vocabulary, (folder / "thesaurus.cy.toml",)
    )
    assert not thesaurus.problems, thesaurus.problems
    welsh = Matcher(matcher.catalogue, thesaurus, use_cache=False)
    goal = "mae'r ffôn yn stopio canu cyn i mi ei gyrraedd"
    read = analyse(goal, welsh.thesaurus, welsh.index, welsh.speller)
    assert [f.need.id for f in read.needs] == ["get-to-calls-in-time"]
    assert read.needs[0].said == ("ffon", "stopio canu")  # as typed, accents folded
    # a goal mixing the languages still finds the need by its English words, said in Welsh
    mixed = analyse(
        "the phone rings off, dw i byth yn ei gyrraedd", welsh.thesaurus, welsh.index, welsh.speller
    )
    assert [f.need.need for f in mixed.needs] == ["gyrraedd galwadau mewn pryd"]
    i18n.set_language("cy")
    try:
        results = welsh.match(goal, limit=5).results
    finally:
        i18n.set_language("en")
    first = results[0]
    assert first.entry.id == "s-ring-signaller", [(r.entry.id, r.why) for r in results]
    assert "mae'n eich rhybuddio, er mwyn i chi gyrraedd galwadau mewn pryd" in first.why[0]


@pytest.mark.parametrize(
    ("table", "says"),
    [
        ('[[need]]\nid = "no-such-need"\nneed = "gwneud pethau"\nwhen = [["a"]]\n', "no need"),
        ('[[function]]\nid = "no-such"\ndoes = "gwneud pethau"\n', "no function"),
        ('[[need]]\nid = "get-to-calls-in-time"\nneed = "x"\nwhen = [["a"]]\n', "too short"),
        (
            '[[need]]\nid = "get-to-calls-in-time"\nneed = "cyrraedd"\nwhen = [["a"]]\n'
            'functions = ["alerts"]\n',
            "not part of",
        ),
        ("[[need]\n", "not valid TOML"),
    ],
)
def test_a_broken_welsh_need_is_reported_and_the_english_still_works(tmp_path, table, says):
    vocab = load_catalogue([], builtin=True).vocabulary
    folder = _with_language_needs(tmp_path, table)
    thesaurus = load_thesaurus(folder / "thesaurus.toml", vocab, (folder / "thesaurus.cy.toml",))
    assert any(says in p.message for p in thesaurus.problems), thesaurus.problems
    assert all(p.file == "needs.cy.toml" for p in thesaurus.problems)
    assert any(n.id == "get-to-calls-in-time" for n in thesaurus.needs.needs)
