"""Shared helpers for GUI tests: a window on a demo vault, and driving modal dialogs by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from carematch.gui.app import build_window, make_app
from carematch.gui.context import AppContext
from carematch.gui.main_window import MainWindow
from carematch.journal.demo import fill_demo
from carematch.journal.service import Journal
from carematch.vault import create_vault


def demo_window(qtbot, *, passphrase: str | None = None, name: str = "Demo") -> MainWindow:
    vault, _ = create_vault(name, passphrase)
    with vault:
        fill_demo(Journal(vault))
    make_app()
    context = AppContext()
    window = build_window(context)
    qtbot.addWidget(window)
    context.load_catalogue_now()
    if passphrase is None:
        assert window.open_named_vault(name)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


MODAL_FAILURES: list[BaseException] = []


def when_modal(
    action: Callable[[QWidget], None], *, delay: int = 50, kind: type[QWidget] | None = None
) -> None:
    """Run `action` on the next modal dialog once it is showing (dialogs block in exec()); with
    `kind`, on the next one of that type (a button pressed by its Alt+letter clicks a moment
    later, while the dialog it sits in is still the active one).

    An assertion failing inside `action` closes the dialog (else exec() would wait for ever)
    and is kept in MODAL_FAILURES; `raise_modal_failures()` raises it in the test."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):  # "Working…" while an op runs: not a question
            dialog = None
        if kind is not None and not isinstance(dialog, kind):
            dialog = None
        # act once the dialog is the active window, as a person's keys would reach it
        waiting = dialog is None or not dialog.isActiveWindow()
        if waiting and tries < 100:
            QTimer.singleShot(delay, lambda: attempt(tries + 1))
            return
        try:
            assert dialog is not None, "no dialog appeared"
            action(dialog)
        except BaseException as exc:
            MODAL_FAILURES.append(exc)
            if dialog is not None and hasattr(dialog, "done"):
                dialog.done(0)

    QTimer.singleShot(delay, attempt)


def raise_modal_failures() -> None:
    if MODAL_FAILURES:
        failure = MODAL_FAILURES[0]
        MODAL_FAILURES.clear()
        raise failure


def hacks_pack(tmp_path: Path) -> Path:
    """An unsigned pack "Hacks" by "Makers" holding one entry (toast tongs)."""
    import shutil

    from carematch.community.packs import create_pack

    from .conftest import FIXTURES

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml", src)
    pack_file = tmp_path / "hacks.cmpack"
    create_pack(src, pack_file, name="Hacks", publisher="Makers")
    return pack_file


def through_modal(qtbot, kind: type[QWidget], action: Callable[[QWidget], None], press) -> None:  # type: ignore[no-untyped-def]
    """Press what opens a `kind` dialog (from the window or from inside another dialog), answer
    it with `action` once it is the active window, and wait until it was answered."""
    done: list[QWidget] = []

    def act(dialog: QWidget) -> None:
        try:
            dialog.activateWindow()  # as a window manager does with a new dialog
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
            action(dialog)
        finally:
            done.append(dialog)

    when_modal(act, kind=kind)
    press()
    qtbot.waitUntil(lambda: bool(done or MODAL_FAILURES), timeout=10_000)
    raise_modal_failures()
