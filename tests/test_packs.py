"""Packs: create, sign, verify, import all or nothing, remove; hostile packs are refused."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import stat
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carematch import paths
from carematch.catalogue import load_catalogue, load_vocabulary
from carematch.community import keys
from carematch.community.packs import (
    PackError,
    catalogue_folders,
    create_pack,
    install_pack,
    list_packs,
    my_entries_dir,
    plan_import,
    read_pack,
    remove_pack,
)
from carematch.matching import Matcher

from .conftest import FIXTURES

TONGS = FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(paths.builtin_catalogue_dir())


@pytest.fixture
def source(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    shutil.copy(TONGS, folder)
    text = (
        TONGS.read_text()
        .replace("toast-tongs", "toast-rack-lifter")
        .replace("Toast tongs", "Toast rack lifter")
    )
    (folder / "toast-rack-lifter.toml").write_text(text)
    return folder


def test_signed_pack_round_trip_and_removal(source, tmp_path, vocab, data_root):
    private = tmp_path / "group.pem"
    public = keys.keygen(private, tmp_path / "group.pub")
    out = tmp_path / "p.cmpack"
    manifest = create_pack(source, out, name="Hacks", publisher="Makers", signing_key=private)
    assert manifest["entry_count"] == 2 and len(manifest["files"]) == 2
    pack = read_pack(out, vocab)
    assert pack.signature == "unknown key"
    keys.trust(public, "Makers")
    pack = read_pack(out, vocab)
    assert pack.signature == "trusted"
    plan = plan_import(pack, load_catalogue().entries, set())
    assert sorted(plan.new) == ["toast-rack-lifter", "toast-tongs"]
    install_pack(pack)
    assert [p["name"] for p in list_packs()] == ["Hacks"]
    matcher = Matcher(load_catalogue(catalogue_folders()))
    assert matcher.match("toast tongs").results[0].entry.id == "toast-tongs"
    remove_pack(list_packs()[0]["id"])
    matcher = Matcher(load_catalogue(catalogue_folders()))
    assert "toast-tongs" not in {r.entry.id for r in matcher.match("toast tongs").results}


def test_own_edits_are_reported_as_conflicts_and_kept(source, tmp_path, vocab, data_root):
    out = tmp_path / "p.cmpack"
    create_pack(source, out, name="Hacks", publisher="Makers")
    mine = my_entries_dir() / "entries"
    mine.mkdir(parents=True)
    (mine / "toast-tongs.toml").write_text(TONGS.read_text().replace("Toast tongs", "My tongs"))
    pack = read_pack(out, vocab)
    assert pack.signature == "unsigned"
    plan = plan_import(pack, load_catalogue(catalogue_folders()).entries, {"toast-tongs"})
    assert plan.conflicts == ["toast-tongs"]
    install_pack(pack)
    merged = load_catalogue(catalogue_folders())
    assert merged.entries["toast-tongs"].name == "My tongs"  # their edit wins
    install_pack(pack, replace_mine=True)
    assert load_catalogue(catalogue_folders()).entries["toast-tongs"].name == "Toast tongs"


def _rezip(src, dest, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for item in zin.infolist():
            name, data = change(item.filename, zin.read(item))
            if name is not None:
                zout.writestr(name, data)
        extra = change(None, None)
        if extra[0] is not None:
            zout.writestr(*extra)
    return dest


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            lambda n, d: (n, d + b"\n# changed") if n and n.startswith("entries/") else (n, d),
            "checksum",
        ),
        (lambda n, d: (n, d) if n else ("../evil.toml", b"x"), "leave"),
        (lambda n, d: (n, d) if n else ("/etc/evil.toml", b"x"), "absolute"),
        (lambda n, d: (n, d) if n else ("entries/extra.toml", b"x"), "do not match"),
        (lambda n, d: (n, b"{broken") if n == "manifest.json" else (n, d), "not valid JSON"),
        (lambda n, d: (None, d) if n == "manifest.json" else (n, d), "manifest.json is missing"),
    ],
)
def test_hostile_packs_are_refused_and_nothing_is_written(
    source, tmp_path, vocab, data_root, change, reason
):
    good = tmp_path / "good.cmpack"
    create_pack(source, good, name="Hacks", publisher="Makers")
    bad = _rezip(good, tmp_path / "bad.cmpack", change)
    with pytest.raises(PackError, match=reason):
        read_pack(bad, vocab)
    assert list_packs() == []


def test_bad_signature_is_reported(source, tmp_path, vocab):
    private = tmp_path / "k.pem"
    keys.keygen(private, tmp_path / "k.pub")
    good = tmp_path / "good.cmpack"
    create_pack(source, good, name="Hacks", publisher="Makers", signing_key=private)

    def tamper(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["publisher"] = "Someone else"
            return name, json.dumps(manifest, indent=2, sort_keys=True).encode()
        return name, data

    bad = _rezip(good, tmp_path / "bad.cmpack", tamper)
    assert read_pack(bad, vocab).signature == "bad signature"


def test_symlinks_bombs_invalid_toml_duplicates_and_html(tmp_path, vocab):
    def pack_with(files, *, symlink=False):
        manifest = {
            "format": "carematch-pack",
            "version": 1,
            "name": "x",
            "publisher": "y",
            "files": {},
        }
        buf = io.BytesIO()
        import hashlib

        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                manifest["files"][name] = hashlib.sha256(data).hexdigest()
                zf.writestr(name, data)
            if symlink:
                info = zipfile.ZipInfo("entries/link.toml")
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, "/etc/passwd")
            zf.writestr("manifest.json", json.dumps(manifest))
        path = tmp_path / "x.cmpack"
        path.write_bytes(buf.getvalue())
        return path

    tongs = TONGS.read_bytes()
    with pytest.raises(PackError, match="link"):
        read_pack(pack_with({"entries/a.toml": tongs}, symlink=True), vocab)
    with pytest.raises(PackError, match=r"expands|50 MB"):
        read_pack(pack_with({"entries/a.toml": b"#" * 20_000_000}), vocab)
    with pytest.raises(PackError, match="not valid TOML"):
        read_pack(pack_with({"entries/a.toml": b"id = [broken"}), vocab)
    with pytest.raises(PackError, match="appears twice"):
        read_pack(pack_with({"entries/a.toml": tongs, "entries/b.toml": tongs}), vocab)
    html = tongs.replace(b"Toast tongs", b"<b>Toast</b> tongs<script>x</script>")
    pack = read_pack(pack_with({"entries/a.toml": html}), vocab)
    assert pack.entries[0].name == "Toast tongsx"
    assert pack.warnings


FUZZ_EXAMPLES = 200


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=4000))
def test_fuzzed_bytes_never_crash_the_pack_reader(tmp_path, vocab, blob):
    path = tmp_path / "fuzz.cmpack"
    path.write_bytes(blob)
    with contextlib.suppress(PackError):  # refusing is fine; crashing or writing is not
        read_pack(path, vocab)


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.dictionaries(
        st.one_of(
            st.sampled_from(["manifest.json", "signature.json", "entries/a.toml", "../x", "/abs"]),
            st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30),
        ),
        st.binary(max_size=300),
        max_size=5,
    )
)
def test_fuzzed_zips_never_crash_the_pack_reader(tmp_path, vocab, members):
    path = tmp_path / "fuzz.cmpack"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with contextlib.suppress(PackError):  # refusing is fine; crashing or writing is not
        read_pack(path, vocab)
