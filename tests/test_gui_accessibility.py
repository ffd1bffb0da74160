"""Accessibility, tested the way a screen reader and a keyboard user meet the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from carematch.gui.accessibility import audit
from carematch.gui.dialogs.journal_forms import (
    AdaptationDialog,
    CheckInDialog,
    ExperimentDialog,
    GoalDialog,
    QuestDialog,
    TryThisDialog,
)
from carematch.gui.dialogs.report_dialog import ReportDialog
from carematch.gui.dialogs.vault_dialogs import (
    NewPassphraseDialog,
    RecoveryCodeDialog,
    UnlockDialog,
    VaultProblemDialog,
    WelcomeDialog,
)
from carematch.gui.theme import apply_theme
from carematch.vault.errors import VaultCorruptError

from .gui_helpers import demo_window


@pytest.fixture
def window(qtbot, data_root):
    w = demo_window(qtbot)
    qtbot.keyClicks(w.find_page.goal_box, "I can't bend down to put my socks on")
    qtbot.waitUntil(lambda: w.find_page.results.count() > 0)  # the ideas show as typed
    yield w
    w.context.close_vault()


def test_every_page_has_named_controls_and_no_duplicates(window):
    for index, page in enumerate(window.pages()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        report = audit(window, page_roots=[page])
        assert report.ok, f"{page.objectName()}: {report}"
        assert report.checked >= 3


def test_alt_letters_are_unique_on_every_page(window):
    from carematch.gui.accessibility import mnemonic_clashes

    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for index, page in enumerate(window.pages()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert mnemonic_clashes([page], tabs) == []


def test_every_dialog_passes_the_audit(window, qtbot):
    from carematch.gui.dialogs.circle_dialog import CircleDialog, InviteDialog
    from carematch.gui.dialogs.contribute_dialog import ContributeDialog
    from carematch.gui.dialogs.panel_view import PanelGoalsDialog, PanelView
    from carematch.gui.dialogs.supporting_dialog import SupportingDialog

    journal = window.context.journal
    goal = journal.list_goals()[0]
    dialogs = [
        GoalDialog(journal, goal),
        GoalDialog(journal),
        CheckInDialog(journal, goal),
        ExperimentDialog(journal, goal),
        AdaptationDialog(journal),
        TryThisDialog(journal, "Sock aid", "sock-aid", "socks"),
        WelcomeDialog(window.context.session),
        UnlockDialog(window.context.session, "Demo"),
        NewPassphraseDialog(adding=True),
        NewPassphraseDialog(adding=False),
        RecoveryCodeDialog("ABCD-EFGH"),
        ReportDialog(journal, chosen=goal.id),
        QuestDialog(journal, journal.experiments(goal.id)),
        VaultProblemDialog(VaultCorruptError("The journal database is damaged.", ["b.db"]), "Demo"),
        CircleDialog(journal),
        ContributeDialog(journal, window.context.catalogue),
        InviteDialog(journal),
        PanelGoalsDialog(journal),
        SupportingDialog(journal),
        PanelView(journal, [g.id for g in journal.list_goals()]),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        report = audit(dialog)
        assert report.ok, f"{dialog.windowTitle()}: {report}"
        from carematch.gui.accessibility import mnemonic_clashes

        dialog.setObjectName(dialog.windowTitle())
        assert mnemonic_clashes([dialog], []) == []
        dialog.hide()


def test_item_views_expose_text_for_their_items(window):
    results = window.find_page.results
    assert results.count() > 0
    for row in range(results.count()):
        item = results.item(row)
        text = item.data(Qt.ItemDataRole.AccessibleTextRole)
        # what is shown: "name  (cost)", the summary, "Why: reasons"
        heading, summary, why = item.text().rstrip("\n").split("\n")
        name, cost = heading.removesuffix(")").split("  (")
        first_reason = why.removeprefix("Why: ").split(". ")[0]
        # what is spoken: name and cost, then the first reason, then what it is
        assert text.startswith(f"{name}, {cost}. {first_reason}")
        assert text.endswith(summary)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons smaller than they need to show their text."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    problems.append(f"label '{widget.text()[:30]}' {widget.height()}<{needed}")
            elif widget.width() + 2 < widget.minimumSizeHint().width():
                problems.append(f"label '{widget.text()[:30]}' too narrow")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            if widget.width() + 2 < hint.width() or widget.height() + 2 < hint.height():
                problems.append(f"button '{widget.text()}' {widget.size()} < {hint}")
    return problems


@pytest.mark.parametrize("high_contrast", [False, True])
def test_text_at_200_percent_is_not_clipped(window, high_contrast):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    apply_theme(app, text_size=200, high_contrast=high_contrast)
    try:
        # every widget's text grows, not only the application's font (a style sheet in place
        # once kept the old size on every widget that already existed)
        for page in window.pages():
            texts = (QLabel, QAbstractButton, QLineEdit, QComboBox)
            for widget in page.findChildren(QWidget):
                if (
                    isinstance(widget, texts)
                    and widget.isVisibleTo(page)
                    and not widget.property("carematch_heading_scale")
                ):
                    assert widget.font().pointSizeF() >= 1.9 * base, widget.objectName()
        window.resize(1280, 900)
        for index, page in enumerate(window.pages()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems = clipped(page)
            assert not problems, f"{page.objectName()}: {problems[:5]}"
        hide, hint = window.hide_button, window.hide_button.minimumSizeHint()
        assert hide.height() + 2 >= hint.height() and hide.width() + 2 >= hint.width()
        window.lock_now()
        for width in (1280, 700):
            window.resize(width, 900)
            QApplication.processEvents()
            assert clipped(window.locked_screen) == [], f"locked screen at {width} px"
    finally:
        apply_theme(app, text_size=100)


def test_a_saved_text_size_of_200_reaches_every_widget_when_the_app_starts(qtbot, data_root):
    """As a person who chose 200% starts CareMatch: the window is built, then the saved size
    and the style sheet are applied together. Every label, button and box must grow, not only
    the fonts of windows opened later."""
    from carematch.app.preferences import AppSettings
    from carematch.gui import theme
    from carematch.gui.app import build_window, make_app
    from carematch.gui.context import AppContext

    app = make_app()
    apply_theme(app, text_size=100)
    base = app.font().pointSizeF()
    app.setStyleSheet("")  # as a fresh start: no style sheet until the theme is applied
    AppSettings().set_display("text_size", 200)
    window = build_window(AppContext())
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    try:
        texts = (QLabel, QAbstractButton, QLineEdit, QComboBox)
        for index, _page in enumerate(window.pages()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            for widget in window.findChildren(QWidget):
                if (
                    isinstance(widget, texts)
                    and widget.isVisible()
                    and not widget.property(theme.HEADING_PROPERTY)
                ):
                    assert widget.font().pointSizeF() >= 1.9 * base, (
                        f"{type(widget).__name__} {widget.accessibleName()!r}"
                    )
    finally:
        apply_theme(app, text_size=100)


def test_untrusted_text_shows_as_plain_characters(window, qtbot, data_root, tmp_path):
    from carematch.app.catalogue import CatalogueService
    from carematch.catalogue import load_catalogue

    from .conftest import FIXTURES

    src = (FIXTURES / "match_catalogue/entries/home/jar-opener.toml").read_text()
    (tmp_path / "x.toml").write_text(
        src.replace('"Jar opener"', '"<b>x</b> jar opener"').replace(
            "A grippy tool", "<i>A grippy</i> tool"
        )
    )
    window.context.use_catalogue(CatalogueService(load_catalogue([tmp_path])))
    window.find_page.goal_box.setText("jar opener")
    results = window.find_page.results
    qtbot.waitUntil(lambda: results.count() > 0 and results.item(0).text().startswith("<b>"))
    first = results.item(0)
    assert first.text().startswith("<b>x</b> jar opener")
    assert "<b>x</b> jar opener" in window.find_page.details.toPlainText()
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text()
