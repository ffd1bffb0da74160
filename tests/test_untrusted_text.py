"""Untrusted text is shown as plain text everywhere, and exported safely.

Catalogue entries (the person's own, or a pack's) and everything written in the journal are
untrusted: they can hold HTML, very long strings and control characters. Qt turns text that
looks like HTML into rich text in labels, tooltips and message boxes unless told otherwise, so
these tests fill a real data root with hostile values, open the real window and dialogs, and
walk every widget; then they check the HTML, PDF and CSV reports and the archive CSVs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from carematch.catalogue.model import Entry
from carematch.community.mine import save_entry
from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.main_window import MainWindow
from carematch.journal.service import Journal
from carematch.vault import create_vault, open_vault

from .gui_helpers import when_modal

MARK = "Zqxw"  # in every hostile value, so a walk can tell which widgets show one
HTML = "<b>bold</b><img src=x onerror=alert(1)>"
LINK = '<a href="file:///etc/passwd">link</a>'
SCRIPT = "<script>alert('x')</script>"
ENTITY = "&amp;lt;i&amp;gt;"
CONTROLS = "bell\x07 esc\x1b[31mred \u202eevil\u202c \x00nul\r\nnext"
FORMULA = "=cmd|' /C calc'!A0"
LONG = "L" * 20_000  # one unbroken word: the worst case for wrapping
TAGS = re.compile(r"<\s*(b|img|a|script|i)\b", re.IGNORECASE)
MAX_WIDTH = 3000
might_be_rich_text = QtGui.Qt.mightBeRichText  # how Qt decides a tooltip or label is HTML
VAULT = "Hostile"
ENTRY_ID = "hostile-idea"


def hostile_entry() -> Entry:
    return Entry.model_validate(
        {
            "id": ENTRY_ID,
            "name": f"{MARK} {HTML}\x07\u202e",
            "aliases": [LINK, SCRIPT, FORMULA, f"{MARK.lower()} gadget"],
            "kind": "diy",
            "summary": f"{MARK} summary {HTML} {ENTITY} \x1b[31m red",
            "description": f"{MARK} description {LINK}\r\n{SCRIPT}\n" + "y" * 3900,
            "iso9999": "30 24",
            "activities": ["hobbies"],
            "ways_to_get": ["buy"],
            "cost": {"min": 0, "max": 5, "note": f"{MARK} {HTML}"},
            "safety": f"{MARK} {SCRIPT}",
            "sources": [LINK],
            "contributors": [f"{MARK} {HTML}"],
        }
    )


@dataclass
class World:
    goal_id: int
    long_goal_id: int
    formula_goal_id: int
    experiment_id: int


def fill_journal(journal: Journal) -> World:
    goal = journal.add_goal(
        f"{MARK} goal {HTML} {LINK} {CONTROLS}",
        why=f"{MARK} why {SCRIPT} {ENTITY} {CONTROLS}",
        importance=7,
        gas={-1: f"{MARK} {HTML}", 0: f"{MARK} {LINK}", 1: LONG[:500]},
        tags=[f"{MARK} {HTML}"],
    )
    start = dt.date.today() - dt.timedelta(days=10)
    exp = journal.add_experiment(
        goal.id,
        f"{MARK} experiment {HTML}",
        entry_id=ENTRY_ID,
        expectation=f"{MARK} {SCRIPT}",
        start_date=start,
        status="trying",
    )
    journal.update_experiment(exp.id, outcome=f"{MARK} outcome {LINK}")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for days, note in ((12, FORMULA), (8, f"{MARK} note {HTML} {CONTROLS}"), (2, "@SUM(A1)")):
        journal.add_checkin(
            goal.id,
            4 + days % 3,
            5,
            at=now - dt.timedelta(days=days),
            gas_level=-1,
            note=note,
            experiment_id=exp.id,
        )
    journal.add_quest(exp.id, {"weight": 4}, note=f"{MARK} {HTML}")
    journal.add_adaptation(
        f"{MARK} adaptation {HTML}",
        what=f"{MARK} {LINK}",
        materials=f"{MARK} {SCRIPT}",
        steps=f"{MARK} {CONTROLS}",
    )
    journal.set_mark(ENTRY_ID, "worked", note=f"{MARK} {HTML}")
    long_goal = journal.add_goal(LONG, why=" ".join(["word"] * 4000))
    journal.add_experiment(long_goal.id, LONG, start_date=start, status="trying")
    journal.add_checkin(long_goal.id, 3, 3, note=LONG)
    formula_goal = journal.add_goal(FORMULA, why="+1+2")
    journal.add_checkin(formula_goal.id, 5, 5, note="-2+3")
    return World(goal.id, long_goal.id, formula_goal.id, exp.id)


@pytest.fixture
def world(data_root: Path) -> World:
    save_entry(hostile_entry())
    vault, _ = create_vault(VAULT, None)
    with vault:
        return fill_journal(Journal(vault))


@pytest.fixture
def window(qtbot, world: World) -> MainWindow:
    make_app()
    context = AppContext()
    win = build_window(context)
    qtbot.addWidget(win)
    context.load_catalogue_now()
    assert context.catalogue is not None and ENTRY_ID in context.catalogue.entries
    assert win.open_named_vault(VAULT)
    win.show()
    qtbot.waitExposed(win)
    return win


# --- walking the widgets -----------------------------------------------------------------------
def _hostile(text: str) -> bool:
    return MARK in text or bool(TAGS.search(text)) or LONG[:100] in text


def _tooltip_problem(where: str, tip: str) -> str | None:
    """A tooltip is safe when Qt shows it as plain text, or as rich text that escapes the HTML."""
    if not tip or not _hostile(tip):
        return None
    if not might_be_rich_text(tip):
        return None
    doc = QTextDocument()
    doc.setHtml(tip)
    if TAGS.search(tip) or "<img" in doc.toHtml().lower().replace("&lt;img", ""):
        return f"{where}: tooltip would render as rich text: {tip[:80]!r}"
    return None


def _model_problems(where: str, model: QAbstractItemModel) -> list[str]:
    problems = []
    rows = model.rowCount(QModelIndex())
    for row in range(rows):
        col = 0
        while (index := model.index(row, col, QModelIndex())).isValid():
            col += 1
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                value = model.data(index, role)
                assert value is None or isinstance(value, str)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
            problem = _tooltip_problem(f"{where} row {row}", tip)
            if problem:
                problems.append(problem)
    return problems


def walk(root: QWidget) -> tuple[list[str], int]:
    """Problems found in every widget under root, and how many widgets showed hostile text."""
    QApplication.processEvents()
    problems: list[str] = []
    seen = 0
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"
        if isinstance(widget, QLabel) and _hostile(widget.text()):
            seen += 1
            if widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"{where}: label shows untrusted text with {widget.textFormat()}")
        problem = _tooltip_problem(where, widget.toolTip())
        if problem:
            problems.append(problem)
        if isinstance(widget, QTextEdit) and _hostile(widget.toPlainText()):
            seen += 1
            html = widget.toHtml().lower()
            if "<img" in html or "<a href" in html or "<script" in html:
                problems.append(f"{where}: untrusted text was set as HTML")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems += _model_problems(where, widget.model())
        if isinstance(widget, QComboBox):
            problems += _model_problems(where, widget.model())
        # accessible names and descriptions are plain by nature: reading them must not fail
        assert isinstance(widget.accessibleName(), str)
        assert isinstance(widget.accessibleDescription(), str)
        if widget.isWindow() and widget.isVisible() and widget.width() > MAX_WIDTH:
            problems.append(f"{where}: {widget.width()} px wide")
        if widget.isWindow() and widget.minimumSizeHint().width() > MAX_WIDTH:
            problems.append(f"{where}: needs {widget.minimumSizeHint().width()} px")
    return problems, seen


def check_dialog(qtbot, dialog: QWidget) -> int:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems, seen = walk(dialog)
    assert not problems, "\n".join(problems)
    assert dialog.width() <= MAX_WIDTH, f"{type(dialog).__name__} is {dialog.width()} px wide"
    assert dialog.sizeHint().width() <= MAX_WIDTH
    dialog.done(0)  # done(), not reject(): nothing was typed, so nothing to ask about
    return seen


def search_find(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a goal on Find ideas and wait for the status line to say how the search went."""
    window.show_page(window.find_page)
    page = window.find_page
    before = page.status.text()
    page.goal_box.setText(text)
    qtbot.waitUntil(lambda: page.status.text() != before, timeout=10_000)


