"""The app in another language (issue 23), as a person sees it: Welsh from Settings, every
control still named (in Welsh) with no two Alt letters alike on a page; Arabic laid out right to
left; and a pseudo-language 40% longer than English, with accents, that clips nothing at 200%.

Translators are installed on the one QApplication the tests share, so each test puts English
back when it ends."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from carematch import i18n
from carematch.app.preferences import AppSettings
from carematch.gui.accessibility import audit, mnemonic_clashes
from carematch.gui.i18n import apply_language
from carematch.gui.theme import apply_theme

from .conftest import ROOT
from .gui_helpers import demo_window
from .test_gui_accessibility import clipped

LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
QM = ROOT / "resources" / "translations"


@pytest.fixture
def english_after():
    yield
    app = QApplication.instance()
    apply_language(app, "en")
    apply_theme(app, text_size=100)


def _window_in(qtbot, language: str):  # type: ignore[no-untyped-def]
    if not (QM / f"carematch_{language}.qm").exists():
        pytest.fail("run `make translations` first: the .qm files are built from the .ts files")
    AppSettings().set_language(language)
    return demo_window(qtbot)


def test_the_app_in_welsh_names_every_control_in_welsh(qtbot, data_root, english_after):
    window = _window_in(qtbot, "cy")
    try:
        assert i18n.language() == "cy"
        tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
        assert tabs[:4] == ["Dod o hyd i syniadau", "Fy nodau", "Catalog", "Gosodiadau"]
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        for index, page in enumerate(window.pages()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            report = audit(window, page_roots=[page])
            assert report.ok, f"{titles[index]}: {report}"
            assert mnemonic_clashes([page], titles) == [], titles[index]
        assert window.hide_button.accessibleName() != "Hide now"  # the names are Welsh too
    finally:
        window.context.close_vault()


def test_arabic_lays_the_main_pages_out_right_to_left(qtbot, data_root, english_after):
    window = _window_in(qtbot, "ar")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft()
        # an Arabic font ships with the app, for computers that have none
        arabic = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
        assert "Noto Sans Arabic" in arabic, arabic
        find = window.find_page
        box = find.goal_box.mapTo(window, QPoint(0, 0)).x()
        helper = find.guide_button.mapTo(window, QPoint(0, 0)).x()
        assert box > helper  # the goal box starts at the right, its button to its left
        tabs = window.tabs.tabBar()
        assert tabs.tabRect(0).x() > tabs.tabRect(1).x()  # the first tab is rightmost
        assert re.search("[\u0600-\u06ff]", window.tabs.tabText(0))
        settings = window.settings_page  # rows that wrap like words start at the right too
        window.tabs.setCurrentIndex(3)
        QApplication.processEvents()
        first, second = settings.switch_vault, settings.import_export
        assert first.y() == second.y() and first.x() > second.x()
        for index, page in enumerate(window.pages()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert audit(window, page_roots=[page]).ok
    finally:
        window.context.close_vault()


ACCENTS = str.maketrans("aeiouycnAEIOUYCN", "áéîöüÿçñÅÉÎÖÜŸÇÑ")
KEEP = re.compile(r"(\{[a-z_]*\}|%n|%p|&&|&.|\n|\*\.[a-z]+|\([^)]*\*\.[a-z]+[^)]*\))")


def pseudo(source: str) -> str:
    """Accented and 40% longer (in words that can wrap), placeholders and Alt letters kept."""
    parts = KEEP.split(source)
    text = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    extra = max(1, round(len(source) * 0.4))
    padding = " ".join("ẋẋẋẋ"[: min(4, extra - i)] for i in range(0, extra, 5))
    return f"{text} {padding}" if source.strip() else source


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_a_language_40_percent_longer_clips_nothing_at_200_percent(
    qtbot, data_root, tmp_path, english_after
):
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    sources = sorted(str(p) for p in (ROOT / "carematch" / "gui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = pseudo(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    app = QApplication.instance()
    translator = QTranslator(app)
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        window = demo_window(qtbot)
        assert "ẋ" in window.tabs.tabText(0)
        apply_theme(app, text_size=200)
        window.resize(1280, 900)
        for index, page in enumerate(window.pages()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems = clipped(page)
            assert not problems, f"{page.objectName()}: {problems[:5]}"
        window.context.close_vault()
    finally:
        app.removeTranslator(translator)


def test_choosing_welsh_in_settings_by_keyboard_is_kept_for_the_next_start(
    qtbot, data_root, english_after
):
    from carematch.gui.app import build_window
    from carematch.gui.context import AppContext

    from .test_gui_action_journeys import alt, choose, go_to

    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    page = window.settings_page
    assert not page.language_button.isEnabled()  # English is in use already
    alt(qtbot, window, "G")
    assert page.language.hasFocus()
    choose(qtbot, page.language, "cy")
    assert page.status.text() == (
        "CareMatch will be in Cymraeg the next time it starts, or now if you press "
        "“Use this language now”."
    )
    assert AppSettings().language == "cy" and page.language_button.isEnabled()
    window.context.close_vault()
    window.close()
    again = build_window(AppContext())  # the next start
    qtbot.addWidget(again)
    assert again.tabs.tabText(1).replace("&", "") == "Fy nodau"
    assert again.settings_page.language.currentData() == "cy"


def _shown_main_window(old):  # type: ignore[no-untyped-def]
    from carematch.gui.main_window import MainWindow

    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w is not old and w.isVisible()
    ]
    return shown[0] if len(shown) == 1 else None


def test_use_this_language_now_changes_every_word_at_once_with_the_journal_still_open(
    qtbot, data_root, english_after, request
):
    """Welsh chosen and "Use this language now" pressed (Tab, Enter): the window comes back in
    Welsh on the Settings page with the focus on the language box, the same vault open, the
    catalogue's Welsh words found; and back to English the same way."""
    from .test_gui_action_journeys import alt, choose, go_to

    window = demo_window(qtbot)
    go_to(qtbot, window, 4)
    vault = window.context.vault
    alt(qtbot, window, "G")
    choose(qtbot, window.settings_page.language, "cy")
    qtbot.keyClick(window.settings_page.language, Qt.Key.Key_Tab)
    assert window.settings_page.language_button.hasFocus()
    qtbot.keyClick(window.settings_page.language_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown_main_window(window) is not None, timeout=5000)
    welsh = _shown_main_window(window)
    qtbot.addWidget(welsh)
    assert not window.isVisible()
    assert [welsh.tabs.tabText(i).replace("&", "") for i in range(4)] == [
        "Dod o hyd i syniadau",
        "Fy nodau",
        "Catalog",
        "Gosodiadau",
    ]
    assert welsh.tabs.currentIndex() == 3
    qtbot.waitUntil(welsh.settings_page.language.hasFocus, timeout=3000)
    assert welsh.settings_page.status.text() == "Iaith CareMatch nawr: Cymraeg."
    assert welsh.context.vault is vault and vault is not None  # never closed, never asked
    assert not welsh.settings_page.language_button.isEnabled()
    assert welsh.goals_page.goals.count() > 0  # the journal's goals are there, in the new window
    for page in welsh.pages():
        assert audit(welsh, page_roots=[page]).ok
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)  # the old window, and all it showed, is gone
    qtbot.waitUntil(lambda: welsh.context.catalogue is not None, timeout=30_000)
    go_to(qtbot, welsh, 1)
    qtbot.keyClicks(welsh.find_page.goal_box, "anodd codi'r tegell i wneud paned")
    qtbot.keyClick(welsh.find_page.goal_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welsh.find_page.results.count() > 0, timeout=10_000)
    first = welsh.find_page.results.item(0)
    said = f"{first.text()} {first.data(Qt.ItemDataRole.AccessibleTextRole)}"
    assert "Pam: " in said and "Why:" not in said, said  # the reason, in Welsh

    go_to(qtbot, welsh, 4)
    choose(qtbot, welsh.settings_page.language, "en")
    qtbot.keyClick(welsh.settings_page.language, Qt.Key.Key_Tab)
    qtbot.keyClick(welsh.settings_page.language_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _shown_main_window(welsh) is not None, timeout=5000)
    english = _shown_main_window(welsh)
    qtbot.addWidget(english)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(welsh)
    # pytest-qt would close the windows it was given when the test ends: not the deleted ones
    request.node.qt_widgets = [
        (ref, close) for ref, close in request.node.qt_widgets if shiboken6.isValid(ref())
    ]
    assert english.tabs.tabText(1).replace("&", "") == "My goals"
    assert english.settings_page.status.text() == "CareMatch is now in English."
    assert english.context.vault is vault
    english.context.close_vault()


