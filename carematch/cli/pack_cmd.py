"""`carematch pack ...`: make, check, import, list and remove packs; publisher keys."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.cli.output import emit_json, fail
from carematch.paths import data_root
from carematch.plaintext import counted
from carematch.safefile import is_disk_full
from carematch.vault.errors import disk_full_message

if TYPE_CHECKING:
    from carematch.app.pack_import import PackReview


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help="share catalogue entries as one file (a pack)")
    ps = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    c = ps.add_parser(
        "create",
        help="make a pack from a folder of entry files",
        description="Photos are taken from a 'photos' folder in or beside the entries folder, "
        "laid out as photos/<entry id>/1.jpg (JPEG or PNG, at most 10 MB each); their "
        "location and camera details are removed.",
    )
    c.add_argument("dir", nargs="?", type=Path, help="entries folder (default: my entries)")
    c.add_argument("--name", required=True)
    c.add_argument("--publisher", required=True)
    c.add_argument("--version", default="1")
    c.add_argument("--licence", default="CC-BY-SA-4.0")
    c.add_argument("--sign", type=Path, metavar="KEYFILE", help="sign with this private key")
    c.add_argument("--out", type=Path, required=True)
    c.set_defaults(func=cmd_create)

    for action, helptext, func in (
        ("verify", "check a pack and say what importing it would change", cmd_verify),
        ("import", "add a pack's entries to your catalogue (all or nothing)", cmd_import),
    ):
        a = ps.add_parser(action, help=helptext)
        a.add_argument("file", type=Path)
        a.add_argument("--json", action="store_true")
        if action == "import":
            a.add_argument(
                "--replace-mine",
                action="store_true",
                help="let the pack replace entries you edited yourself",
            )
            a.add_argument(
                "--allow-unsigned",
                action="store_true",
                help="import even if unsigned or signed by a key you do not trust",
            )
        a.set_defaults(func=func)

    ls = ps.add_parser("list", help="list installed packs")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rm = ps.add_parser("remove", help="remove an installed pack")
    rm.add_argument("pack_id")
    rm.set_defaults(func=cmd_remove)
    kg = ps.add_parser("keygen", help="make a publisher key pair for signing packs")
    kg.add_argument("--out", type=Path, required=True, help="private key file (.pem)")
    kg.set_defaults(func=cmd_keygen)
    tr = ps.add_parser("trust", help="trust a publisher's public key (an explicit step)")
    tr.add_argument("keyfile", type=Path, help="the publisher's .pub file")
    tr.add_argument("--name", required=True, help="who the publisher is, in your words")
    tr.set_defaults(func=cmd_trust)


def _guard(action: Callable[[], int]) -> int:
    from carematch.community.keys import PublisherKeyError
    from carematch.community.packs import PackError

    try:
        return int(action())
    except (PackError, PublisherKeyError) as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        if is_disk_full(exc):
            return fail(disk_full_message(exc.filename or data_root()), 1)
        return fail(f"cannot read or write a file: {exc.strerror} ({exc.filename})", 1)


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
        signed = "signed" if args.sign else "unsigned"
        photos = (
            f" and {counted(manifest['photo_count'], 'photo')}" if manifest["photo_count"] else ""
        )
        entries = counted(manifest["entry_count"], "entry", "entries")
        print(f"Wrote {args.out}: {entries}{photos}, {signed}.")
        return 0

    return _guard(go)


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

    return review_pack(path, load_full_catalogue(), progress=_tty_progress("Checking the pack"))


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
    print(f"Pack {review.summary} (Version {m.get('pack_version')}.)")
    for label, ids in (
        ("new", plan.new),
        ("changed", plan.changed),
        ("conflicts with your edits (yours are kept)", plan.conflicts),
    ):
        if ids:
            print(f"  {label}: {', '.join(ids[:20])}" + (" …" if len(ids) > 20 else ""))
    for warning in pack.warnings[:10]:
        print(f"  note: {warning}")


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
            return fail(f"{review.caution} To import it anyway, add --allow-unsigned.", 1)
        dest = import_pack(
            review,
            agreed=args.allow_unsigned,
            replace_mine=args.replace_mine,
            progress=_tty_progress("Importing the pack"),
        )
        _describe(review, args.json)
        if not args.json:
            print(f"Imported into {dest}.")
        return 0

    return _guard(go)


def cmd_list(args: argparse.Namespace) -> int:
    from carematch.app.pack_import import SIGNATURE_WORDS
    from carematch.community.packs import list_packs

    packs = list_packs()
    if args.json:
        emit_json(packs)
    elif not packs:
        print("No packs installed.")
    for p in [] if args.json else packs:
        photos = f" and {counted(p['photo_count'], 'photo')}" if p.get("photo_count") else ""
        entries = counted(p["entry_count"], "entry", "entries")
        print(
            f"{p['id']}: '{p['name']}' by {p['publisher']}, {entries}{photos} "
            f"({SIGNATURE_WORDS.get(str(p.get('signature')), 'not signed')})"
        )
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from carematch.community.packs import remove_pack

    def go() -> int:
        from carematch.community.packs import PackError

        try:
            remove_pack(args.pack_id)
        except PackError as exc:
            raise PackError(f"{exc} See 'carematch pack list'.") from None
        print(f"Removed the pack '{args.pack_id}'.")
        return 0

    return _guard(go)


def cmd_keygen(args: argparse.Namespace) -> int:
    from carematch.community.keys import keygen

    def go() -> int:
        public_path = args.out.with_suffix(".pub")
        public = keygen(args.out, public_path)
        print(
            f"Private key (keep it secret): {args.out}\nPublic key (share it): {public_path}"
            f"\n{public}"
        )
        return 0

    return _guard(go)


def cmd_trust(args: argparse.Namespace) -> int:
    from carematch.community.keys import trust

    def go() -> int:
        trust(args.keyfile.read_text(encoding="ascii"), args.name)
        print(f"Packs signed by '{args.name}' are now trusted.")
        return 0

    return _guard(go)
