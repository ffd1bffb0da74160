"""A row of plain choices under the goal box: "Is this about: ..." (choices from the matcher's
clarify.py that narrow a spread-out list, with the way back to all of them), and the example
goals shown before anything is typed."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from carematch.gui.fit import FlowLayout
from carematch.gui.widgets import button, plain, plain_label

if TYPE_CHECKING:
    from carematch.matching.clarify import Clarifier


class ClarifyBar(QWidget):
    chosen = Signal(str, str)  # choice id, its label
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None, *, asks: str = "", names: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("clarify-bar")
        self.asks = asks or self.tr("Is this about:")
        self.names = names or self.tr("Is this about {what}?")  # each button's spoken name
        self.flow = FlowLayout(self, gap=0.5)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.question = plain_label(self.asks, self)
        self.flow.addWidget(self.question)
        self.buttons: list[QPushButton] = []
        self.between: tuple[QWidget, QWidget] | None = None  # the tab order's neighbours
        self.hide()

    def _replace(self, buttons: list[QPushButton]) -> None:
        for old in self.buttons:
            self.flow.removeWidget(old)
            old.deleteLater()
        self.buttons = buttons
        for b in buttons:
            self.flow.addWidget(b)
            b.show()  # a child added to a bar already on screen starts hidden
        if self.between is not None and buttons:
            chain = [self.between[0], *buttons, self.between[1]]
            for first, second in itertools.pairwise(chain):
                QWidget.setTabOrder(first, second)
        self.setVisible(bool(buttons))

    def offer(self, choices: list[Clarifier]) -> None:
        """The choices for the ideas shown now (none: the bar hides)."""
        self.question.setText(self.asks)
        made = []
        for choice in choices:
            label = plain(choice.label, 60)
            b = button(label, self, name=self.names.format(what=label.lower()))
            b.setObjectName(f"clarify-{choice.id}")
            b.clicked.connect(lambda _=False, c=choice.id, text=label: self.chosen.emit(c, text))
            made.append(b)
        self._replace(made)

    def narrowed_to(self, label: str) -> None:
        """After a choice: what the list is narrowed to, and the way back."""
        self.question.setText(self.tr("Only ideas about {what}.").format(what=label.lower()))
        back = button(self.tr("Show all the ideas"), self)
        back.setObjectName("clarify-all")
        back.clicked.connect(self.cleared.emit)
        self._replace([back])
