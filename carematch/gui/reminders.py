"""Gentle reminders in the app: the bar that says a goal has gone quiet (with the check-in one
key away), the desktop notification at the person's chosen time, and the optional tray icon.

Reminders only run while a vault is open and unlocked: Hide now (Ctrl+L) closes the vault, so
nothing can be shown or said about it. The rules live in carematch/app/reminders.py.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QMenu, QSystemTrayIcon, QWidget

from carematch.app import reminders
from carematch.gui.accessibility import announce
from carematch.gui.fit import FlowLayout
from carematch.gui.widgets import button, plain_label
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.evidence.reminders import Notice, Quiet
    from carematch.gui.main_window import MainWindow

CHECK_IN_KEY = "Ctrl+J"


class ReminderBar(QFrame):
    """ "You last checked in on … 9 days ago", with check in, snooze, stop and not now."""

    check_in = Signal(int)  # the goal's id
    said = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder-bar")
        self.setAccessibleName(self.tr("Reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.flow = FlowLayout(self, gap=0.5)
        self.message = plain_label("", self)
        self.message.setObjectName("reminder-message")
        self.message.setAccessibleName(self.tr("Reminder"))
        self.check_button = button(
            self.tr("Check in now ({key})").format(key=CHECK_IN_KEY),
            self,
            name=self.tr("Check in now"),
            tip=self.tr("Log how it is going for this goal. Shortcut: Control J."),
        )
        self.check_button.setObjectName("reminder-check-in")
        self.snooze_button = button(self.tr("Remind me tomorrow"), self)
        self.snooze_button.setObjectName("reminder-snooze")
        self.stop_button = button(self.tr("Stop reminding me about this goal"), self)
        self.stop_button.setObjectName("reminder-stop")
        self.later_button = button(self.tr("Not now"), self, tip=self.tr("Hide this reminder"))
        self.later_button.setObjectName("reminder-not-now")
        for w in (
            self.message,
            self.check_button,
            self.snooze_button,
            self.stop_button,
            self.later_button,
        ):
            self.flow.addWidget(w)
        self.check_button.clicked.connect(self._check_in)
        self.later_button.clicked.connect(self.hide)
        self.goal_id: int | None = None
        self.hide()

    def show_quiet(self, quiet: Quiet) -> None:
        self.goal_id = quiet.goal_id
        self.message.setText(quiet.sentence())
        self.setAccessibleDescription(quiet.sentence())
        self.show()

    def _check_in(self) -> None:
        if self.goal_id is not None:
            self.check_in.emit(self.goal_id)


def _escape(text: str) -> str:
    """Notification servers read a little markup in the body: show the words as written."""
    return html.escape(text, quote=False)


class Notifier:
    """Shows a desktop notification: through the tray icon when it is shown, else the desktop's
    own notification service on Linux (notify-send or gdbus), else a passing tray icon."""

    def __init__(self, parent: QObject) -> None:
        self.parent = parent
        self.tray: QSystemTrayIcon | None = None
        self.sent: list[tuple[str, Notice]] = []  # how each was shown (for the app's own record)

    def linux_command(self, notice: Notice) -> list[str] | None:
        body = _escape(notice.body)
        if shutil.which("notify-send"):
            return ["notify-send", "--app-name=CareMatch", notice.title, body]
        if shutil.which("gdbus"):
            return [
                "gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications",
                "--object-path", "/org/freedesktop/Notifications",
                "--method", "org.freedesktop.Notifications.Notify",
                "CareMatch", "0", "", notice.title, body, "[]", "{}", "-1",
            ]  # fmt: skip
        return None

    def send(self, notice: Notice) -> str:
        channel = "in the app"
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(notice.title, notice.body)
            channel = "tray"
        elif sys.platform.startswith("linux"):
            command = self.linux_command(notice)
            if command and QProcess.startDetached(command[0], command[1:])[0]:
                channel = command[0]
        elif QSystemTrayIcon.isSystemTrayAvailable():
            passing = QSystemTrayIcon(QApplication.windowIcon(), self.parent)
            passing.setToolTip("CareMatch")
            passing.show()
            passing.showMessage(notice.title, notice.body)
            QTimer.singleShot(15_000, passing.deleteLater)
            channel = "tray"
        self.sent.append((channel, notice))
        return channel


class Reminders(QObject):
    """Checks once a minute (with the clock it is given) whether a reminder is due."""

    def __init__(
        self,
        window: MainWindow,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        interval_ms: int = 60_000,
    ) -> None:
        super().__init__(window)
        self.window, self.clock = window, clock
        self.context = window.context
        self.bar = ReminderBar(window)
        self.bar.check_in.connect(self.open_check_in)
        self.bar.snooze_button.clicked.connect(self._snooze)
        self.bar.stop_button.clicked.connect(self._stop)
        self.notifier = Notifier(self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        key = QAction(self.tr("Check in now"), window)
        key.setShortcut(QKeySequence(CHECK_IN_KEY))
        key.triggered.connect(self.check_in_key)
        window.addAction(key)
        self.apply_tray()

    # --- what is due ----------------------------------------------------------------------
    def _open(self) -> bool:
        """Only an open, unlocked vault hears reminders."""
        return self.context.journal is not None and not self.window.is_locked()

    def on_vault_opened(self) -> None:
        """ "You last checked in on … N days ago", once, as the vault opens."""
        journal = self.context.journal
        if journal is None:
            return
        QTimer.singleShot(5000, self.check)  # started after the chosen time: remind soon
        quiet = reminders.start_nudge(journal, self.clock().date())
        if quiet is not None:
            self.bar.show_quiet(quiet)
            if self.window.rebuilding:
                return  # a window rebuilt in another language: said already, when it opened
            announce(
                self.bar,
                quiet.sentence() + " " + self.tr("Press Control J to check in now."),
            )

    def on_vault_closed(self) -> None:
        self.bar.hide()
        self.bar.goal_id = None

    def check(self) -> Notice | None:
        """What the timer does: send the reminder due now, if any (at most once)."""
        if not self._open():
            return None
        journal = self.context.journal
        assert journal is not None
        notice = reminders.notice_now(journal, self.clock())
        if notice is None:
            return None
        self.notifier.send(notice)
        quiet = reminders.quiet_now(journal, self.clock().date())
        if quiet:
            self.bar.show_quiet(quiet[0])
        return notice

    # --- the person's answers ---------------------------------------------------------------
    def check_in_key(self) -> None:
        """Ctrl+J: the goal in the reminder, else the goal that has been quiet longest."""
        if not self._open():
            return
        journal = self.context.journal
        assert journal is not None
        goal_id = self.bar.goal_id if self.bar.isVisible() else None
        if goal_id is None:
            quiet = reminders.quiet_now(journal, self.clock().date())
            goal_id = quiet[0].goal_id if quiet else None
        if goal_id is None:
            self.window.statusBar().showMessage(self.tr("No goal is waiting for a check-in."), 8000)
            announce(self.window.statusBar(), self.tr("No goal is waiting for a check-in."))
            return
        self.open_check_in(goal_id)

    def open_check_in(self, goal_id: int) -> None:
        self.show_window()
        self.window.show_page(self.window.goals_page)
        if self.window.goals_page.check_in(goal_id):
            self.bar.hide()

    def _answer(self, action: Callable[[int], str]) -> None:
        goal_id = self.bar.goal_id
        if goal_id is None or not self._open():
            return
        try:
            message = action(goal_id)
        except JournalInputError as exc:
            message = str(exc)
        self.bar.hide()
        self.window.statusBar().showMessage(message, 10000)
        announce(self.window.statusBar(), message)

    def _snooze(self) -> None:
        journal = self.context.journal
        if journal is not None:
            self._answer(lambda g: reminders.snooze(journal, g, self.clock().date()))

    def _stop(self) -> None:
        journal = self.context.journal
        if journal is not None:
            self._answer(lambda g: reminders.stop_reminding(journal, g))

    # --- the tray -------------------------------------------------------------------------
    def tray_wanted(self) -> bool:
        return bool(self.context.preference("tray", False))

    def apply_tray(self) -> None:
        """The tray icon, if the person turned it on and the desktop has a tray."""
        on = self.tray_wanted() and QSystemTrayIcon.isSystemTrayAvailable()
        tray = self.notifier.tray
        if on and tray is None:
            tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            tray.setToolTip(self.tr("CareMatch — check-in reminders"))
            menu = QMenu(self.window)
            menu.setAccessibleName(self.tr("CareMatch"))
            show = menu.addAction(self.tr("Show CareMatch"))
            show.triggered.connect(self.show_window)
            check = menu.addAction(self.tr("Check in now"))
            check.triggered.connect(self.check_in_key)
            hide = menu.addAction(self.tr("Hide now (lock)"))
            hide.triggered.connect(lambda: self.window.lock_now("hide"))
            menu.addSeparator()
            leave = menu.addAction(self.tr("Quit CareMatch"))
            leave.triggered.connect(self.quit)
            tray.setContextMenu(menu)
            tray.activated.connect(self._tray_clicked)
            tray.messageClicked.connect(self.check_in_key)
            self.notifier.tray = tray
            tray.show()
        elif not on and tray is not None:
            tray.hide()
            tray.deleteLater()
            self.notifier.tray = None

    def retire(self) -> None:
        """Quiet for good: the window is being replaced (its successor has its own)."""
        self.timer.stop()
        if self.notifier.tray is not None:
            self.notifier.tray.hide()

    def in_tray(self) -> bool:
        return self.notifier.tray is not None and self.notifier.tray.isVisible()

    def _tray_clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        self.window.quitting = True
        self.window.close()
        QApplication.quit()
