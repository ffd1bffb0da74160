"""Quick hide and auto-lock: the vault locks, nothing personal stays on screen, and getting
back in asks for the passphrase when the vault has one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.dialogs.journal_forms import CheckInDialog
from carematch.gui.dialogs.vault_dialogs import UnlockDialog
from carematch.journal.service import Journal
from carematch.vault import create_vault

from .conftest import ROOT
from .gui_helpers import demo_window, when_modal

MARKER = "Zebrafinch-7731 private goal"
PASSPHRASE = "correct horse battery"
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A left click where a person clicks: on a tick box's box, else the button's middle."""
    assert widget.isVisible() and widget.isEnabled()
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else QPoint()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def visible_texts(window: QWidget) -> list[str]:
    """Every piece of text a sighted person or a screen reader could get from the window."""
    texts = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
            texts += [w.item(i).toolTip() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            texts += [
                w.item(r, c).text()
                for r in range(w.rowCount())
                for c in range(w.columnCount())
                if w.item(r, c)
            ]
    return texts


def leaks(window: QWidget, marker: str = "Zebrafinch") -> list[str]:
    return [t for t in visible_texts(window) if marker in t]


def protected_window(qtbot):
    vault, _ = create_vault("Mine", PASSPHRASE)
    with vault:
        journal = Journal(vault)
        goal = journal.add_goal(MARKER, why="Zebrafinch reasons")
        journal.add_checkin(goal.id, 4, 5, note="Zebrafinch note")
    make_app()
    window = build_window(AppContext())
    qtbot.addWidget(window)
    window.context.load_catalogue_now()

    def unlock(dialog):
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    when_modal(unlock)
    assert window.open_named_vault("Mine")
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.goals_page)
    qtbot.waitUntil(lambda: bool(leaks(window)))  # the test goal is on screen before hiding
    return window


def test_hide_button_and_shortcut_lock_and_clear_everything(qtbot, data_root):
    window = demo_window(qtbot)
    qtbot.keyClicks(window.find_page.goal_box, MARKER + " make a brew")
    qtbot.waitUntil(lambda: window.find_page.results.count() > 0)
    assert window.hide_button.isVisible() and window.hide_button.accessibleName() == "Hide now"
    window.find_page.goal_box.setFocus()
    qtbot.keyClick(window.find_page.goal_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert window.context.vault is None and window.context.journal is None
    assert leaks(window) == []
    assert window.windowTitle() == "CareMatch"
    assert window.goals_page.goals.count() == 0
    assert window.find_page.results.count() == 0
    # the goal box's undo history went with its text
    window.find_page.goal_box.undo()
    assert window.find_page.goal_box.text() == ""
    # Ctrl+1..4 cannot reach the pages while locked
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)
    assert window.is_locked()
    # an unprotected vault opens again without a question
    press(qtbot, window.locked_screen.unlock_button)
    assert not window.is_locked()
    assert window.context.vault is not None and window.goals_page.goals.count() > 0
    press(qtbot, window.hide_button)
    assert window.is_locked()


def test_unlocking_a_protected_vault_asks_for_the_passphrase(qtbot, data_root):
    window = protected_window(qtbot)
    press(qtbot, window.hide_button)
    assert window.is_locked() and leaks(window) == []

    seen = []

    def cancel(dialog):
        seen.append(type(dialog))
        press(qtbot, dialog.cancel)

    when_modal(cancel)
    press(qtbot, window.locked_screen.unlock_button)
    assert seen == [UnlockDialog]
    assert window.is_locked() and window.context.vault is None

    def wrong_then_right(dialog):
        qtbot.keyClicks(dialog.passphrase, "not it at all")
        press(qtbot, dialog.ok)
        assert dialog.isVisible() and "does not open" in dialog.error.text()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)  # the wrong one is selected: typed over
        press(qtbot, dialog.ok)

    when_modal(wrong_then_right)
    press(qtbot, window.locked_screen.unlock_button)
    assert not window.is_locked()
    assert window.context.vault is not None
    window.show_page(window.goals_page)
    assert leaks(window)
    window.context.close_vault()


def test_hiding_closes_an_open_dialog_without_saving(qtbot, data_root):
    window = protected_window(qtbot)
    journal = window.context.journal
    dialog = CheckInDialog(journal, journal.list_goals()[0], window)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.note.setPlainText("Zebrafinch unsent note")
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked() and not dialog.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert leaks(window) == []
    assert all(
        not w.isVisible() or w is window for w in QApplication.topLevelWidgets() if w.isWindow()
    )


def test_auto_lock_defaults_follow_the_passphrase_and_can_be_changed(qtbot, data_root):
    window = protected_window(qtbot)
    assert window.idle.limit_seconds == 15 * 60
    assert window.settings_page.auto_lock.currentText() == "15 minutes"
    window.context.close_vault()
    plain = demo_window(qtbot, name="Open")
    assert plain.idle.limit_seconds == 0
    assert plain.settings_page.auto_lock.currentText() == "Never"
    combo = plain.settings_page.auto_lock
    plain.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is plain)
    qtbot.keyClick(QApplication.focusWidget() or plain, Qt.Key.Key_4, CTRL)  # Settings
    qtbot.waitUntil(lambda: plain.tabs.currentIndex() == 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)  # "&Lock after…"
    while combo.currentData() != 5:  # "Never", "1 minute", "5 minutes"
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: plain.context.preference("auto_lock") == 5)
    assert plain.idle.limit_seconds == 5 * 60
    plain.context.close_vault()


def test_auto_lock_after_idle_time_and_input_keeps_it_open(qtbot, data_root):
    window = protected_window(qtbot)
    window.idle.set_check_interval(20)
    window.idle.set_limit(0.6)
    for _ in range(6):  # keep typing for longer than the limit: it stays open
        qtbot.wait(150)
        qtbot.keyClick(window.find_page.goal_box, Qt.Key.Key_A)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert window.context.vault is None and leaks(window) == []
    assert "not used for a while" in window.locked_screen.message.text()


def test_screen_lock_signal_locks_unless_turned_off(qtbot, data_root):
    window = protected_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)  # Settings
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 3)
    tick = window.settings_page.lock_on_screen
    window.settings_scroll.ensureWidgetVisible(tick)
    assert tick.isChecked() and tick.isVisible()
    press(qtbot, tick)
    assert not tick.isChecked()
    window.screen_watch.screen_saver(True)  # what the desktop sends when its screen locks
    assert not window.is_locked()
    press(qtbot, tick)
    assert tick.isChecked()
    window.screen_watch.screen_saver(False)  # the screen saver ending does nothing
    assert not window.is_locked()
    window.screen_watch.prepare_for_sleep(True)
    assert window.is_locked()
    assert "screen locked" in window.locked_screen.message.text()


def test_locked_screen_passes_the_audit(qtbot, data_root):
    from carematch.gui.accessibility import audit

    window = demo_window(qtbot)
    window.lock_now()
    report = audit(window, page_roots=[window.locked_screen])
    assert report.ok and report.checked >= 1, str(report)


def test_desktop_screen_saver_signal_over_dbus_locks_the_vault(data_root):
    """A real session bus, and the signal a desktop sends when its screen locks."""
    missing = [t for t in ("dbus-run-session", "dbus-send") if shutil.which(t) is None]
    if missing:
        message = f"{', '.join(missing)} not installed (Debian package dbus)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    run = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-m", "tests.helpers.screen_lock_probe"],
        cwd=ROOT,
        env={**os.environ, "CAREMATCH_HOME": str(data_root), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "locked by the screen saver signal" in run.stdout
