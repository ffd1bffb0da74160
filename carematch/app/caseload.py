"""A practitioner's caseload: every client vault on this computer, opened with one passphrase.

The workflows an occupational therapist starts (set up the practitioner passphrase, unlock the
caseload, bring a client into it, open a client, give a vault back to its client) live here
once; the app and the command line only adapt them. The unlocked practitioner key is held in
memory for the session and forgotten on lock. See carematch.vault.practitioner for the keys.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carematch.app.session import Outcome, VaultSession
from carematch.evidence.summary import ClientSummary, client_summary
from carematch.i18n import N_, _
from carematch.vault.errors import (
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    WrongPassphraseError,
)
from carematch.vault.practitioner import (
    PractitionerKey,
    change_practitioner_passphrase,
    create_practitioner,
    practitioner_path,
    read_practitioner,
    unlock_practitioner,
)
from carematch.vault.registry import VaultInfo, list_vaults, name_key

if TYPE_CHECKING:
    from carematch.vault.vault import Vault

# A row's state: the English words are its value (in the JSON, and compared); shown with
# _(state), as ClientRow.state_words does.
READY, NOT_LOCKED = N_("in caseload"), N_("no passphrase")
ASK_CLIENT, IN_USE, DAMAGED = (
    N_("locked — ask the client"),
    N_("open elsewhere"),
    N_("cannot be read"),
)
SORTS = (
    N_("attention"),
    N_("name"),
    N_("last check-in"),
    N_("next review"),
    N_("GAS T-score"),
    N_("COPM change"),
)


@dataclass(frozen=True)
class ClientRow:
    """One line of the caseload: counts and scores, never a word the client wrote."""

    name: str
    state: str
    summary: ClientSummary | None = None
    detail: str = ""  # why a vault could not be read, in plain words

    @property
    def state_words(self) -> str:
        """The state in the person's language, to show (`state` stays the English value)."""
        return _(self.state)

    def attention(self, today: dt.date) -> list[str]:
        return self.summary.attention(today) if self.summary else []

    def as_dict(self, today: dt.date) -> dict[str, object]:
        s = self.summary
        return {
            "name": self.name,
            "state": self.state,
            "active_goals": s.active_goals if s else None,
            "goals_met": s.goals_met if s else None,
            "last_checkin": s.last_checkin.isoformat() if s and s.last_checkin else None,
            "next_review": s.next_review.isoformat() if s and s.next_review else None,
            "gas_t": round(s.gas_t, 1) if s and s.gas_t is not None else None,
            "copm_change": round(s.copm_change, 1) if s and s.copm_change is not None else None,
            "attention": self.attention(today),
            "detail": self.detail,
        }


def sort_rows(rows: list[ClientRow], by: str, today: dt.date) -> list[ClientRow]:
    """Rows in the chosen order; "attention" puts reviews due, then quiet clients, first."""
    far = dt.date.max

    def key(row: ClientRow) -> tuple[object, ...]:
        s, name = row.summary, name_key(row.name)
        if by == "name" or s is None:
            return (s is None, name)
        if by == "last check-in":  # the longest quiet first
            return (False, s.last_checkin or dt.date.min, name)
        if by == "next review":
            return (False, s.next_review or far, name)
        if by == "GAS T-score":
            return (False, s.gas_t if s.gas_t is not None else 999.0, name)
        if by == "COPM change":
            return (False, s.copm_change if s.copm_change is not None else 999.0, name)
        needs = row.attention(today)
        return (False, "review due" not in needs, not needs, s.next_review or far, name)

    return sorted(rows, key=key)


def search_rows(rows: list[ClientRow], text: str) -> list[ClientRow]:
    wanted = name_key(text)
    return [r for r in rows if wanted in name_key(r.name)] if wanted else rows


