"""The vault tried as an attacker and a clumsy computer would: names in other scripts, links
planted in the vault's folder, damaged and hostile files, and restores from bad backups. One
test per finding of issue 13; each failed on the code before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
import zipfile

import pytest

from carematch.app.preferences import AppSettings
from carematch.community import keys
from carematch.journal.archive import export_vault, import_export
from carematch.journal.service import Journal
from carematch.vault import (
    UnsafeArchiveError,
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    create_vault,
    erase_vault,
    list_vaults,
    open_vault,
)
from carematch.vault.manager import restore_newest_backup

from .conftest import ROOT
from .helpers.vaults import MARKER, files_containing

PASS = "correct horse battery"


def _fill(vault, goal: str = "Walk to the shop") -> Journal:
    journal = Journal(vault)
    g = journal.add_goal(f"{goal} {MARKER}")
    journal.add_checkin(g.id, 4, 5, note=f"note {MARKER}")
    adaptation = journal.add_adaptation(f"Hack {MARKER}")
    journal.attach("photo.jpg", f"photo {MARKER}".encode(), adaptation_id=adaptation.id)
    return journal


def _goals(name: str, passphrase: str | None = None) -> list[str]:
    with open_vault(name, passphrase) as vault:
        return [g.text for g in Journal(vault).list_goals()]


# --- names ---------------------------------------------------------------------------------
def test_names_in_other_scripts_are_separate_vaults(data_root):
    for name in ("مريم", "Ελένη", "Сергей", "李华"):
        vault, _ = create_vault(name, None)
        with vault:
            Journal(vault).add_goal(f"goal of {name}")
    assert sorted(v.name for v in list_vaults()) == sorted(["مريم", "Ελένη", "Сергей", "李华"])
    assert _goals("Ελένη") == ["goal of Ελένη"]
    assert _goals("مريم") == ["goal of مريم"]
    erase_vault("Ελένη")
    assert _goals("مريم") == ["goal of مريم"]
    with pytest.raises(VaultNotFoundError):
        open_vault("Ελένη")


def test_names_are_compared_normalised_and_case_folded(data_root):
    create_vault(unicodedata.normalize("NFC", "Élodie"), None)[0].close()
    with pytest.raises(VaultExistsError):
        create_vault(unicodedata.normalize("NFD", "élodie"), None)
    assert _goals(unicodedata.normalize("NFD", "ÉLODIE")) == []


def test_a_vault_is_never_found_by_its_folder_name(data_root):
    vault, _ = create_vault("Client 1", None)
    folder = vault.folder.name
    vault.close()
    with pytest.raises(VaultNotFoundError):
        open_vault(folder)


def test_two_creates_of_one_name_at_once_make_one_vault(data_root):
    code = (
        "from carematch.vault import create_vault\n"
        "try:\n    create_vault('Same', None)[0].close()\n"
        "except Exception as e:\n    print(type(e).__name__)\n"
    )
    env = {**os.environ, "CAREMATCH_HOME": str(data_root)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [c.communicate(timeout=60)[0].strip() for c in children]
    assert sorted(outputs) == ["", "VaultExistsError", "VaultExistsError", "VaultExistsError"]
    assert [v.name for v in list_vaults()] == ["Same"]


def test_cli_names_in_other_scripts_do_not_collide(run_cli):
    assert run_cli("vault", "create", "مريم", "--no-passphrase").returncode == 0
    made = run_cli("vault", "create", "Ελένη", "--no-passphrase")
    assert made.returncode == 0, made.stderr
    erased = run_cli("vault", "erase", "Ελένη", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert [v["name"] for v in json.loads(run_cli("vault", "list", "--json").stdout)] == ["مريم"]


# --- restores ------------------------------------------------------------------------------
def test_newest_skips_an_empty_backup_and_backs_up_first(data_root):
    vault, _ = create_vault("Rest", PASS)
    with vault:
        journal = _fill(vault)
        vault.backup("manual")
        journal.add_goal("Added after the backup")
        # What a full disk once left: a 0-byte "newest" backup.
        (vault.backups_dir / "journal-99991231T000000000000-scheduled.db").write_bytes(b"")
    used = restore_newest_backup("Rest", PASS)
    assert "99991231" not in used.name
    with open_vault("Rest", PASS) as vault:
        assert "Added after the backup" not in [g.text for g in Journal(vault).list_goals()]
        before = [p for p in vault.list_backups() if "before-restore" in p.name]
        assert before, "--newest must back up the current journal first"
        vault.restore(before[0])  # and that backup undoes the restore
        assert "Added after the backup" in [g.text for g in Journal(vault).list_goals()]


def test_restoring_the_oldest_of_seven_keeps_it(data_root):
    vault, _ = create_vault("Seven", None)
    with vault:
        journal = _fill(vault)
        backups = [vault.backup("manual")]
        for i in range(6):
            journal.add_goal(f"goal {i}")
            backups.append(vault.backup("manual"))
        assert vault.list_backups()[-1] == backups[0]
        vault.restore(backups[0])
        assert [g.text for g in Journal(vault).list_goals()] == [f"Walk to the shop {MARKER}"]
        assert backups[0] in vault.list_backups()
        assert len(vault.list_backups()) == 7


def test_a_damaged_backup_is_refused_by_name(data_root):
    vault, _ = create_vault("Bad backup", None)
    with vault:
        _fill(vault)
        bad = vault.backup("manual")
        bad.write_bytes(bad.read_bytes()[:1000])
        with pytest.raises(VaultCorruptError, match="cannot be used"):
            vault.restore(bad)
        assert Journal(vault).counts()["goals"] == 1


# --- links ---------------------------------------------------------------------------------
@pytest.fixture
def outside(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_bytes(b"someone else's file")
    return target


def test_erase_removes_links_without_touching_their_targets(data_root, outside):
    vault, _ = create_vault("Linked", None)
    with vault:
        _fill(vault)
        (vault.attachments_dir / "planted.bin").symlink_to(outside)
        (vault.folder / "elsewhere").symlink_to(outside.parent, target_is_directory=True)
    erase_vault("Linked")
    assert outside.read_bytes() == b"someone else's file"
    assert list_vaults() == []


@pytest.mark.parametrize("where", ["journal.db", "journal.db-wal", "backups", "attachments"])
def test_a_link_in_place_of_a_vault_file_is_refused(data_root, outside, where):
    from carematch.vault.errors import UnsafeLinkError

    vault, _ = create_vault("Linked", None)
    with vault:
        _fill(vault)
        vault.backup("manual")
        folder = vault.folder
    path = folder / where
    if path.is_dir():
        os.rename(path, folder / "moved-away")
    else:
        path.unlink(missing_ok=True)
    path.symlink_to(outside)
    with pytest.raises(UnsafeLinkError, match="did not follow it"):
        open_vault("Linked")
    assert outside.read_bytes() == b"someone else's file"


@pytest.mark.parametrize("where", ["vault.json.part", ".lock", ".change", "backups/x.db.part"])
def test_writes_never_go_through_a_planted_link(data_root, outside, where):
    vault, _ = create_vault("Linked", PASS)
    with vault:
        _fill(vault)
        (vault.folder / where).parent.mkdir(exist_ok=True)
        (vault.folder / where).unlink(missing_ok=True)
        (vault.folder / where).symlink_to(outside)
        vault.change_passphrase("another good passphrase")
        vault.backup("manual")
        vault.restore(vault.list_backups()[0])
    with open_vault("Linked", "another good passphrase") as again:
        again.unprotect()
        again.protect(PASS)
    assert outside.read_bytes() == b"someone else's file"


def test_export_refuses_a_linked_attachment(data_root, outside, tmp_path):
    from carematch.vault.errors import UnsafeLinkError

    vault, _ = create_vault("Linked", None)
    with vault:
        journal = _fill(vault)
        (att,) = journal.attachments(adaptation_id=journal.adaptations()[0].id)
        path = vault.attachments_dir / f"{att.uid}.bin"
        path.unlink()
        path.symlink_to(outside)
        with pytest.raises(UnsafeLinkError):
            export_vault(vault, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


# --- damaged files -------------------------------------------------------------------------
def test_an_emptied_database_is_damage_not_a_healthy_empty_journal(data_root):
    vault, _ = create_vault("Empty", None)
    with vault:
        _fill(vault)
        vault.backup("manual")
        db_path = vault.db_path
    db_path.write_bytes(b"")
    with pytest.raises(VaultCorruptError, match="empty or cut short"):
        open_vault("Empty")
    restore_newest_backup("Empty")
    with open_vault("Empty") as vault:
        assert Journal(vault).counts()["goals"] == 1


def test_a_flipped_byte_in_text_is_found_and_never_quoted(run_cli, data_root):
    vault, _ = create_vault("Flip", None)
    with vault:
        journal = Journal(vault)
        journal.add_goal("Secret words " + "q" * 2000)
        db_path = vault.db_path
    raw = bytearray(db_path.read_bytes())
    at = raw.find(b"q" * 2000)
    raw[at + 1000] = 0xFF  # not UTF-8
    db_path.write_bytes(bytes(raw))
    out = run_cli("vault", "check", "Flip")
    assert out.returncode == 1
    assert "damaged text in goals.text" in out.stdout
    exported = run_cli("vault", "export", "Flip", "--out", str(data_root.parent / "flip.zip"))
    assert exported.returncode == 0, exported.stderr
    assert "Traceback" not in exported.stderr and "Secret" not in exported.stderr


def test_check_reads_back_every_attachment(data_root):
    from carematch.journal.health import check_vault

    vault, _ = create_vault("Photos", PASS)
    with vault:
        journal = _fill(vault)
        adaptation = journal.adaptations()[0]
        journal.attach("second.jpg", b"second photo", adaptation_id=adaptation.id)
        first, second = journal.attachments(adaptation_id=adaptation.id)
        assert check_vault(vault) == []
        (vault.attachments_dir / f"{first.uid}.bin").unlink()
        blob = bytearray((vault.attachments_dir / f"{second.uid}.bin").read_bytes())
        blob[-1] ^= 1
        (vault.attachments_dir / f"{second.uid}.bin").write_bytes(bytes(blob))
        problems = check_vault(vault)
    assert f"attachment {first.id} is missing" in problems
    assert f"attachment {second.id} cannot be read" in problems


@pytest.mark.parametrize(
    "damage",
    ["short salt", "huge memory", "nested", "fifo", "folder", "missing", "not json"],
)
def test_a_damaged_vault_json_never_hides_or_breaks_the_others(data_root, damage):
    for name in ("Good", "Hurt"):
        create_vault(name, PASS)[0].close()
    (hurt,) = [v.folder for v in list_vaults() if v.name == "Hurt"]
    meta_path = hurt / "vault.json"
    meta = json.loads(meta_path.read_text())
    meta_path.unlink()
    if damage == "short salt":
        meta["passphrase_key"]["salt"] = "AA=="
        meta_path.write_text(json.dumps(meta))
    elif damage == "huge memory":
        meta["passphrase_key"]["memory_kib"] = 4 * 1024 * 1024
        meta_path.write_text(json.dumps(meta))
    elif damage == "nested":
        meta_path.write_text("[" * 100_000 + "]" * 100_000)
    elif damage == "fifo":
        os.mkfifo(meta_path)
    elif damage == "folder":
        meta_path.mkdir()
    elif damage == "not json":
        meta_path.write_bytes(b"\xff\xfe not json")
    names = [v.name for v in list_vaults()]
    assert "Good" in names and len(names) == 2, names  # listed, never silently gone
    with open_vault("Good", PASS):
        pass
    with pytest.raises(VaultError, match=r"damaged|cannot be read"):
        open_vault("Hurt", PASS)


def test_hostile_settings_and_trust_files_are_ignored(data_root, run_cli):
    data_root.mkdir(parents=True, exist_ok=True)
    (data_root / "settings.json").write_text("[" * 100_000)
    (data_root / "trusted-publishers.json").write_text("{" * 100_000)
    assert AppSettings().load() == {}
    assert keys.trusted() == {}
    out = run_cli("vault", "create", "Fine", "--no-passphrase")
    assert out.returncode == 0, out.stderr
    listed = run_cli("pack", "list")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr


def test_a_passphrase_that_is_not_utf8_is_refused_cleanly(data_root):
    out = subprocess.run(
        [sys.executable, "-m", "carematch", "vault", "create", "Bytes", "--passphrase-stdin"],
        input=b"caf\xe9 au lait please\n",
        capture_output=True,
        env={**os.environ, "CAREMATCH_HOME": str(data_root), "LC_ALL": "C.UTF-8"},
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 1
    assert b"cannot read" in out.stderr and b"Traceback" not in out.stderr
    assert list_vaults() == []
    assert not list((data_root / "vaults").glob("*")) if (data_root / "vaults").exists() else True


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_an_export_with_two_records_files_is_refused(data_root, tmp_path):
    vault, _ = create_vault("Twice", None)
    with vault:
        _fill(vault)
        export_vault(vault, tmp_path / "good.zip")
    with (
        zipfile.ZipFile(tmp_path / "good.zip") as src,
        zipfile.ZipFile(tmp_path / "twice.zip", "w") as dest,
    ):
        for info in src.infolist():
            dest.writestr(info, src.read(info))
        dest.writestr("records.json", "{}")
    with pytest.raises(UnsafeArchiveError, match="two files with the same name"):
        import_export(tmp_path / "twice.zip", "Copy")
    assert [v.name for v in list_vaults()] == ["Twice"]


def test_a_failed_import_leaves_nothing_visible_and_frees_the_name(data_root, tmp_path):
    vault, _ = create_vault("Source", None)
    with vault:
        _fill(vault)
        export_vault(vault, tmp_path / "good.zip")
    # An interrupted import, as a kill leaves it: a hidden half-made vault.
    half = data_root / "vaults" / ".new-deadbeef"
    half.mkdir()
    (half / "journal.db").write_bytes(b"half")
    os.utime(half, (time.time() - 3600, time.time() - 3600))
    assert [v.name for v in list_vaults()] == ["Source"]
    imported, _code, counts = import_export(tmp_path / "good.zip", "Copy")
    imported.close()
    assert counts["goals"] == 1
    assert not half.exists()
    assert files_containing(data_root)  # the unprotected vaults themselves


def test_an_unsigned_pack_never_replaces_a_signed_one(tmp_path, data_root):
    from carematch import paths
    from carematch.catalogue import load_catalogue
    from carematch.catalogue.vocabulary import load_vocabulary
    from carematch.community.packs import (
        catalogue_folders,
        create_pack,
        install_pack,
        list_packs,
        read_pack,
    )

    from .conftest import FIXTURES

    vocab = load_vocabulary(paths.builtin_catalogue_dir())
    tongs = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_text()
    signed_src, unsigned_src = tmp_path / "signed", tmp_path / "unsigned"
    for folder, name in ((signed_src, "Toast tongs"), (unsigned_src, "Fake tongs")):
        folder.mkdir()
        (folder / "toast-tongs.toml").write_text(tongs.replace("Toast tongs", name))
    private = tmp_path / "org.pem"
    public = keys.keygen(private, tmp_path / "org.pub")
    keys.trust(public, "Tester Org")
    create_pack(
        signed_src,
        tmp_path / "s.cmpack",
        name="Big pack",
        publisher="Tester Org",
        signing_key=private,
    )
    create_pack(unsigned_src, tmp_path / "u.cmpack", name="Org Big pack", publisher="Tester")
    install_pack(read_pack(tmp_path / "s.cmpack", vocab))
    install_pack(read_pack(tmp_path / "u.cmpack", vocab))
    assert sorted(p["name"] for p in list_packs()) == ["Big pack", "Org Big pack"]
    merged = load_catalogue(catalogue_folders())
    assert merged.entries["toast-tongs"].name == "Toast tongs"  # the trusted pack wins
