"""Run under `dbus-run-session`: open a vault in the app, send the desktop's "screen locked"
signal on the session bus with dbus-send, and report whether the app locked."""

from __future__ import annotations

import subprocess
import sys
import time

from PySide6.QtWidgets import QApplication

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.vault import create_vault, open_vault


def main() -> int:
    vault, _ = create_vault("Probe", None)
    vault.close()
    make_app()
    window = build_window(AppContext())
    window.context.use_vault(open_vault("Probe"))
    window.show()
    print("listening:", ", ".join(window.screen_watch.listening), flush=True)
    subprocess.run(
        [
            "dbus-send",
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ],
        check=True,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not window.is_locked():
        QApplication.processEvents()
        time.sleep(0.02)
    if window.is_locked() and window.context.vault is None:
        print("locked by the screen saver signal")
        return 0
    print("not locked")
    return 1


if __name__ == "__main__":
    sys.exit(main())
