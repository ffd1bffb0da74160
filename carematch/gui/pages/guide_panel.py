"""Help me choose: the guided questions on the Find ideas page, one step at a time.

A question, its choices as a list (arrows and Enter, a click, or the number keys), the answers
so far with Back and Start again (Backspace goes back too). The walk itself lives in
carematch/app/guide.py; this only shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from carematch.gui.accessibility import announce
from carematch.gui.icons import guide_icon
from carematch.gui.widgets import button, heading, plain, plain_label
from carematch.i18n import ngettext

if TYPE_CHECKING:
    from carematch.app.guide import GuideWalk, Step
    from carematch.gui.context import AppContext
    from carematch.matching import MatchResponse

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 2


class GuidePanel(QWidget):
    """Emits `finished` at the ideas step and `write_own` for "Something else"."""

    finished = Signal()
    moved = Signal()  # a new question shows (the answers so far changed)
    write_own = Signal(str)  # words from the answers so far, to start the goal with

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-panel")
        self.walk: GuideWalk | None = None
        self._icons = False
        self.title = heading(self.tr("Help me choose"), self, 1.1)
        self.intro = plain_label(
            self.tr("No need to type: answer up to three questions and see ideas that fit."), self
        )
        self.question = plain_label("", self)
        self.question.setObjectName("guide-question")
        self.choices = QListWidget(self)
        self.choices.setObjectName("guide-choices")
        self.choices.setWordWrap(True)
        self.choices.itemActivated.connect(self._chosen)
        self.choices.itemClicked.connect(self._chosen)
        self.choices.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.intro, self.question):
            layout.addWidget(widget)
        layout.addWidget(self.choices, 1)

    def start(self, walk: GuideWalk) -> None:
        self.walk = walk
        self.show_step()

    # --- showing a step -----------------------------------------------------------------------
    def show_step(self) -> bool:
        """Show where the walk is; False when it left the questions (the ideas, or "Something
        else"), so the focus is the page's to move."""
        from carematch.app.guide import IDEAS, WRITE

        walk = self.walk
        if walk is None:
            return False
        step = walk.step()
        if step.kind == IDEAS:
            self.finished.emit()
            return False
        if step.kind == WRITE:
            walk.back()  # the answers stay; the question comes back if they return here
            self._show(walk.step())
            self.write_own.emit(walk.goal_text())
            return False
        self._show(step)
        return True

    def _paint_icons(self) -> None:
        """Icons in the list's own colours (drawn again when high contrast or text size
        changes), on the first question only."""
        palette = self.palette()  # this panel's own: already the new one in its changeEvent
        colour = palette.color(QPalette.ColorRole.Text)
        chosen = palette.color(QPalette.ColorRole.HighlightedText)
        size = round(self.fontMetrics().height() * 1.3)
        self.choices.setIconSize(QSize(size, size))
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            icon = guide_icon(item.data(CHOICE_ROLE), colour, chosen, size) if self._icons else None
            item.setIcon(icon or QIcon())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped words keep the height they need at this width (a long question in a longer
        language, at large text, would otherwise be squeezed and cut off)."""
        super().resizeEvent(event)
        for label in (self.intro, self.question):
            label.setMinimumHeight(label.heightForWidth(max(1, label.width())))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._paint_icons()

    def _show(self, step: Step) -> None:
        asked = self.tr("Question {n} of {of}: {question}").format(
            n=step.number, of=step.of, question=step.question
        )
        self.question.setText(asked)
        self.choices.setAccessibleName(asked)  # said when the list takes the focus
        if self.choices.hasFocus():  # the list keeps the focus: its new name is not re-read
            announce(self, asked)
        self.choices.clear()
        self._icons = step.number == 1  # the areas of life: an icon beside each, words say it
        for n, choice in enumerate(step.choices, 1):
            label = plain(choice.label, 80)
            item = QListWidgetItem(f"{n}. {label}" if n < 10 else label)
            item.setData(CHOICE_ROLE, choice.id)
            self.choices.addItem(item)
        self._paint_icons()
        chosen = next(
            (
                i
                for i in range(self.choices.count())
                if self.choices.item(i).data(CHOICE_ROLE) == step.previous
            ),
            0,
        )
        self.choices.setCurrentRow(chosen)
        self.moved.emit()

    # --- answering ----------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem) -> None:
        if self.walk is None:
            return
        self.walk.choose(item.data(CHOICE_ROLE))
        if self.show_step():
            self.choices.setFocus(Qt.FocusReason.OtherFocusReason)

    def back(self) -> None:
        if self.walk is not None and self.walk.answers:
            self.walk.back()
            self.show_step()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.choices and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if (
                Qt.Key.Key_1 <= key <= Qt.Key.Key_9
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                row = key - Qt.Key.Key_1
                if row < self.choices.count():
                    self.choices.setCurrentRow(row)
                    self._chosen(self.choices.item(row))
                return True
            if key == Qt.Key.Key_Backspace:
                self.back()
                return True
        return super().eventFilter(obj, event)


class TrailBar(QWidget):
    """The answers so far ("Food › Making hot drinks"), with Back and Start again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-trail")
        self.words = plain_label("", self)
        self.words.setAccessibleName(self.tr("Your answers"))
        self.back = button(
            self.tr("&Back"), self, tip=self.tr("Change the last answer (Backspace)")
        )
        self.restart = button(self.tr("Start &again"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words, 1)
        row.addWidget(self.back)
        row.addWidget(self.restart)

    def show_trail(self, trail: list[str]) -> None:
        self.words.setText(self.tr("Your answers: {trail}").format(trail=" › ".join(trail)))
        self.back.setEnabled(bool(trail))
        self.setVisible(bool(trail))


class IdeaListActions(QWidget):
    """Under the ideas the questions led to: keep them as a goal, or save the list to print."""

    said = Signal(str)  # what happened, for the status line (and screen readers)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.walk: GuideWalk | None = None
        self.response: MatchResponse | None = None
        self.save_goal = button(
            self.tr("Save these ideas as a &goal…"),
            self,
            tip=self.tr("A new goal with the first ideas of this list to try"),
        )
        self.save_goal.clicked.connect(self._save_as_goal)
        self.save_list = button(
            self.tr("Save this &list…"), self, tip=self.tr("A text file you can print or keep")
        )
        self.save_list.clicked.connect(self._save_list)
        self.print_list = button(self.tr("Pr&int this list…"), self)
        self.print_list.clicked.connect(self._print_list)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_goal)
        row.addWidget(self.save_list)
        row.addWidget(self.print_list)
        row.addStretch(1)

    def show_list(self, walk: GuideWalk, response: MatchResponse) -> None:
        self.walk, self.response = walk, response
        self.save_goal.setEnabled(bool(response.results))
        self.save_list.setEnabled(bool(response.results))
        self.print_list.setEnabled(bool(response.results))

    def _save_as_goal(self) -> None:
        from carematch.app.guide import add_ideas_to_goal
        from carematch.gui.dialogs.journal_forms import GoalDialog

        journal, walk, response = self.context.journal, self.walk, self.response
        if journal is None or walk is None or response is None:
            self.said.emit(self.tr("Open your journal first: its goals are kept there."))
            return
        dialog = GoalDialog(journal, text=walk.goal_text(), parent=self)
        if not dialog.exec() or dialog.saved is None:
            return
        added = add_ideas_to_goal(journal, dialog.saved.id, response)
        self.said.emit(
            ngettext(
                "Saved the goal with {n} idea to try. It is under My goals (Ctrl+2).",
                "Saved the goal with {n} ideas to try. It is under My goals (Ctrl+2).",
                added,
            ).format(n=added)
        )

    def _save_list(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from carematch.app.guide import save_idea_list
        from carematch.gui.ops import plain_problem

        walk, response = self.walk, self.response
        if walk is None or response is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this list"),
            str(Path.home() / self.tr("CareMatch ideas.txt")),
            self.tr("Text you can print (*.txt)"),
        )
        if not chosen:
            return
        try:
            saved = save_idea_list(Path(chosen), walk.trail(), response)
        except OSError as exc:
            self.said.emit(self.tr("The list could not be saved: {e}").format(e=plain_problem(exc)))
            return
        self.said.emit(self.tr("Saved the list as {name}.").format(name=saved.name))

    def _print_list(self) -> None:
        from carematch.app.guide import idea_list_text
        from carematch.gui.printing import print_plain_text

        walk, response = self.walk, self.response
        if walk is None or response is None:
            return
        text = idea_list_text(walk.trail(), response)
        sent = print_plain_text(self, self.tr("Ideas from CareMatch"), text)
        if sent:
            self.said.emit(self.tr("Sent the list to the printer."))
        elif sent is False:
            self.said.emit(self.tr("The list could not be printed. Save it instead (Alt+L)."))
