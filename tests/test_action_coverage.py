"""Every control a person can press has a journey test that presses it (issue 14).

The test builds the real window on a demo vault and every dialog the app defines, walks their
widgets, and lists each action a person can take: every button and tick box, every tab, every
keyboard shortcut, and every list whose items open something when activated (Enter or a
double-click). Each is named by a stable key, "<page or dialog class>:<name>", and must appear
in the registry in tests/action_journeys.py with the journey tests that press it the way a
person does. A new control without a journey, or a registry entry naming a test that does not
exist, fails here.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QListWidget,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

import carematch.gui
from carematch.gui.main_window import MainWindow
from carematch.vault.errors import VaultCorruptError, VaultError

from .action_journeys import JOURNEYS
from .gui_helpers import demo_window

TESTS = Path(__file__).resolve().parent
# Qt builds these itself inside its own widgets; a person meets them as part of that widget
# (a spin box's arrows, a tab bar's scroll arrows, a table's corner, a calendar's month arrows).
INTERNAL_OWNERS = (QTabBar, QAbstractItemView, QAbstractSpinBox, QComboBox, QCalendarWidget)
# Dialog classes that are only a base for others, never shown themselves.
BASES = {"FormDialog"}
# Signals that mean "this list does something when an item is activated".
ACTIVATION_SIGNALS = {
    QListWidget: ("itemActivated(QListWidgetItem*)", "itemDoubleClicked(QListWidgetItem*)"),
    QTableWidget: (
        "itemActivated(QTableWidgetItem*)",
        "itemDoubleClicked(QTableWidgetItem*)",
        "cellActivated(int,int)",
        "cellDoubleClicked(int,int)",
    ),
    QTreeWidget: (
        "itemActivated(QTreeWidgetItem*,int)",
        "itemDoubleClicked(QTreeWidgetItem*,int)",
    ),
    QAbstractItemView: ("activated(QModelIndex)", "doubleClicked(QModelIndex)"),
}


# --- naming controls -----------------------------------------------------------------------
def plain_text(text: str) -> str:
    """A button's or tab's text as a person reads it: without the & of its Alt+letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def owner_of(widget: QWidget, root: QWidget) -> str:
    """The page, box or dialog a control belongs to: its nearest CareMatch-made ancestor."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if type(parent).__module__.startswith("carematch."):
            return type(parent).__name__
        parent = parent.parentWidget()
    return type(root).__name__


def name_of(widget: QWidget) -> str:
    name = widget.objectName()
    if name and not name.startswith(("qt_", "_q_")):
        return name
    return widget.accessibleName().strip() or plain_text(getattr(widget, "text", str)() or "")


def made_by_qt(widget: QWidget, root: QWidget) -> bool:
    if widget.objectName().startswith(("qt_", "_q_")):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERNAL_OWNERS):
            return True
        parent = parent.parentWidget()
    return False


def shortcut_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def activates(view: QAbstractItemView) -> bool:
    """Whether the app connected something to this view's item activation."""
    for cls, signals in ACTIVATION_SIGNALS.items():
        if isinstance(view, cls):
            qt_class = next(c for c in type(view).__mro__ if c.__module__.startswith("PySide6"))
            fresh = qt_class()  # what Qt connects itself, to compare against
            try:
                return any(view.receivers(SIGNAL(s)) > fresh.receivers(SIGNAL(s)) for s in signals)
            finally:
                fresh.deleteLater()
    return False


def controls(root: QWidget) -> dict[str, str]:
    """Every action a person can take in `root`: key -> what it is (for messages)."""
    from carematch.gui.lock import HIDE_KEY, IdleWatcher

    found: dict[str, str] = {}

    def add(key: str, what: str) -> None:
        assert key not in found or found[key] == what, f"two controls share the key {key!r}"
        found[key] = what

    for button in root.findChildren(QAbstractButton):
        if made_by_qt(button, root):
            continue
        name = name_of(button)
        assert name, f"{type(button).__name__} in {owner_of(button, root)} has no name at all"
        add(f"{owner_of(button, root)}:{name}", f"the {type(button).__name__} {name!r}")
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            text = plain_text(tabs.tabText(index))
            add(f"{owner_of(tabs, root)}:tab:{text}", f"the tab {text!r}")
    for action in [*root.actions(), *root.findChildren(QAction)]:
        if action.objectName().startswith(("_q_", "qt_")):
            continue
        owner = type(root).__name__ if action.parent() is root else owner_of(action, root)
        if not action.shortcut().isEmpty():
            keys = shortcut_text(action.shortcut())
            add(f"{owner}:shortcut:{keys}", f"the shortcut {keys}")
        elif action.text():
            text = plain_text(action.text())
            add(f"{owner}:action:{text}", f"the action {text!r}")
    for shortcut in root.findChildren(QShortcut):
        keys = shortcut_text(shortcut.key())
        add(f"{type(root).__name__}:shortcut:{keys}", f"the shortcut {keys}")
    if root.findChildren(IdleWatcher):  # quick hide: a key caught for the whole app
        add(f"{type(root).__name__}:shortcut:{shortcut_text(HIDE_KEY)}", "the quick-hide key")
    for view in root.findChildren(QAbstractItemView):
        if not made_by_qt(view, root) and activates(view):
            name = name_of(view)
            add(f"{owner_of(view, root)}:{name}:activate", f"activating an item in {name!r}")
    return found


