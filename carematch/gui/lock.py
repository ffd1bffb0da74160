"""Locking the journal out of sight: the neutral locked screen, idle auto-lock, and screen-lock
and sleep signals from the system.

Quick hide and auto-lock both end in MainWindow.lock_now; this module only decides *when*.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from carematch.gui.widgets import button, heading, plain_label

# Minutes a person can choose; 0 is "never". The default is 15 when the vault has a
# passphrase and never when it has none (locking an unprotected vault only hides it).
AUTO_LOCK_CHOICES = (0, 1, 5, 15, 60)
DEFAULT_PROTECTED_MINUTES = 15
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.Shortcut,
}


def auto_lock_minutes(preference: object, protected: bool) -> int:
    """The chosen idle time, or the default for this vault when none was chosen."""
    if isinstance(preference, int) and preference in AUTO_LOCK_CHOICES:
        return preference
    return DEFAULT_PROTECTED_MINUTES if protected else 0


class LockedScreen(QWidget):
    """What shows while the journal is locked: nothing personal, one way back in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locked-screen")
        self.title = heading(self.tr("CareMatch is locked"), self)
        self.message = plain_label(self.tr("Nothing is shown while it is locked."), self)
        self.message.setAccessibleName(self.tr("Lock status"))
        self.unlock_button = button(self.tr("&Unlock…"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.message):
            # Full width and centred text: a wrapped label squeezed to its centre would clip.
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


HIDE_KEY = QKeySequence("Ctrl+L")


class IdleWatcher(QObject):
    """Watches the app's input: emits `idle` once after the chosen time without keyboard,
    mouse or touch input, and `hide_key` for the quick-hide shortcut, which works in every
    window, open dialogs included (a plain shortcut would not fire behind a modal dialog)."""

    idle = Signal()
    hide_key = Signal()

    def __init__(self, parent: QObject | None = None, *, check_ms: int = 5000) -> None:
        super().__init__(parent)
        self.limit_seconds = 0.0
        self._last_input = time.monotonic()
        self._fired = False
        self._timer = QTimer(self, interval=check_ms)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_limit(minutes * 60.0)

    def set_limit(self, seconds: float) -> None:
        self.limit_seconds = max(0.0, seconds)
        self.touch()
        if self.limit_seconds:
            self._timer.start()
        else:
            self._timer.stop()

    def set_check_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def touch(self) -> None:
        self._last_input = time.monotonic()
        self._fired = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.touch()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == HIDE_KEY
        ):
            self.hide_key.emit()
            return True  # consumed where it first arrives, so it fires once
        return False

    def _check(self) -> None:
        if not self.limit_seconds or self._fired:
            return
        if time.monotonic() - self._last_input >= self.limit_seconds:
            self._fired = True
            self.idle.emit()


class ScreenLockWatcher(QObject):
    """Emits `locked` when the computer's screen locks or it goes to sleep, where we can tell.

    Linux: the desktop's screen saver (org.freedesktop.ScreenSaver and GNOME's) and logind's
    PrepareForSleep, over D-Bus (local messages on this computer, not a network). Elsewhere:
    Qt's application state when the system suspends the app.
    """

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)
        if sys.platform.startswith("linux"):
            self._listen_dbus()

    def _listen_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus: the idle timer still locks
            return
        wanted = [
            (
                QDBusConnection.sessionBus(),
                service,
                f"/{service.replace('.', '/')}",
                service,
                "ActiveChanged",
                "screen_saver(bool)",
            )
            for service in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
        ]
        wanted.append(
            (
                QDBusConnection.systemBus(),
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "prepare_for_sleep(bool)",
            )
        )
        for bus, service, path, interface, signal, slot in wanted:
            if not bus.isConnected():
                continue
            try:
                # Any sender: screen savers often send from a unique name, not the service's.
                ok = bus.connect("", path, interface, signal, self, SLOT(slot))  # type: ignore[call-overload]
            except (TypeError, ValueError):  # a binding that differs: never stop the app
                ok = False
            if ok:
                self.listening.append(service)

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.locked.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.locked.emit()
