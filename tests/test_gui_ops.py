"""Background work (carematch.gui.ops): off the UI thread, bound to the widget that started
it, with plain words for a failure and the technical details only when debugging."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from carematch.gui.app import make_app
from carematch.gui.ops import Op
from carematch.vault.errors import DiskFullError

from .gui_helpers import raise_modal_failures, when_modal


def _parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    make_app()
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_work_runs_off_the_ui_thread_behind_a_named_progress_window(qtbot):
    parent = _parent(qtbot)
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    results: list[int] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        release.wait(10)
        return 42

    Op(parent, work, "Exporting everything…").success(results.append).run()
    working = parent.findChild(QProgressDialog, "working")
    assert working is not None and working.isVisible()
    assert working.labelText() == "Exporting everything…"
    assert working.accessibleName() == "Exporting everything…"
    release.set()
    qtbot.waitUntil(lambda: results == [42])
    assert ran_on and ran_on[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, "working") is None)


def test_a_failure_is_told_plainly_and_the_details_stay_hidden(qtbot, capfd, monkeypatch):
    monkeypatch.delenv("CAREMATCH_DEBUG", raising=False)
    parent = _parent(qtbot)
    told: list[str] = []

    def read_box(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        told.append(box.text())
        box.accept()

    def work() -> None:
        raise RuntimeError("what the person wrote: my secret")

    when_modal(read_box)
    Op(parent, work, "Working…").run()
    qtbot.waitUntil(lambda: bool(told))
    raise_modal_failures()
    assert told == ["Something went wrong, so that was not done. Nothing was lost."]
    assert "secret" not in capfd.readouterr().err  # no traceback, no words, anywhere


def test_our_own_problems_are_said_as_they_are(qtbot):
    parent = _parent(qtbot)
    problems: list[BaseException] = []
    told: list[str] = []

    def work() -> None:
        raise DiskFullError("The disk is full. Nothing was changed.")

    def read_box(box: QWidget) -> None:
        told.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    when_modal(read_box)
    Op(parent, work).run()
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["The disk is full. Nothing was changed."]
    Op(parent, work).failure(problems.append).run()  # a page can say it its own way
    qtbot.waitUntil(lambda: bool(problems))
    assert isinstance(problems[0], DiskFullError)


def test_the_traceback_is_printed_when_debugging(qtbot, capfd, monkeypatch):
    monkeypatch.setenv("CAREMATCH_DEBUG", "1")
    parent = _parent(qtbot)
    seen: list[BaseException] = []

    def work() -> None:
        raise RuntimeError("boom in the background")

    Op(parent, work).failure(seen.append).run()
    qtbot.waitUntil(lambda: bool(seen))
    err = capfd.readouterr().err
    assert "Traceback" in err and "boom in the background" in err


def test_nothing_is_called_back_once_its_widget_is_gone(qtbot):
    make_app()
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    Op(parent, lambda: release.wait(10)).success(called.append).failure(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not QApplication.topLevelWidgets().count(parent))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert called == []
