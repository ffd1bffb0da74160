"""Waiting in a child process that drives the app without pytest-qt: run Qt's event loop until
what a person would see is there, or a deadline passes (the same as qtbot.waitUntil)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> bool:
    """Process events until `condition()` holds; returns whether it did before the deadline."""
    if condition():
        return True
    loop = QEventLoop()
    check = QTimer(loop, interval=10)
    check.timeout.connect(lambda: condition() and loop.quit())
    deadline = QTimer(loop, singleShot=True, interval=timeout_ms)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start()
    loop.exec()
    check.stop()
    deadline.stop()
    return condition()