# --- the window and dialogs ------------------------------------------------------------------
def test_window_and_dialogs_show_hostile_text_as_plain_text(qtbot, window: MainWindow, world):
    assert window.context.journal is not None and window.context.catalogue is not None
    journal, catalogue = window.context.journal, window.context.catalogue
    entry = catalogue.entries[ENTRY_ID]
    seen = 0

    # Find ideas: the hostile entry comes up and its details are shown
    search_find(qtbot, window, f"{MARK.lower()} gadget")
    results = window.find_page.results
    rows = [results.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(results.count())]
    assert ENTRY_ID in rows, rows
    results.setCurrentRow(rows.index(ENTRY_ID))
    assert HTML in window.find_page.details.toPlainText()
    assert SCRIPT in window.find_page.details.toPlainText()
    qtbot.mouseClick(window.find_page.worked_button, Qt.MouseButton.LeftButton)
    assert MARK in window.find_page.status.text()
    problems, n = walk(window)
    assert not problems, "\n".join(problems)
    seen += n

    # My goals: the hostile goal, its experiments, check-ins and timeline
    window.show_page(window.goals_page)
    window.goals_page.reload(world.goal_id)
    page = window.goals_page
    assert page.current_goal_id() == world.goal_id
    assert HTML in page.goal_title.text() and SCRIPT in page.goal_info.text()
    assert page.experiments.count() == 1 and page.checkins.rowCount() == 3
    problems, n = walk(window)
    assert not problems, "\n".join(problems)
    seen += n

    # the undo bar names the deleted goal
    qtbot.mouseClick(page.delete_goal, Qt.MouseButton.LeftButton)
    assert HTML in page.undo_label.text()
    problems, n = walk(window)
    assert not problems, "\n".join(problems)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    page.reload(world.goal_id)

    # Catalogue: search for it, show its details
    window.show_page(window.catalogue_page)
    window.catalogue_page.search.setText(MARK)
    window.catalogue_page.refresh()
    assert window.catalogue_page.entries.count() == 1
    window.catalogue_page.entries.setCurrentRow(0)
    assert LINK in window.catalogue_page.details.toPlainText()
    problems, n = walk(window)
    assert not problems, "\n".join(problems)
    seen += n

    # every journal dialog on the hostile records, and the entry editor on the hostile entry
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

    goal = journal.get_goal(world.goal_id)
    exp = journal.experiments(goal.id)[0]
    for dialog in (
        GoalDialog(journal, goal, parent=page),
        CheckInDialog(journal, goal, page),
        ExperimentDialog(journal, goal, exp, parent=page),
        ExperimentDialog(journal, goal, title=entry.name, entry_id=ENTRY_ID, parent=page),
        AdaptationDialog(journal, page),
        QuestDialog(journal, [exp], parent=page),
        TryThisDialog(journal, entry.name, ENTRY_ID, goal.text, window),
        ReportDialog(journal, page, chosen=goal.id),
        EntryEditor(catalogue, entry, window.catalogue_page),
    ):
        seen += check_dialog(qtbot, dialog)
    assert seen >= 10  # the hostile values really were on screen


