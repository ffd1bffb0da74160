"""The recommendation a panel accepts (issue 19, part 3): written step by step in the app with
the person's agreement first, read back from PDF, HTML and ODT, and from the command line."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from carematch.gui.dialogs.recommend_wizard import RecommendWizard

from .gui_helpers import demo_window, raise_modal_failures, when_modal
from .test_gui_action_journeys import (
    activate,
    alt,
    click,
    go_to,
    pdf_text,
    save_file_as,
    through_dialog,
    typed,
)

OT = "practitioner pass one"
ITEMS = ["--item", "kettle-tipper=Made tea safe and possible", "--item", "grab-rail"]


def _pdf_pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    pages = pdf_text(path).split("\f")
    return [p for p in pages if p.strip()]


def test_cli_previews_until_the_person_agrees_then_writes_each_format(run_cli, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert run_cli("demo", "--vault", "Demo").returncode == 0
    assert (
        run_cli(
            "caseload", "setup", "--name", "Alex Smith", "--passphrase-stdin", input=f"{OT}\n"
        ).returncode
        == 0
    )
    base = ["recommend", "--vault", "Demo", "--for", "panel", "--reference", "DFG 2026/0147"]
    shown = run_cli(*base, "--person", "Mrs A", *ITEMS, "--out", str(tmp_path))
    assert shown.returncode == 0 and "Nothing was written" in shown.stdout
    assert "Mrs A's rating of how well this goes went from 3 to 8" in shown.stdout
    assert not list(tmp_path.iterdir())
    done = run_cli(*base, "--person", "Mrs A", *ITEMS, "--agreed", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    (pdf,) = tmp_path.glob("DFG-2026-0147-*.pdf")  # named after the reference and the date
    assert re.fullmatch(r"DFG-2026-0147-\d{4}-\d{2}-\d{2}\.pdf", pdf.name)
    text = pdf_text(pdf)
    for words in ("Alex Smith", "Made tea safe and possible", "Signatures", "15 03"):
        assert words in text
    # every table whole on one page: a caption and the table's last row share a page
    for page in _pdf_pages(pdf):
        if "Canadian Occupational" in page:
            assert "Satisfaction" in page.split("Canadian Occupational")[-1]
    html = tmp_path / "rec.html"
    assert (
        run_cli(*base, "--person", "Mrs A", *ITEMS, "--agreed", "--out", str(html)).returncode == 0
    )

    class Headings(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []
            self._at = ""

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            self._at = tag

        def handle_data(self, data):  # type: ignore[no-untyped-def]
            if self._at in ("h1", "h2", "caption") and data.strip():
                self.found.append(data.strip())

    parsed = Headings()
    parsed.feed(html.read_text())
    assert parsed.found[0] == "Recommendation for equipment: Mrs A"
    assert "Recommendation" in parsed.found and "Kettle tipper" in parsed.found
    own = tmp_path / "own.odt"
    mine = run_cli(*base[:4], "person", *base[5:], *ITEMS, "--agreed", "--out", str(own))
    assert mine.returncode == 0, mine.stderr
    content = zipfile.ZipFile(own).read("content.xml").decode()
    assert "Your rating of how well this goes" in content and "Mrs A" not in content
    wrong = run_cli(*base[:6], "bad<>ref", "--person", "A", *ITEMS, "--agreed", "--out", str(own))
    assert wrong.returncode == 2 and "reference" in wrong.stderr


def test_the_wizard_asks_each_step_shows_the_person_then_writes(qtbot, data_root, tmp_path):
    window = demo_window(qtbot)
    window.context.caseload.set_up("Alex Smith", OT)
    window.apply_caseload()
    go_to(qtbot, window, 5)
    out = tmp_path / "panel.pdf"

    def steps(wizard: QWidget) -> None:
        assert isinstance(wizard, RecommendWizard)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        radios = wizard.audience.buttons()
        for radio in [*radios[1:], radios[0]]:  # each reader in turn, then the panel again
            click(qtbot, radio)
        assert wizard.recommendation().audience == "panel"
        click(qtbot, next_button)  # no reference yet: said, and the step stays
        assert wizard.currentPage() is wizard.who_page and wizard.who_page.problem.isVisible()
        typed(qtbot, wizard.reference, "DFG-77")
        typed(qtbot, wizard.person, "Mrs A")
        click(qtbot, next_button)
        assert wizard.signer_name.text() == "Alex Smith"  # from the practitioner's file
        click(qtbot, wizard.button(QWizard.WizardButton.BackButton))  # back, and on again
        assert wizard.currentPage() is wizard.who_page
        click(qtbot, next_button)
        click(qtbot, next_button)
        assert wizard.goals.count() == 4
        click(qtbot, next_button)
        click(qtbot, next_button)  # nothing ticked: said
        assert wizard.items_page.problem.isVisible()
        table = wizard.items
        row = next(
            r
            for r in range(table.rowCount())
            if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "kettle-tipper"
        )
        table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        table.setCurrentCell(row, 1)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.keyClicks(table.focusWidget() or table, "Safe to pour")
        qtbot.keyClick(table.focusWidget() or table, Qt.Key.Key_Return)
        click(qtbot, next_button)
        assert "Mrs A's rating" in wizard.preview.toPlainText()
        click(qtbot, next_button)  # not agreed yet: said
        assert wizard.currentPage() is wizard.preview_page
        click(qtbot, wizard.agreed)
        click(qtbot, next_button)
        assert "Kettle tipper" in wizard.answers.toPlainText()
        when_modal(save_file_as(qtbot, out), kind=QFileDialog)
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    def cancel(wizard: QWidget) -> None:
        assert isinstance(wizard, RecommendWizard)
        click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))

    activate(qtbot, window)
    through_dialog(qtbot, cancel, lambda: alt(qtbot, window, "w"))
    assert not list(tmp_path.glob("*.pdf"))
    activate(qtbot, window)
    through_dialog(qtbot, steps, lambda: alt(qtbot, window, "w"))
    raise_modal_failures()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    text = pdf_text(out)
    assert "Safe to pour" in text and "DFG-77" in text
    assert "Wrote the recommendation" in window.caseload_page.status.text()
    window.context.close_vault()
