"""The entry schema and every kind of bad input, each reported with file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carematch import paths
from carematch.catalogue import Entry, load_catalogue, load_vocabulary
from carematch.catalogue.loader import parse_entry
from carematch.catalogue.model import entry_json_schema

from .conftest import FIXTURES

BAD = FIXTURES / "bad_catalogue"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(paths.builtin_catalogue_dir())


@pytest.fixture
def bad_catalogue():
    return load_catalogue([BAD], builtin=False, use_cache=False)


def problems_for(cat, filename: str) -> list:
    return [p for p in cat.problems if p.file.endswith(filename)]


def test_valid_entries_still_load_beside_broken_ones(bad_catalogue):
    assert set(bad_catalogue.entries) == {"good-one"}
    assert bad_catalogue.entries["good-one"].area == "misc"
    assert bad_catalogue.skipped_files == 8
    assert "8 catalogue files had problems" in bad_catalogue.skipped_summary()


@pytest.mark.parametrize(
    ("filename", "field", "words"),
    [
        ("malformed-toml.toml", "", "not valid TOML"),
        ("missing-field.toml", "summary", "required"),
        ("unknown-field.toml", "colour", "not part of the entry format"),
        ("z-duplicate-id.toml", "id", "already used by"),
        ("bad-iso.toml", "iso9999", "class '99' does not exist"),
        ("bad-cost.toml", "cost", "lowest price (50) is more than the highest (2)"),
        ("bad-activity.toml", "activities", "unknown activities: juggling"),
        ("not-utf8.toml", "", "not UTF-8"),
    ],
)
def test_each_bad_input_names_file_field_and_fix(bad_catalogue, filename, field, words):
    found = problems_for(bad_catalogue, filename)
    assert found, f"no problem reported for {filename}"
    assert any(p.field == field and words in p.message for p in found), found
    assert all(filename in str(p) for p in found)


def test_summary_of_more_than_two_sentences_is_refused(vocab):
    raw = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_bytes()
    raw = raw.replace(b"without burnt fingers.", b"without burns. It is cheap. It is wooden.")
    entry, problems = parse_entry(raw, "x.toml", vocab)
    assert entry is None
    assert problems[0].field == "summary"
    assert "one or two sentences" in problems[0].message


def test_repeated_alias_is_refused(vocab):
    raw = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_bytes()
    raw = raw.replace(b'"bamboo tongs"', b'"Toaster Tongs"')
    entry, problems = parse_entry(raw, "x.toml", vocab)
    assert entry is None and problems[0].field == "aliases"


def test_iso_codes_are_checked_at_every_level(vocab):
    assert vocab.iso_problem("15") is None
    assert vocab.iso_problem("15 03") is None
    assert vocab.iso_problem("15 03 06") is None
    assert "subclass '15 98'" in (vocab.iso_problem("15 98") or "")
    assert "not an ISO 9999 code" in (vocab.iso_problem("1503") or "")


def test_related_must_point_at_real_entries(tmp_path):
    src = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_text()
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "toast-tongs.toml").write_text(
        src.replace('ways_to_get = ["buy"]', 'ways_to_get = ["buy"]\nrelated = ["no-such"]')
    )
    cat = load_catalogue([folder], builtin=False, use_cache=False)
    assert "toast-tongs" in cat.entries
    assert any(p.field == "related" and "no-such" in p.message for p in cat.problems)


def test_extra_folder_overrides_builtin_entry_with_same_id(tmp_path):
    builtin = load_catalogue(use_cache=False)
    some = next(iter(sorted(builtin.entries)))
    src = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_text()
    (tmp_path / "mine.toml").write_text(src.replace('"toast-tongs"', f'"{some}"'))
    merged = load_catalogue([tmp_path], use_cache=False)
    assert merged.entries[some].name == "Toast tongs"
    assert len(merged) == len(builtin)


def test_json_schema_lists_vocabulary(vocab):
    schema = entry_json_schema(vocab)
    assert "making-hot-drinks" in schema["properties"]["activities"]["items"]["enum"]
    assert "area" not in schema["properties"]
    assert set(schema["required"]) >= {"id", "name", "aliases", "summary", "cost", "kind"}
    assert "service" in schema["$defs"]["Kind"]["enum"]  # ISO 9999 is optional for services
    json.dumps(schema)


def test_entry_round_trips_through_json(vocab):
    raw = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_bytes()
    entry, _ = parse_entry(raw, "x.toml", vocab)
    assert entry is not None
    again = Entry.model_validate(entry.model_dump(mode="json"), context={"vocabulary": vocab})
    assert again == entry
    assert entry.cost.label() == "£3 to £8"


def test_vocabulary_broken_is_a_clear_error(tmp_path: Path):
    from carematch.catalogue import VocabularyError

    (tmp_path / "vocabulary.toml").write_text("[activities]\n")
    (tmp_path / "iso9999.toml").write_text('[classes]\n"15" = "x"\n')
    with pytest.raises(VocabularyError, match="activities"):
        load_vocabulary(tmp_path)


def test_control_and_direction_characters_are_stripped_from_entries(tmp_path):
    from carematch.catalogue import load_catalogue

    src = tmp_path / "cat" / "entries" / "extra"
    src.mkdir(parents=True)
    text = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_text()
    text = text.replace('name = "Toast tongs"', 'name = "Toast\\u202e tongs\\u001b[31m"')
    (src / "toast-tongs.toml").write_text(text)
    catalogue = load_catalogue([tmp_path / "cat"], builtin=False)
    assert catalogue.entries["toast-tongs"].name == "Toast tongs[31m"
