"""Render the SVG app icon into the formats Windows (.ico) and macOS (.icns) want.

Called by packaging/carematch.spec while building; run by hand with
`python packaging/make_icons.py OUT_DIR`. Uses Qt's own image writers, so no extra tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "io.github.carematch.CareMatch.svg"


def make_icons(out: Path, size: int = 256) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # image plugins need an app
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"The icon {SVG} could not be read.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for suffix, fmt in ((".ico", "ICO"), (".icns", "ICNS"), (".png", "PNG")):
        path = out / f"CareMatch{suffix}"
        if not image.save(str(path), fmt):
            raise SystemExit(f"Qt could not write {path}.")
        written[suffix] = path
    return written


if __name__ == "__main__":
    for path in make_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).values():
        print(path)
