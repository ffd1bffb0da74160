"""When a typed goal finds nothing: the filter to drop (named, with what it brings back) and
the guided questions instead, so a person is never left with an empty list and nothing to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from carematch.gui.widgets import button

if TYPE_CHECKING:
    from carematch.matching import MatchResponse


class NothingFound(QWidget):
    drop = Signal(str)  # the Filters field to take away
    ask = Signal()  # show the guided questions instead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nothing-found")
        self.drop_button = button(self.tr("Show them without that filter"), self)
        self.ask_button = button(self.tr("Answer a few &questions instead"), self)
        self._field: str | None = None
        self.drop_button.clicked.connect(lambda: self._field and self.drop.emit(self._field))
        self.ask_button.clicked.connect(self.ask.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.drop_button)
        row.addWidget(self.ask_button)
        row.addStretch(1)
        self.hide()

    def show_for(self, response: MatchResponse, *, typed: bool, can_ask: bool) -> None:
        """Shown only for a typed goal with no ideas; the drop button only when one filter
        would bring ideas back."""
        from carematch.matching.engine import FILTER_NAMES

        self._field = response.drop[0] if response.drop and typed else None
        if self._field is not None and response.drop is not None:
            self.drop_button.setText(
                self.tr("Show the {n} without {what}").format(
                    n=response.drop[1], what=FILTER_NAMES[self._field]
                )
            )
            self.drop_button.setAccessibleName(self.drop_button.text())
        self.drop_button.setVisible(self._field is not None)
        self.ask_button.setVisible(can_ask)
        self.setVisible(typed and not response.results)
