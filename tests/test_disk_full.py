"""A full disk: every command says so plainly, leaves nothing half-written, and the vault opens
afterwards with everything in it.

The data root sits on a small tmpfs filled to the last byte. Mounting needs root (CI runs as
root); elsewhere the test skips and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from carematch.journal.archive import export_vault
from carematch.journal.service import Journal
from carematch.vault import create_vault, list_vaults, open_vault

from .conftest import FIXTURES, ROOT
from .helpers.vaults import MARKER, digest

pytestmark = pytest.mark.slow
PASS = "correct horse battery"
DAY = 24 * 3600


@pytest.fixture
def small_disk(tmp_path):
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("the full-disk test mounts a tmpfs: run it as root (CI does)")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"could not mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill_disk(disk: Path) -> Path:
    """Write a filler file until the disk has no room left."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh:
        block = b"\0" * 65536
        try:
            while True:
                fh.write(block)
                fh.flush()
        except OSError:
            pass
        try:
            while True:
                fh.write(b"\0" * 512)
                fh.flush()
        except OSError:
            pass
    return filler


def run(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carematch", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "CAREMATCH_HOME": str(home)},
        cwd=ROOT,
        timeout=120,
    )


def test_every_command_fails_cleanly_on_a_full_disk(small_disk, tmp_path, monkeypatch):
    home = small_disk / "home"
    monkeypatch.setenv("CAREMATCH_HOME", str(home))
    vault, _code = create_vault("Full", PASS)
    with vault:
        journal = Journal(vault)
        goal = journal.add_goal(f"Make a brew {MARKER}")
        for i in range(200):
            journal.add_checkin(goal.id, 1 + i % 10, 1 + i % 7, note=f"{MARKER} day {i}")
        adaptation = journal.add_adaptation(f"Kettle hack {MARKER}")
        journal.attach("photo.jpg", os.urandom(200_000), adaptation_id=adaptation.id)
        vault.backup("manual")
        before = digest(vault)
        export_vault(vault, tmp_path / "export.zip")  # on the big disk
        backups_dir = vault.backups_dir
    for b in backups_dir.iterdir():  # make the daily backup due, so opening tries one
        os.utime(b, (time.time() - 2 * DAY, time.time() - 2 * DAY))
    src = tmp_path / "pack-src"
    src.mkdir()
    shutil.copy(FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml", src)
    assert (
        run(
            home,
            "pack",
            "create",
            str(src),
            "--name",
            "P",
            "--publisher",
            "Q",
            "--out",
            str(tmp_path / "p.cmpack"),
        ).returncode
        == 0
    )

    filler = fill_disk(small_disk)
    commands = {
        "demo": (["demo", "--vault", "Another"], ""),
        "backup": (["vault", "backup", "Full", "--passphrase-stdin"], PASS + "\n"),
        "passwd": (
            ["vault", "passwd", "Full", "--passphrase-stdin"],
            f"{PASS}\nnew passphrase here\n",
        ),
        "remove": (["vault", "passwd", "Full", "--remove", "--passphrase-stdin"], PASS + "\n"),
        "restore": (["vault", "restore", "Full", "--newest", "--passphrase-stdin"], PASS + "\n"),
        "export": (
            ["vault", "export", "Full", "--out", str(small_disk / "out.zip"), "--passphrase-stdin"],
            PASS + "\n",
        ),
        "import": (
            ["vault", "import", str(tmp_path / "export.zip"), "--name", "Copy", "--no-passphrase"],
            "",
        ),
        "check": (["vault", "check", "Full", "--passphrase-stdin"], PASS + "\n"),
        "scores": (["scores", "--vault", "Full", "--passphrase-stdin"], PASS + "\n"),
        "create": (["vault", "create", "New one", "--no-passphrase"], ""),
        "pack import": (["pack", "import", str(tmp_path / "p.cmpack"), "--allow-unsigned"], ""),
    }
    outcomes = {}
    for label, (args, stdin) in commands.items():
        out = run(home, *args, stdin=stdin)
        said = out.stdout + out.stderr
        assert "Traceback" not in said, f"{label}: {said[-1500:]}"
        damage_words = said.lower().replace("nothing is damaged", "")
        assert "damaged" not in damage_words, f"{label} called a full disk damage: {said}"
        if out.returncode != 0:
            assert "not enough free space" in said or "disk is full" in said.lower(), (
                f"{label}: {said}"
            )
        outcomes[label] = "failed cleanly" if out.returncode else "worked"
    print("\n" + ", ".join(f"{k}: {v}" for k, v in outcomes.items()))
    assert outcomes["backup"] == outcomes["export"] == outcomes["demo"] == "failed cleanly"

    # Nothing half-written is left in sight.
    leftovers = [p for p in small_disk.rglob("*") if p.name.endswith(".part")]
    assert not leftovers, leftovers
    assert not (small_disk / "out.zip").exists()
    assert [v.name for v in list_vaults(home)] == ["Full"]
    empty = [p for p in backups_dir.iterdir() if p.stat().st_size == 0]
    assert not empty, empty

    filler.unlink()
    with open_vault("Full", PASS) as again:
        assert again.check() == []
        assert digest(again) == before
    # and with room again, every command works
    assert (
        run(home, "vault", "create", f"Later {uuid.uuid4().hex[:4]}", "--no-passphrase").returncode
        == 0
    )