def test_share_recipe_dialog_shows_hostile_adaptation_as_plain_text(qtbot, window: MainWindow):
    from carematch.gui.dialogs.share_recipe import ShareRecipeDialog

    journal, catalogue = window.context.journal, window.context.catalogue
    assert journal is not None and catalogue is not None
    adaptation = journal.adaptations()[0]
    dialog = ShareRecipeDialog(journal, adaptation.id, catalogue, window.goals_page)
    qtbot.waitUntil(lambda: dialog.photos_ready)
    check_dialog(qtbot, dialog)


def test_entry_editor_duplicate_question_is_plain_text(qtbot, window: MainWindow):
    from carematch.gui.dialogs.entry_editor import EntryEditor

    catalogue = window.context.catalogue
    assert catalogue is not None
    dialog = EntryEditor(catalogue, None, window.catalogue_page)
    qtbot.addWidget(dialog)
    data = hostile_entry().model_dump(mode="python", exclude={"area"})
    data["id"] = "another-hostile-idea"
    for name, control in dialog.controls.items():
        if name in ("id", "name", "aliases", "iso9999"):
            value = data[name]
            control.setText(", ".join(value) if isinstance(value, list) else value)
        elif name in ("summary", "description"):
            control.setPlainText(data[name])
    for name in ("activities", "ways_to_get"):
        dialog.controls[name].item(0).setCheckState(Qt.CheckState.Checked)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()  # answer first: a failure must not hang

    when_modal(answer)
    with pytest.raises(ValueError, match="looks like"):
        dialog.save()
    assert seen
    text_format, text = seen[0]
    assert text_format == Qt.TextFormat.PlainText
    assert HTML in text


