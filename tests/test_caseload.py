"""The practitioner's caseload: one passphrase opens every client vault in it, and nothing
opens a client vault without the client's secret or the practitioner's (issue 19, part 1)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from carematch.app.caseload import ASK_CLIENT, IN_USE, NOT_LOCKED, READY, Caseload, sort_rows
from carematch.app.session import VaultSession
from carematch.vault import WrongPassphraseError, open_vault
from carematch.vault.errors import VaultError, VaultExistsError
from carematch.vault.practitioner import practitioner_path, remove_practitioner
from carematch.vault.registry import find_vault

OT, CLIENT, OTHER = "practitioner pass one", "client passphrase one", "a different pass"


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture
def caseload() -> Caseload:
    found = Caseload(VaultSession())
    found.set_up("Alex Smith", OT)
    return found


def _client(caseload: Caseload, name: str = "Mrs A") -> str:
    code = caseload.new_client(name, CLIENT).recovery_code
    assert code
    caseload.session.journal_or_fail.add_goal("Make a cup of tea on my own again")
    caseload.session.close()
    return code


def test_each_secret_opens_the_vault_and_after_hand_over_only_the_clients_do(
    caseload: Caseload,
) -> None:
    code = _client(caseload)
    open_vault("Mrs A", CLIENT).close()
    open_vault("Mrs A", recovery_code=code).close()
    caseload.open_client("Mrs A")
    assert caseload.session.journal_or_fail.list_goals()[0].text.startswith("Make a cup")
    caseload.give_to_client()
    caseload.session.close()
    with pytest.raises(WrongPassphraseError):
        caseload.open_client("Mrs A")
    open_vault("Mrs A", CLIENT).close()
    open_vault("Mrs A", recovery_code=code).close()
    assert [r.state for r in caseload.rows()] == [ASK_CLIENT]


def test_wrong_practitioner_passphrase_changes_no_byte(caseload: Caseload, data_root: Path) -> None:
    _client(caseload)
    before = _snapshot(data_root)
    fresh = Caseload(VaultSession())
    with pytest.raises(WrongPassphraseError, match="Nothing was changed"):
        fresh.unlock("not the passphrase")
    assert fresh.key is None
    with pytest.raises(WrongPassphraseError):
        fresh.open_client("Mrs A")
    assert _snapshot(data_root) == before


def test_removing_the_practitioner_never_touches_a_clients_key(
    caseload: Caseload, data_root: Path
) -> None:
    _client(caseload)
    folder = find_vault("Mrs A").folder  # type: ignore[union-attr]
    before = _snapshot(folder)
    assert remove_practitioner()
    assert not practitioner_path().exists()
    assert _snapshot(folder) == before
    open_vault("Mrs A", CLIENT).close()
    # a new practitioner's key does not open a vault wrapped for the old one
    other = Caseload(VaultSession())
    other.set_up("Sam Jones", OTHER)
    with pytest.raises(WrongPassphraseError, match="not in your caseload"):
        other.open_client("Mrs A")


def test_client_passphrase_change_keeps_the_caseload_and_removing_it_drops_the_wrap(
    caseload: Caseload,
) -> None:
    _client(caseload)
    client = VaultSession()
    client.open("Mrs A", CLIENT)
    client.set_passphrase("the clients new passphrase")
    client.close()
    caseload.open_client("Mrs A")  # the data key is the same: the wrap still opens it
    caseload.session.remove_passphrase()  # no longer encrypted: there is no key to share
    assert caseload.session.require().meta.practitioner is None
    caseload.session.close()
    assert [r.state for r in caseload.rows()] == [NOT_LOCKED]


def test_practitioner_passphrase_change_keeps_recovery_and_every_client() -> None:
    first = Caseload(VaultSession())
    practitioner_recovery = first.set_up("Alex Smith", OT).recovery_code
    assert practitioner_recovery
    _client(first, "Mr B")
    first.change_passphrase("the new practitioner pass")
    later = Caseload(VaultSession())
    with pytest.raises(WrongPassphraseError):
        later.unlock(OT)
    later.unlock("the new practitioner pass")
    later.open_client("Mr B")
    later.session.close()
    recovery = Caseload(VaultSession())
    recovery.unlock(recovery_code=practitioner_recovery.lower().replace("-", " "))
    recovery.open_client("Mr B")
    recovery.session.close()


def test_the_caseload_lists_what_it_cannot_open_without_failing(
    caseload: Caseload, data_root: Path, run_cli
) -> None:
    _client(caseload, "Mrs A")
    _client(caseload, "Mr B")
    VaultSession().create("Someone else", OTHER)
    # a tampered wrap: the practitioner key no longer opens that vault
    meta_path = find_vault("Mr B").folder / "vault.json"  # type: ignore[union-attr]
    meta = json.loads(meta_path.read_text())
    sealed = bytearray(meta["practitioner"]["ciphertext"].encode())
    sealed[0] = ord("A") if sealed[0] != ord("A") else ord("B")
    meta["practitioner"]["ciphertext"] = sealed.decode()
    meta_path.write_text(json.dumps(meta))
    # Mrs A is open in another CareMatch
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from carematch.vault import open_vault; "
            f"v = open_vault('Mrs A', {CLIENT!r}); print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        states = {r.name: r.state for r in caseload.rows()}
    finally:
        holder.communicate("", timeout=30)
    assert states == {"Mrs A": IN_USE, "Mr B": ASK_CLIENT, "Someone else": ASK_CLIENT}


def test_attention_puts_reviews_due_and_quiet_clients_first(caseload: Caseload) -> None:
    today = dt.date.today()
    for name, days_quiet, review in (
        ("Busy", 1, None),
        ("Quiet", 20, None),
        ("Review", 1, today - dt.timedelta(days=1)),
    ):
        caseload.new_client(name, CLIENT)
        journal = caseload.session.journal_or_fail
        goal = journal.add_goal("A goal")
        journal.add_checkin(
            goal.id,
            performance=3,
            satisfaction=3,
            at=dt.datetime.combine(today, dt.time(9)) - dt.timedelta(days=days_quiet),
        )
        journal.add_checkin(goal.id, performance=6, satisfaction=4)
        if review:
            journal.add_experiment(goal.id, "Kettle tipper", review_on=review, status="trying")
        caseload.session.close()
    rows = caseload.rows()
    assert [r.name for r in sort_rows(rows, "attention", today)] == ["Review", "Busy", "Quiet"]
    by_name = {r.name: r for r in rows}
    assert by_name["Review"].attention(today) == ["review due"]
    assert by_name["Busy"].summary is not None and by_name["Busy"].summary.copm_change == 3.0


def test_only_a_protected_vault_joins_and_set_up_happens_once(caseload: Caseload) -> None:
    caseload.session.create("No lock", None)
    with pytest.raises(VaultError, match="Add a passphrase first"):
        caseload.add_open_vault()
    with pytest.raises(VaultExistsError):
        Caseload(VaultSession()).set_up("Someone", OTHER)


def test_cli_caseload_lists_gives_and_refuses_a_wrong_passphrase(run_cli) -> None:
    done = run_cli(
        "caseload", "setup", "--name", "Alex Smith", "--passphrase-stdin", input=f"{OT}\n"
    )
    assert done.returncode == 0, done.stderr
    done = run_cli("caseload", "new", "Mrs A", "--passphrase-stdin", input=f"{OT}\n{CLIENT}\n")
    assert done.returncode == 0, done.stderr
    listed = run_cli("caseload", "--json", "--passphrase-stdin", input=f"{OT}\n")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert (row["name"], row["state"], row["active_goals"]) == ("Mrs A", READY, 0)
    wrong = run_cli("caseload", "--passphrase-stdin", input="not it at all\n")
    assert wrong.returncode == 1 and "not your practitioner passphrase" in wrong.stderr
    gave = run_cli("caseload", "give", "Mrs A", "--passphrase-stdin", input=f"{OT}\n")
    assert gave.returncode == 0 and "client's alone" in gave.stdout
    table = run_cli("caseload", "--passphrase-stdin", input=f"{OT}\n")
    assert "Mrs A" in table.stdout and ASK_CLIENT in table.stdout


@pytest.mark.parametrize("damage", ["not json", "link"])
def test_a_damaged_or_planted_practitioner_file_is_said_and_harms_nothing(
    damage, data_root, run_cli, tmp_path
):
    client = Caseload(VaultSession())
    client.session.create("Mrs A", CLIENT)
    client.session.close()
    path = practitioner_path()
    if damage == "link":
        target = tmp_path / "elsewhere.txt"
        target.write_text("someone else's file")
        path.symlink_to(target)
    else:
        path.write_text("{not json")
    fresh = Caseload(VaultSession())
    assert fresh.is_set_up()
    with pytest.raises(VaultError, match="damaged"):
        fresh.unlock(OT)
    with pytest.raises(VaultError, match="damaged"):
        fresh.set_up("Alex", OT)
    refused = run_cli("caseload", "setup", "--name", "A", "--passphrase-stdin", input=f"{OT}\n")
    assert refused.returncode == 1 and "remove it, set up" in refused.stderr
    assert [r.state for r in fresh.rows()] == [ASK_CLIENT]  # the rest still lists
    open_vault("Mrs A", CLIENT).close()
    if damage == "link":
        assert (tmp_path / "elsewhere.txt").read_text() == "someone else's file"


def test_a_vault_from_an_older_release_is_brought_up_to_date_when_listed(data_root):
    import shutil

    from carematch.vault import schema

    from .conftest import FIXTURES

    shutil.copytree(FIXTURES / "vaults" / "0002" / "plain", data_root / "vaults" / "plain")
    (row,) = Caseload(VaultSession()).rows()
    assert row.state == NOT_LOCKED and row.summary is not None
    assert row.summary.active_goals >= 1
    with open_vault("Plain") as vault:
        assert vault.engine is not None
        with vault.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD_REVISION
        assert any("before-migration" in b.name for b in vault.list_backups())
