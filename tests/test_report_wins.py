"""My wins in a report, only when the person chooses them: the HTML and PDF, the report
dialog's "Include my wins" tick box (pressed as a person presses it), and `carematch report
--wins`."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QWidget

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.dialogs.report_dialog import ReportDialog
from carematch.gui.main_window import MainWindow
from carematch.gui.pages.goals import ID_ROLE
from carematch.journal.service import Journal
from carematch.reports.html_report import ReportOptions, build_html
from carematch.reports.writer import collect, write_report
from carematch.vault import Vault, create_vault, open_vault

from .gui_helpers import when_modal
from .test_gui_action_journeys import (
    alt,
    click,
    click_item,
    go_to,
    save_file_as,
    status_bar,
    through_dialog,
)

VAULT = "Wins"
TEA = "Make a cup of tea <b>on my own</b>"
TEA_HTML = "“Make a cup of tea &lt;b&gt;on my own&lt;/b&gt;”"
CHANGE = f"4 December 2026: {TEA_HTML} went from 3 to 6 out of 10 — a real change."
KEPT = f"6 December 2026: Since you started “Kettle tipper”, {TEA_HTML} went from 3 to 7 out of 10."
DAY = dt.datetime(2026, 12, 1, 9)


class Goals(NamedTuple):
    tea: int  # check-ins from 3 to 8 and a kept kettle tipper: two wins
    shop: int  # one check-in: no wins yet


def _fill(journal: Journal) -> Goals:
    tea = journal.add_goal(TEA, importance=8)
    for n, value in enumerate([3, 3, 4, 6, 7, 8]):
        journal.add_checkin(tea.id, value, value, at=DAY + dt.timedelta(days=n))
    journal.add_experiment(
        tea.id,
        "Kettle tipper",
        entry_id="kettle-tipper",
        start_date=dt.date(2026, 12, 4),
        end_date=dt.date(2026, 12, 6),
        status="kept",
    )
    shop = journal.add_goal("Walk to the shop", importance=5)
    journal.add_checkin(shop.id, 4, 4, at=DAY)
    return Goals(tea.id, shop.id)


@pytest.fixture
def goals(data_root) -> Goals:  # type: ignore[no-untyped-def]
    """A real vault (SQLite files under this test's data root), closed again for the CLI and
    the window to open."""
    vault, _ = create_vault(VAULT, None)
    with vault:
        return _fill(Journal(vault))


def _vault() -> Vault:
    return open_vault(VAULT, None)


def _wins_list(html: str) -> str:
    """The <ul> under the My wins heading."""
    start = html.index("<h3>My wins</h3>")
    return html[start : html.index("</ul>", start)]


# --- the HTML ----------------------------------------------------------------------------------
def test_my_wins_go_in_only_when_chosen_and_are_escaped(goals):
    with _vault() as vault:
        evidence = collect(Journal(vault), [goals.tea, goals.shop])
    chosen = build_html(evidence, ReportOptions(include_wins=True))
    assert chosen.count("<h3>My wins</h3>") == 1  # the shop goal has none: no empty heading
    wins = _wins_list(chosen)
    assert f"<li>{CHANGE}</li>" in wins and f"<li>{KEPT}</li>" in wins
    assert wins.index(CHANGE) < wins.index(KEPT)  # oldest first
    assert "<b>" not in chosen and "&lt;b&gt;on my own&lt;/b&gt;" in chosen
    # it sits in the tea goal's own section, before what was tried
    tea_section = chosen[chosen.index("<section>") : chosen.index("</section>")]
    assert tea_section.index("My wins") < tea_section.index("What was tried")

    left_out = build_html(evidence, ReportOptions())  # off unless the person chooses
    assert "My wins" not in left_out and "a real change" not in left_out
    assert "went from 3 to 7 out of 10" not in left_out
    assert build_html(evidence, ReportOptions(include_wins=False)) == left_out

    shop_only = build_html(evidence[1:], ReportOptions(include_wins=True))
    assert "My wins" not in shop_only and "<ul>" not in shop_only


def test_a_win_never_names_an_idea_left_out_of_the_report(goals):
    with _vault() as vault:
        evidence = collect(Journal(vault), [goals.tea])
    left_out = ReportOptions(include_wins=True, include_charts=False, experiment_ids=set())
    html = build_html(evidence, left_out)
    assert CHANGE in _wins_list(html)
    assert "Kettle tipper" not in html


def test_the_pdf_shows_my_wins_too(qapp, goals, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    with _vault() as vault:
        journal = Journal(vault)
        chosen = write_report(
            journal, [goals.tea], tmp_path / "wins.pdf", ReportOptions(include_wins=True)
        )
        plain = write_report(journal, [goals.tea], tmp_path / "plain.pdf")
    text = _pdf_text(chosen)
    assert "My wins" in text and "4 December 2026:" in text and "a real change" in text
    assert "<b>on my own</b>" in text  # the person's words, shown literally
    assert "My wins" not in _pdf_text(plain)


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


# --- the report dialog, as a person uses it ------------------------------------------------------
def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    make_app()
    context = AppContext()
    window = build_window(context)
    qtbot.addWidget(window)
    context.load_catalogue_now()
    assert window.open_named_vault(VAULT)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_tick_include_my_wins_and_the_saved_report_holds_them(qtbot, goals, tmp_path):
    window = _window(qtbot)
    go_to(qtbot, window, 2)
    page = window.goals_page
    rows = {page.goals.item(r).data(ID_ROLE): r for r in range(page.goals.count())}
    click_item(qtbot, page.goals, rows[goals.tea])

    html_out = tmp_path / "for my OT.html"

    def by_mouse(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        assert dialog.wins.isVisible() and not dialog.wins.isChecked()  # off unless chosen
        assert dialog.wins.accessibleName() == "Include my wins"
        click(qtbot, dialog.wins)
        assert dialog.wins.isChecked()
        when_modal(save_file_as(qtbot, html_out))
        click(qtbot, dialog.ok)

    through_dialog(qtbot, by_mouse, lambda: click(qtbot, page.report))
    qtbot.waitUntil(lambda: str(html_out) in status_bar(window), timeout=20_000)
    assert status_bar(window).startswith("Report saved")
    html = html_out.read_text(encoding="utf-8")
    assert f"<li>{CHANGE}</li>" in _wins_list(html) and f"<li>{KEPT}</li>" in html
    assert "<b>" not in html

    # the same by keyboard, Alt+W, to a PDF (the PDF lays out the same HTML)
    pdf_out = tmp_path / "for my OT.pdf"

    def by_keys(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        assert not dialog.wins.isChecked()  # each report asks afresh
        alt(qtbot, dialog, "W")
        qtbot.waitUntil(dialog.wins.isChecked)  # a mnemonic "clicks" the box after a moment
        when_modal(save_file_as(qtbot, pdf_out))
        click(qtbot, dialog.ok)

    through_dialog(qtbot, by_keys, lambda: click(qtbot, page.report))
    qtbot.waitUntil(lambda: str(pdf_out) in status_bar(window), timeout=30_000)
    if shutil.which("pdftotext") is not None:
        text = _pdf_text(pdf_out)
        assert "My wins" in text and "a real change" in text
    window.context.close_vault()


# --- the command line ----------------------------------------------------------------------------
def test_cli_report_with_wins(goals, run_cli, tmp_path):
    chosen, plain = tmp_path / "wins.html", tmp_path / "plain.html"
    goal = str(goals.tea)
    done = run_cli("report", "--vault", VAULT, "--goal", goal, "--wins", "--out", str(chosen))
    assert done.returncode == 0, done.stderr
    assert f"Wrote {chosen}" in done.stdout
    html = chosen.read_text(encoding="utf-8")
    assert f"<li>{CHANGE}</li>" in _wins_list(html) and "<b>" not in html
    done = run_cli("report", "--vault", VAULT, "--goal", goal, "--out", str(plain))
    assert done.returncode == 0, done.stderr
    assert "My wins" not in plain.read_text(encoding="utf-8")
    helped = run_cli("report", "--help")
    assert "--wins" in helped.stdout and "include My wins in the report" in helped.stdout
