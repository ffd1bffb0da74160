"""My own entries (with the duplicate check) and sharing an adaptation as a recipe."""

from __future__ import annotations

import struct
import zipfile
import zlib

import pytest

from carematch.catalogue import load_catalogue
from carematch.community.mine import EntryInputError, find_similar, save_entry, validate
from carematch.community.packs import catalogue_folders
from carematch.community.recipe import (
    PhotoError,
    draft,
    find_personal_details,
    prepare_photos,
    remove_flagged,
    strip_photo_metadata,
)
from carematch.matching import Matcher

from .photo_samples import SECRETS, decodes, jpeg_with_gps, png_with_text

ENTRY = {
    "id": "kettle-pour-helper",
    "name": "Kettle tipper stand",
    "aliases": ["kettle tipping stand", "pouring cradle", "tipper"],
    "kind": "specialist",
    "summary": "A stand that tips the kettle for you.",
    "description": "Pour without lifting the kettle at all, which helps weak wrists.",
    "iso9999": "15 03",
    "activities": ["making-hot-drinks"],
    "ways_to_get": ["buy"],
    "cost": {"min": 10, "max": 40},
}


def test_new_entry_is_checked_for_duplicates_saved_and_matched(data_root):
    catalogue = load_catalogue()
    entry = validate(ENTRY, catalogue)
    similar = find_similar(entry, catalogue)
    assert similar and similar[0].entry.id == "kettle-tipper"
    assert "This looks like 'Kettle tipper'" in similar[0].message()
    unique = validate(
        {
            **ENTRY,
            "name": "Cup-filling jug on a hinge",
            "aliases": ["hinged jug", "tilting jug frame", "jug hinge"],
        },
        catalogue,
    )
    assert not find_similar(unique, catalogue)
    save_entry(unique, data_root)
    merged = load_catalogue(catalogue_folders())
    assert merged.entries["kettle-pour-helper"].name == "Cup-filling jug on a hinge"
    assert merged.problems == []
    ids = [r.entry.id for r in Matcher(merged).match("hinged jug").results]
    assert ids[0] == "kettle-pour-helper"


def test_invalid_entry_says_which_field(data_root):
    with pytest.raises(EntryInputError) as info:
        validate({**ENTRY, "aliases": ["one"], "cost": {"min": 9, "max": 1}}, load_catalogue())
    fields = {f for f, _ in info.value.problems}
    assert "aliases" in fields and "cost" in fields


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("email me at jo.bloggs@example.org", "email address"),
        ("ring 07700 900123 after six", "phone number"),
        ("or +44 113 496 0000", "phone number"),
        ("we live near LS6 2AB", "postcode"),
        ("NHS number 943 476 5919", "NHS number"),
        ("fitted on 12/03/2026", "date"),
        ("fitted on 3rd March 2025", "date"),
        ("at 14 Acacia Road", "street address"),
        ("Mrs Patel showed me", "name"),
        ("my daughter Amira made it", "name"),
    ],
)
def test_personal_details_are_flagged(text, kind):
    flags = find_personal_details("what", text)
    assert [f.kind for f in flags] == [kind], flags


def test_flagged_details_are_removed_unless_kept():
    review = draft({"what": "Mrs Patel at LS6 2AB helped", "steps": "no personal details"})
    assert len(review.flags) == 2
    assert remove_flagged(review) == {
        "what": "[removed] at [removed] helped",
        "steps": "no personal details",
    }
    assert remove_flagged(review, {0})["what"] == "Mrs Patel at [removed] helped"


def _png_with_text() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Location\x0053.8 N -1.5 W")
        + chunk(b"eXIf", b"MM\x00*GPSsecret")
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_photo_metadata_is_removed():
    png = _png_with_text()
    clean = strip_photo_metadata(png)
    assert b"Location" not in clean and b"GPSsecret" not in clean and b"IDAT" in clean

    def segment(marker: bytes, payload: bytes) -> bytes:
        return b"\xff" + marker + struct.pack(">H", 2 + len(payload)) + payload

    jpeg = (
        b"\xff\xd8"
        + segment(b"\xe1", b"Exif\x00\x00GPS-at-home")
        + segment(b"\xdb", b"\x00\x01")
        + segment(b"\xda", b"\x00\x00")
        + b"pixels\xff\xd9"
    )
    clean = strip_photo_metadata(jpeg)
    assert b"GPS-at-home" not in clean and b"pixels" in clean and clean.startswith(b"\xff\xd8")
    with pytest.raises(PhotoError):
        strip_photo_metadata(b"GIF89a...")


