"""One small abstraction for work off the UI thread.

`run_task(fn, on_done, on_error)` runs `fn` on Qt's global thread pool and calls back on the UI
thread through signals. Tasks never touch widgets, and each task opens its own database session
(sessions never cross threads; the vault serialises access to its one connection).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_live: set[_Signals] = set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> Task:
    task = Task(fn)
    signals = task.signals
    _live.add(signals)  # keep the signal object alive until it has delivered

    def finished(_: object = None) -> None:
        _live.discard(signals)

    if on_done is not None:
        signals.done.connect(on_done)
    if on_error is not None:
        signals.failed.connect(on_error)
    signals.done.connect(finished)
    signals.failed.connect(finished)
    QThreadPool.globalInstance().start(task)
    return task