class Caseload:
    """The practitioner's side of the app: one per window or command, beside the session."""

    def __init__(self, session: VaultSession) -> None:
        self.session = session
        self.key: PractitionerKey | None = None

    # --- the practitioner passphrase ------------------------------------------------------
    def is_set_up(self) -> bool:
        """Whether a practitioner file is there (a damaged one too: unlocking says so)."""
        return os.path.lexists(practitioner_path())

    def refuse_second_set_up(self) -> None:
        if self.is_set_up():
            read_practitioner()  # a damaged file says so, and what to do
            raise VaultExistsError(
                _(
                    "A practitioner passphrase is already set up on this computer. Unlock your "
                    "caseload with it, or change it (carematch caseload passwd, or Settings)."
                )
            )

    def set_up(self, name: str, passphrase: str, role: str = "") -> Outcome:
        self.refuse_second_set_up()
        self.key, code = create_practitioner(name, passphrase, role=role)
        return Outcome(
            _(
                "Your practitioner passphrase is set up: client vaults in your caseload open "
                "with it. Below is your practitioner recovery code, which opens your caseload if "
                "you forget the passphrase."
            ),
            recovery_code=code,
        )

    def unlock(self, passphrase: str | None = None, *, recovery_code: str | None = None) -> Outcome:
        self.key = unlock_practitioner(passphrase, recovery_code=recovery_code)
        return Outcome(_("Caseload unlocked for {name}.").format(name=self.key.name))

    def lock(self) -> None:
        self.key = None

    def require_key(self) -> PractitionerKey:
        if self.key is None:
            raise WrongPassphraseError(_("Unlock your caseload with your practitioner passphrase."))
        return self.key

    def change_passphrase(self, new: str) -> Outcome:
        change_practitioner_passphrase(self.require_key(), new)
        return Outcome(
            _(
                "Practitioner passphrase changed. Your practitioner recovery code still works, "
                "and every client vault still opens with it."
            )
        )

    # --- the list ---------------------------------------------------------------------------
    def rows(self) -> list[ClientRow]:
        """Every vault on this computer, each read briefly: one practitioner key opens the
        caseload; a vault it cannot open is listed with the reason, never failing the rest."""
        return [self._row(info) for info in list_vaults()]

    @contextmanager
    def reading(self, info: VaultInfo) -> Iterator[Vault]:
        """A vault of the list, to read: the open one as it is, any other opened briefly with
        the practitioner key (an unprotected one with none). Raises a VaultError saying why
        it cannot be read."""
        from carematch.vault.manager import peek_vault

        if info.problem is not None:
            raise VaultCorruptError(info.problem)
        open_now = self.session.vault
        if open_now is not None and name_key(open_now.name) == name_key(info.name):
            yield open_now
            return
        if info.protected and self.key is None:
            raise WrongPassphraseError(_("Unlock your caseload first."))
        with peek_vault(info.folder, practitioner=self.key) as vault:
            yield vault

    def _row(self, info: VaultInfo) -> ClientRow:
        try:
            with self.reading(info) as vault:
                if not vault.protected:
                    state = NOT_LOCKED
                else:
                    state = READY if self._mine(vault.meta.practitioner) else ASK_CLIENT
                return ClientRow(info.name, state, client_summary(vault))
        except WrongPassphraseError as exc:
            return ClientRow(info.name, ASK_CLIENT, detail=str(exc))
        except VaultInUseError as exc:
            return ClientRow(info.name, IN_USE, detail=str(exc))
        except VaultError as exc:
            return ClientRow(info.name, DAMAGED, detail=str(exc))

    def _mine(self, wrap: object) -> bool:
        return self.key is not None and getattr(wrap, "practitioner", None) == self.key.id

    # --- clients ----------------------------------------------------------------------------
    def open_client(self, name: str) -> Outcome:
        """Open a client's vault with the practitioner key; the previous one is locked."""
        from carematch.vault.manager import open_vault

        key = self.require_key()
        current = self.session.vault
        if current is not None and name_key(current.name) == name_key(name):
            return Outcome(_("'{name}' is open.").format(name=current.name))
        self.session.close()  # the previous client is locked before the next is opened
        self.session.adopt(open_vault(name, practitioner=key))
        return Outcome(_("Opened '{name}'.").format(name=self.session.require().name))

    def add_open_vault(self) -> Outcome:
        """Bring the open vault (opened with the client's own secret) into the caseload."""
        vault = self.session.require()
        vault.wrap_for_practitioner(self.require_key())
        return Outcome(
            _(
                "'{name}' is in your caseload: your practitioner passphrase opens it now. "
                "The client's own passphrase and recovery code still work."
            ).format(name=vault.name)
        )

    def new_client(self, name: str, client_passphrase: str) -> Outcome:
        """Make a protected vault for a new client, in the caseload from the start."""
        key = self.require_key()
        made = self.session.create(name, client_passphrase)
        try:
            self.session.require().wrap_for_practitioner(key)
        except VaultError as exc:  # the vault is made: its recovery code must still be shown
            return Outcome(
                _(
                    "Made '{name}' for your client, but it could not be added to your caseload "
                    "({problem}). Give the client the recovery code below, then use Add the "
                    "open vault once the problem is fixed."
                ).format(name=self.session.require().name, problem=exc),
                recovery_code=made.recovery_code,
                path=made.path,
                warning=str(exc),
            )
        return Outcome(
            _(
                "Made '{name}' for your client, locked with the client's passphrase and in "
                "your caseload. Give the client the recovery code below."
            ).format(name=self.session.require().name),
            recovery_code=made.recovery_code,
            path=made.path,
        )

    def give_to_client(self) -> Outcome:
        """Hand the open vault over: remove the practitioner's copy of its key, so only the
        client's passphrase and recovery code open it. Nothing else changes."""
        vault = self.session.require()
        if not vault.unwrap_practitioner():
            return Outcome(
                _("'{name}' was not in your caseload. Nothing was changed.").format(name=vault.name)
            )
        return Outcome(
            _(
                "'{name}' is the client's alone now: only their passphrase or recovery code "
                "opens it. Your practitioner passphrase no longer does."
            ).format(name=vault.name)
        )
