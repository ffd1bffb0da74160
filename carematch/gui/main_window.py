"""The main window: four pages in tabs, a status bar, and the vault flow around them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carematch.app.session import needs_secret
from carematch.gui.accessibility import announce
from carematch.gui.context import AppContext
from carematch.gui.dialogs.journal_forms import TryThisDialog
from carematch.gui.dialogs.keys_help import KeysHelpDialog
from carematch.gui.dialogs.vault_dialogs import RecoveryCodeDialog, UnlockDialog, WelcomeDialog
from carematch.gui.lock import (
    IdleWatcher,
    LockedScreen,
    ScreenLockWatcher,
    auto_lock_minutes,
)
from carematch.gui.ops import Op, plain_problem
from carematch.gui.pages.caseload import CaseloadPage
from carematch.gui.pages.catalogue import CataloguePage
from carematch.gui.pages.find import FindPage
from carematch.gui.pages.goals import GoalsPage
from carematch.gui.pages.settings import SettingsPage
from carematch.gui.reminders import Reminders
from carematch.gui.theme import apply_theme, system_prefers_high_contrast
from carematch.gui.widgets import button, plain
from carematch.i18n import ngettext
from carematch.vault.errors import VaultError
from carematch.vault.registry import find_vault


class CornerFittingTabBar(QTabBar):
    """A tab bar at least as tall as the button in its corner ("Hide now"), so that button is
    never clipped when the text is large."""

    def _fit(self, size: QSize) -> QSize:
        tabs = self.parentWidget()
        corner = tabs.cornerWidget() if isinstance(tabs, QTabWidget) else None
        if corner is not None:
            size.setHeight(max(size.height(), corner.sizeHint().height()))
        return size

    def sizeHint(self) -> QSize:
        return self._fit(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fit(super().minimumSizeHint())


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("CareMatch"))
        self.setObjectName("main-window")
        self.tabs = QTabWidget(self)
        self.tabs.setTabBar(CornerFittingTabBar(self.tabs))
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.find_page = FindPage(context, self)
        self.goals_page = GoalsPage(context, self)
        self.catalogue_page = CataloguePage(context, self)
        self.settings_page = SettingsPage(context, self)
        self.caseload_page = CaseloadPage(context, self)
        # Settings is a long page: at 200% text it scrolls instead of squeezing its labels.
        self.settings_scroll = QScrollArea(self)
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_scroll.setWidget(self.settings_page)
        self.settings_scroll.setAccessibleName(self.tr("Settings"))
        for n, (page, label) in enumerate(
            (
                (self.find_page, self.tr("&Find ideas")),
                (self.goals_page, self.tr("&My goals")),
                (self.catalogue_page, self.tr("&Catalogue")),
                (self.settings_page, self.tr("&Settings")),
                (self.caseload_page, None),  # a tab only when shown: see apply_caseload
            ),
            start=1,
        ):
            if label is not None:
                self.tabs.addTab(self._tab_of(page), label)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, p=page: self.show_page(p))
            self.addAction(action)
        switch = QAction(self)  # one step from anywhere: straight to the client search
        switch.setShortcut(QKeySequence("Ctrl+K"))
        switch.triggered.connect(self.switch_client)
        self.addAction(switch)
        self.caseload_page.client_opened.connect(lambda: self.show_page(self.goals_page))
        self.hide_button = button(
            self.tr("Hide now"),
            self,
            tip=self.tr("Lock your journal and hide it at once (Ctrl+L)"),
        )
        self.hide_button.setObjectName("hide-now")
        self.hide_button.setAccessibleDescription(
            self.tr("Locks your journal and hides everything personal. Shortcut: Control L.")
        )
        self.hide_button.clicked.connect(lambda: self.lock_now("hide"))
        self.help_button = button(
            self.tr("Keys"), self, tip=self.tr("Every keyboard shortcut in a list (F1)")
        )
        self.help_button.setObjectName("keys-help")
        self.help_button.setAccessibleName(self.tr("Keyboard help"))
        self.help_button.setAccessibleDescription(
            self.tr("Lists every keyboard shortcut. Shortcut: F1.")
        )
        self.help_button.clicked.connect(self.show_keys_help)
        help_action = QAction(self)
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_action.triggered.connect(self.show_keys_help)
        self.addAction(help_action)
        corner = QWidget(self)
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.help_button)
        corner_row.addWidget(self.hide_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.locked_screen = LockedScreen(self)
        self.locked_screen.unlock_button.clicked.connect(self.unlock)
        self.reminders = Reminders(self)
        self.quitting = False  # True when the person chose Quit (not just closing to the tray)
        self.rebuilding = False  # True while a window rebuilt in another language fills in
        self.main_area = QWidget(self)  # the reminder bar over the sections
        area = QVBoxLayout(self.main_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.reminders.bar)
        area.addWidget(self.tabs)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.main_area)
        self.stack.addWidget(self.locked_screen)
        self.setCentralWidget(self.stack)
        self._locked_vault: tuple[str, bool] | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock_now("idle"))
        self.idle.hide_key.connect(lambda: self.lock_now("hide"))
        self.screen_watch = ScreenLockWatcher(self)
        self.screen_watch.locked.connect(self._screen_locked)
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # moving "working" bar: no fixed end
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.setTextVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.busy.hide()
        self._loading: set[str] = set()
        context.catalogue_ready.connect(lambda: self.set_loading("catalogue", False))
        context.catalogue_failed.connect(lambda _msg: self.set_loading("catalogue", False))
        self.find_page.try_requested.connect(self.try_idea)
        self.settings_page.switch_vault.clicked.connect(self.show_welcome)
        self.settings_page.display_changed.connect(self.apply_display)
        self.settings_page.auto_lock_changed.connect(self.apply_auto_lock)
        self.settings_page.caseload_changed.connect(self.apply_caseload)
        self.settings_page.vault_erased.connect(self.show_welcome)
        self.goals_page.said.connect(lambda message: self.statusBar().showMessage(message, 8000))
        context.catalogue_failed.connect(
            lambda msg: self.statusBar().showMessage(
                self.tr("The catalogue could not be loaded: {msg}").format(msg=msg)
            )
        )
        context.vault_opened.connect(self._vault_opened)
        context.vault_closed.connect(self._vault_closed)
        context.vault_opened.connect(self.reminders.on_vault_opened)
        context.vault_closed.connect(self.reminders.on_vault_closed)
        self.settings_page.tray_changed.connect(self.reminders.apply_tray)
        self.settings_page.language_now.connect(self.use_chosen_language)
        self.apply_caseload()
        self.resize(QSize(1100, 760).boundedTo(self.screen().availableGeometry().size()))
        self.find_page.goal_box.setFocus()  # a person who starts typing types their goal

    def set_loading(self, what: str, on: bool) -> None:
        """Show the moving bar while anything loads in the background."""
        if on:
            self._loading.add(what)
        else:
            self._loading.discard(what)
        self.busy.setVisible(bool(self._loading))

    def pages(self) -> list[QWidget]:
        found = [self.find_page, self.goals_page, self.catalogue_page, self.settings_page]
        return found + ([self.caseload_page] if self.caseload_shown() else [])

    def caseload_shown(self) -> bool:
        return self.tabs.indexOf(self.caseload_page) >= 0

    def apply_caseload(self) -> None:
        """Add or take away the Clients page as Settings says (taken away, not hidden: a
        hidden tab is still there for a screen reader), and redo the title."""
        shown = self.context.caseload_shown()
        if shown and not self.caseload_shown():
            self.tabs.addTab(self.caseload_page, self.tr("Clients"))  # Ctrl+5: letters taken
        elif not shown:
            if self.caseload_shown():
                self.tabs.removeTab(self.tabs.indexOf(self.caseload_page))
            self.caseload_page.hide()  # out of the tabs, it must not sit over the window
        self.update_title()

    def switch_client(self) -> None:
        if not self.caseload_shown() or self.is_locked():
            return
        self.show_page(self.caseload_page)
        if self.context.caseload.key is None:
            self.caseload_page.unlock()
        elif not self.caseload_page.rows:
            self.caseload_page.refresh()
        self.caseload_page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.caseload_page.search.selectAll()

    def _tab_of(self, page: QWidget) -> QWidget:
        return self.settings_scroll if page is self.settings_page else page

    def show_page(self, page: QWidget) -> None:
        if self.is_locked() or self.tabs.indexOf(self._tab_of(page)) < 0:
            return
        if page is self.settings_scroll:
            page = self.settings_page
        self.tabs.setCurrentWidget(self._tab_of(page))
        focus = {
            self.find_page: self.find_page.goal_box,
            self.goals_page: self.goals_page.goals,
            self.catalogue_page: self.catalogue_page.search,
            self.caseload_page: self.caseload_page.table,
        }.get(page)
        # Settings has no one first thing: its page tab takes the focus, which says the page.
        (focus or self.tabs.tabBar()).setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_display(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        high = bool(self.context.preference("high_contrast", False))
        if self.context.preference("follow_system", True) and system_prefers_high_contrast():
            high = True
        from carematch.gui.fit import WindowFit

        # remembers the window's size before the text grows; My goals and Find ideas scroll
        # when tall (moving a page into its scroll area would lose the focus: it is put back)
        focus = self.focusWidget()
        fit = WindowFit.of(self, tall_pages=(self.goals_page, self.find_page))
        if focus is not None and self.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        apply_theme(
            app, text_size=int(self.context.preference("text_size", 100)), high_contrast=high
        )
        fit.refit()  # as big as the contents need, never past the screen; smaller again later

    def use_chosen_language(self) -> None:
        """Every word on screen in the language chosen in Settings, now (a new window)."""
        from carematch.gui.language_switch import switch_language

        switch_language(self)

    # --- vaults -------------------------------------------------------------------------
    def _vault_closed(self) -> None:
        self.setWindowTitle(self.tr("CareMatch"))  # the name of a closed vault never shows
        self.idle.set_minutes(0)

    def _vault_opened(self) -> None:
        vault = self.context.vault
        self.update_title()
        if vault is not None:
            self.apply_auto_lock()
            if self.rebuilding:  # rebuilt in another language: what opening said, it said
                return
            if vault.warnings:  # for example: today's automatic backup could not be made
                self.statusBar().showMessage(" ".join(vault.warnings))
                announce(self.statusBar(), " ".join(vault.warnings))
            else:
                self._say_reviews_due()

    def _say_reviews_due(self) -> None:
        """On opening: experiments whose review date has come, and where to review them."""
        import datetime as dt

        from carematch.evidence.review import due_reviews

        journal = self.context.journal
        count = len(due_reviews(journal, dt.date.today())) if journal is not None else 0
        if count:
            message = (
                ngettext(
                    "{n} experiment is ready for its review.",
                    "{n} experiments are ready for their review.",
                    count,
                ).format(n=count)
                + " "
                + self.tr("My goals, Review experiments (Alt+W).")
            )
            self.statusBar().showMessage(message, 15000)
            announce(self.statusBar(), message)

    def update_title(self) -> None:
        vault = self.context.vault
        if vault is None:
            self.setWindowTitle(self.tr("CareMatch"))
        elif self.context.caseload.is_set_up() and not self.context.preference(
            "client_name_in_title", False
        ):  # on a practitioner's computer a client's name shows only when they say so
            self.setWindowTitle(self.tr("CareMatch — a client's vault is open"))
        else:
            self.setWindowTitle(self.tr("CareMatch — {name}").format(name=vault.name))

    # --- quick hide and auto-lock -------------------------------------------------------
    def apply_auto_lock(self) -> None:
        vault = self.context.vault
        minutes = 0
        if vault is not None:
            minutes = auto_lock_minutes(self.context.preference("auto_lock"), vault.protected)
        self.idle.set_minutes(minutes)

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.locked_screen

    def _screen_locked(self) -> None:
        if self.context.preference("lock_on_screen_lock", True):
            self.lock_now("screen")

    def lock_now(self, reason: str = "hide") -> None:
        """Lock the vault, empty every widget that showed personal data, show a neutral screen.

        Open dialogs are closed without saving: hiding must be instant and complete.
        """
        if self.is_locked():
            return
        if reason != "hide" and self.context.vault is None:
            return  # nothing to lock; auto-lock never hides an empty window
        vault = self.context.vault
        if vault is not None:
            self._locked_vault = (vault.name, vault.protected)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
                widget.deleteLater()  # its title and fields may hold what was written
        self.context.close_vault()
        self.caseload_page.forget()  # the practitioner's key goes too
        self.find_page.clear_personal()
        self.idle.set_minutes(0)
        self.setWindowTitle(self.tr("CareMatch"))
        self.statusBar().clearMessage()
        messages = {
            "idle": self.tr("Locked because it was not used for a while."),
            "screen": self.tr("Locked because the computer's screen locked."),
        }
        message = messages.get(reason, self.tr("Nothing is shown while it is locked."))
        self.locked_screen.message.setText(message)
        self.stack.setCurrentWidget(self.locked_screen)
        self.locked_screen.unlock_button.setFocus()
        # Focus alone would only say "Unlock"; screen readers also hear that it locked, and why.
        announce(self.locked_screen.message, self.tr("CareMatch is locked.") + " " + message)

    def unlock(self) -> None:
        """Open the locked vault again; a protected one asks for its passphrase."""
        if self._locked_vault is None:
            self.stack.setCurrentWidget(self.main_area)
            self.show_welcome()
            return
        name, _protected = self._locked_vault
        if not self.open_named_vault(name):
            return
        self._locked_vault = None
        self.stack.setCurrentWidget(self.main_area)
        self.show_page(self.tabs.currentWidget())

    def open_named_vault(self, name: str) -> bool:
        info = find_vault(name)
        if info is None:
            self.statusBar().showMessage(
                self.tr("There is no vault called “{name}”.").format(name=name)
            )
            return False
        if needs_secret(info.name):
            dialog = UnlockDialog(self.context.session, info.name, self)
            if not dialog.exec() or not dialog.opened:
                if dialog.problem is not None:
                    self.show_vault_problem(dialog.problem, info.name)
                return False
            return True
        try:
            self.context.session.open(info.name)
        except VaultError as exc:
            self.show_vault_problem(exc, info.name)
            return False
        return True

    def open_in_background(self, name: str) -> None:
        """Open an unprotected vault off the UI thread, so the window is usable at once."""
        self.statusBar().showMessage(self.tr("Opening your vault…"))
        self.set_loading("vault", True)

        def work() -> object:
            from carematch.vault import open_vault

            return open_vault(name)

        def done(vault: object) -> None:
            self.set_loading("vault", False)
            self.context.use_vault(vault)  # type: ignore[arg-type]
            self.statusBar().showMessage(self.tr("Your vault is open."), 5000)

        def failed(exc: BaseException) -> None:
            self.set_loading("vault", False)
            self.show_vault_problem(exc, name)

        Op(self, work).success(done).failure(failed).run()

    def show_vault_problem(self, exc: BaseException, name: str) -> None:
        """Say what went wrong and what to do; a damaged vault gets the offer to restore."""
        from carematch.gui.dialogs.vault_dialogs import VaultProblemDialog

        self.statusBar().showMessage(plain_problem(exc))
        dialog = VaultProblemDialog(exc, name, self)
        if dialog.exec() and dialog.restored is not None:
            self.statusBar().showMessage(dialog.restored.message)
            self.open_named_vault(name)

    def show_welcome(self) -> None:
        dialog = WelcomeDialog(
            self.context.session,
            self,
            text_size=int(self.context.preference("text_size", 100)),
            high_contrast=bool(self.context.preference("high_contrast", False)),
        )
        dialog.display_chosen.connect(self.settings_page.set_display)
        if not dialog.exec():
            return
        if dialog.created is not None:
            if dialog.created.recovery_code:
                RecoveryCodeDialog(dialog.created.recovery_code, self).exec()
            self.find_page.say(  # the clear confirmation that the journal was made
                dialog.created.message
                + " "
                + self.tr("Write what you would like to be able to do, or press Help me choose.")
            )
        elif dialog.from_export:
            self.settings_page.make_vault_from_export()
        elif dialog.open_name:
            self.open_named_vault(dialog.open_name)

    def start(self, vault_name: str | None = None, *, background: bool = False) -> None:
        """Later starts open the last vault; the first start shows the welcome. Started at
        login (background), a vault with a passphrase waits, locked, until the person opens it."""
        name = vault_name or self.context.settings.last_vault
        info = find_vault(name) if name else None
        if info is not None and not info.protected:
            self.open_in_background(info.name)
            return
        if background:
            if info is not None:
                self._locked_vault = (info.name, True)
                self.locked_screen.message.setText(self.tr("Unlock to see your journal."))
                self.stack.setCurrentWidget(self.locked_screen)
            return
        if name and self.open_named_vault(name):
            return
        if not vault_name:
            self.show_welcome()

    # --- journeys -----------------------------------------------------------------------
    def try_idea(self, entry_id: str, goal_text: str) -> None:
        journal, catalogue = self.context.journal, self.context.catalogue
        if journal is None or catalogue is None:
            return
        entry = catalogue.entries[entry_id]
        dialog = TryThisDialog(journal, entry.name, entry_id, goal_text, self)
        if dialog.exec() and dialog.goal_id is not None:
            self.goals_page.select_goal(dialog.goal_id)
            message = self.tr("Started trying “{idea}”. Log how it goes under My goals.").format(
                idea=plain(entry.name, 80)
            )
            self.statusBar().showMessage(message, 10000)
            announce(self, message)

    def show_keys_help(self) -> None:
        if self.is_locked():
            page, title = None, ""
        else:
            index = self.tabs.currentIndex()
            page, title = self.tabs.currentWidget(), self.tabs.tabText(index).replace("&", "")
        KeysHelpDialog(title, page, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders.in_tray() and not self.quitting:
            event.ignore()  # closing the window keeps CareMatch in the tray, for reminders
            self.hide()
            return
        self.context.close_vault()
        event.accept()
