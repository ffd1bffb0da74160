"""What screen readers hear: an in-process audit, spoken status changes, and fixes for Orca.

The audit walks a window's widgets through QAccessible and reports interactive controls without
an accessible name, two controls on one page with the same name, and item views whose items
have no text (used by the tests, the self-test and the screenshot command). `announce` speaks a
status change; `install_screen_reader_fixes` fixes what Orca cannot hear in plain Qt.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QFocusEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
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


class SpokenNotice(QWidget):
    """An invisible status line that screen readers speak each time it is shown.

    Qt's announcement event is not heard by Orca before version 46 (Debian 12 has 43); every
    Orca speaks an object with the *notification* role when it appears. One notice per window.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("spoken-notice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(0, 0, 0, 0)  # takes no room and draws nothing

    def say(self, message: str) -> None:
        self.hide()
        self.setAccessibleName(message)
        self.show()  # "showing" is the event Orca speaks


def _accessible_for(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Accessibility interfaces for two widgets whose default role reads badly aloud."""
    if key == "SpokenNotice" and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.Notification)
    if key == "QStackedWidget" and isinstance(obj, QWidget):
        # Pages shown one at a time (the tabs' pages; the window or its locked screen): by
        # default a "layered pane" Orca says aloud each time the focus enters it. As a plain
        # container it is passed over; the page tab or the focused control says where you are.
        return QAccessibleWidget(obj, QAccessible.Role.Client)
    return None


class _ScreenReaderFixes(QObject):
    """Two things Orca 43 does not hear in plain Qt, fixed for every window of the app.

    - A text box reached by Tab or its Alt+letter is silent: Qt selects its text *before* it
      reports the focus change, and Orca takes the selection as the focus. The box now gets
      the focus as if clicked, so Orca says its name and reads what is in it (selecting it
      afterwards would add "selected" and "unselected" to every Tab; Ctrl+A selects).
    - A closed list (combo box) changed with the arrow keys is silent: Orca 43 looks for an
      interface Qt's combo box lacks. The new choice is announced.
    """

    REASONS = (
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.FocusIn
            and isinstance(obj, QLineEdit)
            and isinstance(event, QFocusEvent)
            and event.reason() in self.REASONS
            and not isinstance(obj.parent(), QComboBox | QAbstractSpinBox)
        ):
            as_clicked = QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason)
            QApplication.sendEvent(obj, as_clicked)
            return True
        if kind == QEvent.Type.KeyPress and isinstance(obj, QComboBox) and obj.isVisible():
            before = obj.currentIndex()
            QTimer.singleShot(0, obj, lambda combo=obj, was=before: _say_choice(combo, was))
        return False


def _say_choice(combo: QComboBox, before: int) -> None:
    if combo.currentIndex() != before and combo.hasFocus() and not combo.view().isVisible():
        announce(combo, combo.currentText())


_installed: list[QObject] = []


def install_screen_reader_fixes(app: QApplication) -> None:
    """Once per app: the roles above, and text boxes that speak when tabbed into."""
    if _installed:
        return
    QAccessible.installFactory(_accessible_for)
    speaker = _ScreenReaderFixes(app)
    app.installEventFilter(speaker)
    _installed.append(speaker)


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to speak a status change, without moving the focus.

    On Linux the window's SpokenNotice is shown (heard by every Orca; Orca 46 and newer would
    also speak Qt's announcement, so only one is sent). Elsewhere Qt's announcement event.
    """
    if sys.platform.startswith("linux"):
        window = widget.window()
        notice = window.findChild(SpokenNotice, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if notice is None:
            notice = SpokenNotice(window)
        notice.say(message)
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
