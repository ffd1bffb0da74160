"""My circle of support, the person's side: invite someone, take in their files, decide on
each item they sent (nothing enters the journal unreviewed), choose what each may see, send
them a summary, or remove them. Every step works from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.app import circle
from carematch.app.circle_inbox import Waiting, decide, waiting, write_summary
from carematch.circle.files import FILE_ENDING, CircleFileError
from carematch.gui.accessibility import announce
from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.widgets import buddy, button, day_text, heading, plain, plain_label
from carematch.i18n import N_, _

if TYPE_CHECKING:
    from carematch.journal.service import Journal

FILES = f"CareMatch circle files (*{FILE_ENDING})"
SHARE_LABELS = {
    "nothing": N_("Nothing"),
    "summary": N_("A summary of the goals I choose"),
    "checkins": N_("The goals I choose, with their check-ins"),
}


def take_in_chosen(
    parent: QWidget, journal: Journal, title: str, say: Callable[[str], None]
) -> circle.Taken | None:
    """Ask which circle file, take it in, and say what happened (a refusal changes nothing)."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", FILES)
    if not path:
        return None
    try:
        taken = circle.take_in(journal, Path(path))
    except CircleFileError as exc:
        say(
            QCoreApplication.translate(
                "CareMatch", "Refused, and nothing was changed: {why}"
            ).format(why=str(exc))
        )
        return None
    return taken