def test_plain_tooltip_shows_markup_literally(qtbot):
    from carematch.gui.widgets import plain_tooltip

    make_app()
    for text in (HTML, LINK, SCRIPT, ENTITY, CONTROLS, LONG):
        tip = plain_tooltip(text)
        assert might_be_rich_text(tip)  # so Qt wraps it, and shows the escaped text as it is
        doc = QTextDocument()
        doc.setHtml(tip)
        shown = doc.toPlainText()
        assert "<img" not in doc.toHtml().lower().replace("&lt;img", "")
        if text is LONG:
            assert len(shown) < 2000 and shown.endswith("…")
        elif text is CONTROLS:
            assert "evil" in shown and "\x07" not in shown and "\u202e" not in shown
        else:
            assert text in shown
    assert plain_tooltip("") == ""


# --- long strings -----------------------------------------------------------------------------
def test_very_long_goal_and_notes_still_lay_out(qtbot, window: MainWindow, world):
    journal = window.context.journal
    assert journal is not None
    window.show_page(window.goals_page)
    window.goals_page.reload(world.long_goal_id)
    window.resize(1100, 760)
    page = window.goals_page
    qtbot.waitUntil(lambda: page.current_goal_id() == world.long_goal_id)
    assert window.width() <= MAX_WIDTH
    assert window.minimumSizeHint().width() <= MAX_WIDTH
    assert window.minimumSizeHint().height() <= MAX_WIDTH
    assert page.goal_title.sizeHint().width() <= MAX_WIDTH
    assert page.goal_info.minimumSizeHint().height() <= MAX_WIDTH
    # lists and labels show the start of it; the goal's own form has all of it
    shown = page.goals.currentItem().text()
    assert shown.startswith(LONG[:100]) and shown.endswith("…") and len(shown) < 1000
    problems, _ = walk(window)
    assert not problems, "\n".join(problems)

    from carematch.gui.dialogs.journal_forms import CheckInDialog, GoalDialog, TryThisDialog
    from carematch.gui.dialogs.report_dialog import ReportDialog

    goal = journal.get_goal(world.long_goal_id)
    assert goal.text == LONG
    for dialog in (
        GoalDialog(journal, goal, parent=page),
        CheckInDialog(journal, goal, page),
        TryThisDialog(journal, "Idea", ENTRY_ID, goal.text, window),
        ReportDialog(journal, page),
    ):
        if isinstance(dialog, GoalDialog):
            assert dialog.text.text() == LONG
        check_dialog(qtbot, dialog)
    # and the Find page with the long goal typed in
    search_find(qtbot, window, LONG[:5000])
    assert window.minimumSizeHint().width() <= MAX_WIDTH


