"""Packs: create, sign, verify, import all or nothing, remove; hostile packs are refused;
photos travel without their metadata; reading and importing report progress."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
import stat
import zipfile
from pathlib import Path

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
    packs_dir,
    photos_for,
    plan_import,
    read_pack,
    remove_pack,
)
from carematch.matching import Matcher

from .conftest import FIXTURES
from .photo_samples import SECRETS, decodes, jpeg_with_gps, png_with_text

TONGS = FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml"
JPEG = jpeg_with_gps()


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
        (lambda n, d: (n, d) if n else ("/etc/evil.toml", b"x"), "top of a disk"),
        (lambda n, d: (n, d) if n else ("entries/extra.toml", b"x"), "do not match"),
        (lambda n, d: (n, b"{broken") if n == "manifest.json" else (n, d), "not valid JSON"),
        (lambda n, d: (None, d) if n == "manifest.json" else (n, d), "manifest.json is missing"),
        (
            lambda n, d: (n, b"[" * 100_000 + b"]" * 100_000) if n == "manifest.json" else (n, d),
            "not valid JSON",
        ),
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


# --- photos in packs ------------------------------------------------------------------------
def _raw_pack(path, files, *, stored=()):
    """A pack made by hand (no checks on the way in), as a hostile publisher could."""
    import hashlib

    manifest = {"format": "carematch-pack", "version": 1, "name": "x", "publisher": "y"}
    manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in files.items():
            kind = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zf.writestr(name, data, compress_type=kind)
    return path


def test_pack_with_photos_round_trip_and_removal(source, tmp_path, vocab, data_root):
    photos = source / "photos" / "toast-tongs"
    photos.mkdir(parents=True)
    (photos / "1.jpg").write_bytes(jpeg_with_gps())
    (photos / "2.png").write_bytes(png_with_text())
    out = tmp_path / "p.cmpack"
    manifest = create_pack(
        source, out, name="Hacks", publisher="Makers", photos={"toast-rack-lifter/1.jpg": JPEG}
    )
    assert manifest["entry_count"] == 2 and manifest["photo_count"] == 3
    assert "photos/toast-tongs/1.jpg" in manifest["files"]
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.startswith("photos/"):
                data = zf.read(name)
                assert decodes(data)
                assert [s for s in SECRETS if s in data] == [], name
    pack = read_pack(out, vocab)
    assert sorted(pack.photos) == [
        "toast-rack-lifter/1.jpg",
        "toast-tongs/1.jpg",
        "toast-tongs/2.png",
    ]
    dest = install_pack(pack)
    installed = photos_for("toast-tongs")
    assert [p.name for p in installed] == ["1.jpg", "2.png"]
    assert all(p.is_relative_to(dest / "photos") and decodes(p.read_bytes()) for p in installed)
    assert list_packs()[0]["photo_count"] == 3
    assert "toast-tongs" in load_catalogue(catalogue_folders()).entries  # photos do not upset it
    remove_pack(list_packs()[0]["id"])
    assert photos_for("toast-tongs") == [] and not dest.exists()


def test_photos_are_stripped_again_when_a_pack_is_read(tmp_path, vocab, data_root):
    pack_file = _raw_pack(
        tmp_path / "x.cmpack",
        {"entries/toast-tongs.toml": TONGS.read_bytes(), "photos/toast-tongs/1.jpg": JPEG},
    )
    with zipfile.ZipFile(pack_file) as zf:
        assert b"GPS" in zf.read("photos/toast-tongs/1.jpg")  # the publisher did not strip it
    pack = read_pack(pack_file, vocab)
    assert not [s for s in SECRETS if s in pack.photos["toast-tongs/1.jpg"]]
    install_pack(pack)
    assert not [s for s in SECRETS if s in photos_for("toast-tongs")[0].read_bytes()]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photos/toast-tongs/1.jpg", b"GIF89a" + b"\x00" * 50, "not a JPEG photo"),
        ("photos/toast-tongs/1.jpg", b"#!/bin/sh\nrm -rf ~\n", "not a JPEG photo"),
        ("photos/toast-tongs/1.png", "JPEG", "not a PNG photo"),
        ("photos/toast-tongs/1.jpg", "BIG", "over 10 MB"),
        ("photos/toast-tongs/1.jpg", b"\xff\xd8\xff\xe0\x00\x02\xff", "damaged"),
        ("photos/toast-tongs/1.gif", "JPEG", "only JPEG"),
        ("photos/toast-tongs/1.svg", b"<svg onload='x'/>", "only JPEG"),
        ("photos/toast-tongs/1.JPG", "JPEG", "only JPEG"),
        ("photos/toast-tongs/1.jpeg", "JPEG", "only JPEG"),
        ("photos/toast-tongs/1.jpg.exe", "JPEG", "only JPEG"),
        ("photos/toast-tongs/notes.txt", b"hello", "only JPEG"),
        ("photos/../../evil.jpg", "JPEG", "leave"),
        ("photos/toast-tongs/../../../evil.jpg", "JPEG", "leave"),
        ("/photos/toast-tongs/1.jpg", "JPEG", "top of a disk"),
        ("photos\\toast-tongs\\1.jpg", "JPEG", "Windows reads as a folder"),
        ("photos/toast-tongs/sub/1.jpg", "JPEG", "not where a photo belongs"),
        ("photos/Toast-Tongs/1.jpg", "JPEG", "not where a photo belongs"),
        ("photos/toast-tongs/0.jpg", "JPEG", "not where a photo belongs"),
        ("photos/1.jpg", "JPEG", "not where a photo belongs"),
        ("photos/someone-else/1.jpg", "JPEG", "not in the pack"),
        ("pictures/toast-tongs/1.jpg", "JPEG", "not an entry file or a photo"),
    ],
)
def test_hostile_photos_are_refused_with_a_reason(tmp_path, vocab, data_root, name, data, reason):
    payload = {
        "JPEG": JPEG,
        "BIG": JPEG[:-2] + b"\x00" * (10 * 1024 * 1024) + b"\xff\xd9",
    }.get(data, data)
    pack_file = _raw_pack(
        tmp_path / "x.cmpack",
        {"entries/toast-tongs.toml": TONGS.read_bytes(), name: payload},
        stored={name},
    )
    with pytest.raises(PackError, match=reason) as info:
        read_pack(pack_file, vocab)
    assert str(info.value).startswith("Refused")
    assert list_packs() == [] and not packs_dir().exists()


def test_creating_a_pack_refuses_bad_photos(source, tmp_path):
    out = tmp_path / "p.cmpack"
    for photos, reason in (
        ({"toast-tongs/1.jpg": b"GIF89a"}, "not really a JPEG"),
        ({"toast-tongs/1.gif": JPEG}, "needs a name like"),
        ({"../1.jpg": JPEG}, "needs a name like"),
        ({"nobody/1.jpg": JPEG}, "not in the pack"),
    ):
        with pytest.raises(PackError, match=reason):
            create_pack(source, out, name="Hacks", publisher="Makers", photos=photos)
        assert not out.exists()


def test_a_failed_install_leaves_nothing_half_installed(
    source, tmp_path, vocab, data_root, monkeypatch
):
    out = tmp_path / "p.cmpack"
    create_pack(source, out, name="Hacks", publisher="Makers", photos={"toast-tongs/1.jpg": JPEG})
    pack = read_pack(out, vocab)
    first = install_pack(pack)
    before = sorted(p.relative_to(first).as_posix() for p in first.rglob("*"))
    real_write = Path.write_bytes

    def full_disc(self, data):
        if self.suffix == ".jpg":
            raise OSError(28, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disc)
    with pytest.raises(OSError):
        install_pack(pack)
    assert [p.name for p in packs_dir().iterdir()] == [first.name]  # no temporary folder left
    assert sorted(p.relative_to(first).as_posix() for p in first.rglob("*")) == before
    shutil.rmtree(packs_dir())
    with pytest.raises(OSError):
        install_pack(pack)
    assert list(packs_dir().iterdir()) == [] and list_packs() == []


def test_reading_and_installing_report_progress(source, tmp_path, vocab, data_root):
    out = tmp_path / "p.cmpack"
    create_pack(source, out, name="Hacks", publisher="Makers", photos={"toast-tongs/1.jpg": JPEG})
    read_calls: list[tuple[int, int]] = []
    pack = read_pack(out, vocab, progress=lambda d, t: read_calls.append((d, t)))
    install_calls: list[tuple[int, int]] = []
    install_pack(pack, progress=lambda d, t: install_calls.append((d, t)))
    assert read_calls == install_calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def _renamed_pack(source, tmp_path, name):
    """A pack whose manifest says `name` (as a hostile pack maker could write it)."""
    good = tmp_path / "good.cmpack"
    create_pack(source, good, name="Hacks", publisher="Makers")

    def change(n, d):
        if n != "manifest.json":
            return (n, d) if n else (None, None)
        manifest = json.loads(d)
        manifest["name"] = name
        return n, json.dumps(manifest).encode()

    return _rezip(good, tmp_path / "renamed.cmpack", change)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("x" * 121, "longer than 120"), (["a list"], "not text"), ("<b></b>\x07", "empty")],
)
def test_pack_names_must_be_short_plain_text(source, tmp_path, vocab, name, reason):
    with pytest.raises(PackError, match=reason):
        read_pack(_renamed_pack(source, tmp_path, name), vocab)


def test_pack_name_is_cleaned_of_tags_and_control_characters(source, tmp_path, vocab):
    odd = _renamed_pack(source, tmp_path, "<i>Kitchen</i>\u202e hacks\x1b[31m\nfor all")
    assert read_pack(odd, vocab).manifest["name"] == "Kitchen hacks[31m for all"


# --- the zip check (carematch.safezip) on pack-shaped files -----------------------------------
# Each of these passes the pack's own rules for names (entries/<name>.toml) and its manifest,
# so only the zip check refuses it; before there was one check, a pack accepted them all.
def _entry_pack(path, entries, *, compression=zipfile.ZIP_DEFLATED):
    manifest = {"format": "carematch-pack", "version": 1, "name": "x", "publisher": "y"}
    manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in entries.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in entries.items():
            zf.writestr(name, data, compress_type=compression)
    return path


def _other_entry():
    return TONGS.read_bytes().replace(b"toast-tongs", b"toast-rack-lifter")


@pytest.mark.parametrize(
    ("entries", "compression", "size", "reason"),
    [
        ({"entries/toast-tongs.toml": None}, zipfile.ZIP_BZIP2, None, "unusual way"),
        ({"entries/toast-tongs.toml": None}, zipfile.ZIP_LZMA, None, "unusual way"),
        ({"entries/toast-tongs.toml": None}, zipfile.ZIP_STORED, 100, "not the size it claims"),
        (
            {"entries/caf\u00e9.toml": None, "entries/cafe\u0301.toml": "other"},
            zipfile.ZIP_DEFLATED,
            None,
            "names look the same",
        ),
        (
            {"entries/Tongs.toml": None, "entries/tongs.toml": "other"},
            zipfile.ZIP_DEFLATED,
            None,
            "names look the same",
        ),
        ({"entries/toast\x1b-tongs.toml": None}, zipfile.ZIP_DEFLATED, None, "control"),
        ({"entries/\u202etoast-tongs.toml": None}, zipfile.ZIP_DEFLATED, None, "control"),
        ({"entries/x:y.toml": None}, zipfile.ZIP_DEFLATED, None, "':' in its name"),
    ],
)
def test_pack_shaped_hostile_zips_are_refused_by_the_zip_check(
    tmp_path, vocab, data_root, entries, compression, size, reason
):
    data = {n: _other_entry() if d == "other" else TONGS.read_bytes() for n, d in entries.items()}
    path = _entry_pack(tmp_path / "x.cmpack", data, compression=compression)
    if size is not None:  # the headers claim more than the entry holds
        from .test_zip_safety import patched

        name = next(iter(data))
        path.write_bytes(patched(path.read_bytes(), name.encode(), size=len(data[name]) + size))
    with pytest.raises(PackError, match=reason) as info:
        read_pack(path, vocab)
    assert str(info.value).startswith("Refused") and str(info.value).isprintable()
    assert list_packs() == [] and not packs_dir().exists()
