"""Ideas as cards: an icon for each kind, the words never cut off at 100% or 200% text, the
reason's quieter colour still easy to read, and words from outside shown as plain text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from carematch.catalogue.kinds import Kind
from carematch.gui.icons import IconFont, kind_icon
from carematch.gui.pages.result_cards import NAME_ROLE
from carematch.gui.theme import apply_theme, contrast_ratio, high_contrast_palette, mix

from .gui_helpers import demo_window


@pytest.mark.parametrize("text_size", [100, 200])
def test_every_card_shows_all_its_words(qtbot, data_root, text_size):
    window = demo_window(qtbot)
    apply_theme(QApplication.instance(), text_size=text_size)  # type: ignore[arg-type]
    try:
        page = window.find_page
        qtbot.keyClicks(page.goal_box, "I can't lift a full kettle to make a brew")
        qtbot.waitUntil(lambda: page.results.count() > 3)
        qtbot.keyClick(page.goal_box, Qt.Key.Key_Down)  # the first card has the focus ring
        results, cards = page.results, page.cards
        for row in range(min(6, results.count())):
            item = results.item(row)
            index = results.model().index(row, 0)
            drawn = results.visualItemRect(item)
            words = cards.document(index, results.palette(), selected=False)
            assert words.size().height() <= drawn.height(), (row, item.data(NAME_ROLE))
            assert words.size().width() <= results.viewport().width()
            # what a screen reader hears is unchanged: name, cost, then the reasons
            spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
            assert spoken.startswith(item.data(NAME_ROLE))
        assert page.results.horizontalScrollBar().maximum() == 0  # never sideways
    finally:
        apply_theme(QApplication.instance(), text_size=100)  # type: ignore[arg-type]
        window.context.close_vault()


def test_each_kind_has_an_icon_and_the_words_say_the_same(qtbot, data_root):
    demo_window(qtbot)
    assert IconFont.get() is not None, "the icon font from qtawesome did not load"
    for kind in Kind:
        icon = kind_icon(kind.value, QColor("black"), 24)
        assert not icon.isNull() and not icon.pixmap(24, 24).toImage().isNull()
        assert kind.label  # the card always writes the kind out in words too


@pytest.mark.parametrize("palette", ["system", "high contrast"])
def test_the_quieter_reason_line_still_reads_easily(qtbot, palette):
    from carematch.gui.app import make_app

    app = make_app()
    colours = high_contrast_palette() if palette == "high contrast" else app.palette()
    text = colours.color(QPalette.ColorRole.Text)
    base = colours.color(QPalette.ColorRole.Base)
    assert contrast_ratio(mix(text, base, 0.78), base) >= 4.5


def test_words_from_outside_are_drawn_as_they_are(qtbot, data_root):
    window = demo_window(qtbot)
    page = window.find_page
    qtbot.keyClicks(page.goal_box, "kettle")
    qtbot.waitUntil(lambda: page.results.count() > 0)
    item = page.results.item(0)
    item.setData(NAME_ROLE, "<b>Not bold</b> & <img src=x>")
    words = page.cards.document(page.results.model().index(0, 0), page.palette(), False)
    assert words.toPlainText().startswith("<b>Not bold</b> & <img src=x>")
    window.context.close_vault()


def test_the_chart_follows_high_contrast_at_once(qtbot, data_root):
    window = demo_window(qtbot)
    qtbot.keyClick(window.find_page.goal_box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    chart = window.goals_page.chart
    qtbot.waitUntil(lambda: bool(chart.svg_text))
    app = QApplication.instance()

    def background() -> str:
        found = re.search(r'<rect width="\d+" height="\d+" fill="(#\w+)"', chart.svg_text)
        return found.group(1) if found else ""

    before = background()
    try:
        apply_theme(app, high_contrast=True)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: background() == "#000000")  # black, as the page now is
        assert 'stroke="#ffffff"' in chart.svg_text
    finally:
        apply_theme(app, high_contrast=False)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: background() == before)
    window.context.close_vault()


def test_the_areas_of_life_have_icons_that_follow_high_contrast(qtbot, data_root):
    window = demo_window(qtbot)
    choices = window.find_page.guide.choices
    qtbot.waitUntil(lambda: choices.count() >= 8)
    first = choices.item(0)
    assert not first.icon().isNull() and first.text().startswith("1. ")  # words and icon
    before = first.icon().cacheKey()
    app = QApplication.instance()
    try:
        apply_theme(app, high_contrast=True)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: choices.item(0).icon().cacheKey() != before)
        assert not choices.item(0).icon().isNull()
    finally:
        apply_theme(app, high_contrast=False)  # type: ignore[arg-type]
    window.context.close_vault()
