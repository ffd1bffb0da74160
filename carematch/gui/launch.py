"""Start the desktop app, or explain clearly why it cannot start here."""

from __future__ import annotations

import argparse
import os
import sys

NO_DISPLAY_MESSAGE = (
    "CareMatch cannot open its window: this computer has no screen it can use "
    "(for example a server, or a terminal over SSH).\n"
    "You can still use everything from the command line. Try:\n"
    '  carematch match "make a cup of tea on my own"\n'
    "  carematch --help\n"
)


def display_available() -> bool:
    """Whether Qt has somewhere to draw. Checked before Qt starts, because Qt aborts hard."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch(args: argparse.Namespace | None = None) -> int:
    if not display_available():
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return 2
    from carematch.gui.app import run_app

    return run_app(args)
