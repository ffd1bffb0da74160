"""Run only as a child pytest (tests/test_gui_action_journeys.py starts it): "Improve this
idea…" and Save, then a background worker that allocates a great deal of cyclic garbage, as
the catalogue reload after that Save does, then the editor opened and closed again, and the
worker again, a few times. Left to itself Python's collector would run on that worker and
free the editor's Qt objects off the UI thread (a crash); the app's UiThreadCollector keeps it
on the UI thread."""

from __future__ import annotations

import gc

from carematch.gui.dialogs.entry_editor import EntryEditor
from carematch.gui.worker import run_task
from tests.test_gui_action_journeys import alt, click, improve_an_idea, through_dialog

ROUNDS = 4


def garbage_on_a_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enough cycles that the collector would have run several times on this worker."""

    def churn() -> bool:
        for _ in range(20 * gc.get_threshold()[0]):
            a: list[object] = []
            a.append(a)
        return gc.isenabled()

    enabled: list[bool] = []
    run_task(churn, enabled.append)
    qtbot.waitUntil(lambda: bool(enabled))
    assert enabled == [False]  # the automatic collector stayed off on the worker


def test_garbage_made_on_a_worker_after_the_entry_editor(qtbot, data_root):  # type: ignore[no-untyped-def]
    window = improve_an_idea(qtbot)
    assert not gc.isenabled()  # the app switched the automatic collector off
    garbage_on_a_worker(qtbot)
    for _ in range(ROUNDS):

        def cancel(dialog):  # type: ignore[no-untyped-def]
            assert isinstance(dialog, EntryEditor)
            click(qtbot, dialog.cancel)

        through_dialog(qtbot, cancel, lambda: alt(qtbot, window, "I"))
        garbage_on_a_worker(qtbot)
    for _ in range(gc.get_threshold()[0] + 1):  # past the threshold for certain, whatever the
        cycle: list[object] = []  # worker's garbage left in the UI thread's count
        cycle.append(cycle)
    young = gc.get_count()[0]
    assert young > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] < young, timeout=5000)  # collected on the UI
    # the app is still there and answers: the idea's details still show
    qtbot.waitUntil(lambda: "Kettle tipper" in window.catalogue_page.details.toPlainText())
    window.context.close_vault()
