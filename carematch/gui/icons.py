"""Icons for kinds of idea and areas of life, from the Font Awesome 6 (solid) icon font that
QtAwesome ships for Qt apps.

The font and its map of names are read straight from the qtawesome package's folder, without
importing qtawesome: its Qt shim imports every Qt module and costs about 150 ms, where loading
one font costs a few. Icons are drawn in the palette's text colour, so they follow high
contrast, and an icon never carries meaning alone: the words beside it always say the same.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap

FONT_GLOB = "fontawesome6-solid-webfont-*.ttf"  # the version in the name changes with qtawesome
CHARMAP_GLOB = "fontawesome6-solid-webfont-charmap-*.json"

KIND_ICONS = {
    "specialist": "screwdriver-wrench",
    "mainstream": "cart-shopping",
    "builtin": "mobile-screen",
    "diy": "scissors",
    "technique": "lightbulb",
    "service": "handshake-angle",
}
AREA_ICONS = {
    "body-and-health": "heart-pulse",
    "children-and-families": "baby",
    "dressing-and-personal-care": "shirt",
    "handling-and-reaching": "hand",
    "hearing": "ear-listen",
    "home-and-safety": "house",
    "intimacy-and-relationships": "heart",
    "kitchen-and-eating": "utensils",
    "memory-and-routine": "clock",
    "mood-and-wellbeing": "face-smile",
    "out-and-about": "bus",
    "pets-and-animals": "paw",
    "seeing-and-reading": "eye",
    "speaking-and-computers": "comments",
    "walking-and-mobility": "person-walking-with-cane",
    "washing-and-toilet": "shower",
    "work-and-leisure": "briefcase",
}
# The guided questions' areas of life (catalogue/guide.toml), and their two extra choices.
GUIDE_ICONS = {
    "food-and-drink": "utensils",
    "washing-and-dressing": "shower",
    "at-home": "house",
    "getting-about": "person-walking-with-cane",
    "hands-and-reaching": "hand",
    "seeing-hearing-talking": "comments",
    "health-and-routine": "clock",
    "work-and-free-time": "briefcase",
    "not-sure": "circle-question",
    "something-else": "pen",
}
OTHER = "circle-info"


def fonts_dir() -> Path | None:
    """qtawesome's fonts folder: inside the bundle, or where pip installed the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")  # finds it without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


class IconFont:
    """The icon font, loaded once; `None` from `get()` when it is missing (words still show)."""

    _loaded: IconFont | None = None
    _tried = False

    def __init__(self, family: str, charmap: dict[str, str]) -> None:
        self.family = family
        self.charmap = charmap
        self._cache: dict[tuple[str, str, int], QIcon] = {}

    @classmethod
    def get(cls) -> IconFont | None:
        if not cls._tried:
            cls._tried = True
            cls._loaded = cls._load()
        return cls._loaded

    @staticmethod
    def _load() -> IconFont | None:
        folder = fonts_dir()
        fonts = sorted(folder.glob(FONT_GLOB)) if folder and folder.is_dir() else []
        charmaps = sorted(folder.glob(CHARMAP_GLOB)) if folder and folder.is_dir() else []
        if not fonts or not charmaps:
            return None
        try:
            charmap = json.loads(charmaps[-1].read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        font_id = QFontDatabase.addApplicationFont(str(fonts[-1]))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families or not isinstance(charmap, dict):
            return None
        return IconFont(families[0], {str(k): str(v) for k, v in charmap.items()})

    def icon(self, name: str, colour: QColor, size: int = 32) -> QIcon:
        key = (name, colour.name(), size)
        if key not in self._cache:
            self._cache[key] = QIcon(self.pixmap(name, colour, size))
        return self._cache[key]

    def pixmap(self, name: str, colour: QColor, size: int) -> QPixmap:
        glyph = chr(int(self.charmap.get(name, self.charmap.get(OTHER, "f05a")), 16))
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont(self.family)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        font.setPixelSize(int(size * 0.82))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        return pixmap


def kind_icon(kind: str, colour: QColor, size: int = 32) -> QIcon:
    font = IconFont.get()
    return font.icon(KIND_ICONS.get(kind, OTHER), colour, size) if font else QIcon()


def area_icon(area: str, colour: QColor, size: int = 32) -> QIcon:
    font = IconFont.get()
    return font.icon(AREA_ICONS.get(area, OTHER), colour, size) if font else QIcon()


def guide_icon(choice: str, colour: QColor, selected: QColor, size: int = 32) -> QIcon:
    """An icon for an area of life in the guided questions, drawn in the selected text colour
    when its row is chosen; none for a choice without one."""
    font = IconFont.get()
    name = GUIDE_ICONS.get(choice)
    if font is None or name is None:
        return QIcon()
    icon = QIcon(font.pixmap(name, colour, size))
    icon.addPixmap(font.pixmap(name, selected, size), QIcon.Mode.Selected)
    return icon
