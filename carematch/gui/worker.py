"""One small abstraction for work off the UI thread.

`run_task(fn, on_done, on_error)` runs `fn` on Qt's global thread pool and calls back on the UI
thread through signals. Tasks never touch widgets, and each task opens its own database session
(sessions never cross threads; the vault serialises access to its one connection).

With `on_progress`, `fn` is called with one argument, `progress(done, total)`, which it may call
as often as it likes; the UI thread hears the percentage (0 to 100) only when it goes up, and
always hears 100 before `on_done`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.percent = -1
        self.signals = _Signals()
        self.setAutoDelete(True)

    def report(self, done: int, total: int) -> None:
        """Called from the task's thread; sends the percentage on when it has gone up."""
        percent = 100 if total <= 0 else max(0, min(100, done * 100 // total))
        if percent > self.percent:
            self.percent = percent
            self.signals.progress.emit(percent)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.report) if self.with_progress else self.fn()
        except Exception as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            # The frames hold this task and the work's locals (what a person wrote): let them
            # go now, not whenever the UI thread drops the exception.
            exc.__traceback__ = None
            self.signals.failed.emit(exc)
        else:
            if self.with_progress:
                self.report(1, 1)
            self.signals.done.emit(result)


_live: set[_Signals] = set()


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Task:
    task = Task(fn, with_progress=on_progress is not None)
    signals = task.signals
    _live.add(signals)  # keep the signal object alive until it has delivered

    def finished(_: object = None) -> None:
        _live.discard(signals)

    if on_progress is not None:
        signals.progress.connect(on_progress)
    if on_done is not None:
        signals.done.connect(on_done)
    if on_error is not None:
        signals.failed.connect(on_error)
    signals.done.connect(finished)
    signals.failed.connect(finished)
    QThreadPool.globalInstance().start(task)
    return task
