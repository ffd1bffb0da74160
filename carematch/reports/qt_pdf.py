"""PDF through Qt's own writer (QtGui only). Charts are drawn from the same SVG as the HTML."""

from __future__ import annotations

import os
from dataclasses import replace
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from carematch.evidence.goal_evidence import GoalEvidence
from carematch.i18n import _
from carematch.reports.html_report import ReportOptions, build_html


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def _svg_image(svg: str) -> QImage | None:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        return None  # a null image in the document would leave the whole PDF blank
    image = QImage(size.width() * 2, size.height() * 2, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def render_pdf(
    evidence: list[GoalEvidence], options: ReportOptions, charts: dict[int, str]
) -> bytes:
    _ensure_app()
    document = QTextDocument()
    images = {}
    for goal_id, svg in charts.items():
        url = f"chart-{goal_id}.png"
        image = _svg_image(svg)
        if image is None:
            images[goal_id] = "<p>" + escape(_("(The chart could not be drawn.)")) + "</p>"
            continue
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        alt = escape(_("Chart of ratings over time"), quote=True)
        images[goal_id] = f'<p><img src="{url}" width="600" alt="{alt}"></p>'
    # every choice the person made (notes, charts, wins, …) kept; only the charts' images differ
    html = build_html(evidence, replace(options, extra_images=images))
    document.setHtml(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(options.shown_title)
    writer.setCreator("CareMatch")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    writer.setResolution(150)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())
