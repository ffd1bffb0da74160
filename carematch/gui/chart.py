"""A goal's progress chart in the app: the same SVG as the reports, in the current colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from carematch.evidence.goal_evidence import GoalEvidence


class ProgressChart(QSvgWidget):
    """Not a control: screen readers get its name and the summary sentence as description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chart of how it has gone"))
        self.setMinimumHeight(180)
        self._evidence: GoalEvidence | None = None
        self.svg_text = ""  # what is drawn, in the colours it is drawn in

    def changeEvent(self, event: QEvent) -> None:
        """Drawn again in the new colours when high contrast is switched on or off."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._evidence is not None:
            self.show_evidence(self._evidence)

    def show_evidence(self, evidence: GoalEvidence | None) -> None:
        from carematch.reports.chart_svg import chart_svg

        self._evidence = evidence
        if evidence is None or not evidence.ratings:
            self.load(QByteArray())
            self.setAccessibleDescription(self.tr("No check-ins yet."))
            self.hide()
            return
        palette = self.palette()
        svg = chart_svg(
            evidence,
            foreground=palette.color(QPalette.ColorRole.WindowText).name(),
            background=palette.color(QPalette.ColorRole.Base).name(),
        )
        self.svg_text = svg
        self.load(QByteArray(svg.encode("utf-8")))
        self.setAccessibleDescription(evidence.sentence)
        self.show()
