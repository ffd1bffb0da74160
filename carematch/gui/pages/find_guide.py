"""Find ideas' "Help me choose" side: the guided questions where the results list is before a
goal is typed, the examples to click, and moving between the questions, their ideas and the
goal box. A part of FindPage, kept apart because it is its own flow."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from carematch.gui.accessibility import announce

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPushButton,
        QStackedWidget,
    )

    from carematch.app.guide import GuideWalk
    from carematch.gui.context import AppContext
    from carematch.gui.pages.clarify_bar import ClarifyBar
    from carematch.gui.pages.guide_panel import GuidePanel, IdeaListActions, TrailBar
    from carematch.gui.pages.nothing_found import NothingFound
    from carematch.gui.widgets import ReadOnlyText
    from carematch.matching import MatchResponse


class GuideSide:
    """Mixed into FindPage (a QWidget), whose widgets these are. Its words are translated in
    FindPage's context (QCoreApplication.translate), where FindPage's own self.tr finds them."""

    if TYPE_CHECKING:
        context: AppContext
        walk: GuideWalk | None
        guide_button: QPushButton
        guide: GuidePanel
        trail: TrailBar
        nothing: NothingFound
        list_actions: IdeaListActions
        clarify: ClarifyBar
        examples: ClarifyBar
        left_stack: QStackedWidget
        goal_box: QLineEdit
        results: QListWidget
        details: ReadOnlyText
        status: QLabel
        cost: QComboBox
        _narrow: tuple[str, str]

        def isVisibleTo(self, widget: QWidget) -> bool: ...
        def _set_actions_enabled(self, enabled: bool) -> None: ...
        def _focus_results(self) -> None: ...
        def show_response(self, response: MatchResponse, lead: str = "") -> None: ...

    def _start_guide(self) -> None:
        from carematch.app.guide import GuideWalk, load_for

        catalogue, matcher = self.context.catalogue, self.context.matcher
        guide = load_for(catalogue)[0] if catalogue is not None else None
        answers = list(self.walk.answers) if self.walk is not None else []
        self.walk = GuideWalk(guide, matcher) if guide and matcher else None
        self.guide_button.setVisible(self.walk is not None)
        self._offer_examples(guide.examples if guide else ())
        if self.walk is None:
            self.left_stack.setCurrentIndex(0)
            return
        for answer in answers:  # a reloaded catalogue (a pack imported) keeps the answers
            try:
                self.walk.choose(answer)
            except ValueError:
                break
        self.guide.start(self.walk)
        self._show_guide_side()

    def showing_guide_ideas(self) -> bool:
        return self.list_actions.isVisibleTo(self)  # type: ignore[arg-type]

    def _show_guide_side(self) -> None:
        """Before a goal is typed, the left side shows the questions (never an empty list)."""
        if self.walk is None or self.goal_box.text().strip():
            return
        from carematch.app.guide import IDEAS

        at_ideas = self.walk.step().kind == IDEAS
        self.left_stack.setCurrentIndex(0 if at_ideas else 1)
        self.list_actions.setVisible(at_ideas)
        self.trail.show_trail(self.walk.trail())

    def _typed(self, text: str) -> None:
        self._narrow = ("", "")  # a new goal: the choice made for the last one goes
        self.nothing.hide()
        self.examples.setVisible(not text.strip() and bool(self.examples.buttons))
        if not text.strip():
            self._chain_examples()
        if not text.strip():
            self.clarify.offer([])
        if text.strip():
            self.left_stack.setCurrentIndex(0)
            self.list_actions.hide()
            self.trail.hide()
        elif self.walk is not None:
            self.results.clear()
            self.details.clear()
            self._set_actions_enabled(False)
            self.status.setText(
                QCoreApplication.translate("FindPage", "Write a goal to see ideas.")
            )
            self._guide_where_it_was()

    def _guide_where_it_was(self) -> None:
        from carematch.app.guide import IDEAS

        if self.walk is not None and self.walk.step().kind == IDEAS:
            self._guide_ideas(focus=False)
        else:
            self.guide.show_step()
            self._show_guide_side()

    def show_guide(self) -> None:
        """The "Help me choose" button: the questions again, where the person left them."""
        if self.walk is None:
            return
        self.goal_box.setText("")  # a search, not something written down: nothing is lost
        self._guide_where_it_was()
        target = self.results if self.showing_guide_ideas() else self.guide.choices
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _guide_ideas(self, focus: bool = True) -> None:
        walk = self.walk
        if walk is None:
            return
        response = walk.ideas()
        self.list_actions.show_list(walk, response)
        self._show_guide_side()
        self.show_response(response, lead=" › ".join(walk.trail()) + ": ")
        if focus:
            self._focus_results()

    def _guide_back(self) -> None:
        if self.walk is not None:
            self.walk.back()
            self._back_to_the_questions()

    def _guide_restart(self) -> None:
        if self.walk is not None:
            self.walk.restart()
            self._back_to_the_questions()

    def _back_to_the_questions(self) -> None:
        self.goal_box.setText("")
        self.guide.show_step()
        self._show_guide_side()
        self.guide.choices.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write_own(self, words: str) -> None:
        """ "Something else": the goal box, started with the words of the answers so far."""
        self.goal_box.setText(words)
        self.goal_box.selectAll()
        self.goal_box.setFocus(Qt.FocusReason.OtherFocusReason)
        message = QCoreApplication.translate(
            "FindPage", "Write what you would like to do in your own words."
        )
        self.status.setText(message)
        announce(self.status, message)

    def _offer_examples(self, examples: tuple[str, ...]) -> None:
        from carematch.matching.clarify import Clarifier

        self.examples.offer([Clarifier(f"example:{n}", text) for n, text in enumerate(examples)])
        self.examples.setVisible(bool(examples) and not self.goal_box.text().strip())
        self._chain_examples()

    def _chain_examples(self) -> None:
        """Tab from Help me choose through the examples to the filters (the "Is this about"
        choices take their place while a goal is typed)."""
        chain = [self.guide_button, *self.examples.buttons, self.cost]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _example_chosen(self, _choice: str, text: str) -> None:
        self.goal_box.setText(text)  # the ideas follow, as if typed
        self.goal_box.setFocus(Qt.FocusReason.OtherFocusReason)
