"""`carematch contribute` (share what worked, anonymously) and `carematch evidence pool` (a
community group pools contributions into a signed pack)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carematch.cli.output import emit_json, fail, file_failed
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run
from carematch.i18n import _, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "contribute",
        help=_("share what worked, anonymously: a file of your finished experiments, randomised"),
        description=_(
            "Only the idea, kept or stopped, a band for how much things changed and for "
            "how long you tried it, and the area go in, each answer randomised on this computer "
            "so no one can be sure of yours. Nothing you wrote, no dates finer than a quarter. "
            "You see exactly what goes before it is saved. Standard input order: the passphrase."
        ),
    )
    c.add_argument("--vault", dest="name", required=True, metavar="NAME")
    c.add_argument("--out", type=Path, metavar="FILE", help=_("where to save the file (.json)"))
    c.add_argument(
        "--experiment",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help=_("an experiment to include (see --list); repeat for several (default: all)"),
    )
    c.add_argument("--list", action="store_true", help=_("list the experiments that can go in"))
    c.add_argument("--yes", action="store_true", help=_("save without asking, having seen it"))
    c.add_argument("--json", action="store_true")
    _open_args(c)
    c.set_defaults(func=cmd_contribute)

    ev = sub.add_parser("evidence", help=_("pool contributions into a signed evidence pack"))
    es = ev.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = es.add_parser(
        "pool",
        help=_("pool a folder of contributions (newest per journal wins) into a pack"),
        description=_(
            "Ideas tried by fewer than 10 people are left out. Import the result with "
            "'carematch pack import'."
        ),
    )
    p.add_argument("dir", type=Path, help=_("folder of contribution files (.json)"))
    p.add_argument("--name", required=True, help=_('e.g. "Leeds Enablement Panel 2026"'))
    p.add_argument("--publisher", help=_("who publishes it (default: the name)"))
    p.add_argument("--sign", type=Path, metavar="KEYFILE", help=_("sign with this private key"))
    p.add_argument("--out", type=Path, required=True, help=_("the pack to write (.cmpack)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pool)


def cmd_contribute(args: argparse.Namespace) -> int:
    from carematch.app.catalogue import load_full_catalogue
    from carematch.app.pooled import ContributionError, draft, preview, share, shareable

    if not args.list and args.out is None:
        return fail(_("Say where to save the file with --out FILE (or use --list first)."))

    def go() -> int:
        catalogue = load_full_catalogue()
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            found = shareable(journal, catalogue)
            if args.list:
                if args.json:
                    emit_json([{"experiment_id": f.experiment_id, "idea": f.idea} for f in found])
                elif not found:
                    print(_("No finished experiments with a catalogue idea yet."))
                for f in found if not args.json else []:
                    print(f"[{f.experiment_id}] {f.label}")
                return 0
            wanted = set(args.experiment)
            unknown = wanted - {f.experiment_id for f in found}
            if unknown:
                return fail(
                    ngettext(
                        "Experiment {ids} cannot go in: only finished experiments (kept or "
                        "stopped) with a catalogue idea can. See --list.",
                        "Experiments {ids} cannot go in: only finished experiments (kept or "
                        "stopped) with a catalogue idea can. See --list.",
                        len(unknown),
                    ).format(ids=", ".join(map(str, sorted(unknown))))
                )
            drafted = draft(journal, found)
            ids = wanted or None
            try:
                contribution = drafted.contribution(ids)
            except ContributionError as exc:
                return fail(str(exc), 1)
            if args.json:
                emit_json(contribution.model_dump())
            else:
                print(_("This is exactly what goes in the file:"))
                for line in preview(contribution, catalogue):
                    print(f"  {line}")
            if not args.yes and not _agreed():
                print(_("Nothing was saved. Add --yes to save it."), file=sys.stderr)
                return 0
            try:
                saved = share(drafted, ids, args.out)
            except OSError as exc:
                return file_failed(exc, args.out.parent)
            except ContributionError as exc:
                return fail(str(exc), 1)
        n = len(contribution.answers)
        print(
            ngettext("Saved {path}: {n} idea.", "Saved {path}: {n} ideas.", n).format(
                path=saved, n=f"{n:,}"
            ),
            file=sys.stderr,
        )
        return 0

    return _run(args, go)


def _agreed() -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        return input(_("Save this file? [y/N] ")).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def cmd_pool(args: argparse.Namespace) -> int:
    from carematch.app.pooled import ContributionError, pool_to_pack
    from carematch.community.keys import PublisherKeyError
    from carematch.community.packs import PackError

    try:
        pooled = pool_to_pack(
            args.dir, args.out, name=args.name, publisher=args.publisher, signing_key=args.sign
        )
    except (ContributionError, PackError, PublisherKeyError) as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        return file_failed(exc, args.out.parent)
    if args.json:
        emit_json(
            {
                "files": pooled.files,
                "contributors": pooled.contributors,
                "refused": pooled.refused,
                "ideas": len(pooled.ideas),
                "left_out": pooled.left_out,
                "epsilon_per_answer": pooled.epsilon,
                "out": str(args.out),
                "signed": args.sign is not None,
            }
        )
        return 0
    files = ngettext("{n} file", "{n} files", pooled.files).format(n=f"{pooled.files:,}")
    people = ngettext("{n} person", "{n} people", pooled.contributors).format(
        n=f"{pooled.contributors:,}"
    )
    refused = ngettext(
        "{n} not a valid contribution, skipped",
        "{n} not valid contributions, skipped",
        pooled.refused,
    ).format(n=f"{pooled.refused:,}")
    n_ideas = len(pooled.ideas)
    ideas = ngettext("{n} idea", "{n} ideas", n_ideas).format(n=f"{n_ideas:,}")
    left_out = ngettext(
        "{n} idea tried by fewer than 10 people left out",
        "{n} ideas tried by fewer than 10 people left out",
        pooled.left_out,
    ).format(n=f"{pooled.left_out:,}")
    print(
        _("Pooled {files} from {people} ({refused}): evidence on {ideas}; {left_out}.").format(
            files=files, people=people, refused=refused, ideas=ideas, left_out=left_out
        )
    )
    if args.sign:
        print(_("Wrote {path}, signed.").format(path=args.out))
    else:
        print(_("Wrote {path}, unsigned.").format(path=args.out))
    return 0
