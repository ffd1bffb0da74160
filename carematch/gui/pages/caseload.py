"""Clients: a practitioner's caseload in a real table (headers a screen reader says), searchable
and sortable by what needs attention; opening a client locks the one before."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carematch.app.caseload import SORTS, ClientRow, search_rows, sort_rows
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.dialogs.caseload_dialogs import (
    NewClientDialog,
    PractitionerSetupDialog,
    PractitionerUnlockDialog,
)
from carematch.gui.dialogs.vault_dialogs import RecoveryCodeDialog
from carematch.gui.ops import Op, plain_problem
from carematch.gui.widgets import buddy, button, day_text, heading, plain, plain_label, search_box
from carematch.i18n import N_, _, ngettext

COLUMNS = (
    N_("Client"),
    N_("State"),
    N_("Active goals"),
    N_("Goals met"),
    N_("Last check-in"),
    N_("Next review"),
    N_("GAS T-score"),
    N_("COPM change"),
    N_("Needs attention"),
)


class ClientTable(QTableWidget):
    """Enter opens the chosen client, as a double click does."""

    chosen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.chosen.emit()
            return
        super().keyPressEvent(event)


def _cells(row: ClientRow, today: dt.date) -> list[str]:
    s = row.summary
    if s is None:
        return [row.name, row.state_words, "", "", "", "", "", "", ""]
    return [
        row.name,
        row.state_words,
        str(s.active_goals),
        str(s.goals_met),
        day_text(s.last_checkin)
        if s.last_checkin
        else QCoreApplication.translate("CaseloadPage", "none yet"),
        day_text(s.next_review)
        if s.next_review
        else QCoreApplication.translate("CaseloadPage", "none set"),
        f"{s.gas_t:.0f}"
        if s.gas_t is not None
        else QCoreApplication.translate("CaseloadPage", "not scored"),
        f"{s.copm_change:+.1f}"
        if s.copm_change is not None
        else QCoreApplication.translate("CaseloadPage", "not enough yet"),
        ", ".join(_(need) for need in row.attention(today))
        or QCoreApplication.translate("CaseloadPage", "nothing"),
    ]


class CaseloadPage(QWidget):
    client_opened = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.caseload = context.caseload
        self.setObjectName("caseload-page")
        self.rows: list[ClientRow] = []
        self.title = heading(self.tr("Clients"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Caseload status"))
        self.set_up_button = button(
            self.tr("Set &up a practitioner passphrase…"),
            self,
            tip=self.tr("One passphrase that opens every client vault in your caseload"),
        )
        self.unlock_button = button(self.tr("&Unlock caseload…"), self)
        self.lock_button = button(
            self.tr("&Lock caseload"),
            self,
            tip=self.tr("Forget the practitioner key until you unlock it again"),
        )
        self.search = search_box(self, self.tr("Search clients by name"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.sort = QComboBox(self)
        for key in SORTS:
            self.sort.addItem(_(key).capitalize(), key)
        sort_label = buddy(self.tr("Sort b&y:"), self.sort, self)
        self.table = ClientTable(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setAccessibleDescription(
            self.tr("One row per client. Press Enter to open the chosen client.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.open_button = button(self.tr("&Open client"), self)
        self.new_button = button(self.tr("&New client…"), self)
        self.add_button = button(
            self.tr("&Add the open vault"),
            self,
            tip=self.tr("Let your practitioner passphrase open the vault that is open now"),
        )
        self.give_button = button(
            self.tr("&Give to client…"),
            self,
            tip=self.tr("Only the client's passphrase will open it; yours no longer will"),
        )
        self.refresh_button = button(self.tr("&Refresh"), self)
        self.recommend_button = button(
            self.tr("&Write a recommendation…"),
            self,
            tip=self.tr("A report for a funding panel, equipment service, GP or the client"),
        )
        self.outcomes_button = button(
            self.tr("Ou&tcomes…"),
            self,
            tip=self.tr("What your clients achieved, with a CSV that holds no names"),
        )

        top = QHBoxLayout()
        for widget in (self.set_up_button, self.unlock_button, self.lock_button):
            top.addWidget(widget)
        top.addStretch(1)
        finder = QHBoxLayout()
        finder.addWidget(self.search, 2)
        finder.addWidget(sort_label)
        finder.addWidget(self.sort, 1)
        actions = QHBoxLayout()
        for widget in (
            self.open_button,
            self.new_button,
            self.add_button,
            self.give_button,
            self.refresh_button,
            self.recommend_button,
            self.outcomes_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addLayout(finder)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.set_up_button.clicked.connect(self.set_up)
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_button.clicked.connect(self.lock)
        self.search.textChanged.connect(self.show_rows)
        self.search.returnPressed.connect(self.open_chosen)  # Ctrl+K, a few letters, Enter
        self.sort.currentIndexChanged.connect(self.show_rows)
        self.table.chosen.connect(self.open_chosen)
        self.table.doubleClicked.connect(self.open_chosen)
        self.open_button.clicked.connect(self.open_chosen)
        self.new_button.clicked.connect(self.new_client)
        self.add_button.clicked.connect(self.add_open_vault)
        self.give_button.clicked.connect(self.give_to_client)
        self.refresh_button.clicked.connect(self.refresh)
        self.outcomes_button.clicked.connect(self.show_outcomes)
        self.recommend_button.clicked.connect(self.recommend)
        context.vault_opened.connect(self.update_state)
        context.vault_closed.connect(self.update_state)
        self.update_state()

    # --- state ------------------------------------------------------------------------------
    def update_state(self) -> None:
        set_up, unlocked = self.caseload.is_set_up(), self.caseload.key is not None
        vault = self.context.vault
        self.set_up_button.setVisible(not set_up)
        self.unlock_button.setVisible(set_up and not unlocked)
        self.lock_button.setVisible(unlocked)
        for widget in (self.new_button, self.open_button, self.give_button):
            widget.setEnabled(unlocked)
        self.outcomes_button.setEnabled(unlocked or not set_up)
        self.recommend_button.setEnabled(vault is not None)
        in_caseload = vault is not None and vault.meta.practitioner is not None
        self.add_button.setEnabled(unlocked and vault is not None and not in_caseload)
        self.give_button.setEnabled(unlocked and in_caseload)
        if not set_up:
            text = self.tr(
                "For practitioners with a caseload: set up one passphrase that opens every "
                "client vault you add. Each client keeps their own passphrase too."
            )
        elif not unlocked:
            text = self.tr("Your caseload is locked. Unlock it with your practitioner passphrase.")
        else:
            text = self.tr("Caseload unlocked for {name}.").format(
                name=plain(self.caseload.require_key().name, 120)
            )
        self.status.setText(text)

    def refresh(self) -> None:
        self.update_state()
        self.status.setText(self.tr("Reading your clients' vaults…"))

        def done(rows: object) -> None:
            self.rows = rows  # type: ignore[assignment]
            self.update_state()
            self.show_rows()
            listed = len(self.rows)
            message = ngettext("{n} client listed.", "{n} clients listed.", listed).format(n=listed)
            self.status.setText(self.status.text() + " " + message)
            announce(self.status, message)

        def failed(exc: BaseException) -> None:
            self.status.setText(plain_problem(exc))

        Op(self, self.caseload.rows).success(done).failure(failed).run()

    def show_rows(self) -> None:
        today = dt.date.today()
        shown = sort_rows(
            search_rows(self.rows, self.search.text()), self.sort.currentData(), today
        )
        chosen = self.chosen_name()
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, text in enumerate(_cells(row, today)):
                item = QTableWidgetItem(plain(text, 80))
                item.setData(Qt.ItemDataRole.UserRole, row.name)
                if row.detail:
                    item.setToolTip(plain(row.detail, 300))
                self.table.setItem(r, c, item)
            if row.name == chosen:
                self.table.selectRow(r)
        if self.table.currentRow() < 0 and shown:
            self.table.selectRow(0)

    def chosen_name(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- actions ------------------------------------------------------------------------------
    def set_up(self) -> None:
        dialog = PractitionerSetupDialog(self.caseload, self)
        if dialog.exec() and dialog.outcome is not None:
            if dialog.outcome.recovery_code:
                about = self.tr(
                    "If you forget your practitioner passphrase, this code opens your caseload. "
                    "Write it down now and keep it somewhere safe, away from this computer. It "
                    "will not be shown again."
                )
                RecoveryCodeDialog(dialog.outcome.recovery_code, self, about).exec()
            self.refresh()

    def unlock(self) -> None:
        if PractitionerUnlockDialog(self.caseload, self).exec():
            self.refresh()

    def lock(self) -> None:
        self.forget()
        announce(self.status, self.tr("Caseload locked."))

    def forget(self) -> None:
        """Forget the practitioner key and every row (Hide now and auto-lock call this too)."""
        self.caseload.lock()
        self.rows = []
        self.show_rows()
        self.update_state()

    def open_chosen(self) -> None:
        name = self.chosen_name()
        if name is None or self.caseload.key is None:
            return
        try:
            outcome = self.caseload.open_client(name)
        except Exception as exc:
            self.status.setText(plain_problem(exc))
            announce(self.status, plain_problem(exc))
            return
        announce(self.status, outcome.message)
        self.client_opened.emit()

    def new_client(self) -> None:
        dialog = NewClientDialog(self.caseload, self)
        if dialog.exec() and dialog.outcome is not None:
            if dialog.outcome.recovery_code:
                about = self.tr(
                    "This code opens the client's vault if they forget their passphrase. Give it "
                    "to the client to keep somewhere safe. It will not be shown again."
                )
                RecoveryCodeDialog(dialog.outcome.recovery_code, self, about).exec()
            announce(self.status, dialog.outcome.message)
            self.refresh()

    def add_open_vault(self) -> None:
        try:
            outcome = self.caseload.add_open_vault()
        except Exception as exc:
            self.status.setText(plain_problem(exc))
            return
        self.status.setText(outcome.message)
        announce(self.status, outcome.message)
        self.refresh()

    def recommend(self) -> None:
        from carematch.gui.dialogs.recommend_wizard import RecommendWizard

        journal, catalogue = self.context.journal, self.context.catalogue
        if journal is None or catalogue is None:
            return
        wizard = RecommendWizard(journal, catalogue, self.context.settings.nation, self)
        if wizard.exec() and wizard.written is not None:
            message = self.tr("Wrote the recommendation to {path}.").format(path=wizard.written)
            self.status.setText(message)
            announce(self.status, message)

    def show_outcomes(self) -> None:
        from carematch.app.outcomes import caseload_outcomes
        from carematch.gui.dialogs.outcomes_dialog import OutcomesDialog

        self.status.setText(self.tr("Reading your clients' vaults…"))

        def done(found: object) -> None:
            self.update_state()
            OutcomesDialog(found, self).exec()  # type: ignore[arg-type]

        def failed(exc: BaseException) -> None:
            self.status.setText(plain_problem(exc))

        Op(self, lambda: caseload_outcomes(self.caseload)).success(done).failure(failed).run()

    def give_to_client(self) -> None:
        vault = self.context.vault
        if vault is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Give this vault to the client?"),
            self.tr(
                "After this, only the client's passphrase or recovery code opens “{name}”. "
                "Your practitioner passphrase will not. Nothing in the vault is deleted."
            ).format(name=plain(vault.name, 60)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = self.caseload.give_to_client()
        self.status.setText(outcome.message)
        announce(self.status, outcome.message)
        self.refresh()
