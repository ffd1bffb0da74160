"""Find ideas: a goal in your own words, ideas that fit, and why each one came up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carematch.catalogue.kinds import Kind
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.fit import FlowLayout
from carematch.gui.ops import Op, plain_problem
from carematch.gui.widgets import (
    ReadOnlyText,
    buddy,
    button,
    entry_details_text,
    fit_choices,
    heading,
    plain,
    plain_label,
    plain_tooltip,
    search_box,
    untrusted,
)
from carematch.journal.enums import MarkKind
from carematch.matching.spoken import spoken_idea

if TYPE_CHECKING:
    from carematch.matching import Filters, MatchResponse


DEBOUNCE_MS = 250
COST_CHOICES = (None, 0, 10, 25, 50, 100, 250, 500, 1000)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_CHARACTERS = 20  # a filter list is this wide; its drop-down shows whole choices


class FindPage(QWidget):
    try_requested = Signal(str, str)  # entry id, goal text

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("find-page")
        self._sequence = 0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        self.title = heading(self.tr("Find ideas"), self)
        self.goal_box = search_box(self, self.tr("For example: make a cup of tea on my own"))
        self.goal_box.setObjectName("goal-box")
        goal_label = buddy(self.tr("&What would you like to be able to do?"), self.goal_box, self)
        self.goal_box.setAccessibleDescription(
            self.tr("Ideas appear below as you type. Press the down arrow to move to them.")
        )

        self.cost = QComboBox(self)
        self.cost.addItem(self.tr("Any price"), None)
        for amount in COST_CHOICES[1:]:
            self.cost.addItem(self.tr("Free") if amount == 0 else f"£{amount:,}", amount)
        cost_label = buddy(self.tr("Most I want to spen&d:"), self.cost, self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in Kind:
            self.kind.addItem(kind.label, kind.value)
        kind_label = buddy(self.tr("&Kind of idea:"), self.kind, self)
        self.place = QComboBox(self)
        self.place.addItem(self.tr("Any place"), None)
        place_label = buddy(self.tr("&Place:"), self.place, self)
        for combo in (self.cost, self.kind, self.place):
            combo.currentIndexChanged.connect(self.search_soon)

        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Ideas"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setSpacing(4)
        self.results.currentItemChanged.connect(self._show_current)
        self.results.itemActivated.connect(self._open_current)
        self.status = plain_label(self.tr("Write a goal to see ideas."), self)
        self.status.setObjectName("find-status")
        self.status.setAccessibleName(self.tr("Search status"))

        self.details = ReadOnlyText(self.tr("About this idea"), self)
        self.details.setObjectName("details")
        self.try_button = button(
            self.tr("&Try this…"),
            self,
            tip=self.tr("Start trying this idea as an experiment on a goal"),
        )
        self.worked_button = button(self.tr("Wo&rked for me"), self)
        self.not_for_me_button = button(self.tr("&Not for me"), self)
        self.try_button.clicked.connect(self._try_current)
        self.worked_button.clicked.connect(lambda: self._mark(MarkKind.WORKED))
        self.not_for_me_button.clicked.connect(lambda: self._mark(MarkKind.NOT_FOR_ME))

        # The filters wrap onto a second row when they do not fit (large text, narrow
        # window); each label stays next to its list, and a long choice does not widen it.
        filters = FlowLayout(gap=1.0)
        for label, combo in (
            (cost_label, self.cost),
            (kind_label, self.kind),
            (place_label, self.place),
        ):
            fit_choices(combo, FILTER_CHARACTERS)
            filters.add_pair(label, combo)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.status)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        actions = QHBoxLayout()
        for b in (self.try_button, self.worked_button, self.not_for_me_button):
            actions.addWidget(b)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(goal_label)
        layout.addWidget(self.goal_box)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self.goal_box.textChanged.connect(self.search_soon)
        self.goal_box.returnPressed.connect(self._focus_results)
        self.goal_box.installEventFilter(self)
        context.catalogue_ready.connect(self._catalogue_ready)
        context.vault_closed.connect(self.reset_for_another_vault)
        context.vault_opened.connect(  # "Try this" and the marks need an open journal
            lambda: self._set_actions_enabled(self.current_entry_id() is not None)
        )
        context.marks_changed.connect(self.search_soon)
        self._set_actions_enabled(False)
        self._last_response: MatchResponse | None = None
        self._reasons: dict[str, list[str]] = {}

    # --- wiring -------------------------------------------------------------------------
    def eventFilter(self, obj: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if (
            obj is self.goal_box
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self._focus_results()
            return True
        return super().eventFilter(obj, event)

    def _catalogue_ready(self) -> None:
        catalogue = self.context.catalogue
        assert catalogue is not None
        chosen = self.place.currentData()
        while self.place.count() > 1:  # the catalogue can be reloaded (packs, my entries)
            self.place.removeItem(1)
        for pid, term in catalogue.vocabulary.places.items():
            self.place.addItem(term.name, pid)
        self.place.setCurrentIndex(max(0, self.place.findData(chosen)))
        if catalogue.problems:
            self.status.setText(catalogue.skipped_summary())
        self.search_soon()

    def _focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def filters(self) -> Filters:
        from carematch.matching import Filters

        kind = self.kind.currentData()
        return Filters(
            max_cost=self.cost.currentData(),
            kinds=frozenset({Kind(kind)}) if kind else frozenset(),
            place=self.place.currentData(),
        )

    # --- searching ----------------------------------------------------------------------
    def reset_for_another_vault(self) -> None:
        """A vault was closed (switching client, or locking): its goal, ideas and filters go,
        so one person's "Place: Bathroom" never shapes the next person's ideas."""
        for combo in (self.cost, self.kind, self.place):
            combo.setCurrentIndex(0)
        self.clear_personal()

    def clear_personal(self) -> None:
        """Forget the goal typed and the ideas shown (used when the journal locks)."""
        self._sequence += 1  # a search still running is dropped when it finishes
        self.goal_box.setText("")  # unlike clear(), this also empties the undo history
        self._timer.stop()
        self.results.clear()
        self.details.clear()
        self._last_response = None
        self._reasons = {}
        self.status.setText(self.tr("Write a goal to see ideas."))
        self._set_actions_enabled(False)

    def search_soon(self) -> None:
        self._timer.start()

    def search_now(self) -> None:
        matcher = self.context.matcher
        goal = self.goal_box.text()
        if matcher is None:
            self.status.setText(self.tr("Loading the catalogue…"))
            return
        if not goal.strip():
            self.results.clear()
            self.details.clear()
            self.status.setText(self.tr("Write a goal to see ideas."))
            self._set_actions_enabled(False)
            return
        self._sequence += 1
        sequence = self._sequence
        filters = self.filters()
        worked, not_for_me = self.context.marks

        def work() -> MatchResponse:
            return matcher.match(
                goal, limit=20, filters=filters, worked=worked, not_for_me=not_for_me
            )

        def done(response: MatchResponse) -> None:
            if sequence == self._sequence:
                self.show_response(response)

        def failed(exc: BaseException) -> None:
            from carematch.matching import EmptyGoalError

            if sequence == self._sequence and not isinstance(exc, EmptyGoalError):
                self.status.setText(
                    self.tr("Something went wrong while searching: {e}").format(
                        e=untrusted(plain_problem(exc))
                    )
                )

        Op(self, work).success(done).failure(failed).run()

    def show_response(self, response: MatchResponse) -> None:
        self._last_response = response
        self._reasons = {r.entry.id: r.why for r in response.results}
        self.results.clear()
        for result in response.results:
            entry = result.entry
            why = " ".join(result.why)
            text = f"{entry.name}  ({entry.cost.label()})\n{entry.summary}\n{self.tr('Why')}: {why}"
            item = QListWidgetItem(plain(text))  # entries are untrusted: see widgets.plain
            item.setData(ENTRY_ID_ROLE, entry.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                plain(spoken_idea(entry.name, entry.cost.label(), result.why, entry.summary)),
            )
            item.setToolTip(plain_tooltip(entry.summary))
            self.results.addItem(item)
        count = len(response.results)
        if count:
            first = plain(response.results[0].entry.name, 80)
            message = self.tr(
                "{n} ideas. The first is {first}. Press the down arrow to go through them."
            ).format(n=count, first=first)
        else:
            message = " ".join(response.notes) or self.tr("No ideas found.")
        notes = [n for n in response.notes if count]
        if notes:
            message += " " + " ".join(notes)
        self.status.setText(message)
        announce(self.status, message)
        if count:
            self.results.setCurrentRow(0)
        else:
            self.details.clear()
            self._set_actions_enabled(False)

    # --- the chosen idea ----------------------------------------------------------------
    def current_entry_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ENTRY_ID_ROLE) if item else None

    def _show_current(self, *_: Any) -> None:
        entry_id = self.current_entry_id()
        catalogue = self.context.catalogue
        if entry_id is None or catalogue is None or entry_id not in catalogue.entries:
            self.details.clear()
            self._set_actions_enabled(False)
            return
        details = entry_details_text(catalogue.entries[entry_id], catalogue, self.tr)
        reasons = self._reasons.get(entry_id)
        if reasons:  # every reason, where the spoken list item has only the first few
            title, _sep, rest = details.partition("\n")
            why = self.tr("Why it came up:") + " " + " ".join(reasons)
            details = f"{title}\n\n{why}\n{rest}"
        self.details.setPlainText(details)
        self._set_actions_enabled(True)

    def _open_current(self, *_: Any) -> None:
        self._show_current()
        self.details.setFocus()

    def _set_actions_enabled(self, enabled: bool) -> None:
        has_vault = self.context.journal is not None
        self.try_button.setEnabled(enabled and has_vault)
        self.worked_button.setEnabled(enabled and has_vault)
        self.not_for_me_button.setEnabled(enabled and has_vault)

    def _try_current(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id:
            self.try_requested.emit(entry_id, self.goal_box.text().strip())

    def _mark(self, kind: MarkKind) -> None:
        entry_id = self.current_entry_id()
        journal = self.context.journal
        catalogue = self.context.catalogue
        if not entry_id or journal is None or catalogue is None:
            return
        journal.set_mark(entry_id, kind)
        name = catalogue.entries[entry_id].name
        message = (
            self.tr("Marked '{name}' as worked for you.")
            if kind == MarkKind.WORKED
            else self.tr("Marked '{name}' as not for you. It will show lower down.")
        )
        message = message.format(name=untrusted(name))
        self.status.setText(message)
        announce(self.status, message)  # the journal tells the context; marks_changed re-ranks
