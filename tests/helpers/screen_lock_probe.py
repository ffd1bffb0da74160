"""Run under `dbus-run-session`: open a vault in the app, send the desktop's "screen locked"
signal on the session bus with dbus-send, and report whether the app locked."""

from __future__ import annotations

import subprocess
import sys

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.vault import create_vault, open_vault

from .qt_wait import wait_until


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
    wait_until(window.is_locked, 10_000)  # the locked screen shows, or ten seconds pass
    if window.is_locked() and window.context.vault is None:
        print("locked by the screen saver signal")
        return 0
    print("not locked")
    return 1


if __name__ == "__main__":
    sys.exit(main())
