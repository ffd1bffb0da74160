"""Python's cyclic garbage collector, run only on the UI thread.

Left to itself the collector runs in whichever thread happens to allocate when a threshold is
crossed, background workers included. Qt widgets caught in reference cycles (a closed dialog,
for example) would then be freed off the UI thread, which crashes the app. So the automatic
collector is switched off once the app starts, and this timer collects on the UI thread with
the same thresholds (the pattern pyqtgraph's GarbageCollector uses).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect each generation whose count has passed its threshold, as Python would."""
        gc.disable()  # anything that switched it back on (a library, a test) is overruled
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)
