"""Write a report to HTML, PDF or CSV. PDF uses Qt's own writer (QtGui), no extra dependency."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.evidence.goal_evidence import GoalEvidence, gather
from carematch.i18n import _
from carematch.paths import write_private
from carematch.plaintext import spreadsheet_safe
from carematch.reports.chart_svg import chart_svg
from carematch.reports.html_report import ReportOptions, build_html

if TYPE_CHECKING:
    from carematch.journal.service import Journal

FORMATS = (".html", ".pdf", ".csv")


class ReportError(ValueError):
    pass


def collect(journal: Journal, goal_ids: list[int]) -> list[GoalEvidence]:
    if not goal_ids:
        raise ReportError(_("Choose at least one goal for the report."))
    by_id = {g.id: g for g in journal.list_goals()}
    missing = [str(i) for i in goal_ids if i not in by_id]
    if missing:
        raise ReportError(
            _("There is no goal number {numbers}.").format(numbers=", ".join(missing))
        )
    return [gather(journal, by_id[i]) for i in goal_ids]


def checkins_csv(evidence: list[GoalEvidence], include_notes: bool) -> str:
    """One row per check-in. The header stays in English in every language: its names are
    the same as the JSON's, for the programs that read the file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = ["goal", "date", "performance", "satisfaction", "gas_level"]
    writer.writerow([*header, "note"] if include_notes else header)
    for ev in evidence:
        for r in ev.ratings:
            row = [
                ev.goal.text,
                r.at.isoformat(sep=" ", timespec="minutes"),
                r.performance,
                r.satisfaction,
                "" if r.gas_level is None else r.gas_level,
            ]
            if include_notes:
                row.append(ev.notes.get(r.at, ""))
            writer.writerow([spreadsheet_safe(v) for v in row])
    return buffer.getvalue()


def write_report(
    journal: Journal, goal_ids: list[int], out: Path, options: ReportOptions | None = None
) -> Path:
    options = options or ReportOptions()
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ReportError(_("Save the report as .pdf, .html or .csv."))
    evidence = collect(journal, goal_ids)
    if suffix == ".csv":
        write_private(out, checkins_csv(evidence, options.include_notes).encode("utf-8"))
    elif suffix == ".html":
        write_private(out, build_html(evidence, options).encode("utf-8"))
    else:
        write_pdf(evidence, options, out)
    return out


def write_pdf(evidence: list[GoalEvidence], options: ReportOptions, out: Path) -> None:
    """Lay the same HTML out with QTextDocument and print it with QPdfWriter."""
    from carematch.reports.qt_pdf import render_pdf

    images = (
        {ev.goal.id: chart_svg(ev) for ev in evidence if ev.ratings}
        if options.include_charts
        else {}
    )
    data = render_pdf(evidence, options, images)
    write_private(out, data)
