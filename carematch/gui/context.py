"""What the whole app shares: the catalogue and matcher, the open vault and its journal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from carematch.gui.worker import run_task
from carematch.vault.registry import Settings

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.journal.service import Journal
    from carematch.matching import Matcher
    from carematch.vault import Vault


class AppContext(QObject):
    catalogue_ready = Signal()
    catalogue_failed = Signal(str)
    vault_opened = Signal()
    vault_closed = Signal()
    journal_changed = Signal()
    marks_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.catalogue: Catalogue | None = None
        self.matcher: Matcher | None = None
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        self.settings = Settings()
        self.marks: tuple[list[str], list[str]] = ([], [])

    # --- catalogue ----------------------------------------------------------------------
    def load_catalogue(self) -> None:
        """Load the catalogue and build the matcher off the UI thread."""

        def work() -> tuple[Catalogue, Matcher]:
            from carematch.catalogue import load_catalogue
            from carematch.community.packs import catalogue_folders
            from carematch.matching import Matcher

            catalogue = load_catalogue(catalogue_folders())
            return catalogue, Matcher(catalogue)

        run_task(work, self._catalogue_loaded, self._catalogue_error)

    def load_catalogue_now(self) -> None:
        from carematch.catalogue import load_catalogue
        from carematch.community.packs import catalogue_folders
        from carematch.matching import Matcher

        catalogue = load_catalogue(catalogue_folders())
        self._catalogue_loaded((catalogue, Matcher(catalogue)))

    def _catalogue_loaded(self, result: Any) -> None:
        self.catalogue, self.matcher = result
        self.catalogue_ready.emit()

    def _catalogue_error(self, exc: Exception) -> None:
        self.catalogue_failed.emit(str(exc))

    # --- vault --------------------------------------------------------------------------
    def use_vault(self, vault: Vault) -> None:
        from carematch.journal.service import Journal

        if self.vault is not vault:  # after a protect or restore it is the same, still open
            self.close_vault()
        self.vault = vault
        self.journal = Journal(vault)
        self.marks = self.journal.marks()
        self.vault_opened.emit()

    def close_vault(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None
            self.journal = None
            self.marks = ([], [])
            self.vault_closed.emit()

    def refresh_marks(self) -> None:
        if self.journal is not None:
            self.marks = self.journal.marks()
        self.marks_changed.emit()

    # --- preferences kept per vault (display settings are not personal data) ----------
    def preference(self, key: str, default: Any = None) -> Any:
        return self.settings.load().get("display", {}).get(key, default)

    def set_preference(self, key: str, value: Any) -> None:
        stored = self.settings.load().get("display")
        display: dict[str, Any] = dict(stored) if isinstance(stored, dict) else {}
        display[key] = value
        self.settings.update(display=display)
