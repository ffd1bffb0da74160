"""The journal's marks on catalogue ideas ("worked", "not for me") and the shortlist of ideas
kept to compare: what the person thinks of ideas, as opposed to their goals and experiments."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from carematch.i18n import _
from carematch.journal import inputs as check
from carematch.journal.inputs import JournalInputError
from carematch.journal.models import Mark, MarkKind, Shortlisted, utcnow

if TYPE_CHECKING:
    from carematch.vault.vault import Vault


class IdeaMarks:
    """Part of Journal (a mixin): it needs the journal's vault and its writing session."""

    vault: Vault

    def _writing(self, what: str = "journal") -> AbstractContextManager[Any]:
        raise NotImplementedError

    # --- marks on catalogue ideas ---------------------------------------------------------
    def set_mark(self, entry_id: str, kind: MarkKind | str | None, note: str = "") -> None:
        """Mark an idea 'worked' or 'not for me'; None clears the mark."""
        with self._writing("marks") as s:
            existing = s.get(Mark, entry_id)
            if kind is None:
                if existing is not None:
                    s.delete(existing)
                return
            mark_kind = MarkKind(kind)
            if existing is None:
                note_text = check.text(note, _("the note"))
                s.add(Mark(entry_id=entry_id, kind=mark_kind, note=note_text))
            else:
                existing.kind = mark_kind
                existing.note = check.text(note, _("the note"))
                existing.at = utcnow()

    def marks(self) -> tuple[list[str], list[str]]:
        """(worked, not for me) entry ids, for the matcher."""
        with self.vault.session() as s:
            rows = list(s.scalars(select(Mark)))
        worked = [m.entry_id for m in rows if m.kind == MarkKind.WORKED]
        not_for_me = [m.entry_id for m in rows if m.kind == MarkKind.NOT_FOR_ME]
        return worked, not_for_me

    # --- the shortlist: ideas kept to compare side by side ------------------------------------
    def shortlist(self) -> list[str]:
        """Shortlisted entry ids, in the order they were added."""
        with self.vault.session() as s:
            return list(
                s.scalars(
                    select(Shortlisted.entry_id).order_by(Shortlisted.at, Shortlisted.entry_id)
                )
            )

    def add_to_shortlist(self, entry_id: str) -> bool:
        """Keep an idea to compare; False when it was already there."""
        entry_id = check.text(entry_id, _("the idea's id")).strip()
        if not entry_id or len(entry_id) > 80:
            raise JournalInputError(_("That is not an idea from the catalogue."))
        with self._writing("shortlist") as s:
            if s.get(Shortlisted, entry_id) is not None:
                return False
            s.add(Shortlisted(entry_id=entry_id))
            return True

    def remove_from_shortlist(self, entry_id: str) -> bool:
        with self._writing("shortlist") as s:
            found = s.get(Shortlisted, entry_id)
            if found is None:
                return False
            s.delete(found)
            return True
