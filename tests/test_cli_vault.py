"""The vault commands as a person (or a script) runs them."""

from __future__ import annotations

import json
import re

from carematch.vault import list_vaults

from .helpers.vaults import MARKER, files_containing

PASS = "correct horse battery\n"


def test_create_protected_vault_shows_recovery_code_once(run_cli):
    out = run_cli("vault", "create", "Client 7", "--passphrase-stdin", input=PASS)
    assert out.returncode == 0, out.stderr
    assert "recovery code" in out.stdout
    assert PASS.strip() not in out.stdout + out.stderr
    listed = json.loads(run_cli("vault", "list", "--json").stdout)
    assert listed[0]["name"] == "Client 7" and listed[0]["protected"] is True


def test_no_terminal_and_no_stdin_flag_is_explained(run_cli):
    out = run_cli("vault", "create", "Quiet", input="")
    assert out.returncode == 2
    assert "--passphrase-stdin" in out.stderr


def test_wrong_passphrase_exit_1_with_message(run_cli):
    run_cli("vault", "create", "Locked", "--passphrase-stdin", input=PASS)
    out = run_cli("vault", "check", "Locked", "--passphrase-stdin", input="nope nope nope\n")
    assert out.returncode == 1
    assert "does not open this vault" in out.stderr
    assert "Traceback" not in out.stderr


def test_demo_check_backup_restore_export_import_erase(run_cli, tmp_path, data_root):
    out = run_cli("demo", "--vault", "Sam")
    assert out.returncode == 0, out.stderr
    assert "goals" in out.stdout
    assert run_cli("vault", "check", "Sam").returncode == 0
    assert run_cli("vault", "backup", "Sam").returncode == 0
    backups = run_cli("vault", "backup", "Sam", "--list").stdout.split()
    assert backups
    restored = run_cli("vault", "restore", "Sam", backups[0])
    assert restored.returncode == 0, restored.stderr
    export = tmp_path / "sam.zip"
    assert run_cli("vault", "export", "Sam", "--out", str(export)).returncode == 0
    imp = run_cli("vault", "import", str(export), "--name", "Sam again", "--no-passphrase")
    assert imp.returncode == 0, imp.stderr
    assert re.search(r"\d+ check-ins", imp.stdout) and "Sam again" in imp.stdout
    gone = run_cli("vault", "erase", "Sam again", "--yes")
    assert gone.returncode == 0 and "Erased" in gone.stdout
    names = [v["name"] for v in json.loads(run_cli("vault", "list", "--json").stdout)]
    assert names == ["Sam"]


def test_export_of_protected_vault_warns_unless_encrypted(run_cli, tmp_path):
    run_cli("vault", "create", "Locked", "--passphrase-stdin", input=PASS)
    plain = run_cli(
        "vault",
        "export",
        "Locked",
        "--out",
        str(tmp_path / "a.zip"),
        "--passphrase-stdin",
        input=PASS,
    )
    assert plain.returncode == 0 and "NOT encrypted" in plain.stderr
    enc = run_cli(
        "vault",
        "export",
        "Locked",
        "--out",
        str(tmp_path / "b.cmx"),
        "--encrypt",
        "--passphrase-stdin",
        input=PASS + "export secret phrase\n",
    )
    assert enc.returncode == 0 and "NOT encrypted" not in enc.stderr
    imp = run_cli(
        "vault",
        "import",
        str(tmp_path / "b.cmx"),
        "--name",
        "Back",
        "--passphrase-stdin",
        input="export secret phrase\nnew vault phrase\n",
    )
    assert imp.returncode == 0, imp.stderr


def test_passwd_change_add_and_remove(run_cli):
    run_cli("vault", "create", "P", "--no-passphrase")
    added = run_cli("vault", "passwd", "P", "--passphrase-stdin", input=PASS)
    assert added.returncode == 0 and "recovery code" in added.stdout
    changed = run_cli(
        "vault", "passwd", "P", "--passphrase-stdin", input=PASS + "another long phrase\n"
    )
    assert changed.returncode == 0, changed.stderr
    assert run_cli("vault", "check", "P", "--passphrase-stdin", input=PASS).returncode == 1
    removed = run_cli(
        "vault", "passwd", "P", "--remove", "--passphrase-stdin", input="another long phrase\n"
    )
    assert removed.returncode == 0
    assert run_cli("vault", "check", "P").returncode == 0


def test_erase_without_yes_and_without_terminal_is_refused(run_cli):
    run_cli("vault", "create", "Keep", "--no-passphrase")
    out = run_cli("vault", "erase", "Keep", input="")
    assert out.returncode == 2 and "--yes" in out.stderr


def test_erase_leaves_no_trace_of_a_marker(run_cli, data_root, tmp_path):
    run_cli("vault", "create", "Marked", "--no-passphrase")
    goals = tmp_path / "g.txt"
    goals.write_text(MARKER)
    code = (
        "from carematch.vault import open_vault\n"
        "from carematch.journal.service import Journal\n"
        f"v = open_vault('Marked'); Journal(v).add_goal('{MARKER}'); v.backup(); v.close()\n"
    )
    import os
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={**os.environ, "CAREMATCH_HOME": str(data_root)},
    )
    assert files_containing(data_root)
    assert run_cli("vault", "erase", "Marked", "--yes").returncode == 0
    assert files_containing(data_root) == []


def test_restore_newest_when_database_is_damaged(run_cli, data_root):
    run_cli("demo", "--vault", "Hurt")
    run_cli("vault", "backup", "Hurt")
    (folder,) = [v.folder for v in list_vaults() if v.name == "Hurt"]
    db = folder / "journal.db"
    raw = bytearray(db.read_bytes())
    raw[4096:8192] = b"\xff" * 4096
    raw[20000:30000] = b"\x00" * 10000
    db.write_bytes(bytes(raw))
    out = run_cli("vault", "check", "Hurt")
    assert out.returncode == 1
    assert "restore" in out.stderr.lower()
    fixed = run_cli("vault", "restore", "Hurt", "--newest")
    assert fixed.returncode == 0, fixed.stderr
    assert run_cli("vault", "check", "Hurt").returncode == 0
