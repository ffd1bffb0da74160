"""Keyboard help (F1): every shortcut as a plain list a screen reader reads line by line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import mnemonic
from carematch.gui.widgets import heading, plain


def everywhere_keys() -> list[tuple[str, str]]:
    """The shortcuts that work on every page (the README lists the same)."""
    return [
        ("F1", QCoreApplication.translate("KeysHelpDialog", "This list of keys")),
        ("Ctrl+1", QCoreApplication.translate("KeysHelpDialog", "Find ideas")),
        ("Ctrl+2", QCoreApplication.translate("KeysHelpDialog", "My goals")),
        ("Ctrl+3", QCoreApplication.translate("KeysHelpDialog", "Catalogue")),
        ("Ctrl+4", QCoreApplication.translate("KeysHelpDialog", "Settings")),
        (
            "Ctrl+5",
            QCoreApplication.translate("KeysHelpDialog", "Clients (for practitioners, when shown)"),
        ),
        (
            "Ctrl+K",
            QCoreApplication.translate(
                "KeysHelpDialog",
                "Clients: go to the search; type a few letters, Enter opens that client",
            ),
        ),
        (
            "Ctrl+L",
            QCoreApplication.translate(
                "KeysHelpDialog", "Hide now: lock your journal at once, even from an open window"
            ),
        ),
        (
            "Ctrl+J",
            QCoreApplication.translate(
                "KeysHelpDialog", "Check in on the goal a reminder named, or the one quiet longest"
            ),
        ),
        (
            "Tab, Shift+Tab",
            QCoreApplication.translate("KeysHelpDialog", "Next or previous control"),
        ),
        (
            "Alt + underlined letter",
            QCoreApplication.translate("KeysHelpDialog", "Go to that control or press that button"),
        ),
        (
            "Down arrow",
            QCoreApplication.translate("KeysHelpDialog", "From the goal box, go to the ideas"),
        ),
        (
            "Enter",
            QCoreApplication.translate(
                "KeysHelpDialog",
                "In a list: open what is chosen. On a button: press it. In a form: save",
            ),
        ),
        (
            "Escape",
            QCoreApplication.translate(
                "KeysHelpDialog",
                "Close a window without saving (it asks first if you typed something)",
            ),
        ),
        (
            "Space",
            QCoreApplication.translate(
                "KeysHelpDialog", "Press the button or tick the box that has focus"
            ),
        ),
    ]


def page_keys(page: QWidget) -> list[tuple[str, str]]:
    """The Alt+letter of every control that shows on a page now, named as it is shown."""
    keys: list[tuple[str, str]] = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLabel) or not widget.isVisibleTo(page):
            continue
        text = widget.text()
        letter = mnemonic(text) if "&" in text else None
        if letter:
            name = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")
            keys.append((f"Alt+{letter.upper()}", name.rstrip("…").strip()))
    return keys


class KeysHelpDialog(QDialog):
    """The keys for every page and for the page the person is on."""

    def __init__(self, page_title: str, page: QWidget | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        title = self.tr("Keyboard help")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            self.tr("Every key you can use. Go through the list with the arrow keys.")
        )
        self.keys = QListWidget(self)
        self.keys.setObjectName("keys-list")
        self.keys.setAccessibleName(self.tr("Keys"))
        self.keys.setWordWrap(True)
        rows = [(k, d) for k, d in everywhere_keys()]
        if page is not None:
            rows += [
                (k, self.tr("{page}: {name}").format(page=page_title, name=d))
                for k, d in page_keys(page)
            ]
        for key, does in rows:
            self.keys.addItem(plain(f"{key}: {does}"))
        self.keys.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self, 1.2))
        layout.addWidget(self.keys, 1)
        layout.addWidget(buttons)
        self.keys.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, 520)
