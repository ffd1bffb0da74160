"""Find ideas: a goal in your own words, ideas that fit, and why each one came up."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carematch.app.pooled import evidence_brief, evidence_lines
from carematch.catalogue.kinds import Kind
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.fit import FlowLayout
from carematch.gui.ops import Op, plain_problem
from carematch.gui.pages.clarify_bar import ClarifyBar
from carematch.gui.pages.find_guide import GuideSide
from carematch.gui.pages.guide_panel import GuidePanel, IdeaListActions, TrailBar
from carematch.gui.pages.nothing_found import NothingFound
from carematch.gui.pages.result_cards import ResultCards, idea_card
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
from carematch.journal.enums import MarkKind

if TYPE_CHECKING:
    from carematch.app.guide import GuideWalk
    from carematch.matching import Filters, MatchResponse


DEBOUNCE_MS = 250
COST_CHOICES = (None, 0, 10, 25, 50, 100, 250, 500, 1000)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_CHARACTERS = 20  # a filter list is this wide; its drop-down shows whole choices


class FindPage(GuideSide, QWidget):
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
        # No item spacing: Qt measures a wrapped idea across the whole width but draws it inside
        # the spacing, and cuts short a line that only just fits ("…"). A blank line after each
        # idea keeps them apart instead (see show_response).
        self.results.setSpacing(0)
        self.cards = ResultCards(self.results)  # readable cards; the items keep their plain text
        self.results.setItemDelegate(self.cards)
        self.results.currentItemChanged.connect(self._show_current)
        self.results.itemActivated.connect(self._open_current)
        self.status = plain_label(self.tr("Write a goal to see ideas."), self)
        self.status.setObjectName("find-status")
        self.status.setAccessibleName(self.tr("Search status"))

        self.details = ReadOnlyText(self.tr("About this idea"), self)
        self.details.setPlaceholderText(
            self.tr(
                "Choose an idea to read about it here: what it is, how to get it, "
                "and what to be careful of."
            )
        )
        self.details.setObjectName("details")
        self.try_button = button(
            self.tr("&Try this…"),
            self,
            tip=self.tr("Start trying this idea as an experiment on a goal"),
        )
        self.worked_button = button(self.tr("Wo&rked for me"), self)
        self.not_for_me_button = button(self.tr("&Not for me"), self)
        self.shortlist_button = button(
            self.tr("Add to shortlist"), self, tip=self.tr("Keep it to compare side by side")
        )
        self.shortlist_button.clicked.connect(self._shortlist)
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

        # Help me choose: the guided questions fill the left side until a goal is typed.
        self.guide_button = button(
            self.tr("&Help me choose"),
            self,
            tip=self.tr("Answer up to three questions instead of typing"),
        )
        self.guide_button.clicked.connect(self.show_guide)
        self.guide = GuidePanel(self)
        self.guide.finished.connect(self._guide_ideas)
        self.guide.write_own.connect(self._write_own)
        self.guide.moved.connect(self._show_guide_side)
        self.trail = TrailBar(self)
        self.trail.back.clicked.connect(self._guide_back)
        self.trail.restart.clicked.connect(self._guide_restart)
        self.trail.hide()
        # Nothing found: say so, name the filter to drop, and offer the questions instead
        self.nothing = NothingFound(self)
        self.nothing.drop.connect(self._drop_filter)
        self.nothing.ask.connect(self.show_guide)
        self.drop_button, self.ask_button = self.nothing.drop_button, self.nothing.ask_button
        self.list_actions = IdeaListActions(context, self)  # save the list, or as a goal
        self.list_actions.said.connect(self.say)
        self.save_goal_button = self.list_actions.save_goal
        self.save_list_button = self.list_actions.save_list
        self.print_list_button = self.list_actions.print_list
        self.list_actions.hide()
        self.walk: GuideWalk | None = None
        # "Is this about: ..." when the ideas for a typed goal are about several things
        self.clarify = ClarifyBar(self)
        self.clarify.chosen.connect(self._narrow_to)
        self.clarify.cleared.connect(lambda: self._narrow_to("", ""))
        # Before anything is typed: a few goals in people's own words, to start from
        self.examples = ClarifyBar(
            self, asks=self.tr("For example:"), names=self.tr("Example goal: {what}")
        )
        self.examples.setObjectName("example-goals")
        self.examples.chosen.connect(self._example_chosen)
        self._narrow: tuple[str, str] = ("", "")  # the choice id and its label

        results_box = QWidget(self)
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.nothing)
        results_layout.addWidget(self.results, 1)
        results_layout.addWidget(self.list_actions)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(results_box)
        self.left_stack.addWidget(self.guide)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.trail)
        left_layout.addWidget(self.left_stack, 1)
        left_layout.addWidget(self.status)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        actions = QHBoxLayout()
        for b in (
            self.try_button,
            self.worked_button,
            self.not_for_me_button,
            self.shortlist_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        # Everything sits in one body, so at 200% text in a short window the page scrolls
        # instead of squeezing the guide's words on top of each other (see WindowFit).
        body = QWidget(self)
        body.setObjectName("find-body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        QVBoxLayout(self).addWidget(body, 1)
        layout.addWidget(self.title)
        layout.addWidget(goal_label)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_box, 1)
        goal_row.addWidget(self.guide_button)
        layout.addLayout(goal_row)
        layout.addWidget(self.clarify)
        layout.addWidget(self.examples)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self.goal_box.textChanged.connect(self.search_soon)
        self.goal_box.textChanged.connect(self._typed)
        # Tab goes down the page as it is laid out (the "Is this about" choices slot in after
        # Help me choose as they come; see ClarifyBar).
        chain = [self.goal_box, self.guide_button, self.cost, self.kind, self.place]
        chain += [self.trail.back, self.trail.restart, self.guide.choices, self.results]
        chain += [
            self.save_goal_button,
            self.save_list_button,
            self.print_list_button,
            self.details,
        ]
        chain += [self.try_button, self.worked_button, self.not_for_me_button]
        chain += [self.shortlist_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.clarify.between = (self.guide_button, self.cost)
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
        self._start_guide()
        self.search_soon()

    def _focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def filters(self) -> Filters:
        from carematch.matching import Filters

        kind = self.kind.currentData()
        filters = Filters(
            max_cost=self.cost.currentData(),
            kinds=frozenset({Kind(kind)}) if kind else frozenset(),
            place=self.place.currentData(),
        )
        catalogue = self.context.catalogue
        if self._narrow[0] and catalogue is not None:
            from carematch.matching.clarify import narrowed

            filters = narrowed(filters, self._narrow[0], catalogue.vocabulary)[0]
        return filters

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
        if self.walk is not None:  # the answers go too, like the goal typed
            self.walk.restart()
            self.guide.show_step()
        self._show_guide_side()
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
            if self.showing_guide_ideas():
                return  # the guided questions' ideas stay until a goal is typed
            self.results.clear()
            self.details.clear()
            self.status.setText(self.tr("Write a goal to see ideas."))
            self._set_actions_enabled(False)
            return
        self._sequence += 1
        sequence = self._sequence
        filters = self.filters()
        worked, not_for_me = self.context.marks
        kept = self.context.kept_by_others()

        def work() -> MatchResponse:
            return matcher.match(
                goal,
                limit=20,
                filters=filters,
                worked=worked,
                not_for_me=not_for_me,
                kept_by_others=kept,
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

    def show_response(self, response: MatchResponse, lead: str = "") -> None:
        self._last_response = response
        if self._narrow[0]:
            self.clarify.narrowed_to(self._narrow[1])
            lead = self.tr("Only ideas about {what}: ").format(what=self._narrow[1].lower())
        else:
            self.clarify.offer(response.choices)
        self._reasons = {r.entry.id: r.why for r in response.results}
        self.results.clear()
        evidence = self.context.evidence
        for result in response.results:
            others = evidence_brief(result.entry.id, evidence)
            self.results.addItem(idea_card(result, self.tr("Why"), ENTRY_ID_ROLE, others))
        count = len(response.results)
        if count:
            first = plain(response.results[0].entry.name, 80)
            message = lead + ngettext(
                "{n} idea. The first is {first}. Press the down arrow to go to it.",
                "{n} ideas. The first is {first}. Press the down arrow to go through them.",
                count,
            ).format(n=count, first=first)
        else:
            message = " ".join(response.notes) or self.tr("No ideas found.")
        notes = [n for n in response.notes if count]
        if notes:
            message += " " + " ".join(notes)
        self.status.setText(message)
        announce(self.status, message)
        self.nothing.show_for(
            response, typed=bool(self.goal_box.text().strip()), can_ask=self.walk is not None
        )
        if count:
            self.results.setCurrentRow(0)
        else:
            self.details.clear()
            self._set_actions_enabled(False)

    def _drop_filter(self, field: str) -> None:
        """Take away the filter that left nothing, as the button says."""
        combos = {"max_cost": self.cost, "kinds": self.kind, "place": self.place}
        if field in combos:
            combos[field].setCurrentIndex(0)  # its "Any ..." choice; the search follows
        elif field in ("activity", "helps_with"):
            self._narrow = ("", "")
            self.search_now()
        self._focus_results()

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
        details = entry_details_text(
            catalogue.entries[entry_id],
            catalogue,
            self.context.settings.nation,
            evidence_lines(entry_id, self.context.evidence),
        )
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
        self.shortlist_button.setEnabled(enabled and has_vault)

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

    def _shortlist(self) -> None:
        from carematch.gui.pages.shortlist_actions import add_to_shortlist

        message = add_to_shortlist(self.context, self.current_entry_id(), self)
        self.status.setText(message)
        announce(self.status, message)

    def say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    def _narrow_to(self, choice_id: str, label: str) -> None:
        """A choice under the goal box ("Is this about ..."), or back to every idea."""
        self._narrow = (choice_id, label)
        self.search_now()
        self._focus_results()
