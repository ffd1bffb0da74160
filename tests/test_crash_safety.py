"""Kill a writer with SIGKILL at random moments: the database stays whole, no commit is lost."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time

import pytest

from carematch.journal.service import Journal
from carematch.vault import create_vault, open_vault
from carematch.vault.db import connect, integrity_check

from .conftest import ROOT

KILLS = 100


def run_and_kill(env: dict[str, str], args: list[str], rng: random.Random) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        text=True,
        bufsize=1,
    )
    assert child.stdout is not None
    acknowledged: list[int] = []
    ready = child.stdout.readline().strip()
    assert ready == "ready", child.stderr.read() if child.stderr else ""
    deadline = time.monotonic() + rng.uniform(0.005, 0.25)
    while time.monotonic() < deadline:
        readable, _, _ = select.select([child.stdout], [], [], 0.005)
        if readable:
            line = child.stdout.readline()
            if line.strip().isdigit():
                acknowledged.append(int(line))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    acknowledged.extend(int(x) for x in rest.split() if x.isdigit())
    return acknowledged


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_sigkill_never_corrupts_or_loses_acknowledged_checkins(data_root, passphrase):
    name = "Crash" if passphrase is None else "Crash locked"
    vault, _ = create_vault(name, passphrase)
    with vault:
        Journal(vault).add_goal("Keep writing")
        key = vault._key
        db_path = vault.db_path
    env = {**os.environ, "CAREMATCH_HOME": str(data_root)}
    args = [name] + ([passphrase] if passphrase else [])
    rng = random.Random(1234 if passphrase is None else 4321)
    kills = KILLS // 2
    all_acknowledged: list[int] = []
    for _ in range(kills):
        all_acknowledged += run_and_kill(env, args, rng)
        conn = connect(db_path, key)
        try:
            assert integrity_check(conn) == []
            stored = {row[0] for row in conn.execute("SELECT id FROM checkins")}
        finally:
            conn.close()
        missing = set(all_acknowledged) - stored
        assert not missing, f"acknowledged check-ins lost: {sorted(missing)[:5]}"
    assert len(all_acknowledged) > kills  # the writer really was writing
    with open_vault(name, passphrase) as again:
        assert again.check() == []
    print(f"\n{kills} kills, {len(all_acknowledged)} acknowledged check-ins, 0 lost")
