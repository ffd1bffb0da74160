"""The vault session: the one open vault and its journal, and every vault workflow a person can
start, written once for the app and the command line.

The session owns what it opens: it closes the previous vault when another is opened, never
closes the vault it hands back, and tells its listeners what happened ("opened", "closed",
"journal", "marks"). Each workflow returns an `Outcome`: a sentence both front ends can show as
it is, plus the values a front end may want (a recovery code, counts, a path). Failures raise
VaultError (or JournalInputError) with a plain message; nothing here prints or asks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.app.preferences import AppSettings
from carematch.i18n import N_, _, ngettext
from carematch.vault.errors import VaultError
from carematch.vault.registry import find_vault, name_key

if TYPE_CHECKING:
    from carematch.journal.service import Journal
    from carematch.vault.vault import Vault

Listener = Callable[[str], None]

RECOVERY_ADVICE = N_(
    "This recovery code opens the vault if the passphrase is forgotten. Write it down and keep "
    "it somewhere safe: it will not be shown again."
)
UNENCRYPTED_EXPORT = N_(
    "This export is NOT encrypted: anyone with the file can read everything in your vault."
)


@dataclass(frozen=True)
class Outcome:
    """What a workflow did, in words fit to show as they are."""

    message: str
    recovery_code: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    path: Path | None = None
    warning: str = ""


_COUNTED: dict[str, Callable[[int], str]] = {  # in the order they are said
    "goals": lambda n: ngettext("{n} goal", "{n} goals", n),
    "experiments": lambda n: ngettext("{n} experiment", "{n} experiments", n),
    "checkins": lambda n: ngettext("{n} check-in", "{n} check-ins", n),
    "adaptations": lambda n: ngettext("{n} adaptation", "{n} adaptations", n),
    "attachments": lambda n: ngettext("{n} attachment", "{n} attachments", n),
}


def _counts_words(counts: dict[str, int]) -> str:
    return ", ".join(
        words(counts[key]).format(n=f"{counts[key]:,}")
        for key, words in _COUNTED.items()
        if key in counts
    )


def needs_secret(name: str) -> bool:
    """Whether opening this vault needs a passphrase or recovery code."""
    info = find_vault(name)
    return info is not None and info.protected and info.problem is None


def restore_newest(
    name: str, passphrase: str | None = None, *, recovery_code: str | None = None
) -> Outcome:
    """Put back a vault's newest good backup; for a vault too damaged to open."""
    from carematch.vault.manager import restore_newest_backup

    used = restore_newest_backup(name, passphrase, recovery_code=recovery_code)
    return Outcome(
        _(
            "Restored '{name}' from the backup {backup}. What was there before is kept as a "
            "backup too."
        ).format(name=name, backup=used.name),
        path=used,
    )


