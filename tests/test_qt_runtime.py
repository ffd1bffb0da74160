"""The Qt binding the app runs on keeps Python's reference counts straight.

PySide6 6.12.0 dropped a reference to True on every `Signal.emit()` made from Python; the app
emits on every search, check-in and progress step, so a long session ended in "deallocating
True" and an abort. pyproject.toml excludes that release; this guards against the next one."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from carematch.gui.app import make_app


class _Talker(QObject):
    said = Signal(str)
    nudged = Signal()


def test_emitting_signals_leaves_reference_counts_alone():
    make_app()
    talker = _Talker()
    heard: list[str] = []
    talker.said.connect(heard.append)
    talker.nudged.connect(lambda: heard.append("nudge"))
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(300):
        talker.said.emit("x")
        talker.nudged.emit()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(heard) == 600
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
