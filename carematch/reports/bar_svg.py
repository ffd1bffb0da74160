"""A horizontal bar chart as SVG: each bar labelled with its words and its number, so nothing
is told by colour or length alone; the values also go in <desc> for screen readers."""

from __future__ import annotations

import html

from carematch.i18n import _
from carematch.plaintext import NOT_XML, cut

WIDTH, BAR, GAP, LABEL_WIDTH = 640, 22, 10, 300
LABEL_LIMIT = 45


def bar_chart_svg(
    title: str,
    bars: list[tuple[str, float]],
    *,
    foreground: str = "#000000",
    background: str = "#ffffff",
    unit: str = "",
) -> str:
    def esc(text: str) -> str:
        return html.escape(NOT_XML.sub("", text), quote=True)

    top = 34
    height = top + max(1, len(bars)) * (BAR + GAP) + 10
    most = max((v for _label, v in bars), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - 70) / most
    desc = "; ".join(f"{label}: {value:g}{unit}" for label, value in bars) or _("nothing yet")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img">',
        f"<title>{esc(title)}</title><desc>{esc(desc)}</desc>",
        f'<rect width="{WIDTH}" height="{height}" fill="{background}"/>',
        f'<text x="4" y="20" font-size="15" font-weight="bold" fill="{foreground}">'
        f"{esc(title)}</text>",
    ]
    if not bars:
        nothing = esc(_("Nothing yet"))
        parts.append(
            f'<text x="4" y="{top + 16}" font-size="13" fill="{foreground}">{nothing}</text>'
        )
    for n, (label, value) in enumerate(bars):
        y = top + n * (BAR + GAP)
        width = max(1.0, value * scale) if value else 0
        parts += [
            f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR * 0.7:.1f}" font-size="13" '
            f'text-anchor="end" fill="{foreground}">{esc(cut(label, LABEL_LIMIT))}</text>',
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR}" '
            f'fill="{foreground}" fill-opacity="0.55" stroke="{foreground}"/>',
            f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + BAR * 0.7:.1f}" font-size="13" '
            f'fill="{foreground}">{value:g}{esc(unit)}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)
