"""The tools for the people who keep the catalogue: `stats --quality` lists what is weak in each
entry, `validate --strict` fails on it, and the built-in catalogue passes."""

from __future__ import annotations

import json
import tomllib

from carematch import paths
from carematch.catalogue import load_catalogue
from carematch.catalogue.quality import bare_source, harm_prone

HOIST = """
id = "test-hoist"
name = "Test hoist"
aliases = ["lifter"]
kind = "specialist"
summary = "A machine that lifts a person from a bed to a chair with a sling."
description = "A carer works it with a handset. Ask for an assessment before using one."
iso9999 = "12 36"
activities = ["transfers"]
ways_to_get = ["community-equipment-loan", "buy"]
sources = ["https://www.example.org/"]
last_verified = 2020-01-01

[cost]
min = 500
max = 2000
"""


def test_home_pages_are_bare_and_pages_are_not():
    assert bare_source("https://www.nhs.uk/")
    assert bare_source("https://www.nhs.uk")
    assert not bare_source("https://www.nhs.uk/conditions/falls/")
    assert not bare_source("https://www.stroke4carers.org/?p=461")  # a page by its query
    assert not bare_source("Living Made Easy factsheet, 2024")  # a book or leaflet


def test_weak_entries_are_listed_and_fail_strict(tmp_path, run_cli):
    folder = tmp_path / "entries"
    folder.mkdir()
    text = HOIST.replace('aliases = ["lifter"]', 'aliases = ["lifter", "hoist", "patient lift"]')
    text = text.replace('summary = "A machine', 'summary = "If you cannot stand, a machine')
    (folder / "test-hoist.toml").write_text(text, encoding="utf-8")
    plain = run_cli("catalogue", "validate", str(tmp_path))
    assert plain.returncode == 0, plain.stdout  # valid: only --strict minds weaknesses
    strict = run_cli("catalogue", "validate", str(tmp_path), "--strict", "--json")
    assert strict.returncode == 1
    found = {(w["id"], w["what"]) for w in json.loads(strict.stdout)["weaknesses"]}
    assert ("test-hoist", "no safety note") in found
    assert ("test-hoist", "1 source is a home page") in found
    assert ("test-hoist", "last checked 2020-01-01") in found
    assert ("test-hoist", "only 3 aliases") in found
    assert ("test-hoist", "summary opens with what a person cannot do") in found
    quality = run_cli(
        "catalogue", "stats", "--quality", "--no-builtin", "--catalogue", str(tmp_path)
    )
    assert quality.returncode == 0
    assert "test-hoist: no safety note; harm is possible" in quality.stdout


def test_the_built_in_catalogue_passes_strict(run_cli):
    done = run_cli("catalogue", "validate", "--strict")
    assert done.returncode == 0, done.stdout[-2000:]
    assert "every entry meets the bar" in done.stdout


def test_every_harm_prone_entry_has_a_safety_note_and_90_percent_of_sources_are_pages():
    catalogue = load_catalogue(use_cache=False)
    missing = [e.id for e in catalogue.entries.values() if harm_prone(e) and not e.safety]
    assert missing == []
    sources = [s for e in catalogue.entries.values() for s in e.sources]
    specific = [s for s in sources if not bare_source(s)]
    assert len(specific) / len(sources) >= 0.9


def test_catalogue_20_covers_the_named_gaps():
    """At least 520 entries, 20 open designs, services without ISO codes, and an entry for each
    part of life the catalogue used to miss."""
    catalogue = load_catalogue(use_cache=False)
    entries = catalogue.entries
    assert len(entries) >= 520
    designs = [e for e in entries.values() if e.diy is not None]
    assert len(designs) >= 20 and all(len(e.diy.steps) >= 2 for e in designs if e.diy)
    areas = {e.area for e in entries.values()}
    assert {"intimacy-and-relationships", "mood-and-wellbeing", "pets-and-animals"} <= areas
    for needed in (
        "stoma-bags-on-prescription",
        "sit-to-stand-hoist",
        "emergency-lifting-cushion",
        "electrolarynx",
        "left-foot-accelerator",
        "airport-special-assistance",
        "tilt-in-space-wheelchair",
        "side-opening-cot",
        "switch-adapted-toys",
        "light-therapy-lamp",
        "blue-badge",
    ):
        assert needed in entries, needed
    services = [e for e in entries.values() if e.kind.value == "service"]
    assert len(services) >= 40 and all(not e.iso9999 for e in services)
    with (paths.builtin_catalogue_dir() / "who_apl.toml").open("rb") as fh:
        apl = {p["name"]: p["entries"] for p in tomllib.load(fh)["product"]}
    assert "Manual wheelchairs with postural support" in apl
    assert "electronic-travel-aid" in apl["Travel aids, portable"]
