"""The recommendation, step by step: who it is for and its reference, who signs it, which goals,
what is recommended and why, a preview the person sees and agrees to, then "check your
answers" before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carematch.app.recommend import make_recommendation, preview, signer
from carematch.gui.accessibility import announce
from carematch.gui.widgets import ReadOnlyText, fit_to_screen, plain, plain_label
from carematch.i18n import N_, _
from carematch.reports.recommendation import AUDIENCES, Recommendation, RecommendationError

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.catalogue.nations import Nation
    from carematch.journal.service import Journal

FORMAT_CHOICES = (
    (N_("PDF"), ".pdf"),
    (N_("Accessible web page (HTML)"), ".html"),
    (N_("Editable document (ODT, opens in Word)"), ".odt"),
)


class WizardStep(QWizardPage):
    """A step whose problem is said in words at its top, and read out."""

    def __init__(self, title: str, about: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(about)
        self.problem = plain_label("")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.problem)

    def refuse(self, message: str) -> bool:
        self.problem.setText(message)
        self.problem.show()
        announce(self.problem, message)
        return False


class RecommendWizard(QWizard):
    def __init__(
        self,
        journal: Journal,
        catalogue: Catalogue,
        nation: Nation | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.catalogue, self.nation = journal, catalogue, nation
        self.setWindowTitle(self.tr("Write a recommendation"))
        self.setAccessibleDescription(
            self.tr(
                "Six steps: who it is for, who signs it, the goals, what you recommend, the "
                "person's agreement, and a check of your answers before it is written."
            )
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.written: Path | None = None
        name, role = signer()

        # 1. who it is for
        self.who_page = WizardStep(
            self.tr("Who is it for?"), self.tr("The report is worded for the people who read it.")
        )
        self.audience = QButtonGroup(self.who_page)
        for key, label in AUDIENCES.items():
            radio = QRadioButton(_(label)[:1].upper() + _(label)[1:], self.who_page)
            radio.setProperty("key", key)
            self.audience.addButton(radio)
            self.who_page.body.addWidget(radio)
        self.audience.buttons()[0].setChecked(True)
        form = QFormLayout()
        self.reference = QLineEdit(self.who_page)
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText("DFG-2026-0147")
        self.person = QLineEdit(self.who_page)
        self.person.setAccessibleName(self.tr("How the report names the person"))
        self.person.setPlaceholderText(self.tr("for example Mrs A"))
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("How it &names the person:"), self.person)
        self.who_page.body.addLayout(form)
        self.who_page.validatePage = self._check_who  # type: ignore[method-assign]

        # 2. who signs it
        self.signer_page = WizardStep(self.tr("Who signs it?"), self.tr("Your name and role."))
        sform = QFormLayout()
        self.signer_name = QLineEdit(name, self.signer_page)
        self.signer_name.setAccessibleName(self.tr("Your name"))
        self.signer_role = QLineEdit(role or "Occupational therapist", self.signer_page)
        self.signer_role.setAccessibleName(self.tr("Your role"))
        sform.addRow(self.tr("Your &name:"), self.signer_name)
        sform.addRow(self.tr("Your r&ole:"), self.signer_role)
        self.signer_page.body.addLayout(sform)
        self.signer_page.validatePage = self._check_signer  # type: ignore[method-assign]

        # 3. which goals
        self.goals_page = WizardStep(
            self.tr("Which goals?"), self.tr("Only the ticked goals go in.")
        )
        self.goals = QListWidget(self.goals_page)
        self.goals.setAccessibleName(self.tr("Goals to include"))
        for goal in journal.list_goals():
            item = QListWidgetItem(plain(goal.text, 120), self.goals)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.goals_page.body.addWidget(self.goals)
        self.goals_page.validatePage = self._check_goals  # type: ignore[method-assign]

        # 4. what is recommended, and why
        self.items_page = WizardStep(
            self.tr("What do you recommend?"),
            self.tr("Tick each item and write why in its row (press F2 to type the reason)."),
        )
        choices = list(dict.fromkeys(journal.shortlist() + self._tried()))
        self.items = QTableWidget(len(choices), 2, self.items_page)
        self.items.setAccessibleName(self.tr("Items to recommend"))
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Why")])
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for row, entry_id in enumerate(choices):
            entry = catalogue.entries.get(entry_id)
            name_item = QTableWidgetItem(plain(entry.name if entry else entry_id, 80))
            name_item.setData(Qt.ItemDataRole.UserRole, entry_id)
            name_item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            name_item.setCheckState(Qt.CheckState.Unchecked)
            self.items.setItem(row, 0, name_item)
            self.items.setItem(row, 1, QTableWidgetItem(""))
        if not choices:
            self.items_page.body.addWidget(
                plain_label(
                    self.tr(
                        "Nothing is shortlisted or tried yet. Add ideas to the shortlist from "
                        "Find ideas or the Catalogue first."
                    )
                )
            )
        self.items_page.body.addWidget(self.items)
        self.items_page.validatePage = self._check_items  # type: ignore[method-assign]

        # 5. the preview the person sees
        self.preview_page = WizardStep(
            self.tr("Show the person"),
            self.tr("This is what the report will say. Go through it with the person."),
        )
        self.preview = ReadOnlyText(self.tr("What the report will say"), self.preview_page)
        self.agreed = QCheckBox(
            self.tr("The person has seen this and &agrees to it"), self.preview_page
        )
        self.agreed.setAccessibleName(self.tr("The person has seen this and agrees to it"))
        self.preview_page.body.addWidget(self.preview, 1)
        self.preview_page.body.addWidget(self.agreed)
        self.preview_page.initializePage = self._fill_preview  # type: ignore[method-assign]
        self.preview_page.validatePage = self._check_agreed  # type: ignore[method-assign]

        # 6. check your answers
        self.check_page = WizardStep(
            self.tr("Check your answers"),
            self.tr("Press Back to change anything. Nothing is written until you press Write."),
        )
        self.answers = ReadOnlyText(self.tr("Your answers"), self.check_page)
        self.format = QComboBox(self.check_page)
        self.format.setAccessibleName(self.tr("Kind of file"))
        for label, suffix in FORMAT_CHOICES:
            self.format.addItem(_(label), suffix)
        cform = QFormLayout()
        cform.addRow(self.tr("&Kind of file:"), self.format)
        self.check_page.body.addWidget(self.answers, 1)
        self.check_page.body.addLayout(cform)
        self.check_page.initializePage = self._fill_answers  # type: ignore[method-assign]
        self.check_page.validatePage = self._write  # type: ignore[method-assign]
        self.check_page.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Write…"))

        for page in (
            self.who_page,
            self.signer_page,
            self.goals_page,
            self.items_page,
            self.preview_page,
            self.check_page,
        ):
            self.addPage(page)
        for which, key in (
            (QWizard.WizardButton.BackButton, "back"),
            (QWizard.WizardButton.NextButton, "next"),
            (QWizard.WizardButton.FinishButton, "write"),
            (QWizard.WizardButton.CancelButton, "cancel"),
        ):
            found = self.button(which)
            found.setObjectName(f"wizard-{key}")  # Qt names them "__qt__passive_wizardbutton1"
            found.setAccessibleName(self.buttonText(which).replace("&", "").strip(" <>"))
        self.button(QWizard.WizardButton.FinishButton).setAccessibleName(self.tr("Write"))
        fit_to_screen(self, 860, 680)

    # --- the answers --------------------------------------------------------------------------
    def _tried(self) -> list[str]:
        return [
            e.entry_id
            for g in self.journal.list_goals()
            for e in self.journal.experiments(g.id)
            if e.entry_id and e.entry_id in self.catalogue.entries
        ]

    def recommendation(self) -> Recommendation:
        checked = self.audience.checkedButton()
        items = {}
        for row in range(self.items.rowCount()):
            name = self.items.item(row, 0)
            if name is not None and name.checkState() == Qt.CheckState.Checked:
                reason = self.items.item(row, 1)
                items[name.data(Qt.ItemDataRole.UserRole)] = reason.text().strip() if reason else ""
        goals = [
            self.goals.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.goals.count())
            if self.goals.item(i).checkState() == Qt.CheckState.Checked
        ]
        return Recommendation(
            audience=str(checked.property("key")) if checked else "",
            reference=self.reference.text().strip(),
            person=self.person.text().strip(),
            practitioner=self.signer_name.text().strip(),
            role=self.signer_role.text().strip() or "Occupational therapist",
            items=items,
            goal_ids=goals,
            nation=self.nation,
            agreed=self.agreed.isChecked(),
        )

    def _check_who(self) -> bool:
        try:
            self.recommendation().check_reader()
        except RecommendationError as exc:
            return self.who_page.refuse(str(exc))
        return True

    def _check_signer(self) -> bool:
        if not self.signer_name.text().strip():
            return self.signer_page.refuse(self.tr("Give your name, as the report should show it."))
        return True

    def _check_goals(self) -> bool:
        if not self.recommendation().goal_ids:
            return self.goals_page.refuse(self.tr("Tick at least one goal."))
        return True

    def _check_items(self) -> bool:
        if not self.recommendation().items:
            return self.items_page.refuse(self.tr("Tick at least one item to recommend."))
        return True

    def _fill_preview(self) -> None:
        try:
            self.preview.setPlainText(preview(self.journal, self.catalogue, self.recommendation()))
        except RecommendationError as exc:
            self.preview.setPlainText(str(exc))
        self.agreed.setChecked(False)  # agreed again whenever what it says may have changed

    def _check_agreed(self) -> bool:
        if not self.agreed.isChecked():
            return self.preview_page.refuse(
                self.tr("Tick the box once the person has seen the report and agrees to it.")
            )
        return True

    def _fill_answers(self) -> None:
        rec = self.recommendation()
        names = [self.catalogue.entries[i].name for i in rec.items]
        lines = [
            self.tr("For: {who}").format(who=_(AUDIENCES[rec.audience])),
            self.tr("Reference: {reference}").format(reference=rec.reference),
            self.tr("The person: {person}").format(
                person=rec.person or self.tr("you (their own copy)")
            ),
            self.tr("Signed by: {name}, {role}").format(name=rec.practitioner, role=rec.role),
            self.tr("Goals: {n}").format(n=len(rec.goal_ids)),
            self.tr("Recommended: {ideas}").format(ideas=", ".join(names)),
            self.tr("The person agreed: yes"),
        ]
        self.answers.setPlainText(plain("\n".join(lines)))

    def _write(self) -> bool:
        rec = self.recommendation()
        suffix = str(self.format.currentData())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recommendation"), rec.file_name(suffix)
        )
        if not path:
            return False
        out = Path(path)
        if out.suffix.lower() != suffix:
            out = out.with_suffix(suffix)
        try:
            outcome = make_recommendation(self.journal, self.catalogue, rec, out)
        except (RecommendationError, OSError) as exc:
            return self.check_page.refuse(str(exc))
        self.written = outcome.path
        return True
