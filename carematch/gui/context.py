"""What the whole app shares: the catalogue service and the vault session, as Qt signals.

The work lives in carematch.app (the same code the command line runs); this only turns what the
session reports into signals, always delivered on the UI thread, so pages listen instead of
calling each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from carematch.app.caseload import Caseload
from carematch.app.preferences import AppSettings
from carematch.app.session import VaultSession
from carematch.gui.collector import collect_now, freeze_long_lived
from carematch.gui.worker import run_task

if TYPE_CHECKING:
    from carematch.app.catalogue import CatalogueService
    from carematch.app.pooled import Evidence
    from carematch.catalogue import Catalogue
    from carematch.journal.service import Journal
    from carematch.matching import Matcher
    from carematch.vault import Vault


class AppContext(QObject):
    catalogue_ready = Signal()
    catalogue_failed = Signal(str)
    vault_opened = Signal()  # a vault was opened, or the open one changed underneath
    vault_closed = Signal()
    journal_changed = Signal()  # any record was written, by any page or dialog
    # how ideas are ordered changed: an idea marked "worked" or "not for me", or the setting
    # for what worked for others
    marks_changed = Signal()
    _heard = Signal(str)  # the session's events, queued to the UI thread when need be

    def __init__(self, earlier: AppContext | None = None) -> None:
        super().__init__()
        if earlier is None:
            self.settings = AppSettings()
            self.session = VaultSession(self.settings)
            self.caseload = Caseload(self.session)  # a practitioner's key, once unlocked
        else:  # the same open vault, settings and practitioner's key, for a rebuilt window
            self.settings, self.session, self.caseload = (
                earlier.settings,
                earlier.session,
                earlier.caseload,
            )
        self.service: CatalogueService | None = None
        self.marks: tuple[list[str], list[str]] = earlier.marks if earlier else ([], [])
        self._heard.connect(self._dispatch)
        self._listener = self._heard.emit
        self.session.subscribe(self._listener)

    def successor(self) -> AppContext:
        """A new context over the same open vault, for a window rebuilt in another language;
        this one stops hearing the session, so the old window's pages are told nothing more."""
        self.session.unsubscribe(self._listener)
        return AppContext(self)

    @property
    def vault(self) -> Vault | None:
        return self.session.vault

    @property
    def journal(self) -> Journal | None:
        return self.session.journal

    @property
    def catalogue(self) -> Catalogue | None:
        return self.service.catalogue if self.service is not None else None

    @property
    def matcher(self) -> Matcher | None:
        return self.service.matcher if self.service is not None else None

    @property
    def evidence(self) -> Evidence:
        """What worked for others, from installed evidence packs."""
        return self.service.evidence if self.service is not None else {}

    def kept_by_others(self) -> set[str]:
        """Ideas to move up a little because most people kept them (unless turned off)."""
        from carematch.app.pooled import well_kept

        return well_kept(self.evidence) if self.settings.evidence_boost else set()

    def set_evidence_boost(self, on: bool) -> None:
        self.settings.set_evidence_boost(on)
        self.marks_changed.emit()  # the ideas shown are ordered again

    # --- catalogue ----------------------------------------------------------------------
    def load_catalogue(self) -> None:
        """Load the catalogue and build the matcher off the UI thread."""

        def work() -> CatalogueService:
            from carematch.app.catalogue import CatalogueService

            service = CatalogueService.load()
            _ = service.matcher, service.evidence  # built here, off the UI thread
            return service

        run_task(work, self.use_catalogue, self._catalogue_error)

    def load_catalogue_now(self) -> None:
        from carematch.app.catalogue import CatalogueService

        service = CatalogueService.load()
        _ = service.matcher, service.evidence  # built now: never on the first search
        self.use_catalogue(service)

    def use_catalogue(self, service: CatalogueService) -> None:
        self.service = service
        freeze_long_lived()
        self.catalogue_ready.emit()

    def _catalogue_error(self, exc: Exception) -> None:
        self.catalogue_failed.emit(str(exc))

    # --- vault --------------------------------------------------------------------------
    def use_vault(self, vault: Vault) -> None:
        self.session.adopt(vault)

    def close_vault(self) -> None:
        self.session.close()

    def _dispatch(self, event: str) -> None:
        journal = self.session.journal
        if event in ("opened", "marks"):
            self.marks = journal.marks() if journal is not None else ([], [])
        if event == "opened":
            collect_now()  # opening leaves one-off garbage (schema checks): clear it now
            self.vault_opened.emit()
        elif event == "closed":
            self.marks = ([], [])
            self.vault_closed.emit()
        elif event in ("journal", "shortlist"):
            self.journal_changed.emit()
        elif event == "marks":
            self.marks_changed.emit()

    # --- how the app looks (not personal data) ------------------------------------------
    def preference(self, key: str, default: Any = None) -> Any:
        return self.settings.display(key, default)

    def set_preference(self, key: str, value: Any) -> None:
        self.settings.set_display(key, value)

    def caseload_shown(self) -> bool:
        """The Clients page: as Settings says, or else offered when there is more than one
        vault or a practitioner passphrase is set up."""
        chosen = self.preference("caseload")
        if isinstance(chosen, bool):
            return chosen
        from carematch.vault.registry import list_vaults

        return self.caseload.is_set_up() or len(list_vaults()) > 1
