"""People I support, the supporter's side: join someone's circle from their invite (a reply
file goes back), write them notes (sealed to them), and read what they chose to share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carematch.app import circle
from carematch.circle.files import FILE_ENDING, CircleFileError
from carematch.gui.accessibility import announce
from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.dialogs.circle_dialog import FILES, take_in_chosen
from carematch.gui.widgets import ReadOnlyText, button, heading, plain, plain_label
from carematch.i18n import ngettext

if TYPE_CHECKING:
    from carematch.journal.service import Journal


class NotesDialog(FormDialog):
    """A note, a check-in seen, and an idea, for one person; saved sealed to them."""

    def __init__(self, journal: Journal, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Write notes"), parent, ok_text=self.tr("&Save the notes…"))
        self.set_purpose(self.tr("Only the person you write for can open the file."))
        self.journal, self.person_id = journal, person_id
        person = next(p for p in circle.people(journal) if p.id == person_id)
        summary = circle.summary_of(person)
        self.goal = QComboBox(self)
        self.goal.addItem(self.tr("Any goal (they choose)"), None)
        for g in summary.goals if summary else []:
            self.goal.addItem(plain(g.text, 80), g.uid)
        self.add_row(self.tr("About &which goal:"), self.goal)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.add_row(self.tr("A &note:"), self.note)
        self.seen = QCheckBox(self.tr("I saw how it went: add a check-in as mine"), self)
        self.form.addRow(self.seen)
        self.well = QSpinBox(self)
        self.well.setRange(1, 10)
        self.well.setValue(5)
        self.add_row(self.tr("How &well it went (1 to 10):"), self.well)
        self.happy = QSpinBox(self)
        self.happy.setRange(1, 10)
        self.happy.setValue(5)
        self.add_row(self.tr("How happ&y they were (1 to 10):"), self.happy)
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setDisplayFormat("d MMMM yyyy")
        self.add_row(self.tr("On which &day:"), self.on)
        self.idea = QLineEdit(self)
        self.idea.setPlaceholderText(self.tr("An idea's name, for example: Kettle tipper"))
        self.add_row(self.tr("An &idea to suggest:"), self.idea)
        self.said = ""

    def save(self) -> None:
        goal = self.goal.currentData()
        items: list[dict[str, object]] = []
        if self.note.toPlainText().strip():
            items.append({"type": "note", "goal": goal, "text": self.note.toPlainText()})
        if self.seen.isChecked():
            on: dt.date = self.on.date().toPython()  # type: ignore[assignment]
            items.append(
                {"type": "checkin", "goal": goal, "on": on.isoformat(),
                 "performance": self.well.value(), "satisfaction": self.happy.value()}
            )  # fmt: skip
        if self.idea.text().strip():
            items.append({"type": "idea", "goal": goal, "title": self.idea.text()})
        if not items:
            raise FieldError(self.tr("Write a note, tick the check-in or name an idea."), self.note)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the notes"), f"Notes{FILE_ENDING}", FILES
        )
        if not path:
            raise ValueError(self.tr("Choose where to save the notes."))
        try:
            count = circle.write_notes(self.journal, self.person_id, items, Path(path))
        except ValidationError as exc:
            raise FieldError(
                self.tr("That cannot be sent: {why}.").format(why=exc.errors()[0]["msg"]), self.note
            ) from None
        self.said = ngettext(
            "Saved {n} item. Give the file to them.",
            "Saved {n} items. Give the file to them.",
            count,
        ).format(n=count)


class SupportingDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("People I support"))
        self.setAccessibleDescription(
            self.tr(
                "Join someone's circle from their invite, write them notes, read what they share."
            )
        )
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("People I support"))
        self.join_button = button(
            self.tr("&Join a circle…"), self, tip=self.tr("From an invite file")
        )
        self.notes_button = button(self.tr("&Write them notes…"), self)
        self.take_button = button(self.tr("&Take in their summary…"), self)
        self.summary = ReadOnlyText(self.tr("What they shared"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Status"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("People I support"), self, 1.2))
        layout.addWidget(self.people, 1)
        row = QHBoxLayout()
        for b in (self.join_button, self.notes_button, self.take_button):
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(heading(self.tr("What they shared (to read only)"), self, 1.1))
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.join_button.clicked.connect(self._join)
        self.notes_button.clicked.connect(self._notes)
        self.take_button.clicked.connect(self._take_in)
        self.people.currentItemChanged.connect(self._show)
        self.fill()

    def fill(self) -> None:
        self.people.clear()
        for p in circle.people(self.journal):
            text = self.tr("{name} (they know you as {me})").format(
                name=plain(p.name, 80), me=plain(p.my_name, 80)
            )
            QListWidgetItem(text, self.people).setData(Qt.ItemDataRole.UserRole, p.id)
        if self.people.count():
            self.people.setCurrentRow(0)
        self._show()

    def person_id(self) -> int | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show(self, *_: object) -> None:
        if not self.journal.vault.is_open:
            return  # locked while this was open: it is being closed, nothing to show
        chosen = self.person_id()
        self.notes_button.setEnabled(chosen is not None)
        person = next((p for p in circle.people(self.journal) if p.id == chosen), None)
        summary = circle.summary_of(person) if person is not None else None
        if summary is None:
            self.summary.setPlainText(self.tr("Nothing shared yet."))
            return
        lines = []
        for g in summary.goals:
            lines += [g.text, g.summary] + [f"• {w}" for w in g.wins]
            lines += [
                f"{c.on:%d %b}: how well {c.performance}/10, how happy {c.satisfaction}/10"
                for c in g.checkins[-10:]
            ] + [""]
        self.summary.setPlainText(plain("\n".join(lines)))

    def say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    def _join(self) -> None:
        invite, _filter = QFileDialog.getOpenFileName(self, self.tr("Open the invite"), "", FILES)
        if not invite:
            return
        reply, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save your reply"), f"Reply{FILE_ENDING}", FILES
        )
        if not reply:
            return
        try:  # named as the person named them in the invite
            person, theirs, mine = circle.accept_invite(self.journal, Path(invite), "", Path(reply))
        except CircleFileError as exc:
            self.say(self.tr("Refused, and nothing was changed: {why}").format(why=str(exc)))
            return
        self.fill()
        self.say(
            self.tr(
                "You joined {name}'s circle. Give them the reply. Check the codes together: "
                "theirs is {theirs}, yours is {mine}."
            ).format(name=person.name, theirs=theirs, mine=mine)
        )

    def _notes(self) -> None:
        chosen = self.person_id()
        if chosen is None:
            return
        dialog = NotesDialog(self.journal, chosen, self)
        if dialog.exec():
            self.say(dialog.said)

    def _take_in(self) -> None:
        taken = take_in_chosen(self, self.journal, self.tr("Take in a summary"), self.say)
        if taken is None:
            return
        self.fill()
        self.say(taken.message)
