"""The recommendation workflow, once for the app and `carematch recommend`: who signs it comes
from the practitioner file when there is one; the person sees a preview and agrees before the
file is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from carematch.app.session import Outcome
from carematch.i18n import _
from carematch.reports.recommendation import (
    Recommendation,
    preview_text,
    write_recommendation,
)
from carematch.vault.practitioner import read_practitioner

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.journal.service import Journal


def signer() -> tuple[str, str]:
    """The practitioner's name and role, when set up on this computer (else blanks to fill)."""
    try:
        found = read_practitioner()
    except Exception:
        return "", ""
    return (found.name, found.role) if found else ("", "")


def preview(journal: Journal, catalogue: Catalogue, rec: Recommendation) -> str:
    return preview_text(journal, catalogue, rec)


def make_recommendation(
    journal: Journal, catalogue: Catalogue, rec: Recommendation, out: Path
) -> Outcome:
    written = write_recommendation(journal, catalogue, rec, out)
    return Outcome(_("Wrote the recommendation to {path}.").format(path=written), path=written)
