"""The window starts, names its text for screen readers, and shows catalogue text as plain."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carematch.gui.app import PlaceholderWindow


def test_window_opens_and_reports_catalogue(qtbot):
    window = PlaceholderWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "CareMatch"
    assert "ideas" in window.status.text()
    assert window.status.textFormat() == Qt.TextFormat.PlainText
