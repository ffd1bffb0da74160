"""My goals: the goals list, a goal's page (experiments, check-ins, timeline) and adaptations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import announce
from carematch.gui.chart import ProgressChart
from carematch.gui.context import AppContext
from carematch.gui.dialogs.journal_forms import (
    AdaptationDialog,
    CheckInDialog,
    ExperimentDialog,
    GoalDialog,
)
from carematch.gui.ops import Op, plain_problem
from carematch.gui.pages.goal_details import show_details
from carematch.gui.widgets import (
    ITEM_LIMIT,
    ReadOnlyText,
    button,
    day_text,
    heading,
    plain,
    plain_label,
    untrusted,
)
from carematch.i18n import _

if TYPE_CHECKING:
    from carematch.journal.models import Goal
    from carematch.journal.service import Deleted


ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _about(text: str, name: str, parent: QWidget) -> QWidget:
    """A line under a heading saying in plain words what the word means."""
    label = plain_label(text, parent)
    label.setAccessibleName(name)
    return label


def _item(text: str, record_id: int) -> QListWidgetItem:
    text = plain(text, ITEM_LIMIT)  # the person's own words: see widgets.plain
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, record_id)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    return item


class GoalsPage(QWidget):
    said = Signal(str)  # what just happened, for the window's status bar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("goals-page")
        self._deleted: Deleted | None = None

        self.title = heading(self.tr("My goals"), self)
        self.goals = QListWidget(self)
        self.goals.setObjectName("goals-list")
        self.goals.setAccessibleName(self.tr("Goals"))
        self.goals.setWordWrap(True)
        self.goals.currentItemChanged.connect(self._show_goal)
        self.new_goal = button(self.tr("New &goal…"), self)
        self.delete_goal = button(self.tr("&Delete goal"), self)
        # clicked() sends checked=False: never let it reach _add_goal's text
        self.new_goal.clicked.connect(lambda: self._add_goal())
        self.delete_goal.clicked.connect(self._delete_goal)
        self.undo_bar = QWidget(self)
        self.undo_label = plain_label("", self.undo_bar)
        self.undo_label.setAccessibleName(self.tr("Deleted"))
        self.undo_button = button(self.tr("&Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self._undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self, singleShot=True)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        self.adaptations = QListWidget(self)
        self.adaptations.setAccessibleName(self.tr("My adaptations"))
        self.new_adaptation = button(self.tr("New &adaptation…"), self)
        self.new_adaptation.clicked.connect(self._add_adaptation)
        self.share_adaptation = button(
            self.tr("S&hare as a recipe…"),
            self,
            tip=self.tr("Review what would be shared, then save a pack"),
        )
        self.share_adaptation.clicked.connect(self._share)
        self.circle_button = button(
            self.tr("My circle of su&pport…"),
            self,
            tip=self.tr("People who help you add notes and check-ins, with your say-so"),
        )
        self.circle_button.clicked.connect(self._circle)
        self.panel_button = button(
            self.tr("Pa&nel meeting view…"),
            self,
            tip=self.tr("Large, calm pages of the goals you choose, for a meeting"),
        )
        self.panel_button.clicked.connect(self._panel)
        self.contribute_button = button(
            self.tr("Share what wor&ked, anonymously…"),
            self,
            tip=self.tr(
                "A file of which ideas you kept, randomised so no one can be sure of your "
                "answers, for a group that pools them"
            ),
        )
        self.contribute_button.clicked.connect(self._contribute)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.goals, 2)
        row = QHBoxLayout()
        row.addWidget(self.new_goal)
        row.addWidget(self.delete_goal)
        ll.addLayout(row)
        ll.addWidget(self.undo_bar)
        ll.addWidget(heading(self.tr("My adaptations"), self, 1.1))
        ll.addWidget(
            _about(
                self.tr(
                    "Changes you made yourself that help, like a loop on a zip. "
                    "You can share one with others as a recipe."
                ),
                self.tr("About adaptations"),
                self,
            )
        )
        ll.addWidget(self.adaptations, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.new_adaptation)
        arow.addWidget(self.share_adaptation)
        ll.addLayout(arow)
        ll.addWidget(self.circle_button)
        ll.addWidget(self.panel_button)
        ll.addWidget(self.contribute_button)
        ll.addStretch(0)  # the lists stop at their most (see _cap_lists); the rest is space
        self._cap_lists()

        self.goal_title = heading("", self, 1.2)
        self.goal_title.setObjectName("goal-title")
        self.goal_info = plain_label("", self)
        self.quick_checkin = button(
            self.tr("&Quick check-in…"), self, tip=self.tr("Log how it is going; Enter saves")
        )
        self.edit_goal = button(self.tr("&Edit goal…"), self)
        self.new_experiment = button(self.tr("New e&xperiment…"), self)
        self.quick_checkin.clicked.connect(self._checkin)
        self.edit_goal.clicked.connect(self._edit_goal)
        self.new_experiment.clicked.connect(self._add_experiment)
        self.experiments = QListWidget(self)
        self.experiments.setAccessibleName(self.tr("Experiments"))
        self.experiments.setWordWrap(True)  # a long experiment wraps; it never scrolls sideways
        self.experiments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.experiments.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.experiments.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.experiments.itemActivated.connect(self._edit_experiment)
        self.checkins = QTableWidget(0, 5, self)
        self.checkins.setAccessibleName(self.tr("Check-ins"))
        self.checkins.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("How well"),
                self.tr("How happy"),
                self.tr("Level"),
                self.tr("Note"),
            ]
        )
        header = self.checkins.horizontalHeader()
        for column in range(4):  # the headings always show whole, at any text size
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.checkins.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkins.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkins.setTabKeyNavigation(False)
        self.checkins.verticalHeader().hide()
        self.checkins.setCornerButtonEnabled(False)
        self.checkins.horizontalHeader().setAccessibleName(self.tr("Check-in columns"))
        self.timeline = ReadOnlyText(self.tr("Timeline"), self)
        self.progress = plain_label("", self)
        self.progress.setAccessibleName(self.tr("Progress summary"))
        self.wins = plain_label("", self)
        self.wins.setAccessibleName(self.tr("My wins"))
        self.chart = ProgressChart(self)
        self.rate = button(
            self.tr("Rate the de&vice…"),
            self,
            tip=self.tr("How satisfied you are with the chosen experiment"),
        )
        self.rate.clicked.connect(self._rate)
        self.report = button(self.tr("Make a &report…"), self)
        self.report.clicked.connect(self._report)
        self.review = button(
            self.tr("Revie&w experiments…"),
            self,
            tip=self.tr("Ideas you set out to try until now: keep, change or stop"),
        )
        self.review.clicked.connect(self._review)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.goal_title)
        rl.addWidget(self.goal_info)
        actions = QHBoxLayout()
        for b in (
            self.quick_checkin,
            self.edit_goal,
            self.new_experiment,
            self.rate,
            self.report,
            self.review,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        rl.addLayout(actions)
        rl.addWidget(heading(self.tr("Progress"), self, 1.1))
        rl.addWidget(self.progress)
        rl.addWidget(self.wins)
        rl.addWidget(self.chart, 2)
        rl.addWidget(heading(self.tr("Experiments"), self, 1.1))
        rl.addWidget(
            _about(
                self.tr("Ideas you are trying for a while, to see whether they help."),
                self.tr("About experiments"),
                self,
            )
        )
        rl.addWidget(self.experiments, 1)
        rl.addWidget(heading(self.tr("Check-ins"), self, 1.1))
        rl.addWidget(self.checkins, 2)
        rl.addWidget(heading(self.tr("Timeline"), self, 1.1))
        rl.addWidget(self.timeline, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

        context.vault_opened.connect(self.reload)
        context.vault_closed.connect(self.clear)
        context.journal_changed.connect(self.reload)
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._cap_lists()

    def _cap_lists(self) -> None:
        """The lists on the left stop at about a dozen lines: with large text and a reminder
        above the page, a taller list could not be seen whole without scrolling the page."""
        line = self.goals.fontMetrics().lineSpacing()
        self.goals.setMaximumHeight(line * 12)
        self.adaptations.setMaximumHeight(line * 8)

    # --- loading ------------------------------------------------------------------------
    def clear(self) -> None:
        """Empty every widget that shows personal data (used when the vault locks)."""
        self.goals.clear()
        self.adaptations.clear()
        self.experiments.clear()
        self.checkins.setRowCount(0)
        self.timeline.clear()
        self.goal_title.setText(self.tr("No goal chosen"))
        self.goal_info.setText("")
        self.undo_bar.hide()
        self._deleted = None
        self._set_goal_actions(False)

    def reload(self, select_id: int | None = None) -> None:
        journal = self.context.journal
        if journal is None:
            self.clear()
            return
        current = select_id or self.current_goal_id()
        self.goals.clear()
        for goal in journal.list_goals():
            status = "" if goal.status.value == "active" else f" ({_(goal.status.value)})"
            self.goals.addItem(_item(goal.text + status, goal.id))
        self.adaptations.clear()
        for adaptation in journal.adaptations():
            self.adaptations.addItem(_item(adaptation.title, adaptation.id))
        self.select_goal(current)
        if self.goals.currentRow() < 0 and self.goals.count():
            self.goals.setCurrentRow(0)
        if not self.goals.count():
            self._show_goal()

    def select_goal(self, goal_id: int | None) -> None:
        for row in range(self.goals.count()):
            if self.goals.item(row).data(ID_ROLE) == goal_id:
                self.goals.setCurrentRow(row)
                return

    def current_goal_id(self) -> int | None:
        item = self.goals.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_goal(self) -> Goal | None:
        goal_id = self.current_goal_id()
        if goal_id is None or self.context.journal is None:
            return None
        return self.context.journal.get_goal(goal_id)

    def _set_goal_actions(self, enabled: bool) -> None:
        for b in (
            self.quick_checkin,
            self.edit_goal,
            self.new_experiment,
            self.delete_goal,
            self.report,
            self.rate,
        ):
            b.setEnabled(enabled)
        has_vault = self.context.journal is not None
        self.review.setEnabled(has_vault)
        self.new_goal.setEnabled(has_vault)
        self.new_adaptation.setEnabled(has_vault)
        self.share_adaptation.setEnabled(has_vault)
        self.circle_button.setEnabled(has_vault)
        self.contribute_button.setEnabled(has_vault)
        self.panel_button.setEnabled(has_vault)

    def _show_goal(self, *_args: Any) -> None:
        goal = self.current_goal()
        journal = self.context.journal
        self.experiments.clear()
        self.checkins.setRowCount(0)
        self.timeline.clear()
        self.progress.setText("")
        self.wins.setText("")
        self.chart.show_evidence(None)
        if goal is None or journal is None:
            self.goal_title.setText(
                self.tr("No goal chosen") if journal else self.tr("Open a vault to see your goals")
            )
            self.goal_info.setText(self.tr("Choose a goal, or make a new one.") if journal else "")
            self._set_goal_actions(False)
            return
        self._set_goal_actions(True)
        self.goal_title.setText(untrusted(goal.text))
        info = [
            self.tr("Importance {n} out of 10.").format(n=goal.importance),
            self.tr("Status: {s}.").format(s=_(goal.status.value)),
        ]
        if goal.why.strip():
            why = untrusted(goal.why.strip(), 1000)
            stop = "" if why.endswith((".", "!", "?", "…")) else "."  # each sentence ends once
            info.insert(0, self.tr("Why it matters: {why}").format(why=why) + stop)
        self.goal_info.setText(" ".join(info))
        from carematch.evidence.goal_evidence import gather
        from carematch.evidence.wins import goal_wins

        checkins = journal.checkins(goal.id)
        experiments = journal.experiments(goal.id)
        evidence = gather(journal, goal, checkins=checkins, experiments=experiments)
        self.progress.setText(evidence.sentence)
        found = goal_wins(evidence)
        if found:
            lines = [self.tr("My wins:")] + [f"• {untrusted(w.sentence, 300)}" for w in found]
            self.wins.setText("\n".join(lines))
        self.chart.show_evidence(evidence)
        sentences = {
            e.experiment.id: e.sentence
            + ("" if e.quest is None else f" Device rating {e.quest:.1f} out of 5.")
            for e in evidence.experiments
        }
        for exp in experiments:
            when = day_text(exp.start_date) if exp.start_date else self.tr("not started")
            text = self.tr("{title} — {status}, from {when}. {sentence}").format(
                title=exp.title,
                status=_(exp.status.value),
                when=when,
                sentence=sentences.get(exp.id, ""),
            )
            self.experiments.addItem(_item(text, exp.id))
        show_details(self.checkins, self.timeline, checkins, experiments, evidence)

    # --- actions ------------------------------------------------------------------------
    def _add_goal(self, text: str = "") -> None:
        journal = self.context.journal
        if journal is None:
            return
        dialog = GoalDialog(journal, text=text, parent=self)
        if dialog.exec() and dialog.saved:
            self.select_goal(dialog.saved.id)  # the page reloaded when the journal changed
            self._announce(self.tr("Goal saved."))

    def _edit_goal(self) -> None:
        goal = self.current_goal()
        if goal is None or self.context.journal is None:
            return
        if GoalDialog(self.context.journal, goal, parent=self).exec():
            self._announce(self.tr("Goal saved."))

    def check_in(self, goal_id: int) -> bool:
        """Open the quick check-in for one goal (from a reminder); True once it is saved."""
        self.select_goal(goal_id)
        return self.current_goal_id() == goal_id and self._checkin()

    def _checkin(self) -> bool:
        goal = self.current_goal()
        if goal is None or self.context.journal is None:
            return False
        before = self._win_keys(goal)
        dialog = CheckInDialog(self.context.journal, goal, self)
        if dialog.exec():
            self._announce(self.tr("Check-in saved.") + self._new_wins(goal, before))
            return True
        return False

    def _win_keys(self, goal: Goal) -> set[str]:
        from carematch.evidence.goal_evidence import gather
        from carematch.evidence.wins import goal_wins

        journal = self.context.journal
        return {w.key for w in goal_wins(gather(journal, goal))} if journal else set()

    def _new_wins(self, goal: Goal, before: set[str]) -> str:
        """A win that has just happened, said warmly (once: it is kept on the goal's page)."""
        from carematch.evidence.goal_evidence import gather
        from carematch.evidence.wins import goal_wins

        journal = self.context.journal
        if journal is None:
            return ""
        fresh = [
            w for w in goal_wins(gather(journal, journal.get_goal(goal.id))) if w.key not in before
        ]
        return "".join(" " + self.tr("Well done! {win}").format(win=w.sentence) for w in fresh)

    def _add_experiment(self) -> None:
        goal = self.current_goal()
        if goal is None or self.context.journal is None:
            return
        if ExperimentDialog(self.context.journal, goal, parent=self).exec():
            self._announce(self.tr("Experiment saved."))

    def _edit_experiment(self, item: QListWidgetItem) -> None:
        goal = self.current_goal()
        journal = self.context.journal
        if goal is None or journal is None:
            return
        exp = next((e for e in journal.experiments(goal.id) if e.id == item.data(ID_ROLE)), None)
        if exp and ExperimentDialog(journal, goal, exp, parent=self).exec():
            self._announce(self.tr("Experiment saved."))

    def _rate(self) -> None:
        from carematch.gui.dialogs.journal_forms import QuestDialog

        goal = self.current_goal()
        journal = self.context.journal
        experiments = journal.experiments(goal.id) if goal and journal else []
        if goal is None or journal is None or not experiments:
            self._announce(self.tr("Add an experiment first, then rate the device."))
            return
        row = self.experiments.currentRow()
        chosen = self.experiments.item(row).data(ID_ROLE) if row >= 0 else None
        if QuestDialog(journal, experiments, chosen, self).exec():
            self._announce(self.tr("Rating saved."))

    def _review(self) -> None:
        from carematch.gui.dialogs.review_dialog import ReviewDialog

        if self.context.journal is not None:
            ReviewDialog(self.context.journal, self).exec()

    def _report(self) -> None:
        from carematch.gui.dialogs.report_dialog import ReportDialog

        if self.context.journal is None:
            return
        journal = self.context.journal
        dialog = ReportDialog(journal, self, chosen=self.current_goal_id())
        if not dialog.exec() or dialog.path is None or dialog.options is None:
            return
        from carematch.reports.writer import write_report

        path, ids, options = dialog.path, dialog.goal_ids, dialog.options

        def saved(out: Path) -> None:
            self._announce(self.tr("Report saved: {path}").format(path=out))

        work = Op(
            self, lambda: write_report(journal, ids, path, options), self.tr("Making the report…")
        )
        work.success(saved).failure(lambda exc: self._announce(plain_problem(exc))).run()

    def _share(self) -> None:
        from carematch.gui.dialogs.share_recipe import ShareRecipeDialog

        journal, catalogue = self.context.journal, self.context.catalogue
        row = max(self.adaptations.currentRow(), 0)
        if journal is None or catalogue is None or not self.adaptations.count():
            self._announce(self.tr("Add an adaptation first."))
            return
        wanted = self.adaptations.item(row).data(ID_ROLE)
        dialog = ShareRecipeDialog(journal, wanted, catalogue, self)
        if dialog.exec() and dialog.saved:
            self._announce(self.tr("Saved the recipe pack: {path}").format(path=dialog.saved))

    def _circle(self) -> None:
        from carematch.gui.dialogs.circle_dialog import CircleDialog

        if self.context.journal is not None:
            CircleDialog(self.context.journal, self).exec()
            self.reload(self.current_goal_id())

    def _contribute(self) -> None:
        from carematch.gui.dialogs.contribute_dialog import ContributeDialog

        journal, catalogue = self.context.journal, self.context.catalogue
        if journal is None or catalogue is None:
            self._announce(self.tr("Open a vault first, and wait for the catalogue."))
            return
        dialog = ContributeDialog(journal, catalogue, self)
        if dialog.exec() and dialog.saved:
            self._announce(
                self.tr("Saved {path}. Give it to the group that pools what worked.").format(
                    path=dialog.saved
                )
            )

    def _panel(self) -> None:
        from carematch.gui.dialogs.panel_view import PanelGoalsDialog, PanelView

        journal = self.context.journal
        if journal is None:
            return
        choose = PanelGoalsDialog(journal, self)
        if not choose.exec():
            return
        view = PanelView(journal, choose.chosen, self)
        view.setWindowState(Qt.WindowState.WindowFullScreen)
        view.exec()
        self.reload(self.current_goal_id())

    def _add_adaptation(self) -> None:
        if self.context.journal and AdaptationDialog(self.context.journal, self).exec():
            self._announce(self.tr("Adaptation saved."))

    def _delete_goal(self) -> None:
        goal = self.current_goal()
        journal = self.context.journal
        if goal is None or journal is None:
            return
        self._deleted = journal.delete("goal", goal.id)
        self.undo_label.setText(self.tr("Deleted “{goal}”.").format(goal=untrusted(goal.text)))
        self.undo_bar.show()
        from carematch.journal.service import UNDO_WINDOW

        self._undo_timer.start(int(UNDO_WINDOW.total_seconds() * 1000))
        self._announce(self.tr("Goal deleted. Press Alt+U to undo."))
        self.undo_button.setFocus()

    def _undo(self) -> None:
        if self._deleted is None or self.context.journal is None:
            return
        deleted, self._deleted = self._deleted, None
        self.context.journal.undo(deleted)
        self.undo_bar.hide()
        self.select_goal(deleted.id)
        self._announce(self.tr("Brought it back."))

    def _announce(self, message: str) -> None:
        announce(self, message)
        self.said.emit(message)