def test_a_goal_over_the_limit_is_refused_with_a_message(world):
    from carematch.journal.service import JournalInputError

    with open_vault(VAULT) as vault, pytest.raises(JournalInputError, match="very long"):
        Journal(vault).add_goal(LONG + "x")


# --- control characters -----------------------------------------------------------------------
def test_control_characters_are_stripped_when_saved(world):
    with open_vault(VAULT) as vault:
        journal = Journal(vault)
        goal = journal.get_goal(world.goal_id)
        for text in (goal.text, goal.why):
            assert "evil" in text and "next" in text
            for bad in ("\x00", "\x07", "\x1b", "\r", "\u202e", "\u202c"):
                assert bad not in text, repr(bad)
            assert "\n" in text  # line breaks are kept
        assert "\t" in journal.add_goal("a\tb").text
        assert journal.add_goal("x\u2066y\u2069z\u202az").text == "xyzz"
        assert journal.add_goal("one\rtwo").text == "one\ntwo"
        note = journal.checkins(goal.id)[1].note
        assert "\x1b" not in note and "\x07" not in note


def test_control_characters_in_catalogue_text_do_not_break_the_window(qtbot, window):
    search_find(qtbot, window, f"{MARK.lower()} gadget")
    window.find_page.results.setCurrentRow(0)
    window.show_page(window.catalogue_page)
    window.catalogue_page.search.setText(MARK)
    window.catalogue_page.refresh()
    window.catalogue_page.entries.setCurrentRow(0)
    text = window.catalogue_page.details.toPlainText()
    assert MARK in text
    assert "\u202e" not in text and "\x07" not in text and "\x1b" not in text


# --- reports -----------------------------------------------------------------------------------
class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _report(world: World, tmp_path: Path, suffix: str, notes: bool = True) -> Path:
    from carematch.reports.html_report import ReportOptions
    from carematch.reports.writer import write_report

    with open_vault(VAULT) as vault:
        journal = Journal(vault)
        ids = [world.goal_id, world.long_goal_id, world.formula_goal_id]
        return write_report(
            journal, ids, tmp_path / f"report{suffix}", ReportOptions(include_notes=notes)
        )


def test_html_report_escapes_every_hostile_value(world, tmp_path):
    html = _report(world, tmp_path, ".html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    names = [tag for tag, _ in parser.tags]
    assert "img" not in names and "script" not in names and "a" not in names and "b" not in names
    assert not [attrs for _, attrs in parser.tags if "onerror" in attrs or "href" in attrs]
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&amp;amp;lt;i&amp;amp;gt;" in html  # an entity trick stays literal text
    assert "&lt;script&gt;" in html


def test_pdf_report_shows_hostile_text_literally(world, tmp_path):
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is needed on CI to read the PDF back")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    make_app()
    path = _report(world, tmp_path, ".pdf")
    text = _pdf_text(path)
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))  # "ﬁ" ligatures back to "fi"
    assert re.sub(r"\s+", "", HTML) in flat
    assert re.sub(r"\s+", "", LINK) in flat
    assert re.sub(r"\s+", "", SCRIPT) in flat
    assert ENTITY in flat


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def test_chart_stays_valid_svg_with_control_characters_from_old_records(world, tmp_path):
    """Records saved before control characters were stripped (or imported) still chart."""
    import xml.etree.ElementTree as ET

    from carematch.evidence.goal_evidence import gather
    from carematch.reports.chart_svg import chart_svg
    from carematch.reports.html_report import ReportOptions
    from carematch.reports.qt_pdf import render_pdf

    make_app()
    with open_vault(VAULT) as vault:
        journal = Journal(vault)
        evidence = gather(journal, journal.get_goal(world.goal_id))
    evidence.goal.text = f"{MARK} {CONTROLS} {HTML}"
    evidence.experiments[0].experiment.title = f"{MARK} {CONTROLS} {LONG}"
    svg = chart_svg(evidence)
    root = ET.fromstring(svg)  # a control character anywhere would make it unreadable
    texts = [el.text or "" for el in root.iter()]
    assert any(HTML in t for t in texts)
    assert all(len(t) < 200 for t in texts)  # a long name does not run off the chart
    # a chart that cannot be drawn is left out, and the rest of the PDF is still there
    pdf = tmp_path / "broken-chart.pdf"
    pdf.write_bytes(render_pdf([evidence], ReportOptions(), {world.goal_id: "<svg>\x07"}))
    if shutil.which("pdftotext"):
        assert MARK in _pdf_text(pdf)


