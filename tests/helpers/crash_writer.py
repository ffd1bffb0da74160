"""Child process for the crash-safety test: writes check-ins forever and reports each commit.

Usage: python -m tests.helpers.crash_writer VAULT [PASSPHRASE]
Prints "ready" once open, then the id of every committed check-in, one per line.
"""

from __future__ import annotations

import sys

from carematch.journal.service import Journal
from carematch.vault import open_vault


def main() -> None:
    name = sys.argv[1]
    passphrase = sys.argv[2] if len(sys.argv) > 2 else None
    vault = open_vault(name, passphrase)
    journal = Journal(vault)
    goal_id = journal.list_goals()[0].id
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        checkin = journal.add_checkin(goal_id, 1 + n % 10, 1 + n % 7, note=f"entry {n}")
        print(checkin.id, flush=True)


if __name__ == "__main__":
    main()
