"""The enablement panel view: for a meeting, a calm full-screen page in large type for each
goal the person chose (what matters, what was tried, what changed, wins), where the next
steps agreed are written down with who will do them by when. Nothing else is shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.app.panel import add_step, panel_goal
from carematch.gui.accessibility import announce
from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.fit import FlowLayout
from carematch.gui.ops import plain_problem
from carematch.gui.widgets import ReadOnlyText, buddy, button, heading, plain, plain_label
from carematch.journal.enums import GoalStatus
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.journal.service import Journal

LARGE_POINTS = 16.0  # the panel's type: at least this, or the person's own if larger


class PanelGoalsDialog(FormDialog):
    """Which goals the meeting talks about: only these are shown."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Panel meeting"), parent, ok_text=self.tr("&Start the panel view"))
        self.set_purpose(self.tr("Tick the goals to talk about. Nothing else will be shown."))
        self.boxes: list[tuple[QCheckBox, int]] = []
        for goal in journal.list_goals():
            box = QCheckBox(plain(goal.text, 80), self)
            box.setObjectName("panel-goal")
            box.setChecked(goal.status == GoalStatus.ACTIVE)
            self.form.addRow(box)
            self.boxes.append((box, goal.id))
        self.chosen: list[int] = []

    def save(self) -> None:
        self.chosen = [goal_id for box, goal_id in self.boxes if box.isChecked()]
        if not self.chosen:
            raise FieldError(
                self.tr("Tick at least one goal."), self.boxes[0][0] if self.boxes else self.ok
            )


class PanelView(QDialog):
    def __init__(self, journal: Journal, goal_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.goal_ids, self.at = journal, goal_ids, 0
        self.setWindowTitle(self.tr("Panel meeting"))
        self.setAccessibleDescription(
            self.tr(
                "One goal at a time: what matters, what was tried, what changed and wins. "
                "Page Down for the next goal, Page Up for the one before."
            )
        )
        font = self.font()
        larger = max(font.pointSizeF(), LARGE_POINTS) / max(font.pointSizeF(), 1.0)
        font.setPointSizeF(font.pointSizeF() * larger)
        self.setFont(font)
        self.where = plain_label("", self)
        self.where.setAccessibleName(self.tr("Which goal"))
        self.title = heading("", self, 1.3 * larger)
        self.page = ReadOnlyText(self.tr("About this goal"), self)
        self.what = QLineEdit(self)
        what_label = buddy(self.tr("&What will be done:"), self.what, self)
        self.who = QLineEdit(self)
        who_label = buddy(self.tr("W&ho will do it:"), self.who, self)
        self.by = QDateEdit(QDate.currentDate().addDays(14), self)
        self.by.setCalendarPopup(True)
        self.by.setDisplayFormat("d MMMM yyyy")
        by_label = buddy(self.tr("&By when:"), self.by, self)
        self.add_button = button(self.tr("&Add this step"), self)
        self.previous_button = button(self.tr("&Previous goal"), self)
        self.next_button = button(self.tr("&Next goal"), self)
        self.export_button = button(
            self.tr("&Save for the notes…"), self, tip=self.tr("A PDF or web page of these goals")
        )
        self.close_button = button(self.tr("&Close"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Panel status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.where)
        layout.addWidget(self.title)
        layout.addWidget(self.page, 1)
        layout.addWidget(heading(self.tr("A next step"), self, 1.1 * larger))
        form = QGridLayout()
        for row, (label, field) in enumerate(
            ((what_label, self.what), (who_label, self.who), (by_label, self.by))
        ):
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        form.addWidget(self.add_button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.status)
        nav = QWidget(self)
        buttons = FlowLayout(nav, gap=0.5)  # they wrap rather than squeeze in large type
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.previous_button, self.next_button, self.export_button, self.close_button):
            buttons.addWidget(b)
        layout.addWidget(nav)

        self.add_button.clicked.connect(self._add_step)
        self.previous_button.clicked.connect(lambda: self.show_goal(self.at - 1))
        self.next_button.clicked.connect(lambda: self.show_goal(self.at + 1))
        self.export_button.clicked.connect(self._export)
        self.close_button.clicked.connect(self.accept)
        for keys, step in ((QKeySequence.StandardKey.MoveToNextPage, 1),
                           (QKeySequence.StandardKey.MoveToPreviousPage, -1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.show_goal(self.at + s))
        self.show_goal(0)

    def show_goal(self, index: int) -> None:
        if not 0 <= index < len(self.goal_ids):
            return
        self.at = index
        page = panel_goal(self.journal, self.goal_ids[index])
        self.where.setText(
            self.tr("Goal {n} of {total}").format(n=index + 1, total=len(self.goal_ids))
        )
        self.title.setText(plain(page.title, 300))
        self.page.setPlainText(plain(page.as_text(with_title=False)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.goal_ids) - 1)
        announce(self.title, f"{self.where.text()}: {plain(page.title, 300)}")

    def _add_step(self) -> None:
        when = self.by.date()
        try:
            said = add_step(
                self.journal,
                self.goal_ids[self.at],
                self.what.text(),
                self.who.text(),
                when.toPython(),  # type: ignore[arg-type]
            )
        except JournalInputError as exc:
            self.say(str(exc))
            (self.who if "who" in str(exc) else self.what).setFocus()
            return
        self.what.clear()
        self.who.clear()
        self.show_goal(self.at)
        self.say(said)
        self.what.setFocus()

    def _export(self) -> None:
        from carematch.reports.html_report import ReportOptions
        from carematch.reports.writer import ReportError, write_report

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the panel's notes"),
            "Panel meeting.pdf",
            self.tr("PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)"),
        )
        if not path:
            return
        options = ReportOptions(title="Panel meeting: what matters, what helped, what is next")
        options.include_wins = True
        try:
            write_report(self.journal, self.goal_ids, Path(path), options)
        except (ReportError, OSError) as exc:
            self.say(plain_problem(exc) if isinstance(exc, OSError) else str(exc))
            return
        self.say(self.tr("Saved {path}.").format(path=path))

    def say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)
