"""Python's cyclic garbage collector, run only on the UI thread.

Left to itself the collector runs in whichever thread happens to allocate when a threshold is
crossed, background workers included. Qt widgets caught in reference cycles (a closed dialog,
for example) would then be freed off the UI thread, which crashes the app. So the automatic
collector is switched off once the app starts, and this timer collects on the UI thread with
the same thresholds (the pattern pyqtgraph's GarbageCollector uses).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
FULL_EVERY_S = 600.0  # a full collection walks every object: rarely, never while typing


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.last_full = time.monotonic()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the young generations whose counts have passed their thresholds, as Python
        would; the oldest one at most every FULL_EVERY_S."""
        gc.disable()  # anything that switched it back on (a library, a test) is overruled
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                # Python itself puts off full collections on a big heap; so does this, and
                # it keeps the long-lived catalogue out of the walk (see freeze_long_lived).
                if old > self.threshold[2] and time.monotonic() - self.last_full > FULL_EVERY_S:
                    gc.collect(2)
                    self.last_full = time.monotonic()


def freeze_long_lived() -> None:
    """Set aside what lives as long as the app (the catalogue and its matcher: hundreds of
    thousands of objects) so no collection walks it again."""
    gc.collect()
    gc.freeze()


def collect_now() -> None:
    """A full collection at a moment the person is waiting anyway (a vault just opened),
    so its garbage is not collected in the middle of their typing."""
    gc.collect()
