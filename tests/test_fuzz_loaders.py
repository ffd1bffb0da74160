"""Fuzzing the loaders (issue 9): the catalogue loader and its cache, the thesaurus loader and
the vault import, fed hostile input by hypothesis.

None may crash: each either loads or refuses through its documented path (a list of
`Problem`s for the catalogue and the thesaurus, a `VaultError` for an import). None may write
half a result: a valid entry survives a round trip, the cache always agrees with a fresh load,
and a refused import leaves the data folder byte-for-byte as it was. (The pack reader's fuzz
tests live in test_packs.py.)

Each property counts the examples it really ran and prints the count (`pytest -s` shows it).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tempfile
import tomllib
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from carematch import paths
from carematch.app.preferences import AppSettings
from carematch.catalogue import load_catalogue, load_vocabulary
from carematch.catalogue.cache import entry_from_plain, entry_to_plain
from carematch.catalogue.loader import entry_files, load_files, parse_entry
from carematch.catalogue.model import Entry
from carematch.catalogue.problems import Problem
from carematch.journal.archive import export_vault, import_export, read_export
from carematch.journal.demo import fill_demo
from carematch.journal.records import KINDS
from carematch.journal.service import Journal
from carematch.matching.thesaurus import Thesaurus, load_thesaurus
from carematch.vault import VaultError, create_vault, erase_vault, list_vaults

from .conftest import ROOT
from .helpers.vaults import snapshot

FUZZ_EXAMPLES = 200
CACHE_EXAMPLES = 200  # each example loads its folder five times
IMPORT_EXAMPLES = 150
ENCRYPTED_EXAMPLES = 50  # each example that reaches the key costs one Argon2 run

RAN: Counter[str] = Counter()


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def run_counted(name: str, prop: Callable[[], None], examples: int) -> None:
    """Run a hypothesis property and report how many examples it really ran."""
    before = RAN[name]
    prop()
    ran = RAN[name] - before
    print(f"\n[fuzz] {name}: {ran} examples")
    assert ran >= examples // 2, f"{name} ran only {ran} examples"


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    if RAN:
        print("\n[fuzz] examples run: " + ", ".join(f"{k} {v}" for k, v in sorted(RAN.items())))


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(paths.builtin_catalogue_dir())


# --- hostile material ----------------------------------------------------------------------
ENTRY_PATHS = sorted((ROOT / "catalogue/entries").rglob("*.toml"))
THESAURUS = (ROOT / "catalogue/thesaurus.toml").read_text(encoding="utf-8")

NASTY = [
    "",
    " ",
    "\x00",
    "\x1b[31mred\x1b[0m",
    "\x7f\x08\x0c",
    "line\r\nbreak",
    "\t",
    "<script>alert(1)</script>",
    "<b>bold</b> & <i>more</i>",
    '"><img src=x onerror=alert(1)>',
    "\u202eevil\u202c",
    "\ufeffbom",
    "zero\u200bwidth",
    "e\u0301\u0301\u0301",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩\u200d🦽 ﷽",
    "İıſK",
    "../../etc/passwd",
    "C:\\Windows",
    "'; DROP TABLE goals; --",
    "%s%n{0}{}",
    "null",
    "NaN",
    "kettle-tipper",
    "15 03",
    "2026-02-30",
]

nasty_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=10)),
)


@st.composite
def deep_toml(draw: st.DrawFn) -> bytes:
    """Brackets nested past Python's recursion limit (tomllib recurses)."""
    opener, closer = draw(st.sampled_from([("[", "]"), ("{ a = ", " }")]))
    n = draw(st.integers(1, 3000))
    key = draw(st.sampled_from(["id", "aliases", "term", "cost"]))
    return (f"{key} = " + opener * n + "1" + closer * n + "\n").encode()


@st.composite
def deep_json(draw: st.DrawFn) -> bytes:
    """The same for JSON (json recurses too)."""
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"a": ', "}")]))
    n = draw(st.integers(1, 100_000))
    return (opener * n + "1" + closer * n).encode()