def test_recipe_command_reviews_then_writes_without_personal_details(run_cli, tmp_path, data_root):
    import os
    import subprocess
    import sys

    run_cli("vault", "create", "R", "--no-passphrase")
    code = (
        "from carematch.vault import open_vault\n"
        "from carematch.journal.service import Journal\n"
        "v = open_vault('R'); Journal(v).add_adaptation('Foam spoon', what='Made for Mrs "
        "Okafor at 3 Mill Lane, ring 07700 900123.', steps='Cut the foam to length.')\n"
        "v.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={**os.environ, "CAREMATCH_HOME": str(data_root)},
    )
    out = tmp_path / "r.cmpack"
    review = run_cli("recipe", "--vault", "R", "--adaptation", "1", "--out", str(out))
    assert review.returncode == 0 and "Mrs Okafor" in review.stdout  # shown as flagged
    assert not out.exists()
    done = run_cli("recipe", "--vault", "R", "--adaptation", "1", "--out", str(out), "--write")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as zf:
        shared = b"".join(zf.read(n) for n in zf.namelist())
    for secret in (b"Okafor", b"Mill Lane", b"07700"):
        assert secret not in shared
    assert b"Cut the foam to length" in shared


def test_recipe_command_shares_photos_without_location_unless_told_not_to(
    run_cli, tmp_path, data_root
):
    import os
    import subprocess
    import sys

    photo = tmp_path / "spoon.jpg"
    photo.write_bytes(jpeg_with_gps())
    run_cli("vault", "create", "R", "--no-passphrase")
    code = (
        "import pathlib, sys\n"
        "from carematch.vault import open_vault\n"
        "from carematch.journal.service import Journal\n"
        "v = open_vault('R'); j = Journal(v)\n"
        "a = j.add_adaptation('Foam spoon', what='A spoon with a foam handle.', "
        "steps='Cut the foam to length and push the spoon in.')\n"
        "j.attach('spoon.jpg', pathlib.Path(sys.argv[1]).read_bytes(), adaptation_id=a.id)\n"
        "j.attach('sketch.gif', b'GIF89a....', adaptation_id=a.id)\n"
        "v.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(photo)],
        check=True,
        env={**os.environ, "CAREMATCH_HOME": str(data_root)},
    )
    out = tmp_path / "r.cmpack"
    args = ("recipe", "--vault", "R", "--adaptation", "1", "--out", str(out))
    review = run_cli(*args)
    assert review.returncode == 0, review.stderr
    assert "photo 1 (location and camera details removed)" in review.stdout
    assert "“sketch.gif”) is left out: only JPEG and PNG" in review.stdout
    done = run_cli(*args, "--write")
    assert done.returncode == 0, done.stderr
    assert "with 1 photo." in done.stdout
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        shared = zf.read("photos/recipe-foam-spoon/1.jpg")
    assert [n for n in names if n.startswith("photos/")] == ["photos/recipe-foam-spoon/1.jpg"]
    assert decodes(shared) and not [s for s in SECRETS if s in shared]
    assert run_cli(*args, "--write", "--no-photos").returncode == 0
    with zipfile.ZipFile(out) as zf:
        assert not [n for n in zf.namelist() if n.startswith("photos/")]


def test_prepared_photos_say_what_goes_and_what_cannot():
    photos = prepare_photos(
        [("a.jpg", jpeg_with_gps()), ("b.png", png_with_text()), ("c.heic", b"\x00\x00ftyp")]
    )
    assert [p.label() for p in photos] == [
        "photo 1 (location and camera details removed)",
        "photo 2 (location and camera details removed)",
        "photo 3 (“c.heic”) is left out: only JPEG and PNG photos can be shared.",
    ]
    for photo in photos[:2]:
        assert photo.data is not None and decodes(photo.data)
        assert not [s for s in SECRETS if s in photo.data]
