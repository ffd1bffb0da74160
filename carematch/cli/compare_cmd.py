"""`carematch compare` and `carematch shortlist`: ideas weighed up side by side for one person."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from carematch.app.compare import compare
from carematch.app.session import VaultSession
from carematch.catalogue.nations import Nation
from carematch.cli.output import emit_json
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import STDIN_HELP, _open, _run
from carematch.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "compare",
        help=_("two to four ideas side by side (cost, way to get it, ISO 9999, safety, verdict)"),
        description=_(
            "Compare 2 to 4 catalogue ideas. With --vault, the person's own verdict on each "
            "(marks, experiments, QUEST score) is shown too; standard input order: the vault's "
            "passphrase. With --shortlist, the vault's shortlist is compared."
        ),
    )
    c.add_argument("ids", nargs="*", metavar="ID", help=_("catalogue ids (see catalogue search)"))
    c.add_argument("--shortlist", action="store_true", help=_("compare the vault's shortlist"))
    c.add_argument("--nation", choices=[n.value for n in Nation], help=_("where in the UK"))
    c.add_argument("--json", action="store_true")
    _vault_args(c, required=False)
    c.set_defaults(func=cmd_compare)

    s = sub.add_parser(
        "shortlist",
        help=_("a person's shortlist of ideas to compare"),
        description=_("Standard input order: the vault's passphrase."),
    )
    s.add_argument("action", choices=["list", "add", "remove"])
    s.add_argument("ids", nargs="*", metavar="ID")
    s.add_argument("--json", action="store_true")
    _vault_args(s, required=True)
    s.set_defaults(func=cmd_shortlist)


def register_recommend(sub: argparse._SubParsersAction) -> None:
    from carematch.reports.recommendation import AUDIENCES

    r = sub.add_parser(
        "recommend",
        help=_("a recommendation for a funding panel, equipment service, GP or the person"),
        description=_(
            "Write a recommendation (PDF, accessible HTML or editable ODT). Without --agreed it "
            "only prints what it will say: show that to the person, and run again with "
            "--agreed once they agree. Standard input order: the vault's passphrase."
        ),
    )
    r.add_argument("--for", dest="audience", choices=list(AUDIENCES), required=True)
    r.add_argument("--reference", required=True, help=_("the panel's or service's reference"))
    r.add_argument("--person", default="", help=_("how the report names the person, e.g. 'Mrs A'"))
    r.add_argument(
        "--item",
        action="append",
        default=[],
        required=True,
        metavar="ID=REASON",
        help=_("a recommended catalogue idea and why (repeat for several)"),
    )
    r.add_argument("--goal", action="append", type=int, default=[], metavar="ID")
    r.add_argument("--ot-name", default="", help=_("your name (default: the practitioner's)"))
    r.add_argument("--ot-role", default="", help=_("your role (default: the practitioner's)"))
    r.add_argument("--nation", choices=[n.value for n in Nation])
    r.add_argument("--out", type=Path, help=_("FILE.pdf, .html or .odt, or a folder"))
    r.add_argument("--agreed", action="store_true", help=_("the person has seen it and agrees"))
    _vault_args(r, required=True)
    r.set_defaults(func=cmd_recommend)


def cmd_recommend(args: argparse.Namespace) -> int:
    from carematch.app.recommend import make_recommendation, preview, signer
    from carematch.reports.recommendation import Recommendation

    def go() -> int:
        items = {}
        for raw in args.item:
            entry_id, _equals, reason = raw.partition("=")
            items[entry_id.strip()] = reason.strip()
        name, role = signer()
        rec = Recommendation(
            audience=args.audience,
            reference=args.reference,
            person=args.person,
            practitioner=args.ot_name or name,
            role=args.ot_role or role or _("Occupational therapist"),
            items=items,
            goal_ids=args.goal,
            nation=Nation(args.nation) if args.nation else None,
            agreed=args.agreed,
        )
        catalogue = _catalogue()
        with _maybe_open(args) as session:
            assert session is not None
            journal = session.journal_or_fail
            if not args.agreed:
                print(preview(journal, catalogue, rec))
                print(
                    "\n"
                    + _(
                        "Nothing was written. Show this to the person; when they agree, run the "
                        "same command again with --agreed and --out."
                    )
                )
                return 0
            if args.out is None:
                raise ValueError(_("Say where to write it with --out FILE or --out FOLDER."))
            print(make_recommendation(journal, catalogue, rec, args.out).message)
        return 0

    return _run(args, go)


def _vault_args(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--vault", dest="name", required=required, metavar="NAME")
    p.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    p.add_argument("--recovery-code", action="store_true", help=_("give the recovery code instead"))


@contextlib.contextmanager
def _maybe_open(args: argparse.Namespace) -> Iterator[VaultSession | None]:
    if not args.name:
        yield None
        return
    with _open(args, SecretSource(args.passphrase_stdin)) as session:
        yield session


def _catalogue():  # type: ignore[no-untyped-def]
    from carematch.app.catalogue import load_full_catalogue

    return load_full_catalogue()


def cmd_compare(args: argparse.Namespace) -> int:
    def go() -> int:
        if args.shortlist and not args.name:
            raise ValueError(_("--shortlist needs --vault NAME"))
        catalogue = _catalogue()
        with _maybe_open(args) as session:
            journal = session.journal_or_fail if session else None
            ids = list(args.ids)
            if args.shortlist and journal is not None:
                ids += [i for i in journal.shortlist() if i not in ids]
            table = compare(
                catalogue,
                ids,
                journal=journal,
                nation=Nation(args.nation) if args.nation else None,
            )
        if args.json:
            emit_json(table.as_dict())
        else:
            print(table.text())
        return 0

    return _run(args, go)


def cmd_shortlist(args: argparse.Namespace) -> int:
    def go() -> int:
        catalogue = _catalogue()
        with _maybe_open(args) as session:
            assert session is not None
            journal = session.journal_or_fail
            if args.action != "list" and not args.ids:
                raise ValueError(
                    _("Name at least one idea to add.")
                    if args.action == "add"
                    else _("Name at least one idea to remove.")
                )
            for entry_id in args.ids:
                if args.action == "add":
                    if entry_id not in catalogue.entries:
                        raise ValueError(_("'{id}' is not in the catalogue.").format(id=entry_id))
                    added = journal.add_to_shortlist(entry_id)
                    said = _("Added {id}.") if added else _("{id} was already there.")
                    print(said.format(id=entry_id))
                elif args.action == "remove":
                    gone = journal.remove_from_shortlist(entry_id)
                    said = _("Removed {id}.") if gone else _("{id} was not there.")
                    print(said.format(id=entry_id))
            if args.action == "list":
                ids = journal.shortlist()
                if args.json:
                    emit_json(
                        [
                            {
                                "id": i,
                                "name": catalogue.entries[i].name
                                if i in catalogue.entries
                                else None,
                            }
                            for i in ids
                        ]
                    )
                else:
                    for i in ids:
                        entry = catalogue.entries.get(i)
                        name = entry.name if entry else _("(no longer in the catalogue)")
                        print(f"{i}  {name}")
                    if not ids:
                        print(_("The shortlist is empty."))
        return 0

    return _run(args, go)
