"""Text size, high contrast and the system's colour preferences.

Text scales from 100% to 200% through the application font, so every widget that uses the
default font grows with it and layouts reflow. High contrast is a palette plus a thick focus
outline; it can also follow the system's contrast preference where Qt reports one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_SIZES = (100, 125, 150, 175, 200)
_BASE_POINT_SIZE: float | None = None
_SYSTEM_PALETTE: QPalette | None = None  # the platform's own (follows its light or dark scheme)

FOCUS_STYLE = """
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTableView:focus, QTreeView:focus,
QCheckBox:focus, QRadioButton:focus, QSlider:focus, QTabBar::tab:focus {
    border: 3px solid %(focus)s;
}
QPushButton { padding: 0.3em 0.8em; }
"""
HIGH_CONTRAST_EXTRA = """
QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTableView, QComboBox, QSpinBox, QDateEdit,
QDoubleSpinBox, QPushButton, QTabBar::tab { border: 1px solid #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTableView:focus,
QComboBox:focus, QSpinBox:focus, QPushButton:focus, QTabBar::tab:focus,
QDateEdit:focus, QDoubleSpinBox:focus { border: 3px solid #ffff00; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 0.9em; height: 0.9em; border: 2px solid #ffffff; background: #000000;
}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: #ffff00; border: 2px solid #ffffff;
}
QGroupBox { border: 1px solid #ffffff; margin-top: 1.2em; padding-top: 0.4em; }
QGroupBox::title { subcontrol-origin: margin; left: 0.5em; }
"""


def spacing(widget: QWidget, units: float = 1.0) -> int:
    """The one unit of space between things, in proportion to the text: at 200% text the gaps
    grow with the words, so nothing crowds."""
    return max(2, round(widget.fontMetrics().height() * 0.4 * units))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of colour a over b: a quieter shade of the text that still reads on the base
    (0.78 keeps 4.5:1 on white and on black; tests/test_result_cards.py checks)."""
    return QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )


def system_prefers_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    try:
        preference = accessibility().contrastPreference()
    except AttributeError:
        return False
    return bool(preference == Qt.ContrastPreference.HighContrast)


def high_contrast_palette() -> QPalette:
    black, white, yellow, cyan = (
        QColor("#000000"),
        QColor("#ffffff"),
        QColor("#ffff00"),
        QColor("#00ffff"),
    )
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, black)
        palette.setColor(group, QPalette.ColorRole.WindowText, white)
        palette.setColor(group, QPalette.ColorRole.Base, black)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Text, white)
        palette.setColor(group, QPalette.ColorRole.Button, black)
        palette.setColor(group, QPalette.ColorRole.ButtonText, white)
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, white)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
        palette.setColor(group, QPalette.ColorRole.Link, cyan)
        palette.setColor(group, QPalette.ColorRole.BrightText, yellow)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#a0a0a0"))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(disabled, role, black)
    return palette


def apply_theme(app: QApplication, *, text_size: int = 100, high_contrast: bool = False) -> None:
    """Apply text size (percent) and contrast to the whole application."""
    global _BASE_POINT_SIZE, _SYSTEM_PALETTE
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    if _BASE_POINT_SIZE is None:
        size = app.font().pointSizeF()
        _BASE_POINT_SIZE = size if size > 0 else 10.0
    text_size = min(max(int(text_size), TEXT_SIZES[0]), TEXT_SIZES[-1])
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE * text_size / 100)
    app.setFont(font)
    if high_contrast:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(FOCUS_STYLE % {"focus": "#ffff00"} + HIGH_CONTRAST_EXTRA)
    else:
        app.setPalette(_SYSTEM_PALETTE)
        app.setStyleSheet(FOCUS_STYLE % {"focus": "#1a5fb4"})
    font_changed = QEvent(QEvent.Type.ApplicationFontChange)
    for widget in app.allWidgets():
        # Qt tells only widgets outside a style sheet that the application's font changed
        # (the sheet is meant to carry fonts; ours does not), so every label, button and box
        # already made would keep its old size: tell the rest too.
        if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet) and not widget.isWindow():
            QApplication.sendEvent(widget, font_changed)
        scale = widget.property(HEADING_PROPERTY)
        if scale:
            widget.setFont(heading_font(float(scale)))
        widget.updateGeometry()


HEADING_PROPERTY = "carematch_heading_scale"


def heading_font(scale: float) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    font.setBold(True)
    return font


def make_heading(widget: QWidget, scale: float = 1.4) -> QWidget:
    """Mark a label as a heading: bigger and bold, and it follows the text size setting."""
    widget.setProperty(HEADING_PROPERTY, scale)
    widget.setFont(heading_font(scale))
    return widget


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# Reds for error text, darkest first; the first that stands out enough from the background wins.
ERROR_REDS = ("#a50e0e", "#8b0000", "#ff8a80", "#ffb4a9")


def error_colour(palette: QPalette) -> QColor:
    """A red for error text with at least 4.5:1 contrast on the window (WCAG AA), or the
    high-contrast theme's bright text, or the ordinary text colour when no red is enough."""
    window = palette.color(QPalette.ColorRole.Window)
    for candidate in (palette.color(QPalette.ColorRole.BrightText), *map(QColor, ERROR_REDS)):
        if _is_reddish_or_bright(candidate) and contrast_ratio(candidate, window) >= 4.5:
            return candidate
    return palette.color(QPalette.ColorRole.WindowText)


def _is_reddish_or_bright(colour: QColor) -> bool:
    # Qt's default BrightText is white; only the high-contrast theme's yellow is meant for text.
    return colour.name() != "#ffffff"
