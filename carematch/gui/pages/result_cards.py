"""Ideas drawn as readable cards: an icon for the kind of idea, the name in bold, what kind it is
and what it costs, the summary, and the reason in a quieter line.

Only the drawing changes: each item keeps its plain text (what a screen reader and the tests
read) and its spoken text. The card is laid out as a plain-text document (never rich text: the
words come from the catalogue and packs), wrapped to the list's width, so at 200% text it grows
taller instead of being cut off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QListView,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from carematch.gui.icons import kind_icon
from carematch.gui.theme import mix, spacing
from carematch.gui.widgets import plain, plain_tooltip
from carematch.matching.spoken import spoken_idea

if TYPE_CHECKING:
    from carematch.matching import MatchResult

NAME_ROLE = Qt.ItemDataRole.UserRole + 10
META_ROLE = Qt.ItemDataRole.UserRole + 11  # "Specialist product · £15 to £45"
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 12
WHY_ROLE = Qt.ItemDataRole.UserRole + 13
KIND_ROLE = Qt.ItemDataRole.UserRole + 14
OTHERS_ROLE = Qt.ItemDataRole.UserRole + 15  # what worked for others, when a pack says

Index = QModelIndex | QPersistentModelIndex
DOCUMENTS_KEPT = 200  # laid-out cards kept: two screens of ideas in both states, and then some


class ResultCards(QStyledItemDelegate):
    """Paints each idea in the list as a card; the list must let items be of different heights."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._documents: dict[tuple[object, ...], QTextDocument] = {}
        view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the window is resized
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # --- sizes ------------------------------------------------------------------------------
    def _icon_size(self) -> int:
        return round(self.view.fontMetrics().height() * 1.6)

    def _text_width(self) -> int:
        pad = spacing(self.view)
        return max(80, self.view.viewport().width() - self._icon_size() - 4 * pad)

    def document(self, index: Index, palette: QPalette, selected: bool) -> QTextDocument:
        """The card's words, laid out at the list's width (kept, as layout is the costly part:
        a list of 20 ideas is measured and painted many times while a person types)."""
        font = self.view.font()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(role)
        key = (
            tuple(str(index.data(r) or "") for r in (NAME_ROLE, META_ROLE, SUMMARY_ROLE, WHY_ROLE)),
            self._text_width(),
            font.key(),
            text.rgba(),
            palette.color(QPalette.ColorRole.Base).rgba(),
        )
        cached = self._documents.get(key)
        if cached is None:
            if len(self._documents) > DOCUMENTS_KEPT:
                self._documents.clear()
            cached = self._documents[key] = self._layout(index, palette, selected, font, text)
        return cached

    def _layout(
        self, index: Index, palette: QPalette, selected: bool, font: QFont, text: QColor
    ) -> QTextDocument:
        quiet = text if selected else mix(text, palette.color(QPalette.ColorRole.Base), 0.78)
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setTextWidth(self._text_width())
        cursor = QTextCursor(doc)

        def line(value: str, *, bold: bool = False, scale: float = 1.0, colour: QColor) -> None:
            fmt = QTextCharFormat()
            fmt.setForeground(colour)
            f = QFont(font)
            f.setBold(bold)
            if scale != 1.0:
                f.setPointSizeF(font.pointSizeF() * scale)
            fmt.setFont(f)
            cursor.insertText(value, fmt)  # plain text only: insertText never reads markup

        line(str(index.data(NAME_ROLE) or ""), bold=True, scale=1.1, colour=text)
        cursor.insertBlock()
        line(str(index.data(META_ROLE) or ""), colour=text)
        cursor.insertBlock()
        line(str(index.data(SUMMARY_ROLE) or ""), colour=text)
        why = str(index.data(WHY_ROLE) or "")
        for quieter in (why, str(index.data(OTHERS_ROLE) or "")):
            if quieter:
                cursor.insertBlock()
                line(quieter, colour=quiet)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(NAME_ROLE) is None:
            return super().sizeHint(option, index)
        pad = spacing(self.view)
        doc = self.document(index, self.view.palette(), selected=False)
        height = max(self._icon_size(), round(doc.size().height())) + 2 * pad
        return QSize(self.view.viewport().width(), height)

    # --- drawing ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(NAME_ROLE) is None:
            super().paint(painter, option, index)
            return
        palette = option.palette
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        pad = spacing(self.view)
        painter.save()
        card = rect.adjusted(2, 2, -2, -2)
        painter.fillRect(
            card,
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base),
        )
        outline = mix(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.35
        )
        painter.setPen(QPen(outline, 1))
        painter.drawRect(card)
        if state & QStyle.StateFlag.State_HasFocus:  # a clear focus ring, never colour alone
            ring = QPen(palette.color(QPalette.ColorRole.Text), 3)
            painter.setPen(ring)
            painter.drawRect(card.adjusted(1, 1, -1, -1))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        size = self._icon_size()
        icon = kind_icon(str(index.data(KIND_ROLE) or ""), text, size)
        if not icon.isNull():
            icon.paint(painter, QRect(card.left() + pad, card.top() + pad, size, size))
        doc = self.document(index, palette, selected)
        painter.translate(QPointF(card.left() + 2 * pad + size, card.top() + pad))
        doc.drawContents(painter)
        painter.restore()


def idea_card(
    result: MatchResult, why_word: str, id_role: int, others: str = ""
) -> QListWidgetItem:
    """One idea as a list item: its plain text (what the tests and a braille display read),
    what a screen reader says, and the parts the card draws; `others` is what worked for
    others, in one line. Entries and packs are untrusted: `plain`."""
    entry = result.entry
    why = " ".join(result.why)
    cost = entry.cost.label()
    text = f"{entry.name}  ({cost})\n{entry.summary}\n{why_word}: {why}"
    if others:
        text += f"\n{others}"
    item = QListWidgetItem(plain(text) + "\n")  # a blank line after each (see FindPage)
    item.setData(id_role, entry.id)
    item.setData(NAME_ROLE, plain(entry.name, 120))
    item.setData(META_ROLE, plain(f"{entry.kind.label} · {cost}"))
    item.setData(SUMMARY_ROLE, plain(entry.summary))
    item.setData(WHY_ROLE, plain(f"{why_word}: {why}"))
    item.setData(KIND_ROLE, entry.kind.value)
    item.setData(OTHERS_ROLE, plain(others))
    spoken = spoken_idea(entry.name, cost, result.why, entry.summary)
    if others:
        spoken = f"{spoken} {others}"
    item.setData(Qt.ItemDataRole.AccessibleTextRole, plain(spoken))
    item.setToolTip(plain_tooltip(entry.summary))
    return item