huge_text = st.builds(
    lambda ch, n: ch * n,
    st.sampled_from(["x", "é", "<", "\x01", "👩\u200d🦽", "word "]),
    st.sampled_from([119, 121, 299, 301, 2001, 4001, 20_001, 70_000]),
)

toml_scalars = st.one_of(
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    nasty_text,
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(min_size=1, max_size=10), inner, max_size=3),
    ),
    max_leaves=8,
)


INSERTS = [b'"', b"'", b"[", b"]]", b"=", b"\n", b"\\", b"\xff", b"\x00", b'"""', b"\xc3"]
INSERTS += ["é".encode(), b"[cost]\n", b"id = 1\n", b"[[term]]\n"]


@st.composite
def byte_mutations(draw: st.DrawFn, source: bytes) -> bytes:
    """A few random edits of real bytes: flips, deletions, insertions, truncation."""
    data = bytearray(source)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "repeat"]))
        pos = draw(st.integers(0, len(data)))
        if op == "flip" and pos < len(data):
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(
                st.one_of(
                    st.binary(min_size=1, max_size=16),
                    st.sampled_from(INSERTS),
                )
            )
        elif op == "truncate":
            del data[pos:]
        elif op == "repeat":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))]
    return bytes(data)


@st.composite
def reshaped_table(draw: st.DrawFn, data: dict[str, Any], extra_keys: list[str]) -> dict:
    """Valid-shaped TOML with the wrong things in it: wrong types, nasty or huge strings,
    missing and unknown keys."""
    data = dict(data)
    keys = sorted({*data, *extra_keys})
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(keys))
        op = draw(st.sampled_from(["value", "drop", "text", "append", "list", "huge"]))
        if op == "value":
            data[key] = draw(toml_values)
        elif op == "drop":
            data.pop(key, None)
        elif op == "text":
            data[key] = draw(nasty_text)
        elif op == "append" and isinstance(data.get(key), str):
            data[key] = data[key] + draw(nasty_text)
        elif op == "append" and isinstance(data.get(key), list):
            data[key] = [*data[key], draw(nasty_text)]
        elif op == "list":
            data[key] = draw(st.lists(nasty_text | huge_text, max_size=5))
        elif op == "huge":
            data[key] = draw(huge_text)
    return data


def real_entry() -> st.SearchStrategy[Path]:
    return st.sampled_from(ENTRY_PATHS)


@st.composite
def reshaped_entry(draw: st.DrawFn) -> bytes:
    data = tomllib.loads(draw(real_entry()).read_text(encoding="utf-8"))
    data = draw(reshaped_table(data, ["area", "unknown_field", "cost", "last_verified"]))
    if draw(st.booleans()) and isinstance(data.get("cost"), dict):
        data["cost"] = draw(reshaped_table(data["cost"], ["currency", "min", "max"]))
    if draw(st.booleans()):
        data["cost"] = {
            "min": draw(st.integers(-5, 300_000)),
            "max": draw(st.integers(-5, 300_000)),
        }
    return tomli_w.dumps(data).encode("utf-8")


entry_bytes = st.one_of(
    st.binary(max_size=2000),
    deep_toml(),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
    reshaped_entry(),
    real_entry().flatmap(lambda p: byte_mutations(p.read_bytes())),
    real_entry().map(lambda p: p.read_bytes()),
    real_entry().map(lambda p: p.read_bytes() + b"\n# padding " + b"x" * 70_000),
)


def entry_as_toml(entry: Entry) -> bytes:
    data = entry.model_dump(mode="json", exclude={"area"})
    data["last_verified"] = entry.last_verified
    return tomli_w.dumps({k: v for k, v in data.items() if v is not None}).encode("utf-8")


def check_problems(problems: list[Problem]) -> None:
    for p in problems:
        assert isinstance(p, Problem)
        assert isinstance(p.file, str) and isinstance(p.field, str)
        assert isinstance(p.message, str) and p.message.strip()
        assert "Traceback" not in p.message


