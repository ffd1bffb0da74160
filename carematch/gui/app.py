"""Start the Qt application: theme, catalogue loading off the UI thread, the vault flow."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from carematch import APP_ID, APP_NAME, __version__, paths
from carematch.gui.accessibility import install_screen_reader_fixes
from carematch.gui.collector import UiThreadCollector
from carematch.gui.context import AppContext
from carematch.gui.main_window import MainWindow


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if app.findChild(UiThreadCollector) is None:
        UiThreadCollector(app)  # the garbage collector never runs on a worker thread
    install_screen_reader_fixes(app)
    resources = paths.resources_dir()
    if resources is not None and (resources / f"{APP_ID}.svg").is_file():
        app.setWindowIcon(QIcon(str(resources / f"{APP_ID}.svg")))
    return app


def build_window(context: AppContext | None = None) -> MainWindow:
    from carematch.gui.i18n import apply_language, chosen_language

    context = context or AppContext()
    app = QApplication.instance()
    if isinstance(app, QApplication):  # the words are translated as the window is made
        apply_language(app, chosen_language(context.settings.language))
    window = MainWindow(context)
    window.apply_display()
    return window


def run_app(args: argparse.Namespace | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)
    app = make_app()
    app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(10_000))
    context = AppContext()
    window = build_window(context)
    background = bool(getattr(args, "background", False))
    if not background:
        window.show()
    elif not window.reminders.in_tray():
        window.showMinimized()  # no tray here: a window in the task bar, not in the way
    vault_name = getattr(args, "vault", None) if args is not None else None

    def after_first_paint() -> None:
        # Background loading starts once the window has been drawn, so it appears at once.
        window.set_loading("catalogue", True)
        context.load_catalogue()
        window.start(vault_name, background=background)

    QTimer.singleShot(50, after_first_paint)
    if os.environ.get("CAREMATCH_REPORT_READY"):
        _report_when_usable(context, window)
    return int(app.exec())


def _report_when_usable(context: AppContext, window: MainWindow) -> None:
    """For the start-up benchmark: print 'ready' when the window takes input
    (CAREMATCH_REPORT_READY=window) or when the catalogue and the vault are both loaded
    (=loaded). Prints nothing a person wrote."""
    mode = os.environ.get("CAREMATCH_REPORT_READY")

    def check() -> None:
        loaded = context.matcher is not None and context.vault is not None
        if window.isVisible() and (mode == "window" or loaded):
            print("ready", flush=True)
            if os.environ.get("CAREMATCH_QUIT_WHEN_READY"):
                QTimer.singleShot(300, QApplication.quit)
            return
        QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
