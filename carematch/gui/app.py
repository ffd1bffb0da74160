"""Start the Qt application: theme, catalogue loading off the UI thread, the vault flow."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from carematch import APP_NAME, __version__
from carematch.gui.context import AppContext
from carematch.gui.main_window import MainWindow


def make_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.carematch.CareMatch")
    return app


def build_window(context: AppContext | None = None) -> MainWindow:
    context = context or AppContext()
    window = MainWindow(context)
    window.apply_display()
    return window


def run_app(args: argparse.Namespace | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)
    app = make_app()
    context = AppContext()
    window = build_window(context)
    window.show()
    context.load_catalogue()
    vault_name = getattr(args, "vault", None) if args is not None else None
    QTimer.singleShot(0, lambda: window.start(vault_name))
    return int(app.exec())