class InviteDialog(FormDialog):
    """Who to invite; then where to save the invite file to give them."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Invite someone"), parent, ok_text=self.tr("&Save the invite…"))
        self.set_purpose(
            self.tr("Someone who helps you: they get a file to open in their own CareMatch.")
        )
        self.journal = journal
        self.name = QLineEdit(self)
        self.add_row(self.tr("&Their name:"), self.name)
        self.relationship = QLineEdit(self)
        self.relationship.setPlaceholderText(self.tr("For example: daughter, support worker, OT"))
        self.add_row(self.tr("&Who they are to you:"), self.relationship)
        self.me = QLineEdit(circle.my_name(journal), self)
        self.add_row(self.tr("&Your name, as they know you:"), self.me)
        self.said = ""

    def save(self) -> None:
        for field in (self.name, self.me):
            if not field.text().strip():
                raise FieldError(self.tr("Write a name here."), field)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invite"),
            f"Invite for {self.name.text().strip()}{FILE_ENDING}",
            FILES,
        )
        if not path:
            raise ValueError(self.tr("Choose where to save the invite."))
        supporter, code = circle.invite(
            self.journal, self.name.text(), self.relationship.text(), self.me.text(), Path(path)
        )
        self.said = self.tr(
            "Saved the invite for {name}. Give it to them; when their reply comes, take it in "
            "here. Your code, to check with them: {code}."
        ).format(name=supporter.name, code=code)


class ShareDialog(FormDialog):
    """What one supporter may see: nothing, a summary, or check-ins, of the goals ticked."""

    def __init__(self, journal: Journal, supporter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What they may see"), parent)
        self.set_purpose(self.tr("Only what you tick here ever goes to them, in a summary file."))
        self.journal, self.supporter_id = journal, supporter_id
        found = next(s for s in circle.supporters(journal) if s.id == supporter_id)
        self.shares = QComboBox(self)
        for key, label in SHARE_LABELS.items():
            self.shares.addItem(_(label), key)
        self.shares.setCurrentIndex(max(0, self.shares.findData(found.shares)))
        self.add_row(self.tr("&They may see:"), self.shares)
        chosen = set(found.shared_goals.split())
        self.goals: list[tuple[QCheckBox, int]] = []
        for goal in journal.list_goals():
            box = QCheckBox(plain(goal.text, 80), self)
            box.setObjectName("share-goal")
            box.setChecked(goal.uid in chosen)
            self.form.addRow(box)
            self.goals.append((box, goal.id))
        self.said = ""

    def save(self) -> None:
        picked = [goal_id for box, goal_id in self.goals if box.isChecked()]
        shares = str(self.shares.currentData())
        if shares != "nothing" and not picked:
            raise FieldError(self.tr("Tick at least one goal, or choose Nothing."), self.shares)
        self.said = circle.set_sharing(self.journal, self.supporter_id, shares, picked)


class CircleDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("My circle of support"))
        self.setAccessibleDescription(
            self.tr(
                "People who help you can add notes, ideas and check-ins by passing files. "
                "Nothing goes into your journal until you accept it."
            )
        )
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("People in my circle"))
        self.people.setWordWrap(True)
        self.invite_button = button(self.tr("&Invite someone…"), self)
        self.take_button = button(
            self.tr("&Take in a file…"), self, tip=self.tr("A reply or notes from your circle")
        )
        self.share_button = button(self.tr("What they may s&ee…"), self)
        self.summary_button = button(self.tr("Send them a s&ummary…"), self)
        self.remove_button = button(self.tr("&Remove from my circle"), self)
        self.supporting_button = button(
            self.tr("People I su&pport…"), self, tip=self.tr("When you help someone else")
        )
        self.inbox = QListWidget(self)
        self.inbox.setAccessibleName(self.tr("Waiting for you"))
        self.inbox.setWordWrap(True)
        self.goal = QComboBox(self)
        goal_label = buddy(self.tr("About &which goal:"), self.goal, self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Their words, to keep or change"))
        text_label = buddy(self.tr("Their w&ords (change them if you like):"), self.text, self)
        self.accept_button = button(self.tr("&Accept"), self)
        self.decline_button = button(self.tr("&Decline"), self)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Circle status"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My circle of support"), self, 1.2))
        layout.addWidget(self.people, 1)
        row = QGridLayout()
        for i, b in enumerate(
            (
                self.invite_button,
                self.take_button,
                self.share_button,
                self.summary_button,
                self.remove_button,
                self.supporting_button,
            )
        ):
            row.addWidget(b, i // 3, i % 3)
        layout.addLayout(row)
        layout.addWidget(heading(self.tr("Waiting for you"), self, 1.1))
        layout.addWidget(self.inbox, 1)
        layout.addWidget(goal_label)
        layout.addWidget(self.goal)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        decide_row = QGridLayout()
        decide_row.addWidget(self.accept_button, 0, 0)
        decide_row.addWidget(self.decline_button, 0, 1)
        layout.addLayout(decide_row)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.invite_button.clicked.connect(self._invite)
        self.take_button.clicked.connect(self._take_in)
        self.share_button.clicked.connect(self._share)
        self.summary_button.clicked.connect(self._summary)
        self.remove_button.clicked.connect(self._remove)
        self.supporting_button.clicked.connect(self._supporting)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        self.people.currentItemChanged.connect(self._person_chosen)
        self.inbox.currentItemChanged.connect(self._item_chosen)
        self.items: list[Waiting] = []
        self.fill()

    # --- what is shown ------------------------------------------------------------------------
    def fill(self) -> None:
        chosen = self.supporter_id()
        self.people.clear()
        for s in circle.supporters(self.journal):
            state = {
                "invited": self.tr("invited, no reply yet"),
                "active": self.tr("in your circle"),
                "revoked": self.tr("removed"),
            }.get(s.status, s.status)
            shares = _(SHARE_LABELS.get(s.shares, s.shares)).lower()
            text = self.tr("{name} ({who}): {state}; may see: {shares}").format(
                name=plain(s.name, 80), who=plain(s.relationship or "supporter", 80),
                state=state, shares=shares,
            )  # fmt: skip
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if s.id == chosen:
                self.people.setCurrentItem(item)
        if self.people.currentRow() < 0 and self.people.count():
            self.people.setCurrentRow(0)
        self.goal.clear()
        self.goal.addItem(self.tr("Choose a goal"), None)
        for g in self.journal.list_goals():
            self.goal.addItem(plain(g.text, 80), g.id)
        self.items = waiting(self.journal)
        self.inbox.clear()
        for w in self.items:
            line = self.tr("{said} (written {day})").format(
                said=plain(w.sentence(), 300), day=day_text(w.written, "dd MMMM")
            )
            QListWidgetItem(line, self.inbox)
        if not self.items:
            QListWidgetItem(self.tr("Nothing is waiting."), self.inbox)
        else:
            self.inbox.setCurrentRow(0)
        self._person_chosen()
        self._item_chosen()

    def supporter_id(self) -> int | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _person_chosen(self, *_args: object) -> None:
        if not self.journal.vault.is_open:
            return  # locked while this was open: it is being closed, nothing to show
        found = {s.id: s for s in circle.supporters(self.journal)}.get(self.supporter_id() or -1)
        active = found is not None and found.status == "active"
        for b in (self.share_button, self.summary_button):
            b.setEnabled(active)
        self.remove_button.setEnabled(found is not None and found.status != "revoked")

    def current_item(self) -> Waiting | None:
        row = self.inbox.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _item_chosen(self, *_args: object) -> None:
        if not self.journal.vault.is_open:
            return  # locked while this was open: it is being closed, nothing to show
        item = self.current_item()
        for w in (self.accept_button, self.decline_button, self.goal, self.text):
            w.setEnabled(item is not None)
        if item is None:
            self.text.clear()
            return
        words = getattr(item.item, "text", None) or getattr(item.item, "note", "")
        self.text.setPlainText(str(words or ""))
        self.text.setEnabled(item.kind in ("note", "checkin"))
        self.goal.setCurrentIndex(max(0, self.goal.findData(item.goal_id)))

    def say(self, message: str) -> None:
        self.status.setText(message)
        announce(self.status, message)

    # --- what the person does ---------------------------------------------------------------
    def _invite(self) -> None:
        dialog = InviteDialog(self.journal, self)
        if dialog.exec():
            self.fill()
            self.say(dialog.said)

    def _take_in(self) -> None:
        taken = take_in_chosen(self, self.journal, self.tr("Take in a file"), self.say)
        if taken is None:
            return
        self.fill()
        self.say(taken.message)
        if taken.kind == "notes":
            self.inbox.setFocus()

    def _share(self) -> None:
        supporter = self.supporter_id()
        if supporter is None:
            return
        dialog = ShareDialog(self.journal, supporter, self)
        if dialog.exec():
            self.fill()
            self.say(dialog.said)

    def _summary(self) -> None:
        supporter = self.supporter_id()
        if supporter is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), f"Summary{FILE_ENDING}", FILES
        )
        if not path:
            return
        try:
            self.say(write_summary(self.journal, supporter, Path(path)))
        except CircleFileError as exc:
            self.say(str(exc))

    def _supporting(self) -> None:
        from carematch.gui.dialogs.supporting_dialog import SupportingDialog

        SupportingDialog(self.journal, self).exec()

    def _remove(self) -> None:
        supporter = self.supporter_id()
        if supporter is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from my circle"),
            self.tr("Remove them? Files from them will be refused from now on."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        message = circle.revoke(self.journal, supporter)
        self.fill()
        self.say(message)

    def _decide(self, accept: bool) -> None:
        item = self.current_item()
        if item is None:
            return
        edits = {}
        words = self.text.toPlainText().strip()
        if accept and item.kind == "note" and words != item.item.text:
            edits = {"text": words}
        elif accept and item.kind == "checkin" and words != item.item.note:
            edits = {"note": words}
        try:
            message = decide(
                self.journal, item.id, accept, goal_id=self.goal.currentData(), edits=edits
            )
        except CircleFileError as exc:
            self.say(str(exc))
            if "goal" in str(exc):
                self.goal.setFocus()
            return
        self.fill()
        self.say(message)
        self.inbox.setFocus()
