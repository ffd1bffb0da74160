"""The recommendation as a PDF (tables never split across pages) and as an editable ODF text
document (Word and LibreOffice open it), both laid out by Qt's own QTextDocument."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
    QTextTable,
)

from carematch.i18n import _
from carematch.reports.qt_pdf import _ensure_app

MARGIN_MM = 15
MAX_PASSES = 30


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
    )


def keep_tables_whole(document: QTextDocument) -> int:
    """Start on a new page each table that would run over a page break (and fits on one page);
    laid out again after each, as every break moves what follows. Returns how many moved."""
    page = document.pageSize().height()
    moved = 0
    for _pass in range(MAX_PASSES):
        layout = document.documentLayout()
        for frame in document.rootFrame().childFrames():
            if not isinstance(frame, QTextTable):
                continue
            rect = layout.frameBoundingRect(frame)
            first, last = int(rect.top() // page), int((rect.bottom() - 1) // page)
            caption = document.findBlock(frame.firstPosition() - 1)
            if caption.isValid() and caption.text().strip():
                caption_page = int(layout.blockBoundingRect(caption).top() // page)
                if caption_page != first and first == last:  # Qt moved the table, not it
                    _break_before(caption)
                    moved += 1
                    break
            already = (
                frame.format().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            )
            if first != last and rect.height() < page and not already:
                fmt = frame.format()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFormat(fmt)
                _caption_follows(document, frame)
                moved += 1
                break  # lay out again before looking at the next
        else:
            return moved
    return moved


def _caption_follows(document: QTextDocument, table: QTextTable) -> None:
    """Qt lays a table's caption out as the paragraph before it: when the table moves to a
    new page, its caption goes with it (the break moves from the table to the caption)."""
    block = document.findBlock(table.firstPosition() - 1)
    if not block.isValid() or not block.text().strip():
        return
    _break_before(block)
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    table.setFormat(table_format)


def _break_before(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = cursor.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def _document(html: str) -> QTextDocument:
    _ensure_app()
    document = QTextDocument()
    document.setHtml(html)
    return document


def recommendation_pdf(html: str, title: str) -> bytes:
    document = _document(html)
    layout = _page_layout()
    points = layout.paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(points.width(), points.height()))
    keep_tables_whole(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CareMatch")
    writer.setPageLayout(layout)
    writer.setResolution(150)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())


def recommendation_odt(html: str) -> bytes:
    document = _document(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise OSError(_("The editable document could not be written."))
    buffer.close()
    return bytes(buffer.data().data())
