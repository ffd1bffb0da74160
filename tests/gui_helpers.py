"""Shared helpers for GUI tests: a window on a demo vault, and driving modal dialogs by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.main_window import MainWindow
from carematch.journal.demo import fill_demo
from carematch.journal.service import Journal
from carematch.vault import create_vault


def demo_window(qtbot, *, passphrase: str | None = None, name: str = "Demo") -> MainWindow:
    vault, _ = create_vault(name, passphrase)
    with vault:
        fill_demo(Journal(vault))
    make_app()
    context = AppContext()
    window = build_window(context)
    qtbot.addWidget(window)
    context.load_catalogue_now()
    if passphrase is None:
        assert window.open_named_vault(name)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def settle() -> None:
    """Let background tasks finish and their signals arrive."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(5000)
        QApplication.processEvents()


def when_modal(action: Callable[[QWidget], None], *, delay: int = 50) -> None:
    """Run `action` on the next modal dialog once it is showing (dialogs block in exec())."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries < 100:
            QTimer.singleShot(delay, lambda: attempt(tries + 1))
            return
        assert dialog is not None, "no dialog appeared"
        action(dialog)

    QTimer.singleShot(delay, attempt)
