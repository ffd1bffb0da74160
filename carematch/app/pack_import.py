"""Importing a catalogue pack: one signature policy and one set of words for the app and the
command line.

The policy: a pack whose signature is bad is always refused; a pack signed by a publisher the
person trusts may be imported; any other pack (unsigned, or signed by a key not trusted yet) is
imported only when the person says so after being told, in the same words everywhere, what
that means.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.catalogue.model import Entry
    from carematch.community.packs import ImportPlan, Pack, Progress

SIGNATURE_WORDS = {
    "trusted": N_("signed by a publisher you trust"),
    "unknown key": N_("signed by a key you have not trusted"),
    "bad signature": N_("BAD SIGNATURE: it was changed after signing, or the signature is forged"),
    "unsigned": N_("not signed"),
}
REFUSED_BAD_SIGNATURE = N_(
    "Refused: the pack's signature is bad, so it was changed after signing or the signature "
    "is forged. Nothing was imported."
)


class Permission(Enum):
    REFUSED = "refused"  # never imported
    GRANTED = "granted"  # trusted publisher
    ASK = "ask"  # only if the person agrees, having been told why


@dataclass
class PackReview:
    """What a pack is and what importing it would change."""

    pack: Pack
    plan: ImportPlan

    @property
    def permission(self) -> Permission:
        if self.pack.signature == "bad signature":
            return Permission.REFUSED
        if self.pack.signature == "trusted":
            return Permission.GRANTED
        return Permission.ASK

    @property
    def summary(self) -> str:
        """One paragraph, the same in the app and on the command line."""
        m = self.pack.manifest
        parts = []
        if self.pack.entries or not self.pack.evidence:
            n = len(self.pack.entries)
            parts.append(ngettext("{n} idea", "{n} ideas", n).format(n=f"{n:,}"))
        if self.pack.photos:
            n = len(self.pack.photos)
            parts.append(ngettext("{n} photo", "{n} photos", n).format(n=f"{n:,}"))
        evidence = self.pack.evidence
        if evidence is not None:
            people = evidence.contributors
            n = len(evidence.ideas)
            parts.append(
                ngettext(
                    "what worked for others on {n} idea (pooled from {people}, randomised so "
                    "no one can be picked out)",
                    "what worked for others on {n} ideas (pooled from {people}, randomised so "
                    "no one can be picked out)",
                    n,
                ).format(
                    n=f"{n:,}",
                    people=ngettext("{n} person", "{n} people", people).format(n=f"{people:,}"),
                )
            )
        text = _("“{name}” by {publisher}: {holds}, {signature}.").format(
            name=m["name"],
            publisher=m["publisher"],
            holds=_(" and ").join(parts),
            signature=_(SIGNATURE_WORDS[self.pack.signature]),
        )
        if not self.pack.entries and evidence is not None:
            return text
        return _(
            "{summary} New: {new}. Changed: {changed}. Unchanged: {unchanged}. "
            "Ideas you edited yourself (yours are kept): {mine}."
        ).format(
            summary=text,
            new=len(self.plan.new),
            changed=len(self.plan.changed),
            unchanged=len(self.plan.unchanged),
            mine=len(self.plan.conflicts),
        )

    @property
    def caution(self) -> str | None:
        """Why the person is asked before importing (None when they need not be)."""
        if self.permission is Permission.REFUSED:
            return _(REFUSED_BAD_SIGNATURE)
        if self.permission is Permission.ASK:
            return _(
                "This pack is {signature}, so CareMatch cannot tell who made it. Import it only "
                "if you know where it came from (or trust its publisher first)."
            ).format(signature=_(SIGNATURE_WORDS[self.pack.signature]))
        return None


def my_entry_ids(root: Path | None = None) -> set[str]:
    from carematch.community.packs import my_entries_dir

    folder = my_entries_dir(root) / "entries"
    return {p.stem for p in folder.glob("*.toml")} if folder.is_dir() else set()


def review_pack(
    path: Path,
    catalogue: Catalogue,
    *,
    progress: Progress | None = None,
    root: Path | None = None,
) -> PackReview:
    """Check a pack completely (raises PackError with the reason) and plan its import against
    the catalogue as it is now. Writes nothing."""
    from carematch.community.packs import plan_import, read_pack

    pack = read_pack(path, catalogue.vocabulary, progress=progress, root=root)
    entries: dict[str, Entry] = catalogue.entries
    return PackReview(pack, plan_import(pack, entries, my_entry_ids(root)))


def import_pack(
    review: PackReview,
    *,
    agreed: bool,
    replace_mine: bool = False,
    progress: Progress | None = None,
    root: Path | None = None,
) -> Path:
    """Install a reviewed pack, all or nothing. `agreed` says the person accepted the caution
    (the command line's --allow-unsigned, the app's Yes); without it only a trusted pack goes.
    Raises PackError when the policy refuses."""
    from carematch.community.packs import PackError, install_pack

    if review.permission is Permission.REFUSED or (
        review.permission is Permission.ASK and not agreed
    ):
        raise PackError(review.caution or _(REFUSED_BAD_SIGNATURE))
    return install_pack(review.pack, root, replace_mine=replace_mine, progress=progress)
