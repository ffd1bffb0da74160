"""Benchmark: start to a usable window (built-in catalogue + demo vault), beside a bare Qt
window, measured in one run; memory (RSS) when usable; the longest the UI thread is blocked
while typing a goal. Run with `make bench` or `python benchmarks/gui_start.py`.
Uses the offscreen platform unless DISPLAY is set.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), QTimer.singleShot(300, app.quit)))
app.exec()
"""


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    memory = rss_mb(proc.pid) if sys.platform.startswith("linux") else 0.0
    assert line.strip() == "ready", line
    proc.wait(timeout=30)
    return elapsed, memory


def typing_block_ms() -> float:
    """Type a goal key by key; report the longest gap in a 5 ms UI-thread heartbeat."""
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtTest import QTest

    from carematch.gui.app import build_window, make_app
    from carematch.gui.context import AppContext

    make_app()
    context = AppContext()
    window = build_window(context)
    context.load_catalogue_now()
    window.open_named_vault("Demo")
    window.show()
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()
    for ch in "I can't get up the stairs without holding on to something":
        QTest.keyClicks(window.find_page.goal_box, ch)
        QTest.qWait(60)
    QTest.qWait(600)
    QThreadPool.globalInstance().waitForDone()
    QTest.qWait(100)
    heart.stop()
    context.close_vault()
    return float(max(gaps) - 5)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = tmp
        env = {**os.environ, "CAREMATCH_HOME": tmp}
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        subprocess.run(
            [sys.executable, "-m", "carematch", "demo"], env=env, check=True, capture_output=True
        )
        loaded_env = {**env, "CAREMATCH_REPORT_READY": "loaded", "CAREMATCH_QUIT_WHEN_READY": "1"}
        window_env = {**loaded_env, "CAREMATCH_REPORT_READY": "window"}
        app_cmd = [sys.executable, "-m", "carematch", "gui", "--vault", "Demo"]
        timed(app_cmd, loaded_env)  # warm the catalogue cache and the file system
        bare, shown, loaded, memory = [], [], [], []
        for _ in range(5):
            bare.append(timed([sys.executable, "-c", BARE], env)[0])
            shown.append(timed(app_cmd, window_env)[0])
            t, m = timed(app_cmd, loaded_env)
            loaded.append(t)
            memory.append(m)
        b, w, o = statistics.median(bare), statistics.median(shown), statistics.median(loaded)
        print(f"bare Qt window: {b * 1000:.0f} ms (median of 5)")
        print(f"CareMatch window shown and taking input: {w * 1000:.0f} ms ({w / b:.1f}x bare)")
        print(
            f"CareMatch fully loaded (catalogue matcher and demo vault open): "
            f"{o * 1000:.0f} ms ({o / b:.1f}x bare)"
        )
        print(f"memory when fully loaded: {statistics.median(memory):.0f} MB RSS")
        print(f"longest UI-thread block while typing a goal: {typing_block_ms():.0f} ms")


if __name__ == "__main__":
    main()
