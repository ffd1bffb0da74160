"""Settings, Reminders: this vault's reminder choices (kept inside the vault) and this
computer's (the tray icon and starting at login)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QSpinBox,
    QSystemTrayIcon,
    QTimeEdit,
    QWidget,
)

from carematch.app import reminders
from carematch.app.autostart import Autostart, AutostartError
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.ops import plain_problem
from carematch.gui.widgets import buddy, button, plain_label
from carematch.journal.inputs import JournalInputError


def _time_box(parent: QWidget) -> QTimeEdit:
    box = QTimeEdit(parent)
    box.setDisplayFormat("HH:mm")
    return box


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


class ReminderSettingsBox(QGroupBox):
    tray_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.context = context
        self.notify = QCheckBox(self.tr("Se&nd me a desktop reminder to check in"), self)
        self.notify.setAccessibleName(self.tr("Send me a desktop reminder to check in"))
        self.at_time = _time_box(self)
        at_label = buddy(self.tr("At this time each day:"), self.at_time, self)
        self.per_day = QSpinBox(self)
        self.per_day.setRange(1, 3)
        per_label = buddy(self.tr("At most this many a day:"), self.per_day, self)
        self.quiet_from = _time_box(self)
        quiet_label = buddy(self.tr("&Quiet hours, from:"), self.quiet_from, self)
        self.quiet_to = _time_box(self)
        to_label = buddy(self.tr("Quiet hours, until:"), self.quiet_to, self)
        self.personal = QCheckBox(
            self.tr("Show my goal's words in reminders (others may see your screen)"), self
        )
        self.personal.setAccessibleName(self.tr("Show my goal's words in reminders"))
        self.on_start = QCheckBox(
            self.tr("Sa&y when a goal has gone quiet, as my journal opens"), self
        )
        self.on_start.setAccessibleName(self.tr("Say when a goal has gone quiet"))
        self.calendar = button(
            self.tr("Save review dates to my calendar…"),
            self,
            tip=self.tr(
                "An .ics file to import into your own calendar. It says only “CareMatch review” "
                "unless you chose to show your goal's words."
            ),
        )
        self.calendar.clicked.connect(self._save_calendar)
        self.vault_note = plain_label("", self)
        self.vault_note.setAccessibleName(self.tr("About reminders"))
        self.tray = QCheckBox(self.tr("Keep CareMatch in the system tray when I close it"), self)
        self.tray.setAccessibleName(self.tr("Keep CareMatch in the system tray"))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.setToolTip(self.tr("This desktop has no system tray, so it cannot be used"))
            self.tray.setAccessibleDescription(self.tray.toolTip())
        self.login = QCheckBox(self.tr("Start CareMatch quietly when I log in"), self)
        self.login.setAccessibleName(self.tr("Start CareMatch quietly when I log in"))
        self.login.setAccessibleDescription(
            self.tr("A journal with a passphrase stays locked until you open it.")
        )
        grid = QGridLayout(self)
        grid.addWidget(self.notify, 0, 0, 1, 2)
        for row, (label, field) in enumerate(
            (
                (at_label, self.at_time),
                (per_label, self.per_day),
                (quiet_label, self.quiet_from),
                (to_label, self.quiet_to),
            ),
            start=1,
        ):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        for row, widget in enumerate(
            (self.personal, self.on_start, self.calendar, self.vault_note, self.tray, self.login),
            start=5,
        ):
            grid.addWidget(widget, row, 0, 1, 2)
        self.vault_fields: tuple[QWidget, ...] = (
            self.notify,
            self.at_time,
            self.per_day,
            self.quiet_from,
            self.quiet_to,
            self.personal,
            self.on_start,
            self.calendar,
        )
        self.tray.setChecked(bool(context.preference("tray", False)))
        self.tray.toggled.connect(self._tray_toggled)
        self.login.toggled.connect(self._login_toggled)
        for box in (self.notify, self.personal, self.on_start):
            box.toggled.connect(self._save)
        for edit in (self.at_time, self.quiet_from, self.quiet_to):
            edit.timeChanged.connect(self._save)
        self.per_day.valueChanged.connect(self._save)
        self._loading = False
        self.refresh()

    def refresh(self) -> None:
        """Show the open vault's choices; with no vault open they cannot be changed."""
        journal = self.context.journal
        self._loading = True
        try:
            prefs = reminders.load_prefs(journal) if journal is not None else None
            for field in self.vault_fields:
                field.setEnabled(prefs is not None)
            if prefs is not None:
                self.notify.setChecked(prefs.notify)
                self.at_time.setTime(_qtime(prefs.at_time))
                self.per_day.setValue(prefs.per_day)
                self.quiet_from.setTime(_qtime(prefs.quiet_from))
                self.quiet_to.setTime(_qtime(prefs.quiet_to))
                self.personal.setChecked(prefs.personal)
                self.on_start.setChecked(prefs.on_start)
            self.vault_note.setText(
                self.tr(
                    "These choices are kept in this journal. Reminders only come while it is "
                    "open and not hidden, and say only “Time for a CareMatch check-in” unless "
                    "you choose to show your goal's words."
                )
                if prefs is not None
                else self.tr("Open a journal to choose its reminders.")
            )
            self.login.setChecked(Autostart().is_enabled())
        finally:
            self._loading = False

    def _save(self, *_: Any) -> None:
        journal = self.context.journal
        if self._loading or journal is None:
            return
        try:
            reminders.save_prefs(
                journal,
                notify=self.notify.isChecked(),
                at_time=self.at_time.time().toString("HH:mm"),
                per_day=self.per_day.value(),
                quiet_from=self.quiet_from.time().toString("HH:mm"),
                quiet_to=self.quiet_to.time().toString("HH:mm"),
                personal=self.personal.isChecked(),
                on_start=self.on_start.isChecked(),
            )
        except JournalInputError as exc:
            self._say(str(exc))

    def _save_calendar(self) -> None:
        journal = self.context.journal
        if journal is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save review dates for your calendar"),
            "CareMatch reviews.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not name:
            return
        try:
            message = reminders.save_calendar(
                journal, Path(name), goal_words=self.personal.isChecked()
            )
        except (JournalInputError, OSError) as exc:
            message = plain_problem(exc) if isinstance(exc, OSError) else str(exc)
        self._say(message)

    def _tray_toggled(self, on: bool) -> None:
        self.context.set_preference("tray", on)
        self.tray_changed.emit()
        if on and not QSystemTrayIcon.isSystemTrayAvailable():
            self._say(self.tr("This desktop has no system tray, so CareMatch closes as usual."))

    def _login_toggled(self, on: bool) -> None:
        if self._loading:
            return
        start = Autostart()
        try:
            if on:
                start.enable()
            else:
                start.disable()
        except AutostartError as exc:
            self._loading = True
            self.login.setChecked(start.is_enabled())
            self._loading = False
            self._say(str(exc))
            return
        self._say(start.describe())

    def _say(self, message: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 10000)
        announce(self, message)
