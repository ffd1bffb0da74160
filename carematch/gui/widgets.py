"""Small building blocks that make accessible widgets the default."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from carematch.gui.theme import make_heading
from carematch.plaintext import cut, strip_invisible

if TYPE_CHECKING:
    from carematch.catalogue.model import Entry, Nation
    from carematch.catalogue.store import Catalogue


LABEL_LIMIT = 300  # characters of untrusted text a label shows; the rest is cut with "…"
ITEM_LIMIT = 300  # the same for a list or table item
CHOICE_LIMIT = 120  # the same for a drop-down list's choice
TOOLTIP_LIMIT = 500
WORD_PIECE = 40  # a longer run without spaces gets a hidden break point every this many
_LONG_WORD = re.compile(rf"\S{{{WORD_PIECE + 1},}}")


def plain(text: str, limit: int | None = None) -> str:
    """Untrusted text made fit to show: no control or direction-changing characters, line
    breaks as "\\n", and at most `limit` characters (ending in "…" when cut)."""
    return cut(strip_invisible(text), limit)


def wrappable(text: str) -> str:
    """Let a label wrap inside a very long word: Qt wraps labels only between words, so one
    long word would make the label (and the window) as wide as the word."""

    def split(match: re.Match[str]) -> str:
        word = match.group()
        return "\u200b".join(word[i : i + WORD_PIECE] for i in range(0, len(word), WORD_PIECE))

    return _LONG_WORD.sub(split, text)


def untrusted(text: str, limit: int = LABEL_LIMIT) -> str:
    """Text from a catalogue entry or the journal, ready for a plain-text label."""
    return wrappable(plain(text, limit))


def plain_tooltip(text: str) -> str:
    """A tooltip that shows untrusted text exactly as written.

    Qt guesses whether a tooltip is rich text (Qt.mightBeRichText), so text with tags in it
    would be rendered, images and links included. Escaped inside a paragraph it is rich text
    that shows the tags literally, and it wraps.
    """
    text = plain(text, TOOLTIP_LIMIT).strip()
    if not text:
        return ""
    return '<p style="white-space: pre-wrap">' + html.escape(wrappable(text)) + "</p>"


def fit_choices(combo: QComboBox, characters: int = 20) -> None:
    """A drop-down list that does not grow to fit its longest choice (the person's own text)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never interprets text as rich text (catalogue and journal text is untrusted)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def heading(text: str, parent: QWidget | None = None, scale: float = 1.4) -> QLabel:
    label = plain_label(text, parent)
    make_heading(label, scale)
    label.setAccessibleName(text)
    return label


def button(
    text: str, parent: QWidget | None = None, *, name: str | None = None, tip: str | None = None
) -> QPushButton:
    """A button whose accessible name is its plain text (without the & mnemonic marker).

    Enter presses it as well as Space, in the main window too (Qt's default there is Space
    only, and many keyboard and screen-reader users press Enter on a button)."""
    b = QPushButton(text, parent)
    b.setAutoDefault(True)
    b.setAccessibleName(name or text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    if tip:
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
    return b


def buddy(label_text: str, field: QWidget, parent: QWidget | None = None) -> QLabel:
    """A visible label tied to its field: the screen reader reads it as the field's name."""
    label = QLabel(label_text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(field)
    field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
    return label


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """A roomy window for a wide table, but never larger than the screen it is on."""
    screen = window.screen()
    size = QSize(width, height)
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() - QSize(20, 40))
    window.resize(size)


def search_box(parent: QWidget, placeholder: str) -> QLineEdit:
    """A line edit with a clear button that screen readers can name."""
    box = QLineEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    for tool in box.findChildren(QToolButton):
        tool.setAccessibleName(QCoreApplication.translate("CareMatch", "Clear the text"))
    return box


class ReadOnlyText(QPlainTextEdit):
    """Read-only text a keyboard and screen-reader user can move through line by line."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)


def reflow(text: str) -> str:
    """Join the hard line breaks of a TOML paragraph, keeping blank lines between paragraphs."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def entry_details_text(
    entry: Entry,
    catalogue: Catalogue,
    nation: Nation | None = None,
    others: Sequence[str] = (),
) -> str:
    """Everything about a catalogue idea, as plain text in sections with headings: what it is,
    how to get it, what worked for others (pooled evidence, one line per pack), being careful,
    and what else it is called (a screen reader's arrow keys go through it heading by
    heading)."""
    from carematch.catalogue.ways import ASSESSED_FIRST, route_lines
    from carematch.i18n import _

    vocab = catalogue.vocabulary
    lines = [
        entry.name,
        "",
        entry.summary,
        "",
        QCoreApplication.translate("CareMatch", "What it is"),
        reflow(entry.description),
    ]
    acts = [vocab.activities[a].name for a in entry.activities if a in vocab.activities]
    if acts:
        lines += [
            QCoreApplication.translate("CareMatch", "For: {what}").format(what=", ".join(acts))
        ]
    helps = [vocab.helps_with[h].name for h in entry.helps_with if h in vocab.helps_with]
    if helps:
        lines += [
            QCoreApplication.translate("CareMatch", "Helps with: {what}").format(
                what=", ".join(helps)
            )
        ]
    lines += [QCoreApplication.translate("CareMatch", "Kind: {kind}").format(kind=entry.kind.label)]
    lines.append("")
    lines += [
        QCoreApplication.translate("CareMatch", "How to get it"),
        QCoreApplication.translate("CareMatch", "Cost: {cost}").format(cost=entry.cost.label())
        + (f" ({entry.cost.note})" if entry.cost.note else ""),
    ]
    if entry.cost.vat_relief:
        lines.append(
            QCoreApplication.translate(
                "CareMatch",
                "You may not have to pay VAT on it if you are disabled: ask the seller.",
            )
        )
    lines += route_lines(entry, vocab, nation)
    lines.append("")
    if others:
        lines += [QCoreApplication.translate("CareMatch", "What worked for others"), *others, ""]
    if entry.get_assessed_first:
        lines += [
            QCoreApplication.translate("CareMatch", "Get assessed first"),
            _(ASSESSED_FIRST),
            "",
        ]
    if entry.safety:
        lines += [QCoreApplication.translate("CareMatch", "Be careful"), entry.safety, ""]
    lines.append(QCoreApplication.translate("CareMatch", "Also called"))
    if entry.aliases:
        lines.append(", ".join(entry.aliases))
    if entry.iso9999:
        lines += [
            QCoreApplication.translate(
                "CareMatch", "ISO 9999 (the international list of kinds of equipment)"
            )
            + f": {entry.iso9999} {vocab.iso_title(entry.iso9999)}"
        ]
    related = [catalogue.entries[r].name for r in entry.related if r in catalogue.entries]
    if related:
        lines += [
            "",
            QCoreApplication.translate("CareMatch", "Related ideas: {names}").format(
                names=", ".join(related)
            ),
        ]
    return plain("\n".join(lines).strip())


def day_text(day: dt.date, pattern: str = "dd MMM yyyy") -> str:
    """A date as the language in use writes it ("05 Dec 2026", "05 Rhag 2026"): Qt's locale
    data, so month names follow the person's language (strftime's never do)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
