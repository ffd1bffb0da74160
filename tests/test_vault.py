"""The vault: creation, protection, passphrases, locks, backups, corruption, erase."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from carematch.app.preferences import AppSettings
from carematch.app.session import VaultSession
from carematch.journal.service import Journal
from carematch.vault import (
    InvalidNameError,
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    WrongPassphraseError,
    create_vault,
    erase_vault,
    list_vaults,
    open_vault,
)

from .conftest import ROOT
from .helpers.vaults import MARKER, files_containing, snapshot

PASS = "correct horse battery"


def fill(vault, marker: str = MARKER, n: int = 20) -> Journal:
    journal = Journal(vault)
    goal = journal.add_goal(f"Walk to the shop {marker}", why=marker)
    for i in range(n):
        journal.add_checkin(goal.id, 1 + i % 10, 1 + (i * 3) % 10, note=f"{marker} day {i}")
    adaptation = journal.add_adaptation(f"My hack {marker}", steps=marker)
    journal.attach("photo.txt", f"photo {marker}".encode(), adaptation_id=adaptation.id)
    return journal


def test_create_open_and_list(data_root):
    vault, code = create_vault("My journal", None)
    assert code is None and not vault.protected
    vault.close()
    assert [v.name for v in list_vaults()] == ["My journal"]
    with open_vault("my journal") as again:
        assert again.name == "My journal"
    assert AppSettings().last_vault is None  # the vault layer keeps no app settings
    with VaultSession() as session:
        session.open("my journal")
    assert AppSettings().last_vault == "My journal"  # the app opens it next time


def test_several_vaults_side_by_side_stay_apart(data_root):
    for name in ("Client 1", "Client 2"):
        vault, _ = create_vault(name, None)
        with vault:
            Journal(vault).add_goal(f"goal of {name}")
    with open_vault("Client 2") as v2:
        assert [g.text for g in Journal(v2).list_goals()] == ["goal of Client 2"]


@pytest.mark.parametrize("bad", ["", "   ", "../escape", "a" * 61, "-dash", "semi;colon"])
def test_bad_names_are_refused(data_root, bad):
    with pytest.raises(InvalidNameError):
        create_vault(bad, None)


def test_duplicate_name_is_refused(data_root):
    create_vault("Twice", None)[0].close()
    with pytest.raises(VaultExistsError):
        create_vault("twice", None)


def test_missing_vault_is_a_clear_error(data_root):
    with pytest.raises(VaultNotFoundError, match="list of vaults"):
        open_vault("Nobody")


def test_short_passphrase_is_refused(data_root):
    with pytest.raises(VaultError, match="at least 8"):
        create_vault("Short", "abc")
    assert list_vaults() == []


def test_protected_vault_needs_passphrase_and_recovery_code_works(data_root):
    vault, code = create_vault("Locked", PASS)
    assert code and len(code.replace("-", "")) == 24
    with vault:
        fill(vault)
    with pytest.raises(WrongPassphraseError, match="locked"):
        open_vault("Locked")
    with open_vault("Locked", recovery_code=code.lower().replace("-", " ")) as again:
        assert Journal(again).list_goals()


def test_wrong_passphrase_repeatedly_changes_nothing(data_root):
    vault, _ = create_vault("Locked", PASS)
    with vault:
        fill(vault)
    folder = vault.folder
    before = snapshot(folder)
    for attempt in range(5):
        with pytest.raises(WrongPassphraseError, match="does not open this vault"):
            open_vault("Locked", f"wrong guess {attempt}")
    with pytest.raises(WrongPassphraseError):
        open_vault("Locked", recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert snapshot(folder) == before


def test_protected_files_hold_no_plaintext(data_root):
    vault, _ = create_vault("Secret", PASS)
    with vault:
        fill(vault)
        vault.backup("manual")
        wal = vault.folder / "journal.db-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the WAL is checked while it is live
        assert files_containing(vault.folder) == []
    assert files_containing(data_root) == []
    # and the same journal unprotected does hold it, so the scan itself works
    plain, _ = create_vault("Plain", None)
    with plain:
        fill(plain)
    assert files_containing(plain.folder)


def test_change_passphrase_rewraps_only(data_root):
    vault, code = create_vault("Locked", PASS)
    with vault:
        fill(vault)
    db_before = (vault.folder / "journal.db").read_bytes()
    with open_vault("Locked", PASS) as v:
        v.change_passphrase("a brand new passphrase")
    assert (vault.folder / "journal.db").read_bytes() == db_before
    with pytest.raises(WrongPassphraseError):
        open_vault("Locked", PASS)
    with open_vault("Locked", "a brand new passphrase") as v:
        assert len(Journal(v).list_goals()) == 1
    with open_vault("Locked", recovery_code=code):
        pass


def test_protect_and_unprotect_keep_every_record(data_root):
    vault, _ = create_vault("Later", None)
    with vault:
        journal = fill(vault)
        counts = journal.counts()
        code = vault.protect(PASS)
        assert vault.protected and code
        assert Journal(vault).counts() == counts
        photo = Journal(vault).attachments(adaptation_id=1)[0]
        assert Journal(vault).read_attachment(photo) == f"photo {MARKER}".encode()
    assert files_containing(vault.folder) == []
    with open_vault("Later", PASS) as v:
        v.unprotect()
        assert Journal(v).counts() == counts
    with open_vault("Later") as v:
        assert not v.protected


def test_one_instance_per_vault(data_root):
    vault, _ = create_vault("Busy", None)
    with vault:
        with pytest.raises(VaultInUseError, match="already open"):
            open_vault("Busy")
        code = (
            "import sys\nfrom carematch.vault import open_vault, VaultInUseError\n"
            "try:\n    open_vault('Busy')\nexcept VaultInUseError:\n    sys.exit(3)\n"
        )
        other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=os.environ.copy())
        assert other.returncode == 3
        with pytest.raises(VaultInUseError):
            erase_vault("Busy")
    with open_vault("Busy"):
        pass


def test_backups_rotate_and_restore(data_root):
    vault, _ = create_vault("Backed", None)
    with vault:
        journal = Journal(vault)
        goal = journal.add_goal("first goal")
        first = vault.backup("manual")
        for _ in range(9):
            vault.backup("manual")
        assert len(vault.list_backups()) == 7
        assert first not in vault.list_backups()
        keep = vault.list_backups()[0]
        journal.add_goal("added after the backup")
        vault.restore(keep)
        assert [g.text for g in Journal(vault).list_goals()] == ["first goal"]
        assert goal.id == Journal(vault).list_goals()[0].id
        assert any("before-restore" in b.name for b in vault.list_backups())


def test_corrupted_database_is_reported_not_overwritten(data_root):
    vault, _ = create_vault("Broken", None)
    with vault:
        fill(vault, n=300)
        vault.backup("manual")
    db = vault.folder / "journal.db"
    data = bytearray(db.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):
        data[offset + 100 : offset + 300] = os.urandom(200)
    db.write_bytes(bytes(data))
    damaged = db.read_bytes()
    with pytest.raises(VaultCorruptError) as info:
        open_vault("Broken")
    assert info.value.backups
    assert db.read_bytes() == damaged


def test_erase_removes_every_trace(data_root):
    vault, _ = create_vault("Gone", PASS)
    with vault:
        fill(vault)
        vault.backup("manual")
    plain, _ = create_vault("Gone too", None)
    with plain:
        fill(plain)
    assert files_containing(data_root)
    with VaultSession() as session:
        session.open("Gone", PASS)
    assert AppSettings().last_vault == "Gone"
    session.erase("Gone")
    erase_vault("Gone too")
    assert files_containing(data_root) == []
    assert list_vaults() == []
    assert "Gone" not in str(AppSettings().load())
    leftovers = [p for p in (data_root / "vaults").rglob("*")]
    assert leftovers == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_private_to_their_owner(data_root):
    vault, _ = create_vault("Private", PASS)
    with vault:
        fill(vault)
        vault.backup("manual")
        folders = [data_root, vault.folder, *[p for p in vault.folder.rglob("*") if p.is_dir()]]
        for folder in folders:
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        for f in vault.folder.rglob("*"):
            if f.is_file():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
