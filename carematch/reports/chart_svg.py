"""A goal's ratings over time as an SVG line chart that tells nothing by colour alone.

Performance is a solid line with round markers, satisfaction a dashed line with square markers,
experiment starts and ends are labelled vertical lines. The sentence goes in <desc>.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from carematch.evidence.goal_evidence import GoalEvidence
from carematch.i18n import _
from carematch.plaintext import NOT_XML, cut

WIDTH, HEIGHT, PAD = 640, 260, 40
LABEL_LIMIT = 60  # characters of an experiment's name on the chart
LABEL_SIZE = 11  # px
LABEL_ROW = 14  # px from one row of labels to the next
CHAR_WIDTH = 0.62 * LABEL_SIZE  # a generous average: real text is narrower, so boxes never touch


@dataclass(frozen=True)
class LabelBox:
    """Where an experiment's label sits: its text, its left edge and its row above the plot."""

    text: str
    x: float  # the line it belongs to
    left: float
    right: float
    row: int
    anchor_end: bool


def place_labels(labels: list[tuple[float, str]], width: float = WIDTH) -> list[LabelBox]:
    """Each label in the lowest row where it overlaps nothing, to the right of its line or, near
    the right edge, to its left; a label that fits no row gets a new one (the chart grows)."""
    rows: list[list[tuple[float, float]]] = []
    placed: list[LabelBox] = []
    for x, text in sorted(labels):
        w = len(text) * CHAR_WIDTH
        anchor_end = False
        if x + 3 + w <= width - 4:  # to the right of its line
            left = x + 3
        elif x - 3 - w >= 2:  # near the right edge: to the left of its line
            left, anchor_end = x - 3 - w, True
        else:  # too long for either side: as far right as it fits
            left = max(2.0, width - 4 - w)
        right = left + w
        row = next(
            (
                n
                for n, used in enumerate(rows)
                if all(right + 6 < a or left > b + 6 for a, b in used)
            ),
            len(rows),
        )
        if row == len(rows):
            rows.append([])
        rows[row].append((left, right))
        placed.append(LabelBox(text, x, left, right, row, anchor_end))
    return placed


def escape(text: str, limit: int | None = None) -> str:
    """Untrusted text as SVG character data: escaped, without characters XML refuses."""
    return html.escape(cut(NOT_XML.sub("", text), limit))


def _x(at: dt.datetime, first: dt.datetime, span: float) -> float:
    return PAD + (at - first).total_seconds() / span * (WIDTH - 2 * PAD)


def _y(value: float) -> float:
    return HEIGHT - PAD - (value - 1) / 9 * (HEIGHT - 2 * PAD)


def chart_svg(evidence: GoalEvidence, *, foreground: str = "#000", background: str = "#fff") -> str:
    points = sorted(evidence.ratings, key=lambda r: r.at)
    title = _("How it has gone: {goal}").format(goal=evidence.goal.text)
    labels: list[LabelBox] = []
    first = last = dt.datetime.min
    span = 86400.0
    if points:
        first, last = points[0].at, points[-1].at
        span = max((last - first).total_seconds(), 86400.0)
        marks: list[tuple[float, str]] = []
        for exp in evidence.experiments:
            e = exp.experiment
            for day, label in (
                (e.start_date, _("{idea} started")),
                (e.end_date, _("{idea} stopped")),
            ):
                if day is None:
                    continue
                at = dt.datetime.combine(day, dt.time.min)
                if first <= at <= last:
                    marks.append(
                        (_x(at, first, span), label.format(idea=cut(e.title, LABEL_LIMIT)))
                    )
        labels = place_labels(marks)
    rows = max((b.row for b in labels), default=-1) + 1
    top = max(0, rows - 2) * LABEL_ROW  # more rows of labels than fit: the chart grows taller
    height = HEIGHT + top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" aria-labelledby="t{evidence.goal.id} '
        f'd{evidence.goal.id}">',
        f'<title id="t{evidence.goal.id}">{escape(title)}</title>',
        f'<desc id="d{evidence.goal.id}">{escape(evidence.sentence)}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="{background}"/>',
    ]
    for box in labels:
        baseline = top + PAD - 14 - LABEL_ROW * box.row
        parts.append(
            f'<line x1="{box.x:.1f}" y1="{baseline + 4}" x2="{box.x:.1f}" '
            f'y2="{top + HEIGHT - PAD}" stroke="{foreground}" stroke-dasharray="2 3"/>'
        )
        anchor = "end" if box.anchor_end else "start"
        text_x = box.right if box.anchor_end else box.left
        parts.append(
            f'<text class="experiment" x="{text_x:.1f}" y="{baseline}" text-anchor="{anchor}" '
            f'font-size="{LABEL_SIZE}" fill="{foreground}">{escape(box.text)}</text>'
        )
    parts.append(f'<g transform="translate(0 {top})">')
    for value in (1, 5, 10):
        y = _y(value)
        parts.append(
            f'<line x1="{PAD}" y1="{y:.1f}" x2="{WIDTH - PAD}" y2="{y:.1f}" '
            f'stroke="{foreground}" stroke-opacity="0.3"/>'
        )
        parts.append(
            f'<text x="{PAD - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="{foreground}">{value}</text>'
        )
    for attr, dash, marker in (("performance", "", "circle"), ("satisfaction", "6 4", "square")):
        coords = [(_x(p.at, first, span), _y(getattr(p, attr))) for p in points]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        if coords:
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{foreground}" '
                f'stroke-width="2"{dash_attr}/>'
            )
        step = max(1, len(coords) // 40)
        for x, y in coords[::step]:
            if marker == "circle":
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{foreground}"/>')
            else:
                parts.append(
                    f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" '
                    f'fill="{background}" stroke="{foreground}"/>'
                )
    parts.append(
        f'<text x="{PAD}" y="{HEIGHT - 10}" font-size="12" fill="{foreground}">'
        + escape(_("● solid line: how well you can do it    ■ dashed line: how happy you are"))
        + "</text>"
    )
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts)
