"""Export and import: a faithful round trip; hostile files refused before anything is written."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import pytest

from carematch.journal.archive import export_vault, import_export
from carematch.journal.demo import fill_demo
from carematch.journal.records import KINDS, row_to_plain
from carematch.journal.service import Journal
from carematch.vault import UnsafeArchiveError, WrongPassphraseError, create_vault, list_vaults

from .helpers.vaults import MARKER, files_containing


def dump(vault) -> dict:
    from sqlalchemy import select

    with vault.session() as s:
        return {
            name: [row_to_plain(r) for r in s.scalars(select(model))] for name, model, _ in KINDS
        }


@pytest.fixture
def demo(data_root):
    vault, _ = create_vault("Source", "correct horse battery")
    fill_demo(Journal(vault))
    Journal(vault).add_goal(f"secret {MARKER}")
    yield vault
    vault.close()


def test_round_trip_gives_back_exactly_the_same_records(demo, tmp_path):
    out = tmp_path / "export.zip"
    counts = export_vault(demo, out)
    assert counts["checkins"] > 50
    copy, code, imported = import_export(out, "Copy", passphrase=None)
    with copy:
        assert dump(copy) == dump(demo)
        assert imported == counts
        journal = Journal(copy)
        for att in journal.attachments():
            assert journal.read_attachment(att) == Journal(demo).read_attachment(att)
    assert code is None


def test_export_has_json_csv_and_attachments(demo, tmp_path):
    out = tmp_path / "export.zip"
    export_vault(demo, out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"manifest.json", "records.json", "csv/checkins.csv", "csv/goals.csv"} <= names
        assert any(n.startswith("attachments/") for n in names)
        header = zf.read("csv/checkins.csv").decode().splitlines()[0]
        assert "performance" in header and "note" in header


def test_encrypted_export_round_trip(demo, tmp_path):
    out = tmp_path / "export.cmx"
    export_vault(demo, out, passphrase="export passphrase")
    assert files_containing(tmp_path) == []
    with pytest.raises(WrongPassphraseError):
        import_export(out, "Nope", export_passphrase="not it at all")
    with pytest.raises(WrongPassphraseError):
        import_export(out, "Nope")
    assert [v.name for v in list_vaults()] == ["Source"]
    copy, _, _ = import_export(out, "Copy", export_passphrase="export passphrase")
    with copy:
        assert dump(copy) == dump(demo)


def make_zip(tmp_path, members, *, symlink=None) -> object:
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


MANIFEST = json.dumps({"format": "carematch-export", "version": 1})
GOAL = {
    "id": 1,
    "uid": "a" * 32,
    "text": "x",
    "importance": 5,
    "status": "active",
    "created_at": "2026-01-01T00:00:00",
    "updated_at": "2026-01-01T00:00:00",
}


@pytest.mark.parametrize(
    ("members", "symlink", "reason"),
    [
        ({"manifest.json": MANIFEST, "records.json": "{}", "../evil.txt": "x"}, None, "leave"),
        (
            {"manifest.json": MANIFEST, "records.json": "{}", "/etc/evil": "x"},
            None,
            "top of a disk",
        ),
        ({"manifest.json": MANIFEST, "records.json": "{}", "C:/evil": "x"}, None, "top of a disk"),
        ({"manifest.json": MANIFEST, "records.json": "{}"}, "attachments/link", "link"),
        (
            {"manifest.json": MANIFEST, "records.json": "{}", "bomb": b"\0" * 50_000_000},
            None,
            "zip bomb",
        ),
        ({"manifest.json": MANIFEST, "records.json": "{not json"}, None, "not valid JSON"),
        (
            {
                "manifest.json": MANIFEST,
                "records.json": json.dumps({"goals": [{**GOAL, "importance": "very"}]}),
            },
            None,
            "not valid",
        ),
        (
            {"manifest.json": MANIFEST, "records.json": json.dumps({"goals": "many"})},
            None,
            "should be a list",
        ),
        (
            {
                "manifest.json": MANIFEST,
                "records.json": json.dumps(
                    {
                        "checkins": [
                            {
                                "id": 1,
                                "uid": "b" * 32,
                                "goal_id": 42,
                                "at": "2026-01-01T00:00:00",
                                "performance": 5,
                                "satisfaction": 5,
                                "created_at": "2026-01-01T00:00:00",
                            }
                        ]
                    }
                ),
            },
            None,
            "missing record",
        ),
        (
            {"manifest.json": MANIFEST, "records.json": json.dumps({"goals": [GOAL, GOAL]})},
            None,
            "same number",
        ),
        ({"records.json": "{}"}, None, "manifest.json is missing"),
        (
            {
                "manifest.json": json.dumps({"format": "carematch-export", "version": 99}),
                "records.json": "{}",
            },
            None,
            "newer CareMatch",
        ),
    ],
)
def test_hostile_or_broken_exports_are_refused_and_nothing_is_written(
    data_root, tmp_path, members, symlink, reason
):
    path = make_zip(tmp_path, members, symlink=symlink)
    before = sorted(p for p in data_root.rglob("*")) if data_root.exists() else []
    with pytest.raises(UnsafeArchiveError, match=reason):
        import_export(path, "Imported", passphrase=None)
    after = sorted(p for p in data_root.rglob("*")) if data_root.exists() else []
    assert after == before
    assert list_vaults() == []


def test_not_a_zip_is_refused(data_root, tmp_path):
    path = tmp_path / "notes.zip"
    path.write_bytes(b"hello, this is text")
    with pytest.raises(UnsafeArchiveError, match="not a zip"):
        import_export(path, "Imported")


def test_tampered_attachment_is_refused(demo, tmp_path):
    out = tmp_path / "export.zip"
    export_vault(demo, out)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("attachments/"):
                data = b"changed" + data
            dst.writestr(item, data)
    with pytest.raises(UnsafeArchiveError, match=r"not the size|changed or damaged"):
        import_export(tampered, "Imported")
    assert [v.name for v in list_vaults()] == ["Source"]


def test_csv_cells_cannot_become_formulas(data_root, tmp_path):
    vault, _ = create_vault("Csv", None)
    with vault:
        journal = Journal(vault)
        goal = journal.add_goal('=HYPERLINK("http://x")')
        journal.add_checkin(goal.id, 5, 5, note="+cmd")
        export_vault(vault, tmp_path / "e.zip")
    with zipfile.ZipFile(tmp_path / "e.zip") as zf:
        text = zf.read("csv/goals.csv").decode()
    assert "'=HYPERLINK" in text
    assert io.StringIO(text).read().count("\n") >= 2


# --- the zip check (carematch.safezip) on a real export ---------------------------------------
# Each of these is a real export with one change only the zip check sees (an export ignores
# files it does not know); before there was one check, an export import accepted them all.
@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("bzip2 attachments", "unusual way"),
        ("control character", "control characters"),
        ("NFC clash", "names look the same"),
        ("case clash", "names look the same"),
        ("device", "special file"),
        ("size lie", "not the size it claims"),
    ],
)
def test_export_shaped_hostile_zips_are_refused_by_the_zip_check(demo, tmp_path, change, reason):
    out = tmp_path / "export.zip"
    export_vault(demo, out)
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            method = zipfile.ZIP_DEFLATED
            if change == "bzip2 attachments" and item.filename.startswith("attachments/"):
                method = zipfile.ZIP_BZIP2
            stored = zipfile.ZIP_STORED if item.filename == "manifest.json" else method
            dst.writestr(item.filename, src.read(item), compress_type=stored)
        if change == "control character":
            dst.writestr("csv/goals\x1b[2J.csv", "x")
        elif change == "NFC clash":
            dst.writestr("caf\u00e9.txt", "1")
            dst.writestr("cafe\u0301.txt", "2")
        elif change == "case clash":
            dst.writestr("CSV/GOALS.CSV", "x")
        elif change == "device":
            info = zipfile.ZipInfo("csv/console")
            info.external_attr = (stat.S_IFCHR | 0o666) << 16
            dst.writestr(info, "")
    if change == "size lie":
        from .test_zip_safety import patched

        with zipfile.ZipFile(hostile) as zf:  # the headers claim more than the file holds
            size = zf.getinfo("manifest.json").file_size + 50
        hostile.write_bytes(patched(hostile.read_bytes(), b"manifest.json", size=size))
    with pytest.raises(UnsafeArchiveError, match=reason) as info:
        import_export(hostile, "Imported")
    assert str(info.value).startswith("Refused") and str(info.value).isprintable()
    assert [v.name for v in list_vaults()] == ["Source"]
