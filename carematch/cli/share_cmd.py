"""`carematch recipe`: share an adaptation as a do-it-yourself entry, after seeing what goes."""

from __future__ import annotations

import argparse
from pathlib import Path

from carematch.cli.output import fail
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run
from carematch.plaintext import counted


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(
        "recipe",
        help="share one of your adaptations as a pack (review first)",
        description="Shows exactly what would leave the vault, with personal "
        "details flagged and removed. Nothing is written without --write. "
        "Standard input order: the passphrase.",
    )
    r.add_argument("--vault", dest="name", required=True, metavar="NAME")
    r.add_argument("--adaptation", type=int, required=True, metavar="ID")
    r.add_argument("--out", type=Path, required=True, help="the pack file to write")
    r.add_argument(
        "--keep",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="keep flagged detail number N (see the review)",
    )
    r.add_argument("--alias", action="append", default=[], help="another name for it (x3)")
    r.add_argument("--activity", default="hand-tasks", help="activity id from the vocabulary")
    r.add_argument("--iso", default="24", help="ISO 9999 class or subclass")
    r.add_argument("--credit", help="your name or handle to credit (left out by default)")
    r.add_argument(
        "--photos",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="include the adaptation's JPEG and PNG photos, with location and camera details "
        "removed (the default); --no-photos leaves them out",
    )
    r.add_argument("--write", action="store_true", help="write the pack after the review")
    _open_args(r)
    r.set_defaults(func=cmd_recipe)


def cmd_recipe(args: argparse.Namespace) -> int:
    def go() -> int:
        from carematch.community.recipe import SharedPhoto, draft, prepare_photos, remove_flagged
        from carematch.journal.service import Journal

        with _open(args, SecretSource(args.passphrase_stdin)) as vault:
            journal = Journal(vault)
            item = next((a for a in journal.adaptations() if a.id == args.adaptation), None)
            if item is None:
                return fail(f"There is no adaptation number {args.adaptation}.")
            fields = {
                "title": item.title,
                "what": item.what,
                "materials": item.materials,
                "steps": item.steps,
            }
            photos: list[SharedPhoto] = []
            if args.photos:
                photos = prepare_photos(
                    (att.filename, journal.read_attachment(att))
                    for att in journal.attachments(adaptation_id=item.id)
                )
        review = draft(fields)
        clean = remove_flagged(review, set(args.keep))
        print("This is exactly what would be shared (no dates, no check-in notes):")
        for name, text in clean.items():
            print(f"  {name}: {text}")
        for n, flag in enumerate(review.flags):
            state = "kept" if n in args.keep else "removed"
            print(f"  [{n}] {flag.kind} in {flag.field}: '{flag.text}' ({state})")
        for photo in photos:
            print(f"  {photo.label()}")
        if not photos:
            print("  photos: none" if args.photos else "  photos: left out (--no-photos)")
        if not args.write:
            print("Nothing written. Add --write to make the pack.")
            return 0
        return _write_recipe(args, clean, [p.data for p in photos if p.data is not None])

    return _run(args, go)


def _write_recipe(args: argparse.Namespace, clean: dict[str, str], photos: list[bytes]) -> int:
    from carematch.catalogue import load_catalogue
    from carematch.community.mine import EntryInputError, validate
    from carematch.community.recipe import recipe_entry_data, write_recipe_pack

    data = recipe_entry_data(
        clean, aliases=args.alias or None, activity=args.activity, iso=args.iso, credit=args.credit
    )
    try:
        entry = validate(data, load_catalogue())
    except EntryInputError as exc:
        return fail(f"The recipe is not a valid entry yet: {exc}")
    write_recipe_pack(entry, args.out, args.credit, photos)
    with_photos = f" with {counted(len(photos), 'photo')}" if photos else ""
    print(f"Wrote {args.out}{with_photos}. Hand it to a community group.")
    return 0
