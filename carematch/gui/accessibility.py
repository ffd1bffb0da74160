"""An in-process accessibility audit, the way a screen reader sees the widgets.

It walks a window's widgets through QAccessible and reports interactive controls without an
accessible name, two controls on one page with the same name, and item views whose items
have no text. Used by the tests, the self-test and the screenshot command.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


@dataclass
class AuditReport:
    unnamed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    empty_items: list[str] = field(default_factory=list)
    checked: int = 0

    @property
    def ok(self) -> bool:
        return not (self.unnamed or self.duplicates or self.empty_items)

    def __str__(self) -> str:
        if self.ok:
            return f"{self.checked} controls checked: all named, no duplicates."
        parts = []
        if self.unnamed:
            parts.append("no accessible name: " + ", ".join(self.unnamed))
        if self.duplicates:
            parts.append("same name twice: " + ", ".join(self.duplicates))
        if self.empty_items:
            parts.append("items without text: " + ", ".join(self.empty_items))
        return "; ".join(parts)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'})"


def _visible_in(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and not widget.isHidden()


def audit(root: QWidget, *, page_roots: list[QWidget] | None = None) -> AuditReport:
    """Audit every visible interactive control under root; duplicates are counted per page."""
    report = AuditReport()
    pages = page_roots or [root]
    for page in pages:
        names: Counter[str] = Counter()
        for widget in [page, *page.findChildren(QWidget)]:
            if not isinstance(widget, INTERACTIVE) or not _visible_in(widget, root):
                continue
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), QComboBox | QAbstractSpinBox
            ):
                continue  # the combo box or spin box itself carries the name
            if isinstance(widget, QScrollBar):
                continue  # part of its view, which screen readers announce
            report.checked += 1
            name = accessible_name(widget)
            if not name:
                report.unnamed.append(_describe(widget))
                continue
            names[name] += 1
            if isinstance(widget, QAbstractItemView):
                report.empty_items += _empty_items(widget)
        report.duplicates += [f"'{n}'" for n, count in names.items() if count > 1]
    return report


def _empty_items(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    missing = []
    root = QModelIndex()
    rows = model.rowCount(root)
    cols = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(min(rows, 200)):
        for col in range(cols):
            index = model.index(row, col, root)
            text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(
                Qt.ItemDataRole.DisplayRole
            )
            if not str(text or "").strip():
                missing.append(f"{_describe(view)} row {row}")
    return missing


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to speak a status change (Qt 6.8 and newer)."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # older Qt: the status label's text change is still read out
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label or button text ('&Save' -> 's'), or None."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(pages: list[QWidget], always: list[str]) -> list[str]:
    """Letters used twice on one page, counting the always-present ones (the tab names)."""
    clashes = []
    for page in pages:
        seen: Counter[str] = Counter(m for m in map(mnemonic, always) if m)
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
            letter = mnemonic(text) if text else None
            if letter:
                seen[letter] += 1
        clashes += [f"{page.objectName()}: Alt+{k.upper()} x{n}" for k, n in seen.items() if n > 1]
    return clashes
