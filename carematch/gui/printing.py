"""Print a plain-text page (a recovery code, a list of ideas) through the system's print dialog.

The text is set as plain text, never as rich text, because it can hold catalogue words from
outside. QtPrintSupport is imported only when a person asks to print, so start-up never pays
for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget


def _print(
    parent: QWidget,
    title: str,
    fill: Callable[[QTextDocument], None],
    size: Callable[[float], float],
) -> bool | None:
    """Ask where to print, then print: True when it was sent to the printer (or file), False
    when printing failed (say so, and offer to save it instead), None when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("CareMatch", "Print: {title}").format(title=title)
    )
    dialog.setAccessibleName(dialog.windowTitle())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    document = QTextDocument()
    font = QFont(parent.font())
    font.setPointSizeF(size(font.pointSizeF()))
    document.setDefaultFont(font)
    fill(document)
    document.print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error


def print_plain_text(parent: QWidget, title: str, text: str, *, scale: float = 1.0) -> bool | None:
    """Plain text (it can hold catalogue words from outside), never rich text."""
    return _print(
        parent, title, lambda doc: doc.setPlainText(text), lambda pt: max(11.0, pt) * scale
    )


def print_html(parent: QWidget, title: str, html: str) -> bool | None:
    """A table made by our own code with every outside word escaped (a comparison): rows and
    headers print as a real table."""
    return _print(parent, title, lambda doc: doc.setHtml(html), lambda pt: max(10.0, pt))
