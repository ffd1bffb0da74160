"""The shortlist and the side-by-side comparison: a real table with row and column headers, so
a screen reader says "Cost, Kettle tipper: £15 to £45" as it moves; printable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carematch.app.compare import MAX_IDEAS, MIN_IDEAS, Comparison, compare
from carematch.gui.accessibility import announce
from carematch.gui.widgets import button, fit_to_screen, heading, plain, plain_label
from carematch.i18n import _

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.catalogue.nations import Nation
    from carematch.journal.service import Journal


class CompareDialog(QDialog):
    def __init__(self, table: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = table
        self.setWindowTitle(self.tr("Ideas side by side"))
        self.setAccessibleDescription(
            self.tr("A table: one column per idea, one row per thing to weigh up.")
        )
        rows = table.rows()
        self.table = QTableWidget(len(rows), len(table.ideas), self)
        self.table.setAccessibleName(self.tr("Ideas side by side"))
        self.table.setHorizontalHeaderLabels([plain(i.name, 80) for i in table.ideas])
        self.table.setVerticalHeaderLabels([_(label) for label, _cells in rows])
        for r, (_label, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(plain(text, 1000))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # never squeezed past reading: a narrow screen or large text scrolls sideways instead
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.print_button = button(self.tr("&Print…"), self, tip=self.tr("Print this table"))
        self.print_button.clicked.connect(self._print)
        self.close_button = button(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Ideas side by side"), self, 1.2))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        fit_to_screen(self, 1100, 760)
        self.table.setFocus()
        self.table.setCurrentCell(0, 0)

    def _print(self) -> None:
        from carematch.gui.printing import print_html

        print_html(self, self.tr("Ideas side by side"), self.comparison.html())


class ShortlistDialog(QDialog):
    """The open vault's shortlist: tick two to four, compare them, or take one off."""

    def __init__(
        self,
        journal: Journal,
        catalogue: Catalogue,
        nation: Nation | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.catalogue, self.nation = journal, catalogue, nation
        self.setWindowTitle(self.tr("Shortlist"))
        self.setAccessibleDescription(
            self.tr("Tick two to four ideas and press Compare to see them side by side.")
        )
        self.ideas = QListWidget(self)
        self.ideas.setAccessibleName(self.tr("Shortlisted ideas"))
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Shortlist status"))
        self.compare_button = button(self.tr("&Compare the ticked ideas"), self)
        self.remove_button = button(self.tr("&Remove the chosen idea"), self)
        self.compare_button.clicked.connect(self.compare_ticked)
        self.remove_button.clicked.connect(self.remove_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Shortlist"), self, 1.2))
        layout.addWidget(self.ideas, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.compared: CompareDialog | None = None
        self.fill()

    def fill(self) -> None:
        self.ideas.clear()
        for n, entry_id in enumerate(self.journal.shortlist()):
            entry = self.catalogue.entries.get(entry_id)
            name = (
                entry.name
                if entry
                else self.tr("{id} (no longer in the catalogue)").format(id=entry_id)
            )
            item = QListWidgetItem(plain(name, 120), self.ideas)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n < MAX_IDEAS else Qt.CheckState.Unchecked)
        empty = self.ideas.count() == 0
        self.status.setText(
            self.tr("The shortlist is empty. Add ideas from Find ideas or the Catalogue.")
            if empty
            else self.tr("Tick {low} to {high} ideas, then press Compare.").format(
                low=MIN_IDEAS, high=MAX_IDEAS
            )
        )
        self.compare_button.setEnabled(self.ideas.count() >= MIN_IDEAS)
        self.remove_button.setEnabled(not empty)
        if not empty:
            self.ideas.setCurrentRow(0)

    def ticked(self) -> list[str]:
        return [
            self.ideas.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.ideas.count())
            if self.ideas.item(i).checkState() == Qt.CheckState.Checked
        ]

    def compare_ticked(self) -> None:
        try:
            table = compare(self.catalogue, self.ticked(), journal=self.journal, nation=self.nation)
        except ValueError as exc:
            self.status.setText(str(exc))
            announce(self.status, str(exc))
            return
        self.compared = CompareDialog(table, self)
        self.compared.exec()

    def remove_chosen(self) -> None:
        item = self.ideas.currentItem()
        if item is None:
            return
        self.journal.remove_from_shortlist(item.data(Qt.ItemDataRole.UserRole))
        message = self.tr("Took “{name}” off the shortlist.").format(name=item.text())
        self.fill()
        self.status.setText(message)
        announce(self.status, message)