# --- 1. the catalogue loader ---------------------------------------------------------------
def test_fuzzed_entry_files_load_or_are_reported(vocab):
    outcomes: Counter[str] = Counter()

    @fuzz_settings(FUZZ_EXAMPLES)
    @given(entry_bytes, st.sampled_from(["", "kitchen-and-eating", "my-own"]))
    @example(ENTRY_PATHS[0].read_bytes(), "")
    def prop(raw: bytes, area: str) -> None:
        RAN["catalogue: parse_entry"] += 1
        entry, problems = parse_entry(raw, "fuzz.toml", vocab, area)
        assert (entry is None) == bool(problems)
        check_problems(problems)
        assert all(p.file == "fuzz.toml" for p in problems)
        outcomes["reported" if entry is None else "loaded"] += 1
        if entry is not None:  # a loaded entry round-trips, through TOML and through the cache
            assert entry.area == area
            again, more = parse_entry(entry_as_toml(entry), "again.toml", vocab, area)
            assert more == []
            assert again == entry
            assert entry_from_plain(entry_to_plain(entry)) == entry

    run_counted("catalogue: parse_entry", prop, FUZZ_EXAMPLES)
    print(f"[fuzz] catalogue: parse_entry outcomes: {dict(outcomes)}")
    assert outcomes["loaded"] and outcomes["reported"]


def same_catalogue(a: Any, b: Any) -> None:
    assert a.entries == b.entries
    assert a.problems == b.problems
    assert a.files == b.files
    assert a.content_key == b.content_key


