"""Benchmark: the vault's lifecycle on a big journal (issue 13's closing figures).

Ten years of daily check-ins on 10 goals (36,500) and 100 MB of photos (50 of 2 MB). Times one
Argon2id derivation, adding a passphrase (everything re-encrypted into a staged copy, switched
in), changing it (one re-wrap), a backup, a restore, and removing the passphrase. Run with
`make bench` or `python benchmarks/vault_lifecycle.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

GOALS, DAYS, PHOTOS, PHOTO_BYTES = 10, 3650, 50, 2 * 1024 * 1024
OLD, NEW = "correct horse battery staple", "another horse battery staple"


def timed(label: str, action):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    result = action()
    print(f"{label:<58} {time.perf_counter() - t0:7.2f} s")
    return result


def main() -> None:
    from carematch.journal.models import CheckIn
    from carematch.journal.service import Journal
    from carematch.vault import create_vault, open_vault
    from carematch.vault.crypto import DEFAULT_KDF, derive

    timed(
        "one Argon2id derivation (64 MiB, 3 passes, 2 lanes)",
        lambda: derive(OLD, os.urandom(16), **DEFAULT_KDF),
    )
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = str(Path(tmp))
        vault, _ = create_vault("Big", None)
        with vault:
            journal = Journal(vault)
            goal_ids = [journal.add_goal(f"Goal {g}").id for g in range(GOALS)]
            start = dt.datetime(2016, 1, 1, 9)
            with vault.session() as s:
                for day in range(DAYS):
                    for goal_id in goal_ids:
                        s.add(
                            CheckIn(
                                goal_id=goal_id,
                                at=start + dt.timedelta(days=day),
                                performance=1 + day % 10,
                                satisfaction=1 + day % 7,
                                note=f"day {day}",
                            )
                        )
            adaptation = journal.add_adaptation("Photos")
            for i in range(PHOTOS):
                journal.attach(f"p{i}.jpg", os.urandom(PHOTO_BYTES), adaptation_id=adaptation.id)
            size = sum(p.stat().st_size for p in vault.folder.rglob("*") if p.is_file())
            print(f"vault: {GOALS * DAYS} check-ins, {PHOTOS} photos, {size / 1e6:.0f} MB on disk")
            timed("backup (written, flushed, opened and checked)", lambda: vault.backup("bench"))
            timed("add a passphrase (re-encrypt db, photos, backups)", lambda: vault.protect(OLD))
        with open_vault("Big", OLD) as vault:
            timed("change the passphrase (re-wrap only)", lambda: vault.change_passphrase(NEW))
            backup = vault.list_backups()[-1]
            timed("restore a backup (checked, backed up first)", lambda: vault.restore(backup))
            timed("remove the passphrase (decrypt db, photos, backups)", vault.unprotect)
        timed("open the unprotected vault again", lambda: open_vault("Big").close())
        shutil.rmtree(Path(tmp) / "vaults", ignore_errors=True)


if __name__ == "__main__":
    main()
