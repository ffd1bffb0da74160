"""Work that takes more than a moment, done off the UI thread (the pattern Anki's `aqt.operations`
uses): an `Op` belongs to the widget that started it, says plainly what it is doing while it
runs, and reports back only if that widget still exists.

    Op(self, lambda: session.export(path), self.tr("Exporting everything…")).success(show).run()

Failures are shown in plain words by default; the traceback is printed only when CareMatch runs
with CAREMATCH_DEBUG=1 (or --debug), and never shown to the person.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from carematch.gui.worker import run_task


def debugging() -> bool:
    return os.environ.get("CAREMATCH_DEBUG", "") not in ("", "0")


def plain_problem(exc: BaseException) -> str:
    """What to tell a person about a failure: our own messages as they are, anything else as
    a sentence that promises nothing was half-done (work here is all or nothing)."""
    from carematch.vault.errors import VaultError

    if isinstance(exc, (VaultError, ValueError)):
        return str(exc)
    if isinstance(exc, OSError):
        from carematch.safefile import is_disk_full

        if is_disk_full(exc):
            return "The disk is full. Make some space and try again; nothing was changed."
        reason = exc.strerror or "no reason given"
        return f"The computer would not let CareMatch do that ({reason}). Nothing was changed."
    return "Something went wrong, so that was not done. Nothing was lost."


class Op(QObject):
    """One piece of background work bound to `parent`'s lifetime."""

    def __init__(self, parent: QWidget, work: Callable[..., Any], label: str = "") -> None:
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self._label = label
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int], None] | None = None
        self._dialog: QProgressDialog | None = None

    def success(self, fn: Callable[[Any], None]) -> Op:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op:
        self._on_failure = fn
        return self

    def progress(self, fn: Callable[[int], None]) -> Op:
        """`work` is then called with `progress(done, total)`; `fn` hears the percentage."""
        self._on_progress = fn
        return self

    def run(self) -> None:
        if self._label:
            # Window-modal: nothing else in the window can be changed until the work is done,
            # and a screen reader hears what is happening.
            dialog = QProgressDialog(self._label, "", 0, 0, self._parent.window())
            dialog.setObjectName("working")
            dialog.setCancelButton(None)  # all-or-nothing work: stopping half-way is not offered
            dialog.setWindowTitle(self.tr("Working"))
            dialog.setAccessibleName(self._label)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.show()
            self._dialog = dialog
        run_task(
            self._work,
            self._done,
            self._failed,
            None if self._on_progress is None else self._progressed,
        )

    def _progressed(self, percent: int) -> None:
        if self._alive() and self._on_progress is not None:
            self._on_progress(percent)

    def _alive(self) -> bool:
        """Whether the widget that started the work still exists (a closed dialog, a page
        of a closed window: then nothing is called back)."""
        return shiboken6.isValid(self) and shiboken6.isValid(self._parent)

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _done(self, result: Any) -> None:
        if not self._alive():
            return
        self._finish()
        if self._on_success is not None:
            self._on_success(result)
        self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        if debugging():
            print(getattr(exc, "__traceback_text__", repr(exc)), file=sys.stderr)
        if not self._alive():
            return
        self._finish()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_problem(self._parent, exc)
        self.deleteLater()


def show_problem(parent: QWidget, exc: BaseException) -> None:
    """Tell the person what did not happen, in a box they close (opened, not exec'd: it never
    runs an event loop inside the caller)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CareMatch", "That was not done"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages can quote names from outside
    box.setText(plain_problem(exc))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