def test_report_dialog_saves_each_format(qtbot, window: MainWindow, world, tmp_path):
    window.show_page(window.goals_page)
    window.goals_page.select_goal(world.goal_id)
    for suffix in (".html", ".csv", ".pdf"):
        _report_by_keys(qtbot, window, tmp_path / f"dialog{suffix}")


def _report_by_keys(qtbot, window: MainWindow, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Make a report as a person does: the button, Alt+N for notes, Save, a file name."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    from carematch.gui.dialogs.report_dialog import ReportDialog

    from .gui_helpers import raise_modal_failures, when_modal

    def save_as(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog), type(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, str(out))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    def choose(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ReportDialog), type(dialog)
        alt = Qt.KeyboardModifier.AltModifier
        assert QApplication.focusWidget() is dialog.goals  # starts in the first field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, alt)
        qtbot.waitUntil(dialog.notes.isChecked)  # a mnemonic "clicks" the box after a moment
        when_modal(save_as)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(choose)
    qtbot.mouseClick(window.goals_page.report, Qt.MouseButton.LeftButton)
    from .gui_helpers import MODAL_FAILURES

    qtbot.waitUntil(
        lambda: MODAL_FAILURES or (out.is_file() and out.stat().st_size > 0), timeout=20000
    )
    raise_modal_failures()


def _formula_cells(rows: list[list[str]]) -> list[str]:
    bad = []
    for row in rows:
        for cell in row:
            number = re.fullmatch(r"-\d+(\.\d+)?", cell)  # a negative number is no formula
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not number:
                bad.append(cell)
    return bad


def test_csv_report_neutralises_formulae(world, tmp_path):
    text = _report(world, tmp_path, ".csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert not _formula_cells(rows), _formula_cells(rows)
    cells = {cell for row in rows for cell in row}
    assert "'" + FORMULA in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert "-1" in cells  # a negative goal level stays a number


def test_csv_cell_quotes_every_formula_start():
    from carematch.plaintext import spreadsheet_safe as _cell

    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert _cell(start + "1+1") == "'" + start + "1+1"
    assert _cell(-1) == -1 and _cell("plain") == "plain"


def test_archive_csv_neutralises_formulae(world, tmp_path):
    from carematch.journal.archive import export_vault

    with open_vault(VAULT) as vault:
        export_vault(vault, tmp_path / "export.zip")
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        members = [n for n in archive.namelist() if n.endswith(".csv")]
        assert members
        found = set()
        for name in members:
            rows = list(csv.reader(io.StringIO(archive.read(name).decode("utf-8"))))
            assert not _formula_cells(rows), (name, _formula_cells(rows))
            found |= {cell for row in rows for cell in row}
    assert "'" + FORMULA in found and "'@SUM(A1)" in found
