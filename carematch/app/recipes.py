"""Sharing an adaptation as a recipe, written once for the app and the command line.

`draft_recipe` gathers what could leave the vault (the adaptation's words with personal details
flagged, its photos with their metadata already removed); the person chooses what to keep;
`write_recipe` checks the result is a valid catalogue entry and writes the pack. Dates and
check-in notes are never part of it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.app.session import Outcome
from carematch.i18n import N_, _, ngettext
from carematch.journal.inputs import JournalInputError

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.community.recipe import RecipeDraft, SharedPhoto
    from carematch.journal.service import Journal

NEVER_SHARED = N_("Not shared: dates, check-in notes, your name")


@dataclass
class Recipe:
    """What could be shared from one adaptation, before the person chooses."""

    adaptation_id: int
    review: RecipeDraft
    photos: list[SharedPhoto]

    def fields(self, keep: Collection[int] = ()) -> dict[str, str]:
        """The words that would go, with every flagged detail removed except those in `keep`."""
        from carematch.community.recipe import remove_flagged

        return remove_flagged(self.review, set(keep))

    def usable_photos(self) -> list[SharedPhoto]:
        return [p for p in self.photos if p.data is not None]


def draft_recipe(journal: Journal, adaptation_id: int, *, photos: bool = True) -> Recipe:
    from carematch.community.recipe import draft, prepare_photos

    item = next((a for a in journal.adaptations() if a.id == adaptation_id), None)
    if item is None:
        raise JournalInputError(
            _("There is no adaptation number {number}.").format(number=adaptation_id)
        )
    review = draft(
        {"title": item.title, "what": item.what, "materials": item.materials, "steps": item.steps}
    )
    shared = []
    if photos:
        shared = prepare_photos(
            (att.filename, journal.read_attachment(att))
            for att in journal.attachments(adaptation_id=item.id)
        )
    return Recipe(adaptation_id, review, shared)


def write_recipe(
    recipe: Recipe,
    out: Path,
    catalogue: Catalogue,
    *,
    keep: Collection[int] = (),
    photos: Sequence[bytes] = (),
    aliases: Sequence[str] = (),
    activity: str = "hand-tasks",
    iso: str = "24",
    credit: str | None = None,
) -> Outcome:
    """Write the pack; raises EntryInputError (a plain message) when it is not a valid entry."""
    from carematch.community.mine import validate
    from carematch.community.recipe import recipe_entry_data, write_recipe_pack

    data = recipe_entry_data(
        recipe.fields(keep),
        aliases=list(aliases) or None,
        activity=activity,
        iso=iso,
        credit=credit,
    )
    entry = validate(data, catalogue)
    write_recipe_pack(entry, out, credit, list(photos))
    if not photos:
        return Outcome(_("Wrote {path}. Hand it to a community group.").format(path=out), path=out)
    n = len(photos)
    said = ngettext(
        "Wrote {path} with {n} photo. Hand it to a community group.",
        "Wrote {path} with {n} photos. Hand it to a community group.",
        n,
    )
    return Outcome(said.format(path=out, n=f"{n:,}"), path=out)
