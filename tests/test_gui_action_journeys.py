"""Journeys for the controls no other journey pressed (issue 14): each is pressed the way a
person presses it (a mouse click on the button they see, its Alt+letter, or its shortcut), and
each test waits for and checks what the person sees afterwards. Dialogs are answered by
`when_modal`, as they are shown; nothing here calls a page's private method.

tests/action_journeys.py lists which journey presses which control, and
tests/test_action_coverage.py fails when a control has none.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.dialogs.entry_editor import EntryEditor
from carematch.gui.dialogs.journal_forms import (
    AdaptationDialog,
    CheckInDialog,
    ExperimentDialog,
    GoalDialog,
    QuestDialog,
    TryThisDialog,
)
from carematch.gui.dialogs.report_dialog import ReportDialog
from carematch.gui.dialogs.share_recipe import ShareRecipeDialog
from carematch.gui.dialogs.vault_dialogs import (
    ImportExportDialog,
    NewPassphraseDialog,
    UnlockDialog,
    VaultProblemDialog,
    WelcomeDialog,
)
from carematch.gui.main_window import MainWindow
from carematch.journal.demo import fill_demo
from carematch.journal.service import Journal
from carematch.vault import create_vault, list_vaults

from .conftest import ROOT
from .gui_helpers import (
    MODAL_FAILURES,
    demo_window,
    hacks_pack,
    raise_modal_failures,
    when_modal,
)

PASS = "correct horse battery"
LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


# --- how a person presses things ---------------------------------------------------------------
def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Make the window the active one, as a window manager does when a dialog closes (the
    offscreen platform has none), so shortcuts and Alt+letters reach it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def alt(qtbot, window: QWidget, letter: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter, typed wherever the focus is."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def go_to(qtbot, window: MainWindow, number: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+number, then wait for that page to show."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{number}"), CTRL)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == number - 1, timeout=3000)


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A left click on a control a person can see and use (scrolled to first, as they would)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    assert widget.isVisible(), f"{widget.accessibleName() or widget} is not on screen"
    assert widget.isEnabled(), f"{widget.accessibleName() or widget} cannot be pressed"
    if isinstance(widget, QCheckBox):  # on its box: a tick box is wider than its words
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def click_item(qtbot, view: QListWidget, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click a list's row where it is drawn."""
    item = view.item(row)
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(item).center())
    assert view.currentRow() == row


