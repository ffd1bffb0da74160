"""The interface's language: Qt translators for CareMatch's own words (.qm compiled from
resources/translations/*.ts) and for Qt's (standard buttons, file dialogs), the layout
direction (right to left for Arabic), and the core's words (carematch.i18n) to match.

The choice lives in settings.json ("language"); without one, the computer's language is used
when CareMatch has it, else English.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from carematch import i18n, paths

_installed: list[QTranslator] = []


# Fonts shipped for a language whose script not every computer has a font for (a minimal
# Linux may have none for Arabic); Qt falls back to them for that script's letters.
SCRIPT_FONTS = {"ar": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")}
_fonts_loaded: set[str] = set()


def load_script_font(code: str) -> list[str]:
    """Make the language's bundled font available (once); returns the families added."""
    resources = paths.resources_dir()
    families: list[str] = []
    for name in SCRIPT_FONTS.get(code, ()):
        path = resources / "fonts" / name if resources is not None else None
        if path is None or name in _fonts_loaded or not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _fonts_loaded.add(name)
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def translations_dir() -> Path | None:
    resources = paths.resources_dir()
    folder = resources / "translations" if resources is not None else None
    return folder if folder is not None and folder.is_dir() else None


def system_language() -> str | None:
    return i18n.language_code(QLocale.system().name()) or i18n.from_environment()


def chosen_language(saved: object, *, this_run: bool = True) -> str:
    """`--lang` for this run (unless `this_run` is False: the person has just chosen in
    Settings); else the saved choice if CareMatch has it; else the computer's language; else
    English."""
    for_this_run = i18n.language_code(os.environ.get(i18n.CHOSEN_ENV)) if this_run else None
    if for_this_run:
        return for_this_run
    if isinstance(saved, str) and i18n.language_code(saved):
        return i18n.language_code(saved) or "en"
    return system_language() or "en"


def apply_language(app: QApplication, code: str) -> str:
    """Switch every translator to `code` (installing one sends LanguageChange to every
    widget) and set the layout direction; returns the language now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = i18n.language_code(code) or "en"
    if code != "en":
        folder = translations_dir()
        ours = QTranslator(app)
        if folder is None or not ours.load(f"carematch_{code}", str(folder)):
            code = "en"  # not compiled or not shipped: English, never half a language
        else:
            _installed.append(ours)
            qt_own = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", qt_folder):
                _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    if code in SCRIPT_FONTS:
        load_script_font(code)
    i18n.set_language(code)
    # numbers and dates as the language writes them; English keeps the computer's own
    QLocale.setDefault(QLocale(code) if code != "en" else QLocale.system())
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if i18n.is_right_to_left(code)
        else Qt.LayoutDirection.LeftToRight
    )
    return code