def test_a_language_chosen_in_settings_wins_over_the_one_the_app_was_started_with(
    qtbot, data_root, english_after, request, monkeypatch
):
    """Started with `--lang cy`, a person who chooses English in Settings and presses "Use this
    language now" gets English at once (the start-up choice no longer holds them in Welsh)."""
    from .test_gui_action_journeys import alt, choose, go_to

    monkeypatch.setenv(i18n.CHOSEN_ENV, "cy")  # what `carematch --lang cy` sets
    window = demo_window(qtbot)
    assert window.tabs.tabText(3).replace("&", "") == "Gosodiadau"
    go_to(qtbot, window, 4)
    alt(qtbot, window, "H")  # "Iait&h" in Welsh
    choose(qtbot, window.settings_page.language, "en")
    assert window.settings_page.language_button.isEnabled()
    qtbot.keyClick(window.settings_page.language, Qt.Key.Key_Tab)
    qtbot.keyClick(window.settings_page.language_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown_main_window(window) is not None, timeout=5000)
    english = _shown_main_window(window)
    qtbot.addWidget(english)
    assert english.tabs.tabText(3).replace("&", "") == "Settings"
    assert i18n.language() == "en" and AppSettings().language == "en"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    request.node.qt_widgets = [
        (ref, close) for ref, close in request.node.qt_widgets if shiboken6.isValid(ref())
    ]
    english.context.close_vault()
