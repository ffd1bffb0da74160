"""Change the interface's language while CareMatch runs, without a restart.

Every page sets its words as it is built, so a new language means a new window: the same open
vault, settings and practitioner's key (a successor AppContext), the catalogue loaded again in
the new language (its Welsh words and thesaurus), and the window put where the old one was,
on the Settings page with the focus back on the language box. The vault is never closed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from carematch import i18n
from carematch.gui.accessibility import announce
from carematch.gui.main_window import MainWindow
from carematch.i18n import LANGUAGES

# A window is on screen (mapped) only some moments after show(); activated before that, a
# desktop without a window manager (and some with one) leaves the keyboard nowhere.
SETTLE_MS = 200


def switch_language(window: MainWindow) -> MainWindow:
    """Rebuild `window` in the language chosen in Settings; returns the window now shown."""
    from carematch.gui.i18n import apply_language, chosen_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_context = window.context
    # the choice made in Settings now wins over `--lang` for the rest of this run
    os.environ.pop(i18n.CHOSEN_ENV, None)
    code = apply_language(app, chosen_language(old_context.settings.language))
    context = old_context.successor()
    new = MainWindow(context)
    new.setGeometry(window.geometry())
    new.apply_display()  # and grown if the new words need more room
    if context.vault is not None:
        new.rebuilding = True  # the pages fill in, as when the vault opened, but quietly
        context.vault_opened.emit()
        new.rebuilding = False
        if not window.reminders.bar.isVisible():
            new.reminders.bar.hide()  # a reminder put away stays away
    new.set_loading("catalogue", True)
    context.load_catalogue()
    if window.isMaximized():
        new.showMaximized()
    elif window.isVisible():
        new.show()
    new.show_page(new.settings_page)
    new.settings_page.language.setFocus(Qt.FocusReason.OtherFocusReason)
    message = QCoreApplication.translate("SettingsPage", "CareMatch is now in {language}.").format(
        language=LANGUAGES[code]
    )
    new.settings_page.status.setText(message)
    window.reminders.retire()
    window.hide()
    window.deleteLater()
    old_context.deleteLater()

    def settled() -> None:
        """Once the new window is on screen it takes the keyboard: a screen reader says the
        page and the language box, in the new language."""
        new.raise_()
        new.activateWindow()
        new.settings_page.language.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(new.settings_page.status, message)

    QTimer.singleShot(SETTLE_MS, new, settled)
    return new
