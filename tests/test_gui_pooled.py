"""Sharing what worked, anonymously, and seeing what worked for others, in the app (issue 22):
the person's journey by keyboard from My goals, Cancel saving nothing, and an evidence pack
imported from Settings showing beside ideas in Find ideas and the catalogue, with its small
boost turned off from Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from carematch.app import pooled
from carematch.gui.dialogs.contribute_dialog import ContributeDialog
from carematch.pooled.contribution import Contribution

from .gui_helpers import demo_window, raise_modal_failures, through_modal, when_modal
from .test_gui_action_journeys import (
    alt,
    click,
    click_item,
    go_to,
    open_file,
    save_file_as,
    status_bar,
    through_dialog,
    typed,
)
from .test_pooled_flow import LEEDS, others

KETTLE = "lightweight-cordless-kettle"  # an idea the demo vault has not marked
NAME = "Lightweight cordless jug kettle"


def test_share_what_worked_from_my_goals_by_keyboard(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    out = tmp_path / "what-worked.json"
    left_out: list[str] = []

    def run(dialog: QWidget) -> None:
        assert isinstance(dialog, ContributeDialog)
        shown = dialog.preview.toPlainText()
        assert "changed at random" in shown and "Nothing else: no words you wrote" in shown
        assert dialog.choices.count() >= 2
        alt(qtbot, dialog, "E")  # to the list of experiments
        assert dialog.choices.hasFocus()
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Home)
        item = dialog.choices.currentItem()
        left_out.append(item.text().split(" (")[0])
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Space)  # untick the first
        assert item.checkState() == Qt.CheckState.Unchecked
        assert f"“{left_out[0]}”" not in dialog.preview.toPlainText()
        shown = dialog.preview.toPlainText()
        through_modal(qtbot, QFileDialog, save_file_as(qtbot, out), lambda: alt(qtbot, dialog, "S"))
        assert dialog.saved == out
        saved = Contribution.model_validate_json(out.read_bytes())
        assert len(saved.answers) == dialog.choices.count() - 1
        for answer in saved.answers:  # the file holds what the preview said, word for word
            assert f"{answer.outcome}; {answer.change}; tried for {answer.duration}" in shown

    through_modal(qtbot, ContributeDialog, run, lambda: alt(qtbot, window, "K"))
    qtbot.waitUntil(lambda: "Give it to the group" in status_bar(window), timeout=5000)
    window.context.close_vault()


def test_cancel_in_sharing_what_worked_saves_no_file(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    before = window.context.journal.counts()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ContributeDialog)
        click(qtbot, dialog.cancel)

    through_modal(
        qtbot, ContributeDialog, cancel, lambda: click(qtbot, window.goals_page.contribute_button)
    )
    assert window.context.journal.counts() == before
    assert not list(tmp_path.glob("*.json")) and not list(data_root.rglob("*what-worked*"))
    window.context.close_vault()


def test_imported_evidence_shows_beside_ideas_and_its_boost_can_be_turned_off(
    qtbot, data_root, tmp_path
):
    others(tmp_path / "collected", 30, entry=KETTLE, kept=0.95)
    pack = tmp_path / "leeds.cmpack"
    pooled.pool_to_pack(tmp_path / "collected", pack, name=LEEDS)
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    box = window.settings_page.packs

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and "what worked for others on 1 idea" in (
            dialog.text()
        )
        click(qtbot, dialog.button(QMessageBox.StandardButton.Yes))

    def choose(dialog: QWidget) -> None:
        when_modal(yes)
        open_file(qtbot, pack)(dialog)

    through_dialog(qtbot, choose, lambda: click(qtbot, box.import_button))
    qtbot.waitUntil(lambda: box.status.text().startswith("Imported"), timeout=20_000)
    raise_modal_failures()
    assert "what worked for others on 1 idea" in box.packs.item(0).text()
    qtbot.waitUntil(lambda: KETTLE in window.context.evidence, timeout=20_000)

    find = window.find_page

    def kettle_card() -> str:
        for row in range(find.results.count()):
            item = find.results.item(row)
            if NAME in item.text().split("\n")[0]:
                return item.text()
        return ""

    go_to(qtbot, window, 1)
    typed(qtbot, find.goal_box, "make a brew")
    qtbot.waitUntil(lambda: bool(kettle_card()), timeout=10_000)
    card = kettle_card()
    assert f"{LEEDS}: about " in card and "of 30 kept it" in card
    assert "most people who tried it kept it" in card
    row = next(r for r in range(find.results.count()) if NAME in find.results.item(r).text())
    spoken = find.results.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"{LEEDS}: about " in spoken
    click_item(qtbot, find.results, row)
    details = find.details.toPlainText()
    assert "What worked for others" in details and "of 30 people who tried it kept it" in details

    go_to(qtbot, window, 4)
    assert box.evidence_boost.isChecked()
    click(qtbot, box.evidence_boost)
    assert not window.context.settings.evidence_boost
    assert "no longer changes the order" in box.status.text()
    go_to(qtbot, window, 1)
    qtbot.waitUntil(
        lambda: bool(kettle_card()) and "most people who tried it kept it" not in kettle_card(),
        timeout=10_000,
    )
    assert f"{LEEDS}: about " in kettle_card()  # still shown, only no longer moving it up

    go_to(qtbot, window, 3)
    page = window.catalogue_page
    typed(qtbot, page.search, "cordless jug kettle")
    qtbot.waitUntil(
        lambda: any(NAME in page.entries.item(r).text() for r in range(page.entries.count())),
        timeout=5000,
    )
    row = next(r for r in range(page.entries.count()) if NAME in page.entries.item(r).text())
    click_item(qtbot, page.entries, row)
    assert "What worked for others" in page.details.toPlainText()
    window.context.close_vault()