def test_fuzzed_folders_load_the_same_with_and_without_the_cache(vocab):
    areas = st.sampled_from(["kitchen-and-eating", "extra", "deep/er"])

    @fuzz_settings(CACHE_EXAMPLES)
    @given(
        st.lists(st.tuples(areas, entry_bytes), min_size=1, max_size=5),
        entry_bytes,
        st.one_of(st.floats(0, 1), st.binary(max_size=200)),
    )
    def prop(files: list[tuple[str, bytes]], replacement: bytes, damage: float | bytes) -> None:
        RAN["catalogue: load_files and the cache"] += 1
        shutil.rmtree(paths.cache_dir(), ignore_errors=True)
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "cat"
            written = []
            for n, (area, raw) in enumerate(files):
                path = source / "entries" / area / f"f{n}.toml"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(raw)
                written.append(path)
            folder = source / "entries"

            # load_files: every file either gives one entry or is reported, ids stay unique
            result = load_files([(folder, p) for p in entry_files(folder)], vocab)
            check_problems(result.problems)
            assert result.files == len(files)
            assert len({e.id for e in result.entries}) == len(result.entries)
            assert len(result.entries) + len({p.file for p in result.problems}) == len(files)

            # the cache: cold, warm and uncached loads agree
            cold = load_catalogue([source], builtin=False, use_cache=True)
            warm = load_catalogue([source], builtin=False, use_cache=True)
            plain = load_catalogue([source], builtin=False, use_cache=False)
            check_problems(cold.problems)
            assert cold.entries == {e.id: e for e in result.entries}
            assert warm.from_cache and not plain.from_cache
            same_catalogue(cold, plain)
            same_catalogue(warm, plain)

            # a changed file is never answered from the stale cache
            before = written[0].stat()
            written[0].write_bytes(replacement)
            os.utime(written[0], ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
            changed = load_catalogue([source], builtin=False, use_cache=True)
            same_catalogue(changed, load_catalogue([source], builtin=False, use_cache=False))

            # a half-written or damaged cache file is ignored, never half used
            (cache_file,) = paths.cache_dir().glob("catalogue-*.bin")
            good = cache_file.read_bytes()
            if isinstance(damage, float):
                cache_file.write_bytes(good[: int(len(good) * damage)])
            else:
                cache_file.write_bytes(damage)
            again = load_catalogue([source], builtin=False, use_cache=True)
            same_catalogue(again, changed)

    run_counted("catalogue: load_files and the cache", prop, CACHE_EXAMPLES)


# --- 2. the thesaurus loader ---------------------------------------------------------------
THESAURUS_TERMS = tomllib.loads(THESAURUS)["term"]
THESAURUS_CHUNKS = ["[[term]]" + part for part in THESAURUS.split("[[term]]")[1:]]


@st.composite
def thesaurus_slice(draw: st.DrawFn) -> str:
    """A few consecutive terms of the real file (loading all of it takes 0.1 s)."""
    start = draw(st.integers(0, len(THESAURUS_CHUNKS) - 1))
    return "".join(THESAURUS_CHUNKS[start : start + draw(st.integers(1, 8))])


@st.composite
def reshaped_thesaurus(draw: st.DrawFn) -> bytes:
    terms = draw(st.lists(st.sampled_from(THESAURUS_TERMS), min_size=0, max_size=6))
    extra = ["phrases", "means", "activities", "helps_with", "places", "note", "weight"]
    terms = [draw(reshaped_table(t, extra)) if draw(st.booleans()) else t for t in terms]
    doc: dict[str, Any] = {"term": terms}
    shape = draw(st.sampled_from(["terms", "not a list", "extra table", "list of junk"]))
    if shape == "not a list":
        doc["term"] = draw(toml_values)
    elif shape == "extra table":
        doc[draw(st.text(min_size=1, max_size=10))] = draw(toml_values)
    elif shape == "list of junk":
        doc["term"] = [*terms, *draw(st.lists(toml_values, min_size=1, max_size=3))]
    return tomli_w.dumps(doc).encode("utf-8")


thesaurus_bytes = st.one_of(
    st.binary(max_size=2000),
    deep_toml(),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
    reshaped_thesaurus(),
    thesaurus_slice().flatmap(lambda text: byte_mutations(text.encode("utf-8"))),
    thesaurus_slice().map(lambda text: text.encode("utf-8")),
)

TERM_FIELD = re.compile(r"^term \d+(\.|$)")


def test_fuzzed_thesaurus_loads_or_is_reported(vocab, tmp_path):
    path = tmp_path / "thesaurus.toml"
    outcomes: Counter[str] = Counter()

    @fuzz_settings(FUZZ_EXAMPLES)
    @given(thesaurus_bytes)
    @example(THESAURUS.encode("utf-8"))
    def prop(raw: bytes) -> None:
        RAN["thesaurus: load_thesaurus"] += 1
        path.write_bytes(raw)
        thesaurus = load_thesaurus(path, vocab)
        assert isinstance(thesaurus, Thesaurus)
        check_problems(thesaurus.problems)
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
            assert thesaurus.size == 0 and len(thesaurus.problems) == 1
            return
        terms = data.get("term", [])
        if not isinstance(terms, list):
            assert thesaurus.size == 0
            return
        # every term is either used whole or skipped and reported: nothing half-loaded
        bad = {
            p.field.split(".")[0]
            for p in thesaurus.problems
            if TERM_FIELD.match(p.field) and not p.message.startswith("unknown table")
        }
        assert thesaurus.size + len(bad) == len(terms)
        outcomes["terms used"] += thesaurus.size
        outcomes["terms reported"] += len(bad)
        if raw == THESAURUS.encode("utf-8"):
            assert thesaurus.problems == [] and thesaurus.size == len(THESAURUS_TERMS)

    run_counted("thesaurus: load_thesaurus", prop, FUZZ_EXAMPLES)
    print(f"[fuzz] thesaurus: load_thesaurus outcomes: {dict(outcomes)}")
    assert outcomes["terms used"] and outcomes["terms reported"]


# --- 3. the vault import -------------------------------------------------------------------
def make_source_export(tmp_path: Path, passphrase: str | None = None) -> bytes:
    """One real vault with the demo journal, exported once per test."""
    vault, _ = create_vault("Source", None)
    with vault:
        fill_demo(Journal(vault))
        out = tmp_path / "source-export.zip"
        export_vault(vault, out, passphrase=passphrase)
    return out.read_bytes()


def zip_members(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def build_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, 2**64, 10**30, 99_999]),
        st.floats(),
        nasty_text,
        huge_text,
        st.sampled_from(["2026-01-01T00:00:00", "2026-13-45", "2026-01-01T00:00:00+05:00"]),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def mutated_records(draw: st.DrawFn, records: dict[str, list[dict[str, Any]]]) -> Any:
    """The real records with a few hostile edits: wrong types, missing keys, duplicates,
    links to records that do not exist, huge values, HTML and control characters."""
    records = {k: [dict(r) for r in v] for k, v in records.items()}
    kinds = sorted(records)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(kinds))
        rows = records.get(kind)
        op = draw(
            st.sampled_from(
                ["field", "drop key", "add key", "duplicate", "dangling", "unique", "kind", "text"]
            )
        )
        if op == "kind":
            what = draw(st.sampled_from(["drop", "not a list", "unknown", "empty"]))
            if what == "drop":
                records.pop(kind, None)
            elif what == "not a list":
                records[kind] = draw(json_values)
            elif what == "unknown":
                records[draw(st.text(min_size=1, max_size=10))] = []
            else:
                records[kind] = []
            continue
        if not isinstance(rows, list) or not rows:
            continue
        i = draw(st.integers(0, len(rows) - 1))
        row = rows[i]
        keys = sorted(row)
        if op == "field":
            row[draw(st.sampled_from(keys))] = draw(json_values)
        elif op == "text":
            key = draw(st.sampled_from(keys))
            row[key] = (row[key] if isinstance(row[key], str) else "") + draw(nasty_text)
        elif op == "drop key":
            row.pop(draw(st.sampled_from(keys)))
        elif op == "add key":
            row[draw(st.text(max_size=10))] = draw(json_values)
        elif op == "duplicate":
            rows.append(dict(row))
        elif op == "dangling":
            links = [k for k in keys if k.endswith("_id") and k != "entry_id"]
            if links:
                row[draw(st.sampled_from(links))] = draw(st.sampled_from([99_999, 0, -3]))
        elif op == "unique" and len(rows) > 1:  # two records, one uid (or tag name)
            other = rows[(i + 1) % len(rows)]
            key = "uid" if "uid" in row else "name"
            if key in row and key in other:
                row[key] = other[key]
    return records


