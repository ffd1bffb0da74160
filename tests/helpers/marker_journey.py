"""A journey through the app with a marker text, for the log and temporary-file scan.

Usage: python -m tests.helpers.marker_journey VAULT PASSPHRASE MARKER
Writes the marker into the journal (goal, why, notes, an adaptation, an experiment), shows it
in every page, types it as a goal on Find ideas, writes a report, then hides and quits.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.journal.service import Journal
from carematch.reports.writer import write_report
from carematch.vault import open_vault

from .qt_wait import wait_until


def main(name: str, passphrase: str, marker: str) -> int:
    vault = open_vault(name, passphrase)
    journal = Journal(vault)
    goal = journal.add_goal(f"{marker} make a brew", why=f"{marker} why", tags=[marker.lower()])
    for n in range(4):
        journal.add_checkin(goal.id, 3 + n, 4 + n, note=f"{marker} note {n}")
    adaptation = journal.add_adaptation(f"{marker} handle", what=f"{marker} what")
    journal.add_experiment(goal.id, f"{marker} trial", adaptation_id=adaptation.id)
    make_app()
    context = AppContext()
    window = build_window(context)
    context.load_catalogue_now()
    context.use_vault(vault)
    window.show()
    find = window.find_page
    find.goal_box.setText(f"{marker} I can't lift the kettle")
    assert wait_until(lambda: find.results.count() > 0), "no ideas for the typed goal"
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert wait_until(lambda i=index: window.tabs.currentIndex() == i)
    window.goals_page.reload(goal.id)
    assert wait_until(lambda: window.goals_page.current_goal_id() == goal.id)
    with tempfile.TemporaryDirectory() as out:  # inside TMPDIR: the scan sees what is left
        write_report(journal, [goal.id], Path(out) / "report.html")
    window.lock_now()
    assert wait_until(window.is_locked)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