# --- every dialog the app defines ------------------------------------------------------------
def dialog_classes() -> dict[str, type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(carematch.gui.__path__, "carematch.gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[name] = cls
    return found


def _dialogs(window: MainWindow) -> dict[str, Callable[[], list[QDialog]]]:
    """How to make each dialog, in each of its forms (the buttons differ between them)."""
    from carematch.app.compare import compare
    from carematch.app.outcomes import caseload_outcomes
    from carematch.gui.dialogs import (
        caseload_dialogs,
        circle_dialog,
        compare_dialogs,
        contribute_dialog,
        entry_editor,
        journal_forms,
        keys_help,
        outcomes_dialog,
        panel_view,
        recommend_wizard,
        report_dialog,
        review_dialog,
        share_recipe,
        supporting_dialog,
        vault_dialogs,
    )

    context = window.context
    journal, catalogue, session = context.journal, context.catalogue, context.session
    assert journal is not None and catalogue is not None
    goal = next(g for g in journal.list_goals() if journal.experiments(g.id))
    experiments = journal.experiments(goal.id)
    adaptation = journal.add_adaptation("Tap turner from a clothes peg", what="A peg")
    from carematch.app.circle import invite
    from carematch.paths import data_root

    supporter, _code = invite(journal, "Sam", "son", "Me", data_root() / "invite.cmcircle")
    from carematch.app.circle import accept_invite
    from carematch.app.session import VaultSession

    with VaultSession() as other:  # someone this vault supports
        other.create("Other", None)
        invite(other.journal_or_fail, "Me", "", "Other", data_root() / "other.cmcircle")
    supported, *_ = accept_invite(journal, data_root() / "other.cmcircle", "", data_root() / "r")
    entry = next(iter(catalogue.entries.values()))
    forms = journal_forms
    return {
        "KeysHelpDialog": lambda: [
            keys_help.KeysHelpDialog("Find ideas", window.find_page, window)
        ],
        "WelcomeDialog": lambda: [vault_dialogs.WelcomeDialog(session, window)],
        "UnlockDialog": lambda: [vault_dialogs.UnlockDialog(session, "Demo", window)],
        "RecoveryCodeDialog": lambda: [vault_dialogs.RecoveryCodeDialog("ABCD-EFGH", window)],
        "VaultProblemDialog": lambda: [
            vault_dialogs.VaultProblemDialog(
                VaultCorruptError("The journal is damaged.", ["b.db"]), "Demo", window
            ),
            vault_dialogs.VaultProblemDialog(VaultError("It could not be opened."), "Demo", window),
        ],
        "NewPassphraseDialog": lambda: [
            vault_dialogs.NewPassphraseDialog(True, window),
            vault_dialogs.NewPassphraseDialog(False, window),
        ],
        "ImportExportDialog": lambda: [vault_dialogs.ImportExportDialog(window)],
        "GoalDialog": lambda: [
            forms.GoalDialog(journal, parent=window),
            forms.GoalDialog(journal, goal, parent=window),
        ],
        "CheckInDialog": lambda: [forms.CheckInDialog(journal, goal, window)],
        "ExperimentDialog": lambda: [
            forms.ExperimentDialog(journal, goal, parent=window),
            forms.ExperimentDialog(journal, goal, experiments[0], parent=window),
        ],
        "AdaptationDialog": lambda: [forms.AdaptationDialog(journal, window)],
        "TryThisDialog": lambda: [
            forms.TryThisDialog(journal, entry.name, entry.id, "make a brew", window)
        ],
        "QuestDialog": lambda: [forms.QuestDialog(journal, experiments, None, window)],
        "EntryEditor": lambda: [
            entry_editor.EntryEditor(catalogue, None, window),
            entry_editor.EntryEditor(catalogue, entry, window),
        ],
        "ReportDialog": lambda: [report_dialog.ReportDialog(journal, window, chosen=goal.id)],
        "ShareRecipeDialog": lambda: [
            share_recipe.ShareRecipeDialog(journal, adaptation.id, catalogue, window)
        ],
        "PractitionerSetupDialog": lambda: [
            caseload_dialogs.PractitionerSetupDialog(context.caseload, window)
        ],
        "PractitionerUnlockDialog": lambda: [
            caseload_dialogs.PractitionerUnlockDialog(context.caseload, window)
        ],
        "NewClientDialog": lambda: [caseload_dialogs.NewClientDialog(context.caseload, window)],
        "OutcomesDialog": lambda: [
            outcomes_dialog.OutcomesDialog(caseload_outcomes(context.caseload), window)
        ],
        "RecommendWizard": lambda: [
            recommend_wizard.RecommendWizard(journal, catalogue, None, window)
        ],
        "ReviewDialog": lambda: [review_dialog.ReviewDialog(journal, window)],
        "CircleDialog": lambda: [circle_dialog.CircleDialog(journal, window)],
        "ContributeDialog": lambda: [
            contribute_dialog.ContributeDialog(journal, catalogue, window)
        ],
        "PanelGoalsDialog": lambda: [panel_view.PanelGoalsDialog(journal, window)],
        "PanelView": lambda: [panel_view.PanelView(journal, [goal.id], window)],
        "InviteDialog": lambda: [circle_dialog.InviteDialog(journal, window)],
        "SupportingDialog": lambda: [supporting_dialog.SupportingDialog(journal, window)],
        "NotesDialog": lambda: [supporting_dialog.NotesDialog(journal, supported.id, window)],
        "ShareDialog": lambda: [circle_dialog.ShareDialog(journal, supporter.id, window)],
        "ShortlistDialog": lambda: [
            compare_dialogs.ShortlistDialog(journal, catalogue, None, window)
        ],
        "CompareDialog": lambda: [
            compare_dialogs.CompareDialog(
                compare(catalogue, ["kettle-tipper", "grab-rail"], journal=journal), window
            )
        ],
    }


def every_control(qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every action in the window and in every dialog, each dialog in each of its forms."""
    window = demo_window(qtbot)
    window.context.set_preference("caseload", True)  # the Clients page, offered to OTs
    window.apply_caseload()
    try:
        result = controls(window)
        makers = _dialogs(window)
        classes = dialog_classes()
        missing = sorted(set(classes) - set(makers) - BASES)
        assert not missing, (
            f"{', '.join(missing)}: a dialog the test does not know how to open. Add it to "
            "_dialogs() in tests/test_action_coverage.py (or to BASES if it is only a base "
            "class), then write journeys for its controls."
        )
        for name in sorted(set(makers) & set(classes)):
            for dialog in makers[name]():
                qtbot.addWidget(dialog)
                # a screen reader says the title, then this: what the window is for
                assert dialog.accessibleDescription().strip(), f"{name} says no purpose"
                ok = getattr(dialog, "ok", None)
                if ok is not None:  # work it started (a recipe's photos) is done: Save shows
                    qtbot.waitUntil(ok.isEnabled)
                for key, what in controls(dialog).items():
                    result.setdefault(key, what)
                dialog.done(0)
    finally:
        window.context.close_vault()
    return result


# --- the registry ----------------------------------------------------------------------------
def collected_names(path: Path) -> set[str]:
    """The test names pytest would collect from a file: test_* functions, Test* classes'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
            "test"
        ):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name.startswith("test"):
                    names.add(f"{node.name}::{item.name}")
    return names


def unknown_journeys(registry: dict[str, tuple[str, ...]]) -> list[str]:
    problems = []
    cache: dict[Path, set[str]] = {}
    for key, journeys in sorted(registry.items()):
        if not journeys:
            problems.append(f"{key!r} lists no journey test")
        for journey in journeys:
            file, _, name = journey.partition("::")
            path = TESTS.parent / file
            if not file.startswith("tests/") or not path.is_file():
                problems.append(f"{key!r}: {journey!r} names no test file under tests/")
                continue
            if path not in cache:
                cache[path] = collected_names(path)
            if name.split("[")[0] not in cache[path]:
                problems.append(f"{key!r}: there is no test {journey!r}")
    return problems


def test_every_control_has_a_journey_that_presses_it(qtbot, data_root):
    found = every_control(qtbot)
    assert len(found) >= 60, f"the walk found only {len(found)} controls: {sorted(found)}"
    missing = [f"  {key!r}: {what}" for key, what in sorted(found.items()) if key not in JOURNEYS]
    assert not missing, (
        "No journey test presses these controls. For each, write a journey that presses it the "
        "way a person does (pytest-qt: a mouse click on it, its Alt+letter or its shortcut, "
        "then wait for and check what the person sees), and add the key with that test to "
        "JOURNEYS in tests/action_journeys.py:\n" + "\n".join(missing)
    )
    stale = sorted(set(JOURNEYS) - set(found))
    assert not stale, (
        "JOURNEYS in tests/action_journeys.py lists controls the app no longer has (renamed or "
        f"removed?); update or remove them: {stale}"
    )


def test_every_listed_journey_exists():
    problems = unknown_journeys(JOURNEYS)
    assert not problems, "tests/action_journeys.py:\n  " + "\n  ".join(problems)


def test_the_registry_check_catches_a_missing_test():
    bogus = {"FindPage:Try this…": ("tests/test_gui_journeys.py::test_no_such_journey",)}
    assert unknown_journeys(bogus) == [
        "'FindPage:Try this…': there is no test 'tests/test_gui_journeys.py::test_no_such_journey'"
    ]
    assert unknown_journeys({"X:y": ("tests/nowhere.py::test_x",)})
