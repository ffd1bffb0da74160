"""Forms for the journal: goals, experiments, check-ins, adaptations, and "Try this"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from carematch.evidence.review import LENGTHS
from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.widgets import CHOICE_LIMIT, button, fit_choices, plain
from carematch.i18n import N_, _
from carematch.journal.enums import ExperimentStatus, GoalStatus, Rhythm

if TYPE_CHECKING:
    from carematch.journal.models import CheckIn, Experiment, Goal
    from carematch.journal.service import Journal


GAS_LABELS = {
    -2: N_("Level −2 (much less than hoped):"),
    -1: N_("Level −1 (a bit less than hoped):"),
    0: N_("Level 0 (what I hope for):"),
    1: N_("Level +1 (a bit more than hoped):"),
    2: N_("Level +2 (much more than hoped):"),
}


def _spin(low: int, high: int, value: int, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    return box


def _text_box(parent: QWidget, text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlainText(text)
    box.document().setModified(False)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * (lines + 1))
    return box


class GoalDialog(FormDialog):
    def __init__(
        self,
        journal: Journal,
        goal: Goal | None = None,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit goal") if goal else self.tr("New goal"), parent)
        self.set_purpose(self.tr("Write what you would like to be able to do, in your own words."))
        self.journal, self.goal = journal, goal
        self.text = QLineEdit(goal.text if goal else text, self)
        self.add_row(self.tr("&What would you like to be able to do?"), self.text)
        self.why = _text_box(self, goal.why if goal else "")
        self.add_row(self.tr("W&hy it matters to you:"), self.why)
        self.importance = _spin(1, 10, goal.importance if goal else 5, self)
        self.add_row(self.tr("&Importance (1 to 10):"), self.importance)
        self.status = QComboBox(self)
        for status in GoalStatus:
            self.status.addItem(_(status.value).capitalize(), status.value)
        if goal:
            self.status.setCurrentIndex(self.status.findData(goal.status.value))
        self.add_row(self.tr("S&tatus:"), self.status)
        levels = goal.gas_levels() if goal else {}
        self.gas: dict[int, QLineEdit] = {}
        for level, label in GAS_LABELS.items():
            field = QLineEdit(levels.get(level, ""), self)
            field.setPlaceholderText(self.tr("In your own words (optional)"))
            self.gas[level] = self.add_row(_(label), field)  # type: ignore[assignment]
        self.remind = QCheckBox(self.tr("&Remind me when this goal has gone quiet"), self)
        self.remind.setChecked(goal.remind if goal else True)
        self.remind.setAccessibleName(self.tr("Remind me when this goal has gone quiet"))
        self.form.addRow(self.remind)
        self.saved: Goal | None = None

    def save(self) -> None:
        if not self.text.text().strip():
            raise FieldError(self.tr("Write your goal first, in your own words."), self.text)
        values = dict(
            why=self.why.toPlainText(),
            importance=self.importance.value(),
            status=self.status.currentData(),
            gas={k: f.text() for k, f in self.gas.items()},
        )
        if self.goal is None:
            self.saved = self.journal.add_goal(self.text.text(), **values)
            if not self.remind.isChecked():
                self.saved = self.journal.update_goal(self.saved.id, remind=False)
        else:
            if self.remind.isChecked() != self.goal.remind:
                values["remind"] = self.remind.isChecked()
                values["snoozed_until"] = None
            self.saved = self.journal.update_goal(self.goal.id, text=self.text.text(), **values)


class CheckInDialog(FormDialog):
    """A check-in. Opened from a goal page with sensible defaults: Enter saves at once."""

    def __init__(self, journal: Journal, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check in: {goal}").format(goal=goal.text), parent)
        self.set_purpose(self.tr("Say how it is going. Enter saves."))
        self.journal, self.goal = journal, goal
        last: CheckIn | None = journal.latest_checkin(goal.id)
        # Two plain questions and the day first; everything else is under "More detail".
        # Both scales run the same way, and say so at both ends.
        self.performance = _spin(1, 10, last.performance if last else 5, self)
        self._scaled_row(
            self.tr("How well did it go? (1 to 10)"),
            self.performance,
            self.tr("1 not at all · 10 very well"),
        )
        self.satisfaction = _spin(1, 10, last.satisfaction if last else 5, self)
        self._scaled_row(
            self.tr("How happy are you with it? (1 to 10)"),
            self.satisfaction,
            self.tr("1 not at all · 10 very happy"),
        )
        # A check-in can be written down a few days later: the day it was about.
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setMinimumDate(QDate(1990, 1, 1))
        self.add_row(self.tr("&When (the day it was about):"), self.day)
        self.more = button(
            self.tr("&More detail…"),
            self,
            tip=self.tr("Goal level, effort, pain, tiredness, what you were trying, a note"),
        )
        self.more.setCheckable(True)
        self.form.addRow(self.more)
        first_detail = self.form.rowCount()
        self.gas = QComboBox(self)
        fit_choices(self.gas, 30)
        self.gas.addItem(self.tr("Not rated"), None)
        for level, label in GAS_LABELS.items():
            own = goal.gas_levels().get(level, "")
            text = f"{label.rstrip(':')}" + (f": {own}" if own else "")
            self.gas.addItem(plain(text, CHOICE_LIMIT), level)
        if last and last.gas_level is not None:
            self.gas.setCurrentIndex(self.gas.findData(last.gas_level))
        self.add_row(self.tr("Goal &level:"), self.gas)
        self.effort = _optional_spin(self)
        self.add_row(self.tr("&Effort (0 to 10, optional):"), self.effort)
        self.pain = _optional_spin(self)
        self.add_row(self.tr("&Pain (0 to 10, optional):"), self.pain)
        self.fatigue = _optional_spin(self)
        self.add_row(self.tr("&Tiredness (0 to 10, optional):"), self.fatigue)
        self.experiment = QComboBox(self)
        fit_choices(self.experiment)
        self.experiment.addItem(self.tr("None"), None)
        for exp in journal.experiments(goal.id):
            self.experiment.addItem(plain(exp.title, CHOICE_LIMIT), exp.id)
            if exp.status == ExperimentStatus.TRYING:
                self.experiment.setCurrentIndex(self.experiment.count() - 1)
        self.add_row(self.tr("While t&rying:"), self.experiment)
        self.note = _text_box(self)
        self.add_row(self.tr("&Note (optional):"), self.note)
        self._details = range(first_detail, self.form.rowCount())
        self.more.toggled.connect(self._show_details)
        self._show_details(False)
        self.saved: CheckIn | None = None
        self.performance.setFocus()

    def _scaled_row(self, label: str, box: QSpinBox, ends: str) -> None:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        scale = QLabel(ends, row)
        scale.setBuddy(box)  # tied to its box: read with it, not as loose text in the window
        line.addWidget(scale)
        line.addStretch(1)
        self.form.addRow(label, row)
        box.setAccessibleName(label)  # the scale is read with it, as its label's buddy

    def _show_details(self, shown: bool) -> None:
        for row in self._details:
            self.form.setRowVisible(row, shown)
        self.more.setText(self.tr("Less detail") if shown else self.tr("&More detail…"))
        self.more.setAccessibleName(self.tr("More detail"))
        if shown:
            self.gas.setFocus(Qt.FocusReason.OtherFocusReason)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()
        self.fit_height()

    def save(self) -> None:
        self.saved = self.journal.add_checkin(
            self.goal.id,
            self.performance.value(),
            self.satisfaction.value(),
            gas_level=self.gas.currentData(),
            effort=_value(self.effort),
            pain=_value(self.pain),
            fatigue=_value(self.fatigue),
            note=self.note.toPlainText(),
            experiment_id=self.experiment.currentData(),
            at=_moment(_python_date(self.day.date())),
        )


def _python_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _moment(day: dt.date) -> dt.datetime:
    """Today means now; an earlier day means midday of it (its order within the day is unknown)."""
    now = dt.datetime.now()
    return now if day >= now.date() else dt.datetime.combine(day, dt.time(12, 0))


def _optional_spin(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(-1, 10)
    box.setSpecialValueText(QCoreApplication.translate("CareMatch", "Not rated"))
    box.setValue(-1)
    return box


def _value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


class ExperimentDialog(FormDialog):
    def __init__(
        self,
        journal: Journal,
        goal: Goal,
        experiment: Experiment | None = None,
        title: str = "",
        entry_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit experiment") if experiment else self.tr("New experiment"), parent
        )
        self.set_purpose(self.tr("An idea you will try for a while, and what you expect from it."))
        self.journal, self.goal, self.experiment = journal, goal, experiment
        self.entry_id = experiment.entry_id if experiment else entry_id
        self.what = QLineEdit(experiment.title if experiment else title, self)
        self.add_row(self.tr("&What are you trying?"), self.what)
        self.expect = _text_box(self, experiment.expectation if experiment else "", 2)
        self.add_row(self.tr("What do you &expect?"), self.expect)
        today = QDate.currentDate()
        self.start = QDateEdit(
            _qdate(experiment.start_date) if experiment and experiment.start_date else today, self
        )
        self.start.setCalendarPopup(True)
        self.add_row(self.tr("Start &date:"), self.start)
        self.length = QComboBox(self)  # then a review: keep it, change something, or stop
        for label, days in LENGTHS.items():
            self.length.addItem(_(label), days)
        current = 14
        if experiment and experiment.start_date:
            current = (
                (experiment.review_on - experiment.start_date).days if experiment.review_on else -1
            )
        self.length.setCurrentIndex(
            max(0, self.length.findData(current if current != -1 else None))
        )
        self.add_row(self.tr("Try it &for:"), self.length)
        self.rhythm = QComboBox(self)
        for rhythm in Rhythm:
            self.rhythm.addItem(_(rhythm.value or N_("no set rhythm")), rhythm.value)
        self.rhythm.setCurrentIndex(
            max(0, self.rhythm.findData(experiment.rhythm if experiment else Rhythm.FEW_DAYS.value))
        )
        self.add_row(self.tr("Check &in:"), self.rhythm)
        self.status = QComboBox(self)
        for status in ExperimentStatus:
            self.status.addItem(_(status.value).capitalize(), status.value)
        self.status.setCurrentIndex(
            self.status.findData(
                (experiment.status if experiment else ExperimentStatus.TRYING).value
            )
        )
        self.add_row(self.tr("S&tatus:"), self.status)
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, 100_000)
        self.cost.setPrefix("£")
        self.cost.setDecimals(2)
        if experiment and experiment.cost_pence is not None:
            self.cost.setValue(experiment.cost_pence / 100)
        self.add_row(self.tr("&Cost:"), self.cost)
        self.outcome = _text_box(self, experiment.outcome if experiment else "", 2)
        self.add_row(self.tr("&How did it go?"), self.outcome)
        self.saved: Experiment | None = None

    def save(self) -> None:
        start: dt.date = self.start.date().toPython()  # type: ignore[assignment]
        status = self.status.currentData()
        end = dt.date.today() if status in ("kept", "stopped") else None
        if self.experiment and self.experiment.end_date:
            end = self.experiment.end_date
        cost = round(self.cost.value() * 100) or None
        days = self.length.currentData()
        review = (
            start + dt.timedelta(days=int(days))
            if days is not None and status in ("planned", "trying")
            else None
        )
        rhythm = str(self.rhythm.currentData())
        if self.experiment is None:
            exp = self.journal.add_experiment(
                self.goal.id,
                self.what.text(),
                entry_id=self.entry_id,
                expectation=self.expect.toPlainText(),
                start_date=start,
                end_date=end if end and end >= start else None,
                cost_pence=cost,
                status=status,
                review_on=review,
                rhythm=rhythm,
            )
            if self.outcome.toPlainText().strip():
                exp = self.journal.update_experiment(exp.id, outcome=self.outcome.toPlainText())
            self.saved = exp
        else:
            self.saved = self.journal.update_experiment(
                self.experiment.id,
                title=self.what.text(),
                expectation=self.expect.toPlainText(),
                start_date=start,
                status=status,
                cost_pence=cost,
                outcome=self.outcome.toPlainText(),
                end_date=end if end and end >= start else None,
                review_on=review,
                rhythm=rhythm,
            )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AdaptationDialog(FormDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My own adaptation"), parent)
        self.set_purpose(self.tr("Something you made or changed yourself that helps."))
        self.journal = journal
        self.name = QLineEdit(self)
        self.add_row(self.tr("&Name it:"), self.name)
        self.what = _text_box(self, "", 2)
        self.add_row(self.tr("&What is it?"), self.what)
        self.materials = _text_box(self, "", 2)
        self.add_row(self.tr("&Materials:"), self.materials)
        self.steps = _text_box(self, "", 3)
        self.add_row(self.tr("S&teps:"), self.steps)

    def save(self) -> None:
        self.journal.add_adaptation(
            self.name.text(),
            what=self.what.toPlainText(),
            materials=self.materials.toPlainText(),
            steps=self.steps.toPlainText(),
        )


class TryThisDialog(FormDialog):
    """Start trying a catalogue idea: on an existing goal, or on a new one."""

    NEW = -1

    def __init__(
        self,
        journal: Journal,
        idea_name: str,
        entry_id: str,
        goal_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Try: {idea}").format(idea=idea_name), parent, ok_text=self.tr("&Start trying")
        )
        self.set_purpose(self.tr("Start trying this idea, on a goal you have or on a new one."))
        self.journal, self.entry_id, self.idea_name = journal, entry_id, idea_name
        self.goal = QComboBox(self)
        fit_choices(self.goal)
        self.goal.addItem(self.tr("A new goal"), self.NEW)
        for goal in journal.list_goals((GoalStatus.ACTIVE, GoalStatus.PAUSED)):
            self.goal.addItem(plain(goal.text, CHOICE_LIMIT), goal.id)
        self.add_row(self.tr("&For which goal?"), self.goal)
        self.new_goal = QLineEdit(goal_text, self)
        self.add_row(self.tr("New &goal in your words:"), self.new_goal)
        self.goal.currentIndexChanged.connect(
            lambda: self.new_goal.setEnabled(self.goal.currentData() == self.NEW)
        )
        self.expect = QLineEdit(self)
        self.expect.setPlaceholderText(self.tr("Optional"))
        self.add_row(self.tr("What do you &expect?"), self.expect)
        self.goal_id: int | None = None
        self.experiment: Experiment | None = None

    def save(self) -> None:
        goal_id = self.goal.currentData()
        if goal_id == self.NEW:
            goal_id = self.journal.add_goal(self.new_goal.text()).id
        self.experiment = self.journal.add_experiment(
            goal_id,
            self.idea_name,
            entry_id=self.entry_id,
            expectation=self.expect.text(),
            start_date=dt.date.today(),
            status=ExperimentStatus.TRYING,
        )
        self.goal_id = goal_id


class QuestDialog(FormDialog):
    """How satisfied you are with a device, in the QUEST style: eight items from 1 to 5."""

    def __init__(
        self,
        journal: Journal,
        experiments: list[Experiment],
        chosen: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from carematch.journal.enums import QUEST_ITEMS, QUEST_LABELS

        super().__init__(self.tr("Rate something you tried"), parent)
        self.set_purpose(self.tr("Score how happy you are with something you tried, from 1 to 5."))
        self.journal = journal
        # Which idea: asked, never guessed. The one chosen on the goal page comes first,
        # else the one being tried now.
        self.which = QComboBox(self)
        fit_choices(self.which)
        for exp in experiments:
            self.which.addItem(plain(exp.title, CHOICE_LIMIT), exp.id)
        trying = [e.id for e in experiments if e.status == ExperimentStatus.TRYING]
        start = chosen if chosen is not None else (trying[0] if trying else None)
        self.which.setCurrentIndex(max(0, self.which.findData(start)))
        self.add_row(self.tr("&Which idea you tried:"), self.which)
        self.scores: dict[str, QSpinBox] = {}
        for item in QUEST_ITEMS:
            box = QSpinBox(self)
            box.setRange(0, 5)
            box.setSpecialValueText(self.tr("Not rated"))
            box.setValue(0)
            self.scores[item] = box
            self.add_row(self.tr("{label} (1 to 5):").format(label=_(QUEST_LABELS[item])), box)
        self.note = _text_box(self, "", 2)
        self.add_row(self.tr("&Note (optional):"), self.note)

    def has_typing(self) -> bool:
        return False

    def save(self) -> None:
        self.journal.add_quest(
            self.which.currentData(),
            {k: (b.value() or None) for k, b in self.scores.items()},
            note=self.note.toPlainText(),
        )
