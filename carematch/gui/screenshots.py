"""Write PNG screenshots of every page at 100% and 200% text and in high contrast, and of Find
ideas before a goal is typed (the guided questions).

Uses a demo vault in a temporary data root, so no real journal is ever photographed.
Run: carematch screenshots --out DIR   (works offscreen or under Xvfb)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

VARIANTS = (("100", 100, False), ("200", 200, False), ("contrast", 100, True))


def write_screenshots(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        previous = os.environ.get("CAREMATCH_HOME")
        os.environ["CAREMATCH_HOME"] = tmp
        try:
            written = _take(out)
        finally:
            if previous is None:
                os.environ.pop("CAREMATCH_HOME", None)
            else:
                os.environ["CAREMATCH_HOME"] = previous
    return written


def _settle(app: QApplication) -> None:
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(5000)
        app.processEvents()


def _take(out: Path) -> list[Path]:
    from carematch.gui.app import build_window, make_app
    from carematch.gui.context import AppContext
    from carematch.gui.theme import apply_theme
    from carematch.journal.demo import fill_demo
    from carematch.journal.service import Journal
    from carematch.vault import create_vault

    vault, _ = create_vault("Demo", None)
    with vault:
        fill_demo(Journal(vault))
    app = make_app()
    context = AppContext()
    window = build_window(context)
    context.load_catalogue_now()
    window.open_named_vault("Demo")
    window.resize(1200, 820)
    window.show()
    _settle(app)
    written = []
    for label, size, contrast in VARIANTS:  # Find ideas before a goal: the questions
        apply_theme(app, text_size=size, high_contrast=contrast)
        window.resize(*((1500, 1000) if size > 100 else (1200, 820)))
        _settle(app)
        path = out / f"start-{label}.png"
        window.grab().save(str(path))
        written.append(path)
    apply_theme(app, text_size=100)
    window.resize(1200, 820)
    window.find_page.goal_box.setText("I can't lift a full kettle to make a brew")
    window.find_page.search_now()
    _settle(app)
    names = ("find", "goals", "catalogue", "settings")
    for label, size, contrast in VARIANTS:
        apply_theme(app, text_size=size, high_contrast=contrast)
        if size > 100:
            window.resize(1500, 1000)
        for index, name in enumerate(names):
            window.tabs.setCurrentIndex(index)
            _settle(app)
            path = out / f"{name}-{label}.png"
            window.grab().save(str(path))
            written.append(path)
    apply_theme(app, text_size=100)
    context.close_vault()
    window.close()
    return written
