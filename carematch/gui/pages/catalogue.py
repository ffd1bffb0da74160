"""Catalogue: browse ideas by area and activity, search as you type, read the details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carematch.app.pooled import evidence_lines
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.fit import FlowLayout
from carematch.gui.widgets import (
    ReadOnlyText,
    buddy,
    button,
    entry_details_text,
    fit_choices,
    heading,
    plain,
    plain_label,
    search_box,
    untrusted,
)
from carematch.i18n import ngettext
from carematch.matching.text import fold

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_CHARACTERS = 20  # a filter list is this wide; its drop-down shows whole choices


class CataloguePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("catalogue-page")
        self._haystack: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)

        self.title = heading(self.tr("Catalogue"), self)
        self.search = search_box(self, self.tr("For example: grabber, kettle, captions"))
        search_label = buddy(self.tr("Searc&h the catalogue:"), self.search, self)
        self.area = QComboBox(self)
        self.area.addItem(self.tr("All areas"), None)
        area_label = buddy(self.tr("A&rea:"), self.area, self)
        self.activity = QComboBox(self)
        self.activity.addItem(self.tr("All activities"), None)
        activity_label = buddy(self.tr("Acti&vity:"), self.activity, self)
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Catalogue ideas"))
        self.entries.setWordWrap(True)
        self.entries.currentItemChanged.connect(self._show_current)
        self.entries.itemActivated.connect(self._open_current)
        self.count = plain_label("", self)
        self.count.setAccessibleName(self.tr("Catalogue status"))
        self.details = ReadOnlyText(self.tr("About this catalogue idea"), self)
        self.new_entry = button(
            self.tr("&New idea…"), self, tip=self.tr("Add an idea to your own entries")
        )
        self.edit_entry = button(self.tr("Improve th&is idea…"), self)
        self.shortlist_add = button(
            self.tr("Add to sh&ortlist"), self, tip=self.tr("Keep it to compare side by side")
        )
        self.shortlist_open = button(
            self.tr("Shortlist and com&pare…"),
            self,
            tip=self.tr("Two to four shortlisted ideas side by side"),
        )
        self.shortlist_add.clicked.connect(self._shortlist_add)
        self.shortlist_open.clicked.connect(self._shortlist_open)
        context.vault_opened.connect(self._vault_changed)
        context.vault_closed.connect(self._vault_changed)
        self.new_entry.clicked.connect(lambda: self._edit(None))
        self.edit_entry.clicked.connect(self._edit_current)

        self.search.textChanged.connect(lambda: self._timer.start())
        self.area.currentIndexChanged.connect(self.refresh)
        self.activity.currentIndexChanged.connect(self.refresh)
        context.vault_closed.connect(self.reset_for_another_vault)

        # The filters wrap onto a second row when they do not fit (large text, narrow
        # window); each label stays next to its list, and a long choice does not widen it.
        filters = FlowLayout(gap=1.0)
        for label, combo in ((area_label, self.area), (activity_label, self.activity)):
            fit_choices(combo, FILTER_CHARACTERS)
            filters.add_pair(label, combo)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.entries, 1)
        ll.addWidget(self.count)
        row = QHBoxLayout()
        row.addWidget(self.new_entry)
        row.addWidget(self.edit_entry)
        row.addStretch(1)
        ll.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.shortlist_add)
        row2.addWidget(self.shortlist_open)
        row2.addStretch(1)
        ll.addLayout(row2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.details)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        context.catalogue_ready.connect(self._catalogue_ready)

    def _catalogue_ready(self) -> None:
        catalogue = self.context.catalogue
        assert catalogue is not None
        areas = sorted({e.area for e in catalogue.entries.values() if e.area})
        for combo in (self.area, self.activity):  # the catalogue can be reloaded
            while combo.count() > 1:
                combo.removeItem(1)
        for area in areas:
            self.area.addItem(area.replace("-", " ").capitalize(), area)
        for aid, term in catalogue.vocabulary.activities.items():
            self.activity.addItem(term.name, aid)
        self._haystack = {
            e.id: fold(" ".join([e.name, *e.aliases, e.summary]))
            for e in catalogue.entries.values()
        }
        self.refresh()

    def reset_for_another_vault(self) -> None:
        """A vault closed (switching client, or locking): what was searched for and the
        filters go with it, as on the Find ideas page."""
        self.search.setText("")  # unlike clear(), this also empties the undo history
        for combo in (self.area, self.activity):
            combo.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        catalogue = self.context.catalogue
        if catalogue is None:
            return
        words = fold(self.search.text()).split()
        area, activity = self.area.currentData(), self.activity.currentData()
        current = self.entries.currentItem()
        keep = current.data(ENTRY_ID_ROLE) if current else None
        self.entries.clear()
        shown = 0
        for entry in sorted(catalogue.entries.values(), key=lambda e: e.name.casefold()):
            if area and entry.area != area:
                continue
            if activity and activity not in entry.activities:
                continue
            hay = self._haystack.get(entry.id, "")
            if words and not all(w in hay for w in words):
                continue
            item = QListWidgetItem(plain(f"{entry.name} — {entry.cost.label()}"))
            item.setData(ENTRY_ID_ROLE, entry.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                plain(f"{entry.name}, {entry.cost.label()}. {entry.summary}"),
            )
            self.entries.addItem(item)
            if entry.id == keep:
                self.entries.setCurrentItem(item)
            shown += 1
        self.count.setText(
            ngettext(
                "{n} of {total} idea shown.", "{n} of {total} ideas shown.", len(catalogue)
            ).format(n=shown, total=len(catalogue))
        )
        if self.entries.currentRow() < 0 and shown:
            self.entries.setCurrentRow(0)
        if not shown:
            self.details.clear()

    def _edit_current(self) -> None:
        item = self.entries.currentItem()
        catalogue = self.context.catalogue
        if item is not None and catalogue is not None:
            self._edit(catalogue.entries.get(item.data(ENTRY_ID_ROLE)))

    def _edit(self, entry: Any) -> None:
        from carematch.gui.dialogs.entry_editor import EntryEditor

        if self.context.catalogue is None:
            return
        dialog = EntryEditor(self.context.catalogue, entry, self)
        if dialog.exec() and dialog.saved is not None:
            self.count.setText(
                self.tr("Saved “{name}” to your own entries.").format(
                    name=untrusted(dialog.saved.name)
                )
            )
            self.context.load_catalogue()  # the matcher sees it at once

    def _open_current(self, *_: Any) -> None:
        self.details.setFocus()

    def _vault_changed(self) -> None:
        has_vault = self.context.journal is not None
        self.shortlist_add.setEnabled(has_vault)
        self.shortlist_open.setEnabled(has_vault)

    def _shortlist_add(self) -> None:
        from carematch.gui.pages.shortlist_actions import add_to_shortlist

        item = self.entries.currentItem()
        message = add_to_shortlist(self.context, item.data(ENTRY_ID_ROLE) if item else None, self)
        self.count.setText(message)
        announce(self.count, message)

    def _shortlist_open(self) -> None:
        from carematch.gui.pages.shortlist_actions import show_shortlist

        show_shortlist(self.context, self)

    def _show_current(self, *_: Any) -> None:
        item = self.entries.currentItem()
        catalogue = self.context.catalogue
        if item is None or catalogue is None:
            return
        entry = catalogue.entries.get(item.data(ENTRY_ID_ROLE))
        if entry is not None:
            nation = self.context.settings.nation
            others = evidence_lines(entry.id, self.context.evidence)
            self.details.setPlainText(entry_details_text(entry, catalogue, nation, others))
