"""Benchmark: an OT's caseload of 200 protected client vaults (issue 19's speed targets).

Also the outcomes across all of them (the catalogue's names loaded once, outside the timing).

One client vault is made with 10 goals and 1,000 check-ins and added to the caseload; it is
then copied 199 times under other names (each copy a whole vault folder, as a restore would
make). Reports the practitioner unlock plus the caseload's summaries of all 200, beside opening
one protected vault the ordinary way (its passphrase through Argon2id). Run with `make bench`
or `python benchmarks/caseload.py [CLIENTS]`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

CLIENT_PASS, OT_PASS = "client horse battery staple", "practitioner battery staple"
GOALS, CHECKINS = 10, 1000


def make_caseload(clients: int) -> None:
    from carematch.app.caseload import Caseload
    from carematch.app.session import VaultSession
    from carematch.journal.models import CheckIn
    from carematch.vault.registry import folder_name, vaults_dir

    session = VaultSession()
    caseload = Caseload(session)
    caseload.set_up("Bench OT", OT_PASS)
    caseload.new_client("Client 000", CLIENT_PASS)
    journal = session.journal_or_fail
    goals = [journal.add_goal(f"Goal {g}", importance=1 + g % 10).id for g in range(GOALS)]
    start = dt.datetime(2026, 1, 1, 9)
    with session.require().session() as s:
        for i in range(CHECKINS):
            s.add(
                CheckIn(
                    goal_id=goals[i % GOALS],
                    at=start + dt.timedelta(hours=7 * i),
                    performance=1 + (i // 100) % 10,
                    satisfaction=1 + (i * 3) % 10,
                    gas_level=-2 + (i // 200) % 5,
                )
            )
    first = session.require().folder
    session.close()
    base = vaults_dir()
    for n in range(1, clients):
        name = f"Client {n:03d}"
        dest = base / folder_name(name)
        shutil.copytree(first, dest, ignore=shutil.ignore_patterns(".lock", "backups"))
        meta = json.loads((dest / "vault.json").read_text())
        meta["name"] = name
        (dest / "vault.json").write_text(json.dumps(meta))


def main() -> None:
    clients = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = str(Path(tmp))
        from carematch.app.caseload import Caseload
        from carematch.app.session import VaultSession
        from carematch.vault import open_vault

        make_caseload(clients)
        ordinary = []
        for _ in range(5):
            t0 = time.perf_counter()
            open_vault("Client 000", CLIENT_PASS).close()
            ordinary.append(time.perf_counter() - t0)
        shown = []
        for _ in range(3):
            caseload = Caseload(VaultSession())
            t0 = time.perf_counter()
            caseload.unlock(OT_PASS)
            rows = caseload.rows()
            shown.append(time.perf_counter() - t0)
        ready = sum(1 for r in rows if r.summary is not None)
        from carematch.app.outcomes import caseload_outcomes, shared_catalogue

        names = shared_catalogue()
        pooled = []
        for _ in range(3):
            caseload = Caseload(VaultSession())
            caseload.unlock(OT_PASS)
            t0 = time.perf_counter()
            found = caseload_outcomes(caseload, names=names)
            pooled.append(time.perf_counter() - t0)
        one = statistics.median(ordinary)
        print(f"open one protected vault with its passphrase (median)  {one:6.3f} s")
        print(
            f"practitioner unlock + caseload of {clients} shown (median)  "
            f"{statistics.median(shown):6.3f} s  ({ready} of {len(rows)} read)"
        )
        checkins = GOALS and CHECKINS * found.outcomes.people
        print(
            f"outcomes over {found.outcomes.people} vaults, {len(found.outcomes.goals)} goals, "
            f"{checkins} check-ins (median)  {statistics.median(pooled):6.3f} s"
        )


if __name__ == "__main__":
    main()