def typed(qtbot, field: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field, select what is there, and type over it."""
    qtbot.mouseClick(field, LEFT)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def search(qtbot, window: MainWindow, goal: str) -> None:  # type: ignore[no-untyped-def]
    """Type a goal on Find ideas and wait for the ideas to show."""
    go_to(qtbot, window, 1)
    page = window.find_page
    qtbot.keyClicks(page.goal_box, goal)
    qtbot.waitUntil(lambda: page.results.count() > 0 and "ideas" in page.status.text())


def answer(kind: type, then: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """A modal-dialog answer that first checks it is the dialog expected."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, kind), f"expected {kind.__name__}, got {type(dialog).__name__}"
        then(dialog)

    return act


def through_dialog(  # type: ignore[no-untyped-def]
    qtbot, action: Callable[[QWidget], None], press: Callable[[], None]
) -> None:
    """Press something that opens a modal dialog, answer the dialog with `action` once it
    shows, and wait until it was answered (an Alt+letter clicks its button a moment later)."""
    answered: list[QWidget] = []

    def act(dialog: QWidget) -> None:
        try:
            activate(qtbot, dialog)  # as a window manager does with a new dialog
            action(dialog)
        finally:
            answered.append(dialog)
            if MODAL_FAILURES and isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.done(0)  # a dialog it opened failed: this one would wait for ever

    when_modal(act)
    press()
    qtbot.waitUntil(lambda: bool(answered or MODAL_FAILURES), timeout=10_000)
    raise_modal_failures()


def press_cancel(qtbot, kind: type) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    return answer(kind, lambda dialog: qtbot.mouseClick(dialog.cancel, LEFT))  # type: ignore[attr-defined]


def save_file_as(qtbot, path: Path) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Answer a file dialog by typing the file's name and pressing Enter."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog).__name__
        activate(qtbot, dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and QApplication.focusWidget() is name
        qtbot.keyClick(name, Qt.Key.Key_A, CTRL)  # over the name it suggests
        qtbot.keyClicks(name, str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    return act


def print_to_file(qtbot, path: Path) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Answer the print dialog as a person with no printer would: print to a PDF file."""
    from PySide6.QtPrintSupport import QPrintDialog

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog), type(dialog).__name__
        activate(qtbot, dialog)
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None and name.isVisible()
        name.setFocus()
        qtbot.keyClick(name, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(name, str(path))
        (press,) = [b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Print"]
        qtbot.mouseClick(press, Qt.MouseButton.LeftButton)

    return act


def pdf_text(path: Path) -> str:
    """The words in a PDF, read back the way a person's PDF reader would."""
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def open_file(qtbot, path: Path) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Answer a file dialog that opens a file: its name typed, then Enter."""
    return save_file_as(qtbot, path)


def clear_button(box: QLineEdit) -> QAbstractButton:
    (button,) = [b for b in box.findChildren(QToolButton) if b.isVisible()]
    assert button.accessibleName() == "Clear the text"
    return button


def status_bar(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# --- the window ----------------------------------------------------------------------------
def test_pages_open_by_tab_click_alt_letter_and_ctrl_number(qtbot, data_root):
    window = demo_window(qtbot)
    bar = window.tabs.tabBar()
    for index in (3, 2, 1, 0):
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index
    for index, letter in ((1, "M"), (2, "C"), (3, "S"), (0, "F")):
        alt(qtbot, window, letter)
        qtbot.waitUntil(lambda i=index: window.tabs.currentIndex() == i, timeout=3000)
    for number, focus in (
        (3, window.catalogue_page.search),
        (2, window.goals_page.goals),
        (4, None),
        (1, window.find_page.goal_box),
    ):
        go_to(qtbot, window, number)
        if focus is not None:  # typing goes where it is wanted on that page
            qtbot.waitUntil(lambda f=focus: QApplication.focusWidget() is f, timeout=3000)
    window.context.close_vault()


def test_clear_buttons_empty_the_search_boxes(qtbot, data_root):
    window = demo_window(qtbot)
    search(qtbot, window, "open a jar")
    find = window.find_page
    click(qtbot, clear_button(find.goal_box))
    assert find.goal_box.text() == ""
    qtbot.waitUntil(lambda: find.results.count() == 0)
    assert find.status.text() == "Write a goal to see ideas."

    go_to(qtbot, window, 3)
    catalogue = window.catalogue_page
    qtbot.waitUntil(lambda: catalogue.entries.count() > 0)
    everything = catalogue.entries.count()
    qtbot.keyClicks(catalogue.search, "kettle")
    qtbot.waitUntil(lambda: 0 < catalogue.entries.count() < everything)
    click(qtbot, clear_button(catalogue.search))
    qtbot.waitUntil(lambda: catalogue.entries.count() == everything)
    assert catalogue.count.text().startswith(f"{everything} of {everything} ideas")
    window.context.close_vault()


def test_worked_for_me_marks_the_idea_by_its_alt_letter(qtbot, data_root):
    window = demo_window(qtbot)
    search(qtbot, window, "I can't grip the tap to turn it")
    find = window.find_page
    qtbot.keyClick(find.goal_box, Qt.Key.Key_Down)  # to the ideas
    assert QApplication.focusWidget() is find.results
    chosen = find.current_entry_id()
    name = window.context.catalogue.entries[chosen].name
    alt(qtbot, window, "R")  # Wo&rked for me
    # said at once in the status line (before the ideas are ranked again)
    qtbot.waitUntil(lambda: f"Marked '{name}' as worked for you." == find.status.text())
    worked, _not_for_me = window.context.journal.marks()
    assert chosen in worked
    # then the ideas are ranked again with the mark in mind, and the status line says so
    qtbot.waitUntil(lambda: find.status.text().endswith("Press the down arrow to go through them."))
    window.context.close_vault()


# --- Catalogue -----------------------------------------------------------------------------
def row_named(view: QListWidget, text: str) -> int:
    rows = [r for r in range(view.count()) if view.item(r).text().startswith(text)]
    assert rows, f"{text!r} is not in {view.accessibleName()}"
    return rows[0]


PROBE = "tests/helpers/gc_worker_probe.py"
BETTER = "A cradle that tips the kettle so you pour without lifting it."


def improve_an_idea(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """Catalogue: find "Kettle tipper", open it with Enter, "Improve this idea…" by its
    Alt+letter, type a better summary and Save; wait until the reloaded catalogue shows it."""
    window = demo_window(qtbot)
    go_to(qtbot, window, 3)
    page = window.catalogue_page
    qtbot.keyClicks(page.search, "kettle tipper")
    qtbot.waitUntil(lambda: page.entries.count() == 1)
    click_item(qtbot, page.entries, 0)
    qtbot.keyClick(page.entries, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.details
    assert page.details.toPlainText().startswith("Kettle tipper")

    def improve(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryEditor)
        assert dialog.controls["name"].text() == "Kettle tipper"
        typed(qtbot, dialog.controls["summary"], BETTER)
        click(qtbot, dialog.ok)

    through_dialog(qtbot, improve, lambda: alt(qtbot, window, "I"))  # Improve th&is idea…
    qtbot.waitUntil(lambda: page.count.text() == "Saved “Kettle tipper” to your own entries.")
    # the catalogue reloads in the background; then the idea shows its new summary
    qtbot.waitUntil(lambda: BETTER in page.details.toPlainText(), timeout=20_000)
    return window


def test_open_an_idea_with_enter_and_improve_it(qtbot, data_root):
    window = improve_an_idea(qtbot)
    window.context.close_vault()


def test_the_app_survives_the_collector_running_on_a_worker_after_the_entry_editor(data_root):
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", PROBE],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "1 passed" in run.stdout


def test_a_new_idea_typed_into_the_editor_is_found(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 3)
    page = window.catalogue_page
    words = {
        "id": "page-weight-beads",
        "name": "Bead page weight",
        "aliases": "bead string for books, heavy bead string, string of beads",
        "summary": "A string of heavy beads that keeps a book open.",
        "description": "Lay it across the pages so you can read without holding the book.",
        "iso9999": "22 30",
    }

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryEditor)
        for name, text in words.items():
            typed(qtbot, dialog.controls[name], text)
        for name, term in (("activities", "Reading"), ("ways_to_get", "Make it yourself")):
            ticks = dialog.controls[name]
            click_item(qtbot, ticks, row_named(ticks, term))
            qtbot.keyClick(ticks, Qt.Key.Key_Space)
        typed(qtbot, dialog.controls["cost"][1], "5")
        click(qtbot, dialog.ok)

    through_dialog(qtbot, fill, lambda: click(qtbot, page.new_entry))
    qtbot.waitUntil(lambda: page.count.text() == "Saved “Bead page weight” to your own entries.")
    qtbot.waitUntil(lambda: "page-weight-beads" in window.context.catalogue.entries, timeout=20_000)
    qtbot.keyClicks(page.search, "bead page")
    qtbot.waitUntil(lambda: page.entries.count() == 1)
    assert page.entries.item(0).text().startswith("Bead page weight")
    window.context.close_vault()


# --- My goals ------------------------------------------------------------------------------
def test_edit_a_goal_add_an_experiment_and_open_it_again(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    goal_id = page.current_goal_id()
    importance = "4" if "Importance 3 out of 10" in page.goal_info.text() else "3"

    def new_importance(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog) and dialog.goal is not None
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, ALT)  # &Importance
        assert QApplication.focusWidget() is dialog.importance
        qtbot.keyClick(dialog.importance, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.importance, importance)
        qtbot.keyClick(dialog.importance, Qt.Key.Key_Return)

    through_dialog(qtbot, new_importance, lambda: alt(qtbot, window, "E"))  # &Edit goal…
    qtbot.waitUntil(lambda: f"Importance {importance} out of 10" in page.goal_info.text())
    assert page.current_goal_id() == goal_id

    def new_experiment(dialog: QWidget) -> None:
        assert isinstance(dialog, ExperimentDialog) and dialog.experiment is None
        assert QApplication.focusWidget() is dialog.what
        qtbot.keyClicks(dialog.what, "Long-handled sponge")
        qtbot.keyClick(dialog.what, Qt.Key.Key_Return)

    before = page.experiments.count()
    through_dialog(qtbot, new_experiment, lambda: alt(qtbot, window, "X"))  # New e&xperiment…
    qtbot.waitUntil(lambda: page.experiments.count() == before + 1)
    row = row_named(page.experiments, "Long-handled sponge")
    assert "trying" in page.experiments.item(row).text()

    def kept_it(dialog: QWidget) -> None:
        assert isinstance(dialog, ExperimentDialog) and dialog.experiment is not None
        assert dialog.what.text() == "Long-handled sponge"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)  # S&tatus
        assert QApplication.focusWidget() is dialog.status
        qtbot.keyClicks(dialog.status, "k")  # "Kept"
        assert dialog.status.currentText() == "Kept"
        click(qtbot, dialog.ok)

    click_item(qtbot, page.experiments, row)
    through_dialog(  # Enter opens the chosen experiment
        qtbot, kept_it, lambda: qtbot.keyClick(page.experiments, Qt.Key.Key_Return)
    )
    qtbot.waitUntil(
        lambda: (
            "Long-handled sponge — kept"
            in page.experiments.item(row_named(page.experiments, "Long-handled sponge")).text()
        )
    )
    window.context.close_vault()


def test_a_new_adaptation_shared_as_a_recipe_pack(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    words = (
        "Peg tap turner",
        "A wooden clothes peg clipped to the tap gives a longer handle to push.",
        "One large wooden clothes peg.",
        "Clip the peg across the tap head. Push the end of the peg to turn the tap.",
    )

    def describe(dialog: QWidget) -> None:
        assert isinstance(dialog, AdaptationDialog)
        for n, text in enumerate(words):
            if n:
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(QApplication.focusWidget(), text)
        assert dialog.steps.toPlainText() == words[3]
        click(qtbot, dialog.ok)

    through_dialog(qtbot, describe, lambda: alt(qtbot, window, "A"))  # New &adaptation…
    qtbot.waitUntil(
        lambda: any(
            page.adaptations.item(r).text() == words[0] for r in range(page.adaptations.count())
        )
    )
    click_item(qtbot, page.adaptations, row_named(page.adaptations, words[0]))
    out = tmp_path / "peg.cmpack"

    def share(dialog: QWidget) -> None:
        assert isinstance(dialog, ShareRecipeDialog)
        qtbot.waitUntil(dialog.ok.isEnabled)  # once the photos are ready to choose
        assert words[1] in dialog.preview.toPlainText()
        when_modal(save_file_as(qtbot, out))
        click(qtbot, dialog.ok)

    through_dialog(qtbot, share, lambda: alt(qtbot, window, "H"))  # S&hare as a recipe…
    qtbot.waitUntil(lambda: status_bar(window).startswith("Saved the recipe pack"))
    assert str(out) in status_bar(window)
    with zipfile.ZipFile(out) as pack:
        assert b"clothes peg" in b"".join(pack.read(n) for n in pack.namelist())
    window.context.close_vault()


def test_a_report_with_notes_and_without_charts(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    out = tmp_path / "for my OT.html"

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        assert not dialog.notes.isChecked() and dialog.charts.isChecked()
        click(qtbot, dialog.notes)
        click(qtbot, dialog.charts)
        assert dialog.notes.isChecked() and not dialog.charts.isChecked()
        when_modal(save_file_as(qtbot, out))
        click(qtbot, dialog.ok)

    through_dialog(qtbot, choose, lambda: click(qtbot, page.report))
    qtbot.waitUntil(lambda: status_bar(window).startswith("Report saved"))
    html = out.read_text(encoding="utf-8")
    assert '<th scope="col">Note</th>' in html and "<svg" not in html
    window.context.close_vault()


# --- Settings ------------------------------------------------------------------------------
def type_and_enter(qtbot, kind: type, text: str) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Answer a dialog by typing where its focus is and pressing Enter."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, kind), type(dialog).__name__
        activate(qtbot, dialog)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    return act


def test_export_everything_then_make_a_vault_from_the_export(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    page = window.settings_page
    out = tmp_path / "everything.zip"
    through_dialog(qtbot, save_file_as(qtbot, out), lambda: click(qtbot, page.export))
    qtbot.waitUntil(lambda: page.status.text().startswith("Exported"), timeout=20_000)
    assert str(out) in page.status.text() and zipfile.is_zipfile(out)

    def make_vault(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportExportDialog)
        through_dialog(qtbot, open_file(qtbot, out), lambda: click(qtbot, dialog.browse))
        assert dialog.file.text() == str(out)
        typed(qtbot, dialog.name, "Copy")
        click(qtbot, dialog.protect)  # no passphrase for this one
        assert not dialog.passphrase.isEnabled()
        click(qtbot, dialog.ok)

    through_dialog(qtbot, make_vault, lambda: click(qtbot, page.import_export))
    qtbot.waitUntil(lambda: window.windowTitle() == "CareMatch — Copy", timeout=20_000)
    assert "Copy" in page.status.text()
    assert {v.name for v in list_vaults()} == {"Demo", "Copy"}
    go_to(qtbot, window, 2)
    assert window.goals_page.goals.count() > 0  # the export's goals, in the new vault
    window.context.close_vault()


def test_erase_this_vault_asks_for_its_name_first(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    page = window.settings_page
    erase = lambda: click(qtbot, page.erase)  # noqa: E731
    through_dialog(qtbot, type_and_enter(qtbot, QInputDialog, "Not its name"), erase)
    qtbot.waitUntil(lambda: page.status.text() == "Nothing was erased.")
    assert [v.name for v in list_vaults()] == ["Demo"]

    def type_its_name(dialog: QWidget) -> None:
        when_modal(press_cancel(qtbot, WelcomeDialog))  # then the welcome: not now, thanks
        type_and_enter(qtbot, QInputDialog, "Demo")(dialog)

    through_dialog(qtbot, type_its_name, erase)
    qtbot.waitUntil(lambda: page.status.text().startswith("Erased"))
    qtbot.waitUntil(lambda: page.vault_info.text() == "No vault is open.")
    raise_modal_failures()
    assert list_vaults() == []


def test_the_window_title_forgets_an_erased_vault(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    page = window.settings_page

    def type_its_name(dialog: QWidget) -> None:
        when_modal(press_cancel(qtbot, WelcomeDialog))
        type_and_enter(qtbot, QInputDialog, "Demo")(dialog)

    through_dialog(qtbot, type_its_name, lambda: click(qtbot, page.erase))
    qtbot.waitUntil(lambda: page.vault_info.text() == "No vault is open.")
    raise_modal_failures()
    assert window.windowTitle() == "CareMatch"


def test_contrast_tick_boxes_apply_and_are_kept(qtbot, data_root):
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    page = window.settings_page
    assert page.follow_system.isChecked()
    click(qtbot, page.follow_system)
    assert not page.follow_system.isChecked()
    alt(qtbot, window, "H")  # &High contrast
    qtbot.waitUntil(page.high_contrast.isChecked)
    qtbot.waitUntil(lambda: QApplication.palette().window().color().name() == "#000000")
    later = AppContext()  # the next start sees the same choices
    assert later.preference("high_contrast") is True
    assert later.preference("follow_system") is False
    click(qtbot, page.high_contrast)
    qtbot.waitUntil(lambda: QApplication.palette().window().color().name() != "#000000")
    click(qtbot, page.follow_system)
    assert AppContext().preference("follow_system") is True
    window.context.close_vault()


def test_import_a_pack_and_remove_it_with_the_buttons(qtbot, data_root, tmp_path):
    pack_file = hacks_pack(tmp_path)
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    box = window.settings_page.packs

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and "Hacks" in dialog.text()
        click(qtbot, dialog.button(QMessageBox.StandardButton.Yes))

    def choose(dialog: QWidget) -> None:
        when_modal(yes)  # after the check, the question
        open_file(qtbot, pack_file)(dialog)

    through_dialog(qtbot, choose, lambda: click(qtbot, box.import_button))
    qtbot.waitUntil(lambda: box.status.text().startswith("Imported “Hacks”"), timeout=20_000)
    raise_modal_failures()
    assert box.packs.count() == 1 and "Hacks by Makers" in box.packs.item(0).text()
    qtbot.waitUntil(lambda: "toast-tongs" in window.context.catalogue.entries, timeout=20_000)
    click_item(qtbot, box.packs, 0)
    click(qtbot, box.remove_button)
    qtbot.waitUntil(lambda: box.status.text().startswith("Removed the pack"))
    assert box.packs.count() == 0
    qtbot.waitUntil(lambda: "toast-tongs" not in window.context.catalogue.entries, timeout=20_000)
    window.context.close_vault()


# --- vaults --------------------------------------------------------------------------------
def choose(qtbot, combo, data: object) -> None:  # type: ignore[no-untyped-def]
    """Pick a choice in a drop-down list with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def empty_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as it first shows, before any vault is open."""
    make_app()
    context = AppContext()
    window = build_window(context)
    qtbot.addWidget(window)
    context.load_catalogue_now()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_can_make_a_vault_without_a_passphrase(qtbot, data_root):
    window = empty_window(qtbot)

    def no_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, WelcomeDialog)
        assert dialog.choice.currentData() is None  # "Make a new vault"
        typed(qtbot, dialog.name, "Kitchen")
        assert dialog.passphrase.isEnabled()
        click(qtbot, dialog.protect)
        assert not dialog.passphrase.isEnabled() and not dialog.again.isEnabled()
        click(qtbot, dialog.ok)

    through_dialog(qtbot, no_passphrase, window.start)
    qtbot.waitUntil(lambda: window.windowTitle() == "CareMatch — Kitchen")
    assert [(v.name, v.protected) for v in list_vaults()] == [("Kitchen", False)]
    window.context.close_vault()


def test_unlock_can_be_cancelled_or_done_with_the_recovery_code(qtbot, data_root):
    from carematch.app.session import VaultSession

    with VaultSession() as session:
        code = session.create("Mine", PASS).recovery_code
    assert code
    window = empty_window(qtbot)
    through_dialog(qtbot, press_cancel(qtbot, UnlockDialog), lambda: window.start("Mine"))
    assert window.context.vault is None

    def with_the_code(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        click(qtbot, dialog.use_code)
        assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal  # the code shows
        qtbot.keyClicks(dialog.passphrase, code)
        click(qtbot, dialog.ok)

    def open_mine(dialog: QWidget) -> None:
        assert isinstance(dialog, WelcomeDialog) and dialog.choice.currentData() == "Mine"
        when_modal(with_the_code)
        click(qtbot, dialog.ok)

    go_to(qtbot, window, 4)
    through_dialog(qtbot, open_mine, lambda: click(qtbot, window.settings_page.switch_vault))
    qtbot.waitUntil(lambda: window.windowTitle() == "CareMatch — Mine")
    raise_modal_failures()
    assert window.context.vault is not None and window.context.vault.protected
    window.context.close_vault()


def damaged(name: str, *, backed_up: bool) -> None:
    """A vault whose journal file was emptied (what a full disk once left)."""
    vault, _ = create_vault(name, None)
    with vault:
        fill_demo(Journal(vault))
        if backed_up:
            vault.backup("manual")
        db, backups = vault.db_path, vault.backups_dir
    if not backed_up:
        for backup in backups.glob("*"):
            backup.unlink()
    db.write_bytes(b"")


def test_a_damaged_vault_explains_itself_and_offers_its_backup(qtbot, data_root):
    damaged("Broken", backed_up=False)
    damaged("Hurt", backed_up=True)
    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    switch = lambda: click(qtbot, window.settings_page.switch_vault)  # noqa: E731

    def open_one(name: str, then: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, WelcomeDialog)
            choose(qtbot, dialog.choice, name)
            when_modal(answer(VaultProblemDialog, then))
            click(qtbot, dialog.ok)

        return act

    seen: list[str] = []

    def ok_then(dialog: QWidget) -> None:
        seen.append(dialog.ok.text())  # type: ignore[attr-defined]
        click(qtbot, dialog.ok)  # type: ignore[attr-defined]

    # no backup to offer: it says what happened, and OK closes it
    through_dialog(qtbot, open_one("Broken", ok_then), switch)
    qtbot.waitUntil(lambda: bool(seen))
    raise_modal_failures()
    assert seen == ["&OK"] and window.windowTitle() == "CareMatch — Demo"
    # a backup to offer: Cancel changes nothing, the second time it is restored
    cancel = lambda dialog: click(qtbot, dialog.cancel)  # noqa: E731
    through_dialog(qtbot, open_one("Hurt", cancel), switch)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    raise_modal_failures()
    assert window.windowTitle() == "CareMatch — Demo"
    through_dialog(qtbot, open_one("Hurt", ok_then), switch)
    qtbot.waitUntil(lambda: window.windowTitle() == "CareMatch — Hurt", timeout=20_000)
    raise_modal_failures()
    assert seen[-1] == "&Restore the newest good backup"
    assert "Restored" in status_bar(window)
    go_to(qtbot, window, 2)
    assert window.goals_page.goals.count() > 0
    window.context.close_vault()


# --- Cancel --------------------------------------------------------------------------------
def test_cancel_in_every_form_writes_nothing(qtbot, data_root):
    window = demo_window(qtbot)
    journal = window.context.journal
    before = journal.counts()

    search(qtbot, window, "make a cup of tea")
    through_dialog(qtbot, press_cancel(qtbot, TryThisDialog), lambda: alt(qtbot, window, "T"))

    go_to(qtbot, window, 2)
    for kind, letter in (
        (GoalDialog, "G"),  # New &goal…
        (GoalDialog, "E"),  # &Edit goal…
        (CheckInDialog, "Q"),
        (ExperimentDialog, "X"),
        (QuestDialog, "V"),
        (ReportDialog, "R"),
        (AdaptationDialog, "A"),
        (ShareRecipeDialog, "H"),
    ):
        through_dialog(qtbot, press_cancel(qtbot, kind), lambda k=letter: alt(qtbot, window, k))

    # with something typed, Cancel asks first; Discard lets it go
    def type_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        qtbot.keyClicks(QApplication.focusWidget(), "Walk to the park")

        def discard(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and "typed something" in box.text()
            click(qtbot, box.button(QMessageBox.StandardButton.Discard))

        when_modal(discard)
        click(qtbot, dialog.cancel)

    through_dialog(qtbot, type_then_cancel, lambda: click(qtbot, window.goals_page.new_goal))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    raise_modal_failures()

    go_to(qtbot, window, 3)
    page = window.catalogue_page
    through_dialog(qtbot, press_cancel(qtbot, EntryEditor), lambda: click(qtbot, page.new_entry))
    go_to(qtbot, window, 4)
    settings = window.settings_page
    through_dialog(
        qtbot, press_cancel(qtbot, NewPassphraseDialog), lambda: click(qtbot, settings.passphrase)
    )
    through_dialog(
        qtbot,
        press_cancel(qtbot, ImportExportDialog),
        lambda: click(qtbot, settings.import_export),
    )
    assert journal.counts() == before
    assert not window.context.vault.protected
    assert [v.name for v in list_vaults()] == ["Demo"]
    assert page.count.text().endswith("ideas shown.")  # nothing was saved to my entries
    window.context.close_vault()


# --- keyboard help ---------------------------------------------------------------------------
def test_f1_and_the_keys_button_list_every_shortcut_and_the_pages_letters(qtbot, data_root):
    from carematch.gui.dialogs.keys_help import KeysHelpDialog

    window = demo_window(qtbot)
    go_to(qtbot, window, 1)
    seen: list[list[str]] = []

    def read_and_close(how: str) -> Callable[[QWidget], None]:
        def action(dialog: QWidget) -> None:
            assert isinstance(dialog, KeysHelpDialog)
            keys = dialog.keys
            assert keys.hasFocus() and keys.currentRow() == 0  # arrows go through it at once
            seen.append([keys.item(i).text() for i in range(keys.count())])
            if how == "escape":
                qtbot.keyClick(keys, Qt.Key.Key_Escape)
            else:
                click(
                    qtbot,
                    next(
                        b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Close"
                    ),
                )

        return action

    when_modal(read_and_close("escape"))
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    raise_modal_failures()
    go_to(qtbot, window, 2)
    when_modal(read_and_close("close"))
    click(qtbot, window.help_button)
    raise_modal_failures()

    assert len(seen) == 2
    on_find, on_goals = seen
    for listed in seen:
        assert "F1: This list of keys" in listed
        assert any(line.startswith("Ctrl+L: Hide now") for line in listed)
        assert any(line.startswith("Ctrl+2: My goals") for line in listed)
    # each page's own Alt+letters, named as they are shown on that page
    assert "Alt+W: Find ideas: What would you like to be able to do?" in on_find
    assert "Alt+Q: My goals: Quick check-in" in on_goals
    assert not any("Quick check-in" in line for line in on_find)
    assert window.isVisible() and not window.is_locked()