@st.composite
def hostile_exports(draw: st.DrawFn, good: bytes) -> bytes:
    members = zip_members(good)
    how = draw(st.sampled_from(["bytes", "zip bytes", "records", "manifest", "attachment", "deep"]))
    if how == "bytes":
        return draw(st.binary(max_size=3000))
    if how == "zip bytes":
        return draw(byte_mutations(good))
    if how == "deep":
        members[draw(st.sampled_from(["records.json", "manifest.json"]))] = draw(deep_json())
    elif how == "records":
        records = json.loads(members["records.json"])
        members["records.json"] = json.dumps(draw(mutated_records(records))).encode()
    elif how == "manifest":
        manifest = json.loads(members["manifest.json"])
        manifest = draw(reshaped_table(manifest, ["format", "version", "counts"]))
        members["manifest.json"] = json.dumps(manifest, default=str).encode()
    else:
        names = [n for n in members if n.startswith("attachments/")]
        name = draw(st.sampled_from(names))
        if draw(st.booleans()):
            del members[name]
        else:
            members[name] = draw(byte_mutations(members[name]))
    return build_zip(members, draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])))


def with_records(good: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """The real export with one deliberate edit of its records."""
    members = zip_members(good)
    records = json.loads(members["records.json"])
    edit(records)
    members["records.json"] = json.dumps(records).encode()
    return build_zip(members)


def same_uid(records: dict[str, Any]) -> None:
    records["goals"][1]["uid"] = records["goals"][0]["uid"]


def same_tag_name(records: dict[str, Any]) -> None:
    records["tags"][1]["name"] = records["tags"][0]["name"]


def huge_id(records: dict[str, Any]) -> None:
    records["checkins"][0]["id"] = 2**64


def row_counts(vault: Any) -> dict[str, int]:
    with vault.session() as s:
        return {name: s.scalar(select(func.count()).select_from(m)) for name, m, _r in KINDS}


def check_import(path: Path, data_root: Path, export_passphrase: str | None = None) -> str:
    """Import, then check all or nothing. Returns what happened."""
    AppSettings().update(last_vault="Source")  # as after a person last used their own vault
    before = snapshot(data_root)
    vaults_before = list_vaults()
    try:
        vault, _, counts = import_export(path, "Imported", export_passphrase=export_passphrase)
    except VaultError as exc:  # refused: a plain message, and nothing written at all
        assert str(exc).strip() and "Traceback" not in str(exc)
        assert list_vaults() == vaults_before
        assert snapshot(data_root) == before
        return "refused"
    with vault:  # accepted: the new vault holds exactly what the export holds
        records, attachments = read_export(path, export_passphrase)
        assert counts == {k: len(v) for k, v in records.items()}
        assert row_counts(vault) == counts
        for uid, data in attachments.items():
            assert vault.read_attachment(uid) == data
    erase_vault("Imported")
    return "imported"


def test_fuzzed_exports_import_all_or_nothing(data_root, tmp_path):
    good = make_source_export(tmp_path)
    target = tmp_path / "fuzz.zip"
    outcomes: Counter[str] = Counter()

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(hostile_exports(good))
    @example(good)
    @example(with_records(good, same_uid))  # these three fail only while writing the new vault
    @example(with_records(good, same_tag_name))
    @example(with_records(good, huge_id))
    def prop(blob: bytes) -> None:
        RAN["vault import"] += 1
        target.write_bytes(blob)
        outcomes[check_import(target, data_root)] += 1

    run_counted("vault import", prop, IMPORT_EXAMPLES)
    print(f"[fuzz] vault import outcomes: {dict(outcomes)}")
    assert outcomes["imported"] and outcomes["refused"]


KDF_VALUES = st.one_of(
    st.sampled_from([0, -1, 1, 2, 3, 7, 8, 1024, 2**32, 2**40, 2**70, 1.5, "3", None, True]),
    json_values,
)


@st.composite
def hostile_encrypted_exports(draw: st.DrawFn, good: bytes) -> bytes:
    from carematch.journal.archive import ENCRYPTED_MAGIC

    start = len(ENCRYPTED_MAGIC)
    size = int.from_bytes(good[start : start + 4], "big")
    header = json.loads(good[start + 4 : start + 4 + size])
    body = good[start + 4 + size :]
    how = draw(st.sampled_from(["bytes", "header", "kdf", "body", "size", "deep"]))
    if how == "bytes":
        return draw(byte_mutations(good))
    if how == "header":
        header = draw(reshaped_table(header, ["salt", "nonce", "ciphertext", "extra"]))
    elif how == "kdf":
        header[draw(st.sampled_from(["time_cost", "memory_kib", "parallelism"]))] = draw(KDF_VALUES)
    elif how == "body":
        body = draw(byte_mutations(body) | st.binary(max_size=40))
    else:
        size = draw(st.integers(0, 2**32 - 1))
    raw = draw(deep_json()) if how == "deep" else json.dumps(header, default=str).encode()
    if how != "size":
        size = len(raw)
    return ENCRYPTED_MAGIC + size.to_bytes(4, "big") + raw + body


def test_fuzzed_encrypted_exports_import_all_or_nothing(data_root, tmp_path):
    secret = "export passphrase"
    good = make_source_export(tmp_path, passphrase=secret)
    target = tmp_path / "fuzz.cmx"
    outcomes: Counter[str] = Counter()

    @fuzz_settings(ENCRYPTED_EXAMPLES)
    @given(hostile_encrypted_exports(good))
    @example(good)
    def prop(blob: bytes) -> None:
        RAN["encrypted vault import"] += 1
        target.write_bytes(blob)
        outcomes[check_import(target, data_root, export_passphrase=secret)] += 1

    run_counted("encrypted vault import", prop, ENCRYPTED_EXAMPLES)
    print(f"[fuzz] encrypted vault import outcomes: {dict(outcomes)}")
    assert outcomes["imported"] and outcomes["refused"]
