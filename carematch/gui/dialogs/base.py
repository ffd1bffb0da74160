"""A dialog base with a form, an inline error line and OK/Cancel that never lose typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carematch.gui.accessibility import announce
from carematch.gui.theme import error_colour
from carematch.gui.widgets import CHOICE_LIMIT, heading, plain, plain_label, untrusted


class FieldError(ValueError):
    """A problem with one field: the form says it at the top and puts the cursor in that field."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


class FormDialog(QDialog):
    """Subclasses add rows to `self.form` and implement `save()` (raise ValueError to refuse)."""

    def __init__(self, title: str, parent: QWidget | None = None, ok_text: str = "&Save") -> None:
        super().__init__(parent)
        # titles can hold a goal or an idea's name: the person's own words, or a pack's
        self.setWindowTitle(plain(title, CHOICE_LIMIT))
        self.setAccessibleName(plain(title, CHOICE_LIMIT))
        self.setModal(True)
        self.title = heading(untrusted(title), self, 1.2)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = plain_label("", self)
        self.error.setObjectName("form-error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(ok_text.replace("&", ""))
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addWidget(self.error)  # the problem is said at the top, above the form
        self.body.addLayout(self.form)
        self.body.addWidget(self.buttons)

    def set_purpose(self, purpose: str) -> None:
        """What the window is for, in one sentence: screen readers say it after the title."""
        self.setAccessibleDescription(purpose)

    def add_row(self, label: str, field: QWidget) -> QWidget:
        self.form.addRow(label, field)
        field.setAccessibleName(label.replace("&", "").rstrip(":"))
        return field

    def save(self) -> None:
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        """The first control in the form a person can type into or choose from."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if (
                    widget is not None
                    and widget.isVisibleTo(self)
                    and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    return widget
        return None

    def fit_height(self) -> None:
        """Tall enough for every line: wrapped labels and titles (large text) need more height
        at this width than the layout's plain minimum, which Qt uses for a window."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:  # never taller than the screen (a title bar's worth spare)
            needed = min(needed, screen.availableGeometry().height() - 40)
        if needed > self.height():
            self.resize(self.width(), needed)

    def refit(self) -> None:
        """After the text size changed while this is open (the welcome asks for it first):
        measured again, as big as its contents need and never past the screen, so no row is
        squeezed over the next."""
        from carematch.gui.fit import fit_dialog, frame_margins, relayout

        relayout(self)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.fit_height()
        screen = self.screen()
        if screen is not None:
            fit_dialog(self, screen.availableGeometry(), frame_margins(self))

    def showEvent(self, event: QShowEvent) -> None:
        """Start in the first field, unless the form chose another (typing never goes to a
        button)."""
        super().showEvent(event)
        self.fit_height()
        focus = self.focusWidget()
        if focus is None or isinstance(focus, QAbstractButton):
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        message = untrusted(message, 1000)  # problems can quote what was typed
        self.error.setText(message)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.error.setPalette(palette)
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.error.show()
        self.adjustSize()  # the message must not push Save and Cancel out of the dialog
        announce(self.error, message)

    def _try_save(self) -> None:
        try:
            self.save()
        except ValueError as exc:
            self.show_error(str(exc))
            if isinstance(exc, FieldError):
                exc.field.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(exc.field, QLineEdit):
                    exc.field.selectAll()  # typing replaces what was wrong
            return
        self.accept()

    def has_typing(self) -> bool:
        for field in self.findChildren(QLineEdit):
            if field.isModified() and field.text().strip():
                return True
        return any(f.document().isModified() for f in self.findChildren(QPlainTextEdit))

    def reject(self) -> None:
        """Closing a form with typing in it asks first, so nothing typed is lost by accident."""
        if self.has_typing():
            answer = QMessageBox.question(
                self,
                self.tr("Keep what you typed?"),
                self.tr("You have typed something here. Save it before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._try_save()
                return
        super().reject()
