"""Make a report: pick the goals, whether notes, charts and wins go in, and where to save it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QListWidget, QListWidgetItem, QWidget

from carematch.gui.dialogs.base import FormDialog
from carematch.gui.widgets import ITEM_LIMIT, plain

if TYPE_CHECKING:
    from carematch.journal.service import Journal
    from carematch.reports.html_report import ReportOptions


class ReportDialog(FormDialog):
    def __init__(
        self, journal: Journal, parent: QWidget | None = None, chosen: int | None = None
    ) -> None:
        super().__init__(self.tr("Make a report"), parent, ok_text=self.tr("&Save report…"))
        self.set_purpose(self.tr("Choose what goes into a report you can print or save."))
        self.journal = journal
        self.goals = QListWidget(self)
        for goal in journal.list_goals():
            text = plain(goal.text, ITEM_LIMIT)  # the person's own words: see widgets.plain
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if goal.id == chosen or chosen is None
                else Qt.CheckState.Unchecked
            )
            self.goals.addItem(item)
        self.add_row(self.tr("&Goals to include (Space ticks):"), self.goals)
        self.notes = QCheckBox(self.tr("Include my check-in &notes"), self)
        self.notes.setAccessibleName(self.tr("Include my check-in notes"))
        self.form.addRow(self.notes)
        self.charts = QCheckBox(self.tr("Include &charts"), self)
        self.charts.setAccessibleName(self.tr("Include charts"))
        self.charts.setChecked(True)
        self.form.addRow(self.charts)
        self.wins = QCheckBox(self.tr("Include my &wins"), self)  # off unless the person chooses
        self.wins.setAccessibleName(self.tr("Include my wins"))
        self.form.addRow(self.wins)
        self.goal_ids: list[int] = []
        self.path: Path | None = None
        self.options: ReportOptions | None = None

    def has_typing(self) -> bool:
        return False

    def picked(self) -> list[int]:
        return [
            self.goals.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.goals.count())
            if self.goals.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        """Take the choices and where to save; the report itself is made after, off the UI
        thread (see GoalsPage), so a long PDF never freezes the window."""
        from carematch.reports.html_report import ReportOptions

        goal_ids = self.picked()
        if not goal_ids:
            self.goals.setFocus()
            raise ValueError(self.tr("Tick at least one goal to put in the report."))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            "CareMatch report.pdf",
            self.tr("PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)"),
        )
        if not name:
            raise ValueError(self.tr("Choose where to save the report."))
        self.goal_ids = goal_ids
        self.path = Path(name)
        self.options = ReportOptions(
            include_notes=self.notes.isChecked(),
            include_charts=self.charts.isChecked(),
            include_wins=self.wins.isChecked(),
        )
