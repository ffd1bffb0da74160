"""Catalogue translations (issue 23): checked like entries, used for the words and for matching
in that language, with the English names still finding each idea."""

from __future__ import annotations

import shutil

from carematch.catalogue import load_catalogue
from carematch.catalogue.translations import load_translations
from carematch.matching import Matcher

from .conftest import ROOT

WELSH = ROOT / "catalogue" / "translations" / "cy"

GOOD = """
id = "{id}"
language = "cy"
name = "Gafaelwr"
aliases = ["teclyn codi pethau"]
summary = "Teclyn hir i godi pethau oddi ar y llawr."
description = "Disgrifiad."
"""


def test_every_shipped_welsh_translation_is_valid_and_applied():
    english = load_catalogue(use_cache=False)
    found, problems, _key = load_translations(WELSH, "cy", english.entries)
    assert problems == []
    assert len(found) == len(list(WELSH.glob("*.toml"))) >= 150
    welsh = load_catalogue(use_cache=False, language="cy")
    assert welsh.language == "cy" and welsh.translated == len(found)
    some = next(iter(found))
    assert welsh.entries[some].name == found[some].name
    assert english.entries[some].name in welsh.entries[some].aliases  # English still finds it
    assert welsh.content_key != english.content_key  # a Welsh index of its own


def test_bad_translations_are_clear_problems_and_leave_the_entry_in_english(tmp_path):
    english = load_catalogue(use_cache=False)
    entry = next(e for e in english.entries.values() if e.safety and e.routes)
    folder = tmp_path / "cy"
    folder.mkdir()
    (folder / "no-such-idea.toml").write_text(GOOD.format(id="no-such-idea"), encoding="utf-8")
    (folder / f"{entry.id}.toml").write_text(GOOD.format(id=entry.id), encoding="utf-8")
    (folder / "broken.toml").write_text('id = "broken"\nname = ', encoding="utf-8")
    extra = GOOD.format(id=english.entries["grab-rail"].id) + 'colour = "red"\n'
    (folder / "grab-rail.toml").write_text(extra, encoding="utf-8")
    found, problems, _key = load_translations(folder, "cy", english.entries)
    assert found == {}
    said = "\n".join(str(p) for p in problems)
    assert "'no-such-idea' is not an idea in the catalogue" in said
    assert f"{entry.id}.toml [safety]" in said and "translate them" in said
    assert "cannot be read" in said  # broken TOML
    assert "grab-rail.toml [colour]" in said
    wrong_routes = GOOD.format(id=entry.id) + 'safety = "Gofal."\n[[routes]]\nask = "x"\n'
    wrong_routes += "[[routes]]\nask = 'y'\n" * len(entry.routes)
    (folder / f"{entry.id}.toml").write_text(wrong_routes, encoding="utf-8")
    problems = load_translations(folder, "cy", english.entries)[1]
    assert any("route(s)" in p.message for p in problems)


def test_welsh_words_find_the_ideas_and_english_ones_still_do(tmp_path):
    welsh = load_catalogue(use_cache=False, language="cy")
    matcher = Matcher(welsh, use_cache=False)
    ids = [r.entry.id for r in matcher.match("mae'n anodd gwneud paned", limit=5).results]
    kitchen = {"kettle-tipper", "one-cup-hot-water-dispenser", "lightweight-cordless-kettle"}
    assert kitchen & set(ids), ids
    english = [r.entry.id for r in matcher.match("kettle tipper", limit=3).results]
    assert "kettle-tipper" in english


def test_welsh_reasons_quote_the_words_as_written_and_skip_welsh_little_words():
    """'ffôn' keeps its accent in the reason; 'y', 'yn', 'mae' are never quoted as a reason."""
    from carematch import i18n

    matcher = Matcher(load_catalogue(use_cache=False, language="cy"), use_cache=False)
    i18n.set_language("cy")
    try:
        results = matcher.match("mae'r ffôn yn rhy fach a dw i'n methu gweld y botymau").results
    finally:
        i18n.set_language("en")
    reasons = " ".join(r.why[0] for r in results[:5])
    assert "'ffôn'" in reasons or "'botymau'" in reasons, reasons
    assert "'ffon'" not in reasons
    for little in ("y", "yn", "mae", "dw", "a"):
        assert f"'{little}'" not in reasons, reasons


def test_the_command_line_validates_translations(run_cli, tmp_path):
    catalogue = tmp_path / "catalogue"
    shutil.copytree(ROOT / "catalogue", catalogue)
    bad = catalogue / "translations" / "cy" / "no-such-idea.toml"
    bad.write_text(GOOD.format(id="no-such-idea"), encoding="utf-8")
    out = run_cli("catalogue", "validate", str(catalogue))
    assert out.returncode != 0
    assert "translations/cy/no-such-idea.toml [id]" in out.stdout
    # a language with only some files (Arabic has a vocabulary, no entry translations) is
    # checked too
    with (catalogue / "vocabulary.ar.toml").open("a", encoding="utf-8") as words:
        words.write('\n[activities.no-such-activity]\nname = "x"\n')
    out = run_cli("catalogue", "validate", str(catalogue))
    assert "vocabulary.ar.toml [activities.no-such-activity]" in out.stdout


def test_a_need_said_in_welsh_meets_ideas_whose_english_says_what_they_do():
    """A Welsh entry's English summary is still read for what it does ("a flashing light"):
    the need to get to calls in time meets it, and the reason says so in Welsh."""
    from carematch import i18n

    welsh = load_catalogue(use_cache=False, language="cy")
    assert welsh.source_words["amplified-phone"].startswith("A home or mobile phone")
    matcher = Matcher(welsh, use_cache=False)
    i18n.set_language("cy")
    try:
        results = matcher.match("mae'r ffôn yn canu a dw i byth yn ei gyrraedd mewn pryd").results
    finally:
        i18n.set_language("en")
    met = [r for r in results[:5] if "er mwyn i chi gyrraedd galwadau mewn pryd" in r.why[0]]
    assert met, [(r.entry.id, r.why) for r in results[:5]]
    assert all("A home or mobile" not in r.why[0] + r.entry.summary for r in results)
