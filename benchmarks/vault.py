"""Benchmark: ten years of daily check-ins on 10 goals (36,500).

Reports the time to insert them, to open the vault (protected and not, Argon2id included),
and to read one goal's page. Run with `make bench` or `python benchmarks/vault.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

PASS = "correct horse battery staple"
GOALS = 10
DAYS = 3650


def fill(name: str, passphrase: str | None) -> float:
    from carematch.journal.models import CheckIn
    from carematch.journal.service import Journal
    from carematch.vault import create_vault

    vault, _ = create_vault(name, passphrase)
    with vault:
        journal = Journal(vault)
        goal_ids = [journal.add_goal(f"Goal {g}").id for g in range(GOALS)]
        start = dt.datetime(2016, 1, 1, 9)
        t0 = time.perf_counter()
        with vault.session() as s:  # one transaction, as an import or a sync would do
            for day in range(DAYS):
                for goal_id in goal_ids:
                    s.add(
                        CheckIn(
                            goal_id=goal_id,
                            at=start + dt.timedelta(days=day),
                            performance=1 + day % 10,
                            satisfaction=1 + (day * 7) % 10,
                            note=f"day {day}",
                        )
                    )
        return time.perf_counter() - t0


def timed_open(name: str, passphrase: str | None, runs: int = 7) -> float:
    from carematch.vault import open_vault

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        vault = open_vault(name, passphrase)
        times.append(time.perf_counter() - t0)
        vault.close()
    return statistics.median(times)


def timeline(name: str, passphrase: str | None) -> tuple[float, int]:
    from carematch.journal.service import Journal
    from carematch.vault import open_vault

    with open_vault(name, passphrase) as vault:
        journal = Journal(vault)
        goal_id = journal.list_goals()[0].id
        times, n = [], 0
        for _ in range(5):
            t0 = time.perf_counter()
            # what a goal's page reads: its check-ins and experiments
            n = len(journal.checkins(goal_id)) + len(journal.experiments(goal_id))
            times.append(time.perf_counter() - t0)
        return statistics.median(times), n


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = str(Path(tmp))
        for name, passphrase in (("Plain", None), ("Protected", PASS)):
            insert = fill(name, passphrase)
            opened = timed_open(name, passphrase)
            tl, n = timeline(name, passphrase)
            label = "protected" if passphrase else "not protected"
            print(
                f"{label:>13}: insert {GOALS * DAYS:,} check-ins {insert:5.2f} s | open "
                f"{opened * 1000:5.0f} ms (median of 7) | one goal's page ({n:,} records) "
                f"{tl * 1000:5.0f} ms"
            )


if __name__ == "__main__":
    main()
