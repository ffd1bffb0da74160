"""The goal page's check-ins table and timeline, filled from what the journal holds (with
whose words each note is, when a supporter's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from carematch.gui.widgets import ITEM_LIMIT, ReadOnlyText, day_text, plain, plain_tooltip
from carematch.journal.service import experiment_events

if TYPE_CHECKING:
    from carematch.evidence.goal_evidence import GoalEvidence
    from carematch.journal.models import CheckIn, Experiment


def show_details(
    table: QTableWidget,
    timeline: ReadOnlyText,
    checkins: list[CheckIn],
    experiments: list[Experiment],
    evidence: GoalEvidence,
) -> None:
    table.setRowCount(len(checkins))
    headers = [
        QCoreApplication.translate("GoalsPage", "Date"),
        QCoreApplication.translate("GoalsPage", "How well"),
        QCoreApplication.translate("GoalsPage", "How happy"),
        QCoreApplication.translate("GoalsPage", "Level"),
        QCoreApplication.translate("GoalsPage", "Note"),
    ]
    for row, c in enumerate(reversed(checkins)):
        values = [
            day_text(c.at),
            str(c.performance),
            str(c.satisfaction),
            "" if c.gas_level is None else f"{c.gas_level:+d}",
            evidence.notes.get(c.at, ""),  # with whose words, when a supporter's
        ]
        for col, value in enumerate(values):
            value = plain(value)  # the table cuts a long note off; the tooltip shows more
            cell = QTableWidgetItem(value)
            cell.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{headers[col]}: {plain(value, ITEM_LIMIT) or '-'}",
            )
            if col == 4:
                cell.setToolTip(plain_tooltip(value))
            table.setItem(row, col, cell)
    lines = [
        QCoreApplication.translate("GoalsPage", "{day}: Note{by}: {text}").format(
            day=day_text(at),
            by=QCoreApplication.translate("GoalsPage", " from {who}").format(who=who)
            if who
            else "",
            text=text,
        )
        for at, who, text in evidence.circle_notes
    ]
    for item in experiment_events(experiments):
        day = day_text(item.when)
        verb = (
            QCoreApplication.translate("GoalsPage", "Started")
            if item.kind == "experiment-start"
            else QCoreApplication.translate("GoalsPage", "Stopped")
        )
        lines.append(f"{day}: {verb} {item.title}")
    if len(checkins) == 1:
        only = checkins[0]
        lines.insert(
            0,
            QCoreApplication.translate(
                "GoalsPage", "1 check-in, on {a}. How well: {p}. How happy: {s}."
            ).format(a=day_text(only.at), p=only.performance, s=only.satisfaction),
        )
    elif checkins:
        first, last = checkins[0], checkins[-1]
        lines.insert(
            0,
            QCoreApplication.translate(
                "GoalsPage",
                "{n} check-ins from {a} to {b}. How well: {p0} then {p1}. How happy: {s0} then "
                "{s1}.",
            ).format(
                n=len(checkins),
                a=day_text(first.at),
                b=day_text(last.at),
                p0=first.performance,
                p1=last.performance,
                s0=first.satisfaction,
                s1=last.satisfaction,
            ),
        )
    timeline.setPlainText(
        plain("\n".join(lines)) or QCoreApplication.translate("GoalsPage", "Nothing logged yet.")
    )
