"""Outcomes for the service (issue 19, part 4): the figures, a CSV a service manager can pool
that holds no name, no free text and no date finer than a month, and the app's journey."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

from PySide6.QtWidgets import QFileDialog, QWidget

from carematch.app.caseload import Caseload
from carematch.app.outcomes import caseload_outcomes, shared_catalogue
from carematch.app.session import VaultSession
from carematch.evidence.outcomes import CSV_COLUMNS
from carematch.gui.dialogs.outcomes_dialog import OutcomesDialog

from .gui_helpers import demo_window, raise_modal_failures, when_modal
from .test_gui_action_journeys import activate, alt, click, go_to, save_file_as, through_dialog

OT, CLIENT = "practitioner pass one", "client passphrase one"
MARK = "zqxmarker"
STATUSES = {"active", "achieved", "paused", "let go"}


def _seed(caseload: Caseload, name: str, start: dt.datetime, steps: list[int]) -> None:
    """A client whose every free-text field holds the marker; one goal climbing by `steps`."""
    caseload.new_client(name, CLIENT)
    journal = caseload.session.journal_or_fail
    goal = journal.add_goal(
        f"Make tea {MARK} with my {MARK} kettle",
        why=f"because {MARK}",
        importance=8,
        gas={-2: f"no {MARK}", 0: f"some {MARK}", 2: f"all {MARK}"},
    )
    journal.add_goal(f"Another goal {MARK}")
    for n, value in enumerate(steps):
        journal.add_checkin(
            goal.id,
            performance=value,
            satisfaction=value,
            gas_level=min(2, n - 1),
            note=f"note {MARK} on 2026-03-14",
            at=start + dt.timedelta(days=10 * n),
        )
    kept = journal.add_experiment(goal.id, f"Tipper {MARK}", entry_id="kettle-tipper")
    journal.update_experiment(kept.id, status="kept", outcome=f"great {MARK}")
    own = journal.add_experiment(goal.id, f"Mine {MARK}", entry_id=f"{MARK}-own-idea")
    journal.update_experiment(own.id, status="kept")
    stopped = journal.add_experiment(goal.id, "Other", entry_id="one-cup-hot-water-dispenser")
    journal.update_experiment(stopped.id, status="stopped")
    journal.add_adaptation(f"Peg {MARK}", what=f"{MARK}")
    caseload.session.close()


def _caseload() -> Caseload:
    caseload = Caseload(VaultSession())
    caseload.set_up(f"OT {MARK}", OT)
    start = dt.datetime(2026, 3, 14, 9, 30)
    _seed(caseload, f"Mrs {MARK} A", start, [3, 4, 6, 8])  # meaningful after 20 days
    _seed(caseload, f"Mr {MARK} B", start, [5, 5, 6])  # a change of 1: not meaningful
    return caseload


def test_the_figures(data_root):
    found = caseload_outcomes(_caseload())
    o = found.outcomes
    assert (o.people, len(o.goals), o.goals_met) == (2, 4, 0)
    assert len(o.measured()) == 2 and o.meaningful_share() == 0.5
    assert o.mean_change() == 3.0 and o.median_days_to_meaningful() == 20
    assert o.ideas("kept") == [("kettle-tipper", 2)]  # a person's own idea is never named
    assert o.ideas("stopped") == [("one-cup-hot-water-dispenser", 2)]
    assert len(o.gas_scores()) == 2 and not found.skipped
    assert [title for title, _ in found.charts()][1] == "People by GAS T-score"


def test_the_csv_holds_no_name_no_free_text_and_no_date_finer_than_a_month(data_root, run_cli):
    _caseload()
    out = data_root.parent / "pooled.csv"
    done = run_cli("outcomes", "--csv", str(out), "--passphrase-stdin", input=f"{OT}\n")
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert MARK not in text.lower() and "Mrs" not in text and "OT" not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", text)
    known = set(shared_catalogue())
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 5
    allowed = re.compile(r"^(|P\d+|-?\d+|\d{4}-\d{2}|yes|no)$")
    for row in rows[1:]:
        for column, cell in zip(CSV_COLUMNS, row, strict=True):
            if column == "status":
                assert cell in STATUSES
            elif column in ("ideas_kept", "ideas_stopped"):
                assert all(i in known for i in cell.split(";") if i)
            else:
                assert allowed.match(cell), (column, cell)
    shown = run_cli("outcomes", "--json", "--passphrase-stdin", input=f"{OT}\n")
    data = json.loads(shown.stdout)
    assert data["people"] == 2 and data["goals_set"] == 4 and MARK not in shown.stdout
    wrong = run_cli("outcomes", "--passphrase-stdin", input="not the passphrase\n")
    assert wrong.returncode == 1 and not out.with_suffix(".x").exists()


def test_outcomes_from_the_clients_page_with_charts_and_the_csv(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    caseload = window.context.caseload
    caseload.set_up("Alex Smith", OT)
    window.apply_caseload()
    go_to(qtbot, window, 5)
    saved = tmp_path / "service.csv"

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomesDialog)
        assert dialog.table.horizontalHeaderItem(1).text() == "Figure"
        assert (dialog.table.item(0, 0).text(), dialog.table.item(0, 1).text()) == ("People", "1")
        assert len(dialog.charts) == 6
        assert "Set: 4" in dialog.charts[0].accessibleDescription()
        when_modal(save_file_as(qtbot, saved), kind=QFileDialog)
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: saved.exists(), timeout=10_000)
        assert "Saved 4 goals" in dialog.note.text()
        click(qtbot, dialog.close_button)

    activate(qtbot, window)
    through_dialog(qtbot, look, lambda: alt(qtbot, window, "t"))
    raise_modal_failures()
    assert saved.read_text().startswith(",".join(CSV_COLUMNS))
    window.context.close_vault()
