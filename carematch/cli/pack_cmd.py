"""`carematch pack ...`: make, check, import, list and remove packs; publisher keys."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.cli.output import emit_json, fail, file_failed
from carematch.i18n import _, ngettext
from carematch.paths import data_root

if TYPE_CHECKING:
    from carematch.app.pack_import import PackReview


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help=_("share catalogue entries as one file (a pack)"))
    ps = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    c = ps.add_parser(
        "create",
        help=_("make a pack from a folder of entry files"),
        description=_(
            "Photos are taken from a 'photos' folder in or beside the entries folder, "
            "laid out as photos/<entry id>/1.jpg (JPEG or PNG, at most 10 MB each); their "
            "location and camera details are removed."
        ),
    )
    c.add_argument("dir", nargs="?", type=Path, help=_("entries folder (default: my entries)"))
    c.add_argument("--name", required=True)
    c.add_argument("--publisher", required=True)
    c.add_argument("--version", default="1")
    c.add_argument("--licence", default="CC-BY-SA-4.0")
    c.add_argument("--sign", type=Path, metavar="KEYFILE", help=_("sign with this private key"))
    c.add_argument("--out", type=Path, required=True)
    c.set_defaults(func=cmd_create)

    for action, helptext, func in (
        ("verify", _("check a pack and say what importing it would change"), cmd_verify),
        ("import", _("add a pack's entries to your catalogue (all or nothing)"), cmd_import),
    ):
        a = ps.add_parser(action, help=helptext)
        a.add_argument("file", type=Path)
        a.add_argument("--json", action="store_true")
        if action == "import":
            a.add_argument(
                "--replace-mine",
                action="store_true",
                help=_("let the pack replace entries you edited yourself"),
            )
            a.add_argument(
                "--allow-unsigned",
                action="store_true",
                help=_("import even if unsigned or signed by a key you do not trust"),
            )
        a.set_defaults(func=func)

    ls = ps.add_parser("list", help=_("list installed packs"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rm = ps.add_parser("remove", help=_("remove an installed pack"))
    rm.add_argument("pack_id")
    rm.set_defaults(func=cmd_remove)
    kg = ps.add_parser("keygen", help=_("make a publisher key pair for signing packs"))
    kg.add_argument("--out", type=Path, required=True, help=_("private key file (.pem)"))
    kg.set_defaults(func=cmd_keygen)
    tr = ps.add_parser("trust", help=_("trust a publisher's public key (an explicit step)"))
    tr.add_argument("keyfile", type=Path, help=_("the publisher's .pub file"))
    tr.add_argument("--name", required=True, help=_("who the publisher is, in your words"))
    tr.set_defaults(func=cmd_trust)


def _guard(action: Callable[[], int]) -> int:
    from carematch.community.keys import PublisherKeyError
    from carematch.community.packs import PackError

    try:
        return int(action())
    except (PackError, PublisherKeyError) as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        return file_failed(exc, exc.filename or data_root())


def cmd_create(args: argparse.Namespace) -> int:
    from carematch.community.packs import create_pack, my_entries_dir

    source = args.dir or (my_entries_dir() / "entries")

    def go() -> int:
        manifest = create_pack(
            source,
            args.out,
            name=args.name,
            publisher=args.publisher,
            version=args.version,
            licence=args.licence,
            signing_key=args.sign,
        )
        holds = _holds(manifest["entry_count"], manifest["photo_count"])
        if args.sign:
            print(_("Wrote {path}: {holds}, signed.").format(path=args.out, holds=holds))
        else:
            print(_("Wrote {path}: {holds}, unsigned.").format(path=args.out, holds=holds))
        return 0

    return _guard(go)


def _holds(entry_count: int, photo_count: int | None) -> str:
    """ "3 entries", or "3 entries and 2 photos"."""
    entries = ngettext("{n} entry", "{n} entries", entry_count).format(n=f"{entry_count:,}")
    if not photo_count:
        return entries
    photos = ngettext("{n} photo", "{n} photos", photo_count).format(n=f"{photo_count:,}")
    return _("{entries} and {photos}").format(entries=entries, photos=photos)


def _tty_progress(label: str) -> Callable[[int, int], None] | None:
    """A percentage on standard error, only when that is a terminal (never in pipes or logs)."""
    if not sys.stderr.isatty():
        return None
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 if total <= 0 else done * 100 // total
        if percent != shown:
            shown = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{label}: {percent} %", end=end, file=sys.stderr, flush=True)

    return report


def _review(path: Path) -> PackReview:
    from carematch.app.catalogue import load_full_catalogue
    from carematch.app.pack_import import review_pack

    return review_pack(path, load_full_catalogue(), progress=_tty_progress(_("Checking the pack")))


def _describe(review: PackReview, as_json: bool) -> None:
    pack, plan, m = review.pack, review.plan, review.pack.manifest
    if as_json:
        emit_json(
            {
                "name": m["name"],
                "publisher": m["publisher"],
                "version": m.get("pack_version"),
                "entries": len(pack.entries),
                "photos": len(pack.photos),
                "signature": pack.signature,
                "new": plan.new,
                "changed": plan.changed,
                "unchanged": plan.unchanged,
                "conflicts": plan.conflicts,
                "warnings": pack.warnings,
                "evidence_ideas": len(pack.evidence.ideas) if pack.evidence else 0,
                "evidence_contributors": pack.evidence.contributors if pack.evidence else 0,
            }
        )
        return
    print(
        _("Pack {summary} (Version {version}.)").format(
            summary=review.summary, version=m.get("pack_version")
        )
    )
    for label, ids in (
        (_("new: {ids}"), plan.new),
        (_("changed: {ids}"), plan.changed),
        (_("conflicts with your edits (yours are kept): {ids}"), plan.conflicts),
    ):
        if ids:
            shown = ", ".join(ids[:20]) + (" …" if len(ids) > 20 else "")
            print("  " + label.format(ids=shown))
    for warning in pack.warnings[:10]:
        print("  " + _("note: {warning}").format(warning=warning))


def cmd_verify(args: argparse.Namespace) -> int:
    from carematch.app.pack_import import Permission

    def go() -> int:
        review = _review(args.file)
        _describe(review, args.json)
        return 1 if review.permission is Permission.REFUSED else 0

    return _guard(go)


def cmd_import(args: argparse.Namespace) -> int:
    from carematch.app.pack_import import Permission, import_pack

    def go() -> int:
        review = _review(args.file)
        if review.permission is Permission.REFUSED:
            return fail(review.caution or "", 1)
        if review.permission is Permission.ASK and not args.allow_unsigned:
            return fail(
                _("{caution} To import it anyway, add --allow-unsigned.").format(
                    caution=review.caution
                ),
                1,
            )
        dest = import_pack(
            review,
            agreed=args.allow_unsigned,
            replace_mine=args.replace_mine,
            progress=_tty_progress(_("Importing the pack")),
        )
        _describe(review, args.json)
        if not args.json:
            print(_("Imported into {path}.").format(path=dest))
        return 0

    return _guard(go)


def cmd_list(args: argparse.Namespace) -> int:
    from carematch.app.pack_import import SIGNATURE_WORDS
    from carematch.community.packs import list_packs

    packs = list_packs()
    if args.json:
        emit_json(packs)
    elif not packs:
        print(_("No packs installed."))
    for p in [] if args.json else packs:
        signature = _(SIGNATURE_WORDS.get(str(p.get("signature")), SIGNATURE_WORDS["unsigned"]))
        said = _("'{name}' by {publisher}, {holds} ({signature})").format(
            name=p["name"],
            publisher=p["publisher"],
            holds=_holds(p["entry_count"], p.get("photo_count")),
            signature=signature,
        )
        print(f"{p['id']}: {said}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from carematch.community.packs import remove_pack

    def go() -> int:
        from carematch.community.packs import PackError

        try:
            remove_pack(args.pack_id)
        except PackError as exc:
            raise PackError(_("{problem} See 'carematch pack list'.").format(problem=exc)) from None
        print(_("Removed the pack '{id}'.").format(id=args.pack_id))
        return 0

    return _guard(go)


def cmd_keygen(args: argparse.Namespace) -> int:
    from carematch.community.keys import keygen

    def go() -> int:
        public_path = args.out.with_suffix(".pub")
        public = keygen(args.out, public_path)
        print(_("Private key (keep it secret): {path}").format(path=args.out))
        print(_("Public key (share it): {path}").format(path=public_path))
        print(public)
        return 0

    return _guard(go)


def cmd_trust(args: argparse.Namespace) -> int:
    from carematch.community.keys import trust

    def go() -> int:
        trust(args.keyfile.read_text(encoding="ascii"), args.name)
        print(_("Packs signed by '{name}' are now trusted.").format(name=args.name))
        return 0

    return _guard(go)
