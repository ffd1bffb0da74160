"""Share your own adaptation as a do-it-yourself catalogue entry, safely.

Before anything leaves the vault the person sees exactly what goes. Personal details are
flagged for removal (names after a title, email addresses, phone numbers, UK postcodes, NHS
numbers, dates and street addresses); dates and check-in notes are left out by default; photos
lose their metadata (EXIF, GPS, text chunks) before they go anywhere, and the person can leave
any of them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.community.photos import PhotoError, clean_photo
from carematch.community.photos import strip_photo_metadata as strip_photo_metadata
from carematch.i18n import N_, _

if TYPE_CHECKING:
    from carematch.catalogue.model import Entry

PATTERNS: dict[str, re.Pattern[str]] = {
    "email address": re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b"),
    "NHS number": re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b"),
    "phone number": re.compile(r"(?<!\w)(\+44\s?|0)(\d[\s-]?){9,10}\d\b"),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),
    "date": re.compile(
        r"\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|"
        r"jul|aug|sep|oct|nov|dec)[a-z]*(\s+\d{4})?|(mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        re.IGNORECASE,
    ),
    "street address": re.compile(
        r"\b\d{1,4}[a-z]?\s+([A-Z][a-z]+\s){1,3}(Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|"
        r"Drive|Way|Crescent|Court|Place|Gardens|Terrace|Grove|Hill|Row|Walk)\b"
    ),
    "name": re.compile(
        r"\b(Mr|Mrs|Ms|Miss|Dr|Nurse|Auntie|Uncle|Nan|Grandad)\.?\s+[A-Z][a-z]+|"
        r"\b(?:called|named|my (?:son|daughter|wife|husband|mum|dad|carer|partner|friend))"
        r"\s+([A-Z][a-z]+)"
    ),
}
# The kinds of detail above in the person's language (Flag.kind stays the English key).
DETAIL_WORDS = {
    "email address": N_("email address"),
    "NHS number": N_("NHS number"),
    "phone number": N_("phone number"),
    "postcode": N_("postcode"),
    "date": N_("date"),
    "street address": N_("street address"),
    "name": N_("name"),
}
REMOVED = "[removed]"  # what stands in the shared text for a removed detail


@dataclass(frozen=True)
class Flag:
    field: str
    kind: str
    text: str
    start: int
    end: int

    @property
    def kind_words(self) -> str:
        """The kind of detail, in the language in use ("email address", "NHS number"...)."""
        return _(DETAIL_WORDS[self.kind]) if self.kind in DETAIL_WORDS else self.kind


@dataclass
class RecipeDraft:
    fields: dict[str, str]
    flags: list[Flag] = field(default_factory=list)


def find_personal_details(field_name: str, text: str) -> list[Flag]:
    flags = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            flags.append(Flag(field_name, kind, match.group(0), match.start(), match.end()))
    flags.sort(key=lambda f: (f.start, -f.end))
    kept: list[Flag] = []
    for flag in flags:  # overlapping finds: keep the first, longest
        if kept and flag.start < kept[-1].end:
            continue
        kept.append(flag)
    return kept


def draft(fields: dict[str, str]) -> RecipeDraft:
    result = RecipeDraft(dict(fields))
    for name, text in fields.items():
        result.flags += find_personal_details(name, text)
    return result


def remove_flagged(draft_: RecipeDraft, keep: set[int] = frozenset()) -> dict[str, str]:  # type: ignore[assignment]
    """The fields with every flagged detail replaced, except the flags numbered in `keep`."""
    out = dict(draft_.fields)
    for name in out:
        spans = [(i, f) for i, f in enumerate(draft_.flags) if f.field == name and i not in keep]
        text = out[name]
        for _i, flag in sorted(spans, key=lambda p: -p[1].start):
            text = text[: flag.start] + REMOVED + text[flag.end :]
        out[name] = text
    return out


# --- photos: only JPEG and PNG, every metadata block dropped ---------------------------------
@dataclass(frozen=True)
class SharedPhoto:
    """One of the adaptation's photos as it would be shared (or why it cannot be)."""

    number: int  # 1, 2, ... in the order they were attached
    filename: str  # the person's own file name: shown to them, never shared
    data: bytes | None  # without metadata; None when it cannot be shared
    problem: str = ""

    def label(self) -> str:
        if self.data is None:
            return _("photo {number} (“{file}”) is left out: {problem}").format(
                number=self.number, file=self.filename, problem=self.problem
            )
        return _("photo {number} (location and camera details removed)").format(number=self.number)


def prepare_photos(files: Iterable[tuple[str, bytes]]) -> list[SharedPhoto]:
    """The photos of an adaptation, each stripped of metadata or marked as not shareable."""
    prepared = []
    for number, (filename, data) in enumerate(files, start=1):
        try:
            _kind, clean = clean_photo(data)
        except PhotoError as exc:  # "the JPEG is damaged."
            prepared.append(SharedPhoto(number, filename, None, exc.left_out))
        else:
            prepared.append(SharedPhoto(number, filename, clean))
    return prepared


def recipe_entry_data(
    clean: dict[str, str],
    *,
    aliases: list[str] | None = None,
    activity: str = "hand-tasks",
    iso: str = "24",
    credit: str | None = None,
) -> dict[str, object]:
    """A do-it-yourself catalogue entry made from an adaptation's reviewed text."""
    title = clean["title"].strip()
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70] or "my-adaptation"
    summary = (clean["what"].strip() or title).split(". ")[0].rstrip(".") + "."
    parts = [clean["what"]]
    if clean["materials"]:
        parts.append("Materials: " + clean["materials"])
    if clean["steps"]:
        parts.append("Steps: " + clean["steps"])
    description = "\n\n".join(p for p in parts if p) or title
    if len(description) < 20:
        description += " (a home-made adaptation)"
    return {
        "id": f"recipe-{slug}",
        "name": title,
        "aliases": aliases
        or [f"homemade {title.lower()}", f"diy {title.lower()}", f"make your own {title.lower()}"],
        "kind": "diy",
        "summary": summary,
        "description": description,
        "iso9999": iso,
        "activities": [activity],
        "ways_to_get": ["make-it-yourself"],
        "cost": {"min": 0, "max": 10},
        "contributors": [credit] if credit else [],
    }


def write_recipe_pack(
    entry: Entry, out: Path, publisher: str | None = None, photos: Sequence[bytes] = ()
) -> None:
    """The recipe as a pack of one entry and its photos (metadata removed again on the way in),
    built in a temporary folder; nothing else is kept."""
    import tempfile

    from carematch.community.mine import save_entry
    from carematch.community.packs import create_pack

    with tempfile.TemporaryDirectory() as tmp:
        save_entry(entry, Path(tmp))
        create_pack(
            Path(tmp) / "my-entries" / "entries",
            out,
            name=entry.name,
            publisher=publisher or "A CareMatch user",
            photos=recipe_photo_files(entry.id, photos),
        )


def recipe_photo_files(entry_id: str, photos: Sequence[bytes]) -> dict[str, bytes]:
    """Pack photo names ('<entry id>/<n>.jpg') for the photos that are shared."""
    named = {}
    for number, data in enumerate(photos, start=1):
        try:
            kind, clean = clean_photo(data)
        except PhotoError as exc:
            raise PhotoError(
                _("Photo {number} cannot be shared: {problem}").format(number=number, problem=exc)
            ) from exc
        named[f"{entry_id}/{number}.{kind}"] = clean
    return named