class VaultSession:
    def __init__(self, settings: AppSettings | None = None) -> None:
        self.settings = settings or AppSettings()
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        self._listeners: list[Listener] = []

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def journal_or_fail(self) -> Journal:
        if self.journal is None:
            raise VaultError(_("No vault is open. Open one first."))
        return self.journal

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, event: str) -> None:
        for listener in list(self._listeners):
            listener(event)

    def require(self) -> Vault:
        if self.vault is None:
            raise VaultError(_("No vault is open. Open one first."))
        return self.vault

    # --- opening and closing --------------------------------------------------------------
    def open(
        self, name: str, passphrase: str | None = None, *, recovery_code: str | None = None
    ) -> Vault:
        from carematch.vault.manager import open_vault

        current = self.vault
        if current is not None and name_key(current.name) == name_key(name):
            return current  # already open here: opening it again would lock ourselves out
        self.adopt(open_vault(name, passphrase, recovery_code=recovery_code))
        return self.require()

    def adopt(self, vault: Vault) -> None:
        """Make `vault` (opened or created elsewhere, e.g. off the UI thread) the open one."""
        from carematch.journal.service import Journal

        if self.vault is not vault:
            self.close()
        try:
            journal = Journal(vault)
        except BaseException:
            vault.close()  # nobody would own it, and its lock would stay taken
            raise
        journal.on_change(self._tell)
        self.vault, self.journal = vault, journal
        with contextlib.suppress(OSError):  # a full disk loses the "last vault", nothing else
            self.settings.remember_vault(vault.name)
        self._tell("opened")

    def close(self) -> None:
        if self.vault is None:
            return
        vault, self.vault, self.journal = self.vault, None, None
        vault.close()
        self._tell("closed")

    def create(self, name: str, passphrase: str | None) -> Outcome:
        from carematch.vault.manager import create_vault

        vault, code = create_vault(name, passphrase)
        self.adopt(vault)
        if vault.protected:
            said = _(
                "Your journal '{name}' is ready. It is kept only on this computer, locked with "
                "your passphrase."
            )
        else:
            said = _(
                "Your journal '{name}' is ready. It is kept only on this computer, not locked: "
                "anyone using this computer account can open it."
            )
        return Outcome(said.format(name=vault.name), recovery_code=code, path=vault.folder)

    def import_export(
        self,
        file: Path,
        name: str,
        *,
        passphrase: str | None = None,
        export_passphrase: str | None = None,
    ) -> Outcome:
        """Make a new vault holding exactly an export's records, and open it."""
        from carematch.journal.archive import import_export

        vault, code, counts = import_export(
            file, name, passphrase=passphrase, export_passphrase=export_passphrase
        )
        self.adopt(vault)
        return Outcome(
            _("Made the vault '{name}' from the export: {counts}.").format(
                name=vault.name, counts=_counts_words(counts)
            ),
            recovery_code=code,
            counts=counts,
            path=vault.folder,
        )

    # --- passphrase -------------------------------------------------------------------------
    def set_passphrase(self, new: str) -> Outcome:
        """Change the passphrase, or add one to a vault that has none (which encrypts it and
        makes a recovery code)."""
        vault = self.require()
        if vault.protected:
            vault.change_passphrase(new)
            return Outcome(_("Passphrase changed. Your recovery code still works."))
        code = vault.protect(new)
        self._reopened()
        return Outcome(
            _("The vault '{name}' is now locked with a passphrase and encrypted.").format(
                name=vault.name
            ),
            recovery_code=code,
        )

    def remove_passphrase(self) -> Outcome:
        vault = self.require()
        if not vault.protected:
            return Outcome(
                _("The vault '{name}' has no passphrase. Nothing was changed.").format(
                    name=vault.name
                )
            )
        vault.unprotect()
        self._reopened()
        return Outcome(
            _(
                "The vault '{name}' no longer has a passphrase. It is not encrypted, so "
                "anyone using this computer account can read it."
            ).format(name=vault.name)
        )

    def _reopened(self) -> None:
        """The same vault, changed underneath (re-encrypted, restored): every view reloads."""
        self._tell("opened")

    # --- backups ----------------------------------------------------------------------------
    def backup(self) -> Outcome:
        dest = self.require().backup("manual")
        return Outcome(_("Backed up: {backup}").format(backup=dest.name), path=dest)

    def backups(self) -> list[str]:
        """Backup names, newest first."""
        return [b.name for b in self.require().list_backups()]

    def restore(self, backup_name: str) -> Outcome:
        vault = self.require()
        vault.restore(vault.backups_dir / Path(backup_name).name)
        self._reopened()
        return Outcome(
            _("Restored {backup}. What you had before is saved as a backup too.").format(
                backup=Path(backup_name).name
            )
        )

    # --- export and erase -------------------------------------------------------------------
    def export(self, dest: Path, *, passphrase: str | None = None) -> Outcome:
        from carematch.journal.archive import export_vault

        vault = self.require()
        counts = export_vault(vault, dest, passphrase=passphrase)
        return Outcome(
            _("Exported to {path}: {counts}.").format(path=dest, counts=_counts_words(counts)),
            counts=counts,
            path=dest,
            # a vault kept under a passphrase, leaving it as a file anyone could read
            warning=_(UNENCRYPTED_EXPORT) if vault.protected and not passphrase else "",
        )

    def erase(self, name: str | None = None) -> Outcome:
        """Erase a vault and its backups for good (the open one when no name is given)."""
        from carematch.vault.manager import erase_vault

        target = name if name is not None else self.require().name
        if self.vault is not None and name_key(self.vault.name) == name_key(target):
            self.close()
        removed = erase_vault(target)
        with contextlib.suppress(OSError):
            self.settings.forget_vault(target)
        n = len(removed)
        return Outcome(
            ngettext(
                "Erased '{name}': {n} file removed.", "Erased '{name}': {n} files removed.", n
            ).format(name=target, n=f"{n:,}")
        )
