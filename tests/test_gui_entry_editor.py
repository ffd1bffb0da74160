"""The entry editor, generated from the model: every field, inline problems, saved to my entries."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from carematch.catalogue import load_catalogue
from carematch.catalogue.model import Entry
from carematch.community.packs import catalogue_folders, my_entries_dir
from carematch.gui.accessibility import audit
from carematch.gui.app import make_app
from carematch.gui.dialogs.entry_editor import KEPT, SKIP, EntryEditor


def test_editor_has_a_control_for_every_field_and_passes_the_audit(qtbot, data_root):
    make_app()
    dialog = EntryEditor(load_catalogue())
    qtbot.addWidget(dialog)
    dialog.show()
    assert set(dialog.controls) == set(Entry.model_fields) - set(SKIP) - set(KEPT)
    report = audit(dialog)
    assert report.ok, str(report)


def test_bad_values_are_explained_inline_and_good_ones_saved(qtbot, data_root):
    make_app()
    catalogue = load_catalogue()
    dialog = EntryEditor(catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.controls["id"].setText("hinged-jug")
    dialog.controls["name"].setText("Hinged jug")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Aliases" in dialog.error.text() and "Summary" in dialog.error.text()
    dialog.controls["aliases"].setText("tilting jug, jug on a hinge, pouring frame")
    dialog.controls["summary"].setPlainText("A jug that tips on a hinge so you pour safely.")
    dialog.controls["description"].setPlainText("Pour without lifting: the jug pivots in a frame.")
    dialog.controls["iso9999"].setText("15 03")
    for name in ("activities", "ways_to_get"):
        box = dialog.controls[name]
        box.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.controls["cost"][1].setValue(30)
    _save_saying_yes_if_asked(qtbot, dialog)
    assert dialog.saved is not None
    assert (my_entries_dir() / "entries" / "hinged-jug.toml").is_file()
    merged = load_catalogue(catalogue_folders())
    assert merged.entries["hinged-jug"].cost.max == 30
    assert merged.problems == []


def test_made_in_the_app_found_packed_and_seen_on_a_fresh_computer(
    qtbot, data_root, tmp_path, run_cli
):
    """The whole community journey: make an entry in the editor, find it with the matcher,
    pack it, import the pack into a fresh data root, and find it there."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    make_app()
    dialog = EntryEditor(load_catalogue())
    qtbot.addWidget(dialog)
    dialog.show()
    values = {
        "id": "tap-turner-lever",
        "name": "Lever tap turner",
        "aliases": "tap lever, tap key, turning aid for taps",
        "iso9999": "24 06",
    }
    for field, value in values.items():
        dialog.controls[field].setText(value)
    dialog.controls["summary"].setPlainText("A long handle that slips over a tap head.")
    dialog.controls["description"].setPlainText(
        "The long lever turns a stiff tap with little grip."
    )
    for name in ("activities", "ways_to_get"):
        dialog.controls[name].item(0).setCheckState(Qt.CheckState.Checked)
    dialog.controls["cost"][1].setValue(12)
    _save_saying_yes_if_asked(qtbot, dialog)
    assert dialog.saved is not None

    goal = "a lever tap turner for stiff taps"
    mine = run_cli("match", goal, "--json")
    assert mine.returncode == 0, mine.stderr
    assert json.loads(mine.stdout)["results"][0]["id"] == "tap-turner-lever"

    pack = tmp_path / "taps.cmpack"
    made = run_cli(
        "pack", "create", "--name", "Taps", "--publisher", "Our group", "--out", str(pack)
    )
    assert made.returncode == 0, made.stderr

    fresh = tmp_path / "fresh-computer"

    def on_fresh(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "carematch", *args],
            cwd=ROOT,
            env={**os.environ, "CAREMATCH_HOME": str(fresh)},
            capture_output=True,
            text=True,
            timeout=120,
        )

    before = on_fresh("match", goal, "--json")
    assert "tap-turner-lever" not in before.stdout
    imported = on_fresh("pack", "import", str(pack), "--allow-unsigned")
    assert imported.returncode == 0, imported.stderr
    after = on_fresh("match", goal, "--json")
    assert json.loads(after.stdout)["results"][0]["id"] == "tap-turner-lever"


def _save_saying_yes_if_asked(qtbot, dialog: EntryEditor) -> None:  # type: ignore[no-untyped-def]
    """Press Save; if the editor asks "Is it already here?", answer Yes as a person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    watcher = QTimer(dialog)
    watcher.timeout.connect(answer)
    watcher.start(50)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    watcher.stop()


def test_a_diy_design_typed_in_is_saved_and_an_edit_keeps_the_routes(qtbot, data_root):
    from PySide6.QtWidgets import QPlainTextEdit

    make_app()
    catalogue = load_catalogue()
    dialog = EntryEditor(catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.controls["id"].setText("bottle-sock-aid")
    dialog.controls["name"].setText("Milk bottle sock aid")
    dialog.controls["aliases"].setText("sock helper, bottle sock aid, sock slider")
    dialog.controls["kind"].setCurrentIndex(dialog.controls["kind"].findData("diy"))
    dialog.controls["summary"].setPlainText("A cut plastic bottle that holds a sock open.")
    dialog.controls["description"].setPlainText("Slide your foot in and pull the cords up.")
    dialog.controls["iso9999"].setText("09 09")
    for name in ("activities", "ways_to_get"):
        dialog.controls[name].item(0).setCheckState(Qt.CheckState.Checked)
    design = dialog.controls["diy"]
    for key, lines in (("materials", ["A 2 litre milk bottle"]), ("steps", ["Cut.", "Thread."])):
        box: QPlainTextEdit = design[key]
        box.setFocus()
        for line in lines:
            qtbot.keyClicks(box, line)
            qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(design["time"], "15 minutes")
    qtbot.mouseClick(dialog.controls["cost"][2], Qt.MouseButton.LeftButton)  # VAT relief
    qtbot.mouseClick(dialog.controls["get_assessed_first"], Qt.MouseButton.LeftButton)
    _save_saying_yes_if_asked(qtbot, dialog)
    saved = load_catalogue(catalogue_folders()).entries["bottle-sock-aid"]
    assert saved.diy is not None and saved.diy.steps == ["Cut.", "Thread."]
    assert saved.diy.time == "15 minutes" and saved.cost.vat_relief
    assert saved.get_assessed_first

    badge = catalogue.entries["blue-badge"]
    assert badge.routes
    editing = EntryEditor(catalogue, badge)
    qtbot.addWidget(editing)
    editing.show()
    editing.controls["summary"].setPlainText(badge.summary + " Ask your council.")
    _save_saying_yes_if_asked(qtbot, editing)
    assert editing.saved is not None and editing.saved.routes == badge.routes
