"""`carematch caseload ...`: a practitioner's client vaults, opened with one passphrase."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from carematch.app.caseload import SORTS, Caseload, ClientRow, search_rows, sort_rows
from carematch.app.session import VaultSession
from carematch.cli.output import emit_json
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import STDIN_HELP, _open, _run, _show
from carematch.i18n import N_, _, ngettext

HEADERS = (
    N_("Client"),
    N_("State"),
    N_("Goals"),
    N_("Met"),
    N_("Last check-in"),
    N_("Next review"),
    N_("GAS T"),
    N_("COPM"),
)


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "caseload",
        help=_("a practitioner's client vaults, opened with one practitioner passphrase"),
        description=_(
            "With no action: list every client vault with active goals, last check-in, next "
            "review, GAS T-score and COPM change (asks for the practitioner passphrase). "
            "Standard input order for each action is given in its help."
        ),
    )
    c.add_argument("--json", action="store_true", help=_("print the table as JSON"))
    c.add_argument(
        "--sort", choices=SORTS, default="attention", help=_("order (default: attention)")
    )
    c.add_argument("--search", default="", metavar="TEXT", help=_("only clients whose name has it"))
    c.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    c.add_argument(
        "--recovery-code",
        action="store_true",
        help=_("give the practitioner recovery code instead"),
    )
    c.set_defaults(func=cmd_list)
    cs = c.add_subparsers(dest="caseload_command", metavar="ACTION")

    setup = cs.add_parser(
        "setup",
        help=_("set up your practitioner passphrase (once per computer)"),
        description=_("Standard input order: the new practitioner passphrase."),
    )
    setup.add_argument("--name", required=True, help=_("your name, as reports should show it"))
    setup.add_argument("--role", default="", help=_("your role (default: Occupational therapist)"))
    setup.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    setup.set_defaults(func=cmd_setup)

    add = cs.add_parser(
        "add",
        help=_("bring a client's vault into your caseload"),
        description=_(
            "Standard input order: the client's passphrase, your practitioner passphrase."
        ),
    )
    add.add_argument("name")
    add.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    add.add_argument(
        "--recovery-code", action="store_true", help=_("give the client's recovery code")
    )
    add.set_defaults(func=cmd_add)

    new = cs.add_parser(
        "new",
        help=_("make a vault for a new client, in your caseload from the start"),
        description=_(
            "Standard input order: your practitioner passphrase, the client's new passphrase."
        ),
    )
    new.add_argument("name")
    new.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    new.set_defaults(func=cmd_new)

    give = cs.add_parser(
        "give",
        help=_("give a vault to its client: your practitioner passphrase no longer opens it"),
        description=_("Standard input order: your practitioner passphrase."),
    )
    give.add_argument("name")
    give.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    give.set_defaults(func=cmd_give)

    pw = cs.add_parser(
        "passwd",
        help=_("change your practitioner passphrase"),
        description=_("Standard input order: the current practitioner passphrase, the new one."),
    )
    pw.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    pw.add_argument(
        "--recovery-code", action="store_true", help=_("give the recovery code instead")
    )
    pw.set_defaults(func=cmd_passwd)


def register_outcomes(sub: argparse._SubParsersAction) -> None:
    o = sub.add_parser(
        "outcomes",
        help=_("what the service achieved across the caseload (no names, no free text)"),
        description=_(
            "People, goals set and met, GAS T-scores, meaningful COPM change (2 points or "
            "more), time to it, and the ideas most often kept and stopped, across every vault "
            "the caseload opens (or those named with --vault). Standard input order: the "
            "practitioner passphrase."
        ),
    )
    fmt = o.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", type=Path, metavar="FILE", help=_("write one row per goal"))
    o.add_argument("--vault", action="append", default=[], metavar="NAME", help=_("only these"))
    o.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    o.add_argument("--recovery-code", action="store_true", help=_("give the recovery code instead"))
    o.set_defaults(func=cmd_outcomes)


def cmd_outcomes(args: argparse.Namespace) -> int:
    from carematch.app.outcomes import caseload_outcomes, write_outcomes_csv

    def go() -> int:
        with VaultSession() as session:
            caseload = Caseload(session)
            if caseload.is_set_up():
                _unlock(caseload, SecretSource(args.passphrase_stdin), args.recovery_code)
            found = caseload_outcomes(caseload, args.vault or None)
        if args.csv:
            rows = write_outcomes_csv(found, args.csv)
            goals = ngettext("{n} goal", "{n} goals", rows).format(n=rows)
            people = found.outcomes.people
            print(
                ngettext(
                    "Wrote {goals} from {n} person to {path}.",
                    "Wrote {goals} from {n} people to {path}.",
                    people,
                ).format(goals=goals, n=people, path=args.csv)
            )
        elif args.json:
            emit_json(found.as_dict())
        else:
            print(found.text())
        if found.skipped:
            n = len(found.skipped)
            print(
                ngettext(
                    "Not read: {n} vault (locked or open elsewhere).",
                    "Not read: {n} vaults (locked or open elsewhere).",
                    n,
                ).format(n=n),
                file=sys.stderr,
            )
        return 0

    return _run(args, go)


def _unlock(caseload: Caseload, secrets: SecretSource, recovery: bool = False) -> None:
    if recovery:
        caseload.unlock(recovery_code=secrets.ask(_("Practitioner recovery code: ")))
    else:
        caseload.unlock(secrets.ask(_("Practitioner passphrase: ")))


def _cells(row: ClientRow) -> list[str]:
    s = row.summary
    if s is None:
        return [row.name, row.state_words, "", "", "", "", "", ""]

    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else "-"

    return [
        row.name,
        row.state_words,
        str(s.active_goals),
        str(s.goals_met),
        day(s.last_checkin),
        day(s.next_review),
        f"{s.gas_t:.1f}" if s.gas_t is not None else "-",
        f"{s.copm_change:+.1f}" if s.copm_change is not None else "-",
    ]


def cmd_list(args: argparse.Namespace) -> int:
    def go() -> int:
        today = dt.date.today()
        with VaultSession() as session:
            caseload = Caseload(session)
            if caseload.is_set_up():
                _unlock(caseload, SecretSource(args.passphrase_stdin), args.recovery_code)
            rows = sort_rows(search_rows(caseload.rows(), args.search), args.sort, today)
        if args.json:
            emit_json([row.as_dict(today) for row in rows])
            return 0
        if not rows:
            print(
                _("No client vaults found.") if not args.search else _("No client has that name.")
            )
            return 0
        table = [[_(header) for header in HEADERS]] + [_cells(row) for row in rows]
        widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
        for line in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        for row in rows:
            needs = row.attention(today)
            if needs:
                print(f"{row.name}: {', '.join(_(need) for need in needs)}")
        return 0

    return _run(args, go)


def cmd_setup(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        caseload = Caseload(VaultSession())
        caseload.refuse_second_set_up()  # before asking for anything
        passphrase = secrets.ask(_("New practitioner passphrase: "), confirm=True)
        _show(caseload.set_up(args.name, passphrase, args.role))
        return 0

    return _run(args, go)


def cmd_add(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with _open(args, secrets) as session:
            caseload = Caseload(session)
            _unlock(caseload, secrets)
            _show(caseload.add_open_vault())
        return 0

    return _run(args, go)


def cmd_new(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with VaultSession() as session:
            caseload = Caseload(session)
            _unlock(caseload, secrets)
            client = secrets.ask(_("The client's new passphrase: "), confirm=True)
            _show(caseload.new_client(args.name, client))
        return 0

    return _run(args, go)


def cmd_give(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with VaultSession() as session:
            caseload = Caseload(session)
            _unlock(caseload, secrets)
            caseload.open_client(args.name)
            _show(caseload.give_to_client())
        return 0

    return _run(args, go)


def cmd_passwd(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        caseload = Caseload(VaultSession())
        _unlock(caseload, secrets, args.recovery_code)
        new = secrets.ask(_("New practitioner passphrase: "), confirm=True)
        _show(caseload.change_passphrase(new))
        return 0

    return _run(args, go)
