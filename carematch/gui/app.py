"""The Qt application. For now a placeholder window that loads the catalogue."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from carematch import APP_NAME, __version__
from carematch.catalogue import VocabularyError, load_catalogue


class PlaceholderWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CareMatch"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Welcome to CareMatch"), body)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setAccessibleName(self.tr("Welcome to CareMatch"))
        try:
            cat = load_catalogue()
            text = self.tr("The catalogue has {n} ideas. Nothing here uses the internet.").format(
                n=len(cat)
            )
            if cat.problems:
                text += "\n" + cat.skipped_summary()
        except (VocabularyError, FileNotFoundError) as exc:
            text = self.tr("The catalogue could not be loaded: {e}").format(e=exc)
        self.status = QLabel(text, body)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        self.setCentralWidget(body)
        self.resize(640, 400)


def run_app(args: argparse.Namespace | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = PlaceholderWindow()
    window.show()
    return int(app.exec())
