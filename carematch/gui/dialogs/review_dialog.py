"""Reviews due: for each experiment whose review date has come, what the check-ins show in
plain words, then keep it, change something and try again, or stop, with an optional note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.app.review import decide, keep_as_adaptation, try_without
from carematch.evidence.goal_evidence import gather
from carematch.evidence.review import ReviewDue, due_reviews
from carematch.evidence.without import DAY_CHOICES
from carematch.gui.accessibility import announce
from carematch.gui.chart import ProgressChart
from carematch.gui.widgets import ReadOnlyText, buddy, button, day_text, heading, plain, plain_label
from carematch.i18n import ngettext
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
        self.due.setWordWrap(True)
        self.evidence = ReadOnlyText(self.tr("What your check-ins show"), self)
        self.chart = ProgressChart(self)  # the goal's check-ins, with this idea's start marked
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("A note about your decision"))
        note_label = buddy(self.tr("A &note, if you like:"), self.note, self)
        self.keep_button = button(self.tr("&Keep it"), self)
        self.change_button = button(self.tr("&Change something and try again"), self)
        self.stop_button = button(self.tr("&Stop"), self)
        self.without_days = QComboBox(self)
        for days in DAY_CHOICES:
            self.without_days.addItem(ngettext("{n} day", "{n} days", days).format(n=days), days)
        self.without_days.setAccessibleName(self.tr("How many days without it"))
        self.without_button = button(
            self.tr("Try &without it for"),
            self,
            tip=self.tr("A few days without the idea shows whether it really helps"),
        )
        self.adapt_button = button(
            self.tr("Make the kept idea my &adaptation"),
            self,
            tip=self.tr("Keep it with your own adaptations, ready to share as a recipe"),
        )
        self.adapt_button.hide()
        self.kept_id: int | None = None
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Review status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        for b in (self.keep_button, self.change_button, self.stop_button):
            row.addWidget(b)
        row.addStretch(1)
        trial = QHBoxLayout()
        trial.addWidget(self.without_button)
        trial.addWidget(self.without_days)
        trial.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reviews due"), self, 1.2))
        layout.addWidget(self.due, 1)
        layout.addWidget(self.evidence, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addLayout(trial)
        layout.addWidget(self.status)
        layout.addWidget(self.adapt_button)
        layout.addWidget(buttons)
        self.keep_button.clicked.connect(lambda: self._decide("keep"))
        self.change_button.clicked.connect(lambda: self._decide("change"))
        self.stop_button.clicked.connect(lambda: self._decide("stop"))
        self.without_button.clicked.connect(self._try_without)
        self.adapt_button.clicked.connect(self._adapt)
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
                day=day_text(review.review_on, "dd MMMM"),
            )
            item = QListWidgetItem(text, self.due)
            item.setData(Qt.ItemDataRole.UserRole, review.experiment_id)
        for b in (
            self.keep_button,
            self.change_button,
            self.stop_button,
            self.without_button,
            self.without_days,
        ):
            b.setEnabled(bool(self.reviews))
        if self.reviews:
            self.due.setCurrentRow(0)
        else:
            self.evidence.setPlainText(self.tr("Nothing to review today."))
            self.chart.show_evidence(None)

    def _show(self, *_: object) -> None:
        if not self.journal.vault.is_open:
            return  # locked while this was open: it is being closed, nothing to show
        row = self.due.currentRow()
        if 0 <= row < len(self.reviews):
            review = self.reviews[row]
            self.evidence.setPlainText(plain(review.sentences))
            goal = self.journal.get_goal(review.goal_id)
            self.chart.show_evidence(
                gather(self.journal, goal, experiments=[review.evidence.experiment])
            )

    def _decide(self, decision: str) -> None:
        row = self.due.currentRow()
        if not 0 <= row < len(self.reviews):
            return
        chosen = self.reviews[row].experiment_id
        done = self._run(
            lambda: (
                decide(
                    self.journal, chosen, decision, note=self.note.toPlainText(), today=self.today
                ).message
            )
        )
        if done:
            self.note.clear()
            self.kept_id = chosen if decision == "keep" else None
            self.adapt_button.setVisible(self.kept_id is not None)

    def _try_without(self) -> None:
        row = self.due.currentRow()
        if 0 <= row < len(self.reviews):
            chosen, days = self.reviews[row].experiment_id, int(self.without_days.currentData())
            self._run(lambda: try_without(self.journal, chosen, days, today=self.today).message)

    def _adapt(self) -> None:
        kept = self.kept_id
        if kept is None:
            return

        def make() -> str:
            made = keep_as_adaptation(self.journal, kept)
            return self.tr(
                "“{title}” is now one of your adaptations (My goals, Adaptations), "
                "ready to share as a recipe."
            ).format(title=plain(made.title, 80))

        if self._run(make):
            self.kept_id = None
            self.adapt_button.hide()

    def _run(self, action: Callable[[], str]) -> bool:
        """Do one thing, then say what happened; a problem is said and changes nothing."""
        try:
            message = action()
        except JournalInputError as exc:  # changed elsewhere meanwhile: say so, keep the note
            message, done = str(exc), False
        else:
            done = True
        self.fill()
        self.status.setText(message)
        announce(self.status, message)
        return done
