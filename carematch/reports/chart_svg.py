"""A goal's ratings over time as an SVG line chart that tells nothing by colour alone.

Performance is a solid line with round markers, satisfaction a dashed line with square markers,
experiment starts and ends are labelled vertical lines. The sentence goes in <desc>.
"""

from __future__ import annotations

import datetime as dt
import html

from carematch.evidence.goal_evidence import GoalEvidence
from carematch.plaintext import NOT_XML, cut

WIDTH, HEIGHT, PAD = 640, 260, 40
LABEL_LIMIT = 60  # characters of an experiment's name on the chart


def escape(text: str, limit: int | None = None) -> str:
    """Untrusted text as SVG character data: escaped, without characters XML refuses."""
    return html.escape(cut(NOT_XML.sub("", text), limit))


def _x(at: dt.datetime, first: dt.datetime, span: float) -> float:
    return PAD + (at - first).total_seconds() / span * (WIDTH - 2 * PAD)


def _y(value: float) -> float:
    return HEIGHT - PAD - (value - 1) / 9 * (HEIGHT - 2 * PAD)


def chart_svg(evidence: GoalEvidence, *, foreground: str = "#000", background: str = "#fff") -> str:
    points = sorted(evidence.ratings, key=lambda r: r.at)
    title = f"How it has gone: {evidence.goal.text}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" aria-labelledby="t{evidence.goal.id} '
        f'd{evidence.goal.id}">',
        f'<title id="t{evidence.goal.id}">{escape(title)}</title>',
        f'<desc id="d{evidence.goal.id}">{escape(evidence.sentence)}</desc>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{background}"/>',
    ]
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
    if len(points) >= 1:
        first, last = points[0].at, points[-1].at
        span = max((last - first).total_seconds(), 86400.0)
        n_label = 0
        for exp in evidence.experiments:
            e = exp.experiment
            for day, label in ((e.start_date, "started"), (e.end_date, "stopped")):
                if day is None:
                    continue
                at = dt.datetime.combine(day, dt.time.min)
                if not first <= at <= last:
                    continue
                x = _x(at, first, span)
                parts.append(
                    f'<line x1="{x:.1f}" y1="{PAD - 10}" x2="{x:.1f}" y2="{HEIGHT - PAD}" '
                    f'stroke="{foreground}" stroke-dasharray="2 3"/>'
                )
                label_y = PAD - 14 - 12 * (n_label % 2)  # alternate rows: labels never overlap
                n_label += 1
                parts.append(
                    f'<text x="{x + 3:.1f}" y="{label_y}" font-size="11" '
                    f'fill="{foreground}">{escape(e.title, LABEL_LIMIT)} {label}</text>'
                )
        for attr, dash, marker in (
            ("performance", "", "circle"),
            ("satisfaction", "6 4", "square"),
        ):
            coords = [(_x(p.at, first, span), _y(getattr(p, attr))) for p in points]
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
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
        "● solid line: how well you can do it    ■ dashed line: how happy you are"
        "</text>"
    )
    parts.append("</svg>")
    return "\n".join(parts)
