"""Outcomes for the service: the figures in a real table, a chart of each (its values also
in the chart's description), and the pooled CSV saved where the practitioner chooses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import announce
from carematch.gui.ops import plain_problem
from carematch.gui.widgets import button, fit_to_screen, heading, plain, plain_label
from carematch.i18n import _, ngettext
from carematch.reports.bar_svg import bar_chart_svg

if TYPE_CHECKING:
    from carematch.app.outcomes import CaseloadOutcomes


class OutcomesDialog(QDialog):
    def __init__(self, found: CaseloadOutcomes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Outcomes across your caseload"))
        self.setAccessibleDescription(
            self.tr("What your clients achieved: a table of figures, then a chart of each.")
        )
        lines = found.lines()
        self.table = QTableWidget(len(lines), 2, self)
        self.table.setAccessibleName(self.tr("Outcome figures"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Figure")])
        for r, (label, value) in enumerate(lines):
            self.table.setItem(r, 0, QTableWidgetItem(_(label)))
            self.table.setItem(r, 1, QTableWidgetItem(plain(value, 500)))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        charts = QWidget(self)
        chart_layout = QVBoxLayout(charts)
        palette = self.palette()
        fore = palette.color(QPalette.ColorRole.WindowText).name()
        back = palette.color(QPalette.ColorRole.Base).name()
        self.charts: list[QSvgWidget] = []
        for title, bars in found.charts():
            svg = bar_chart_svg(title, bars, foreground=fore, background=back)
            widget = QSvgWidget(charts)
            widget.load(QByteArray(svg.encode("utf-8")))
            widget.setAccessibleName(_(title))
            widget.setAccessibleDescription(
                "; ".join(f"{plain(label, 80)}: {value:g}" for label, value in bars)
                or self.tr("Nothing yet")
            )
            widget.setMinimumHeight(60 + 32 * max(1, len(bars)))
            chart_layout.addWidget(widget)
            self.charts.append(widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setAccessibleName(self.tr("Charts"))
        self.note = plain_label(
            self.tr(
                "The CSV holds one row per goal: numbers, months and catalogue ids only. No "
                "names, no words anyone wrote, no exact dates."
            ),
            self,
        )
        self.note.setAccessibleName(self.tr("About the CSV"))
        if found.skipped:
            self.note.setText(
                self.note.text()
                + " "
                + ngettext(
                    "{n} vault could not be read (locked or open elsewhere).",
                    "{n} vaults could not be read (locked or open elsewhere).",
                    len(found.skipped),
                ).format(n=len(found.skipped))
            )
        self.save_button = button(self.tr("&Save as CSV…"), self)
        self.save_button.clicked.connect(self.save_csv)
        self.close_button = button(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Outcomes across your caseload"), self, 1.2))
        layout.addWidget(self.table, 1)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.note)
        layout.addLayout(row)
        fit_to_screen(self, 1000, 860)
        self.table.setFocus()

    def save_csv(self) -> None:
        from carematch.app.outcomes import write_outcomes_csv

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save outcomes as CSV"), "outcomes.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            rows = write_outcomes_csv(self.found, Path(path))
        except OSError as exc:
            message = plain_problem(exc)
        else:
            message = ngettext(
                "Saved {n} goal to {path}.", "Saved {n} goals to {path}.", rows
            ).format(n=rows, path=path)
        self.note.setText(message)
        announce(self.note, message)
