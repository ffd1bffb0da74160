"""Print a plain-text page (a recovery code, a list of ideas) through the system's print dialog.

The text is set as plain text, never as rich text, because it can hold catalogue words from
outside. QtPrintSupport is imported only when a person asks to print, so start-up never pays
for it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget


def print_plain_text(parent: QWidget, title: str, text: str, *, scale: float = 1.0) -> bool | None:
    """Ask where to print, then print: True when it was sent to the printer (or file), False
    when printing failed (say so, and offer to save it instead), None when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print: {title}").format(title=title))
    dialog.setAccessibleName(dialog.windowTitle())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    document = QTextDocument()
    font = QFont(parent.font())
    font.setPointSizeF(max(11.0, font.pointSizeF()) * scale)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error


def print_html(parent: QWidget, title: str, html: str) -> bool | None:
    """The same, for a table made by our own code with every outside word escaped (a
    comparison): rows and headers print as a real table."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print: {title}").format(title=title))
    dialog.setAccessibleName(dialog.windowTitle())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    document = QTextDocument()
    font = QFont(parent.font())
    font.setPointSizeF(max(10.0, font.pointSizeF()))
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error
