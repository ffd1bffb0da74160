"""Reviews due: for each experiment whose review date has come, what the check-ins show in
plain words, then keep it, change something and try again, or stop, with an optional note."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.app.review import decide
from carematch.evidence.review import ReviewDue, due_reviews
from carematch.gui.accessibility import announce
from carematch.gui.widgets import ReadOnlyText, buddy, button, heading, plain, plain_label
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.journal.service import Journal


class ReviewDialog(QDialog):
    def __init__(
        self, journal: Journal, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Reviews due"))
        self.setAccessibleDescription(
            self.tr("Each idea you set out to try until today: keep it, change it, or stop.")
        )
        self.due = QListWidget(self)
        self.due.setAccessibleName(self.tr("Experiments to review"))
        self.evidence = ReadOnlyText(self.tr("What your check-ins show"), self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("A note about your decision"))
        note_label = buddy(self.tr("A &note, if you like:"), self.note, self)
        self.keep_button = button(self.tr("&Keep it"), self)
        self.change_button = button(self.tr("&Change something and try again"), self)
        self.stop_button = button(self.tr("&Stop"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Review status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        for b in (self.keep_button, self.change_button, self.stop_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reviews due"), self, 1.2))
        layout.addWidget(self.due, 1)
        layout.addWidget(self.evidence, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.keep_button.clicked.connect(lambda: self._decide("keep"))
        self.change_button.clicked.connect(lambda: self._decide("change"))
        self.stop_button.clicked.connect(lambda: self._decide("stop"))
        self.due.currentItemChanged.connect(self._show)
        self.reviews: list[ReviewDue] = []
        self.fill()

    def fill(self) -> None:
        self.reviews = due_reviews(self.journal, self.today)
        self.due.clear()
        for review in self.reviews:
            text = self.tr("{title}, for “{goal}” (review on {day})").format(
                title=plain(review.title, 80),
                goal=plain(review.goal, 80),
                day=review.review_on.strftime("%d %B"),
            )
            item = QListWidgetItem(text, self.due)
            item.setData(Qt.ItemDataRole.UserRole, review.experiment_id)
        for b in (self.keep_button, self.change_button, self.stop_button):
            b.setEnabled(bool(self.reviews))
        if self.reviews:
            self.due.setCurrentRow(0)
        else:
            self.evidence.setPlainText(self.tr("Nothing to review today."))

    def _show(self, *_: object) -> None:
        row = self.due.currentRow()
        if 0 <= row < len(self.reviews):
            self.evidence.setPlainText(plain(self.reviews[row].evidence.sentence))

    def _decide(self, decision: str) -> None:
        row = self.due.currentRow()
        if not 0 <= row < len(self.reviews):
            return
        try:
            outcome = decide(
                self.journal,
                self.reviews[row].experiment_id,
                decision,
                note=self.note.toPlainText(),
                today=self.today,
            )
        except JournalInputError as exc:  # changed elsewhere meanwhile: say so, keep the note
            self.status.setText(str(exc))
            announce(self.status, str(exc))
            self.fill()
            return
        self.note.clear()
        self.fill()
        self.status.setText(outcome.message)
        announce(self.status, outcome.message)
