"""`carematch recipe`: share an adaptation as a do-it-yourself entry, after seeing what goes."""

from __future__ import annotations

import argparse
from pathlib import Path

from carematch.cli.output import fail
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run
from carematch.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(
        "recipe",
        help=_("share one of your adaptations as a pack (review first)"),
        description=_(
            "Shows exactly what would leave the vault, with personal "
            "details flagged and removed. Nothing is written without --write. "
            "Standard input order: the passphrase."
        ),
    )
    r.add_argument("--vault", dest="name", required=True, metavar="NAME")
    r.add_argument("--adaptation", type=int, required=True, metavar="ID")
    r.add_argument("--out", type=Path, required=True, help=_("the pack file to write"))
    r.add_argument(
        "--keep",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help=_("keep flagged detail number N (see the review)"),
    )
    r.add_argument("--alias", action="append", default=[], help=_("another name for it (x3)"))
    r.add_argument("--activity", default="hand-tasks", help=_("activity id from the vocabulary"))
    r.add_argument("--iso", default="24", help=_("ISO 9999 class or subclass"))
    r.add_argument("--credit", help=_("your name or handle to credit (left out by default)"))
    r.add_argument(
        "--photos",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=_(
            "include the adaptation's JPEG and PNG photos, with location and camera details "
            "removed (the default); --no-photos leaves them out"
        ),
    )
    r.add_argument("--write", action="store_true", help=_("write the pack after the review"))
    _open_args(r)
    r.set_defaults(func=cmd_recipe)


def cmd_recipe(args: argparse.Namespace) -> int:
    def go() -> int:
        from carematch.app.catalogue import load_full_catalogue
        from carematch.app.recipes import NEVER_SHARED, draft_recipe, write_recipe
        from carematch.community.mine import EntryInputError

        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            recipe = draft_recipe(session.journal_or_fail, args.adaptation, photos=args.photos)
        keep = set(args.keep)
        photos = recipe.usable_photos()
        print(_("This is exactly what would be shared:"))
        for name, text in recipe.fields(keep).items():
            print(f"  {name}: {text}")
        for n, flag in enumerate(recipe.review.flags):
            said = (
                _("{kind} in {field}: '{text}' (kept)")
                if n in keep
                else _("{kind} in {field}: '{text}' (removed)")
            )
            print(f"  [{n}] " + said.format(kind=flag.kind_words, field=flag.field, text=flag.text))
        for photo in recipe.photos:
            print(f"  {photo.label()}")
        if not recipe.photos:
            print(
                "  " + (_("photos: none") if args.photos else _("photos: left out (--no-photos)"))
            )
        print(f"  {_(NEVER_SHARED)}.")
        if not args.write:
            print(_("Nothing written. Add --write to make the pack."))
            return 0
        try:
            outcome = write_recipe(
                recipe,
                args.out,
                load_full_catalogue(),
                keep=keep,
                photos=[p.data for p in photos if p.data is not None],
                aliases=args.alias,
                activity=args.activity,
                iso=args.iso,
                credit=args.credit,
            )
        except EntryInputError as exc:
            return fail(_("The recipe is not a valid entry yet: {problem}").format(problem=exc))
        print(outcome.message)
        return 0

    return _run(args, go)
