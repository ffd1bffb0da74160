"""`carematch vault ...` and `carematch demo`: the vault's use cases on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from carematch.app.session import (
    RECOVERY_ADVICE,
    Outcome,
    VaultSession,
    needs_secret,
    restore_newest,
)
from carematch.cli.output import emit_json, fail
from carematch.cli.passphrases import SecretSource
from carematch.i18n import N_, _, ngettext
from carematch.journal.archive import is_encrypted
from carematch.journal.demo import fill_demo
from carematch.journal.health import check_vault
from carematch.vault import VaultCorruptError, VaultError, VaultNotFoundError, list_vaults
from carematch.vault.registry import find_vault

STDIN_HELP = N_("read passphrases from standard input, one per line (see the order above)")


def register(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("vault", help=_("create, open, back up, export and erase private vaults"))
    vs = v.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    c = vs.add_parser(
        "create",
        help=_("make a new vault"),
        description=_(
            "Make a new vault. With a passphrase it is encrypted, and a recovery code is shown "
            "once: write it down. Standard input order: the passphrase."
        ),
    )
    c.add_argument("name")
    _protection_args(c)
    c.set_defaults(func=cmd_create)

    ls = vs.add_parser("list", help=_("list vaults"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    for action, helptext, description, func in (
        (
            "check",
            _("run a full integrity check"),
            _("Run a full integrity check. Standard input order: the passphrase."),
            cmd_check,
        ),
        (
            "backup",
            _("make a backup now (or --list them)"),
            _("Make a backup now (or --list them). Standard input order: the passphrase."),
            cmd_backup,
        ),
        (
            "restore",
            _("restore a backup"),
            _("Restore a backup. Standard input order: the passphrase."),
            cmd_restore,
        ),
    ):
        p = vs.add_parser(action, help=helptext, description=description)
        p.add_argument("name")
        _open_args(p)
        if action == "backup":
            p.add_argument("--list", action="store_true", help=_("list backups instead"))
        if action == "restore":
            which = p.add_mutually_exclusive_group(required=True)
            which.add_argument("backup", nargs="?", help=_("backup file name (see backup --list)"))
            which.add_argument("--newest", action="store_true", help=_("the newest good backup"))
        p.set_defaults(func=func)

    pw = vs.add_parser(
        "passwd",
        help=_("change, add or remove the passphrase"),
        description=_(
            "Change the passphrase (standard input order: current, new), add one to an "
            "unprotected vault (new), or --remove it (current)."
        ),
    )
    pw.add_argument("name")
    pw.add_argument("--remove", action="store_true", help=_("remove the passphrase (decrypts)"))
    pw.add_argument(
        "--recovery-code",
        action="store_true",
        help=_("give the recovery code instead of the current passphrase"),
    )
    pw.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    pw.set_defaults(func=cmd_passwd)

    ex = vs.add_parser(
        "export",
        help=_("export everything to one zip"),
        description=_(
            "Export every record (JSON and CSV) and attachment to one zip. With --encrypt the "
            "file is protected by a passphrase. Standard input order: vault passphrase, export "
            "passphrase."
        ),
    )
    ex.add_argument("name")
    ex.add_argument("--out", type=Path, required=True, help=_("file to write"))
    ex.add_argument(
        "--encrypt", action="store_true", help=_("encrypt the export with a passphrase")
    )
    _open_args(ex)
    ex.set_defaults(func=cmd_export)

    im = vs.add_parser(
        "import",
        help=_("make a new vault from an export"),
        description=_(
            "Make a new vault holding exactly the records of an export. Standard input order: "
            "the export's passphrase (if encrypted), then the new vault's passphrase."
        ),
    )
    im.add_argument("file", type=Path)
    im.add_argument("--name", required=True, help=_("name of the new vault"))
    _protection_args(im)
    im.set_defaults(func=cmd_import)

    er = vs.add_parser("erase", help=_("erase a vault and everything in it, for good"))
    er.add_argument("name")
    er.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    er.set_defaults(func=cmd_erase)

    d = sub.add_parser("demo", help=_("create a vault holding a realistic demo person"))
    d.add_argument("--vault", default="Demo", help=_("name of the demo vault (default: Demo)"))
    _protection_args(d, default_protected=False)
    d.set_defaults(func=cmd_demo)


def _protection_args(p: argparse.ArgumentParser, default_protected: bool = True) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--no-passphrase", action="store_true", help=_("do not encrypt the vault"))
    group.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    p.set_defaults(default_protected=default_protected)


def _open_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-stdin", action="store_true", help=_(STDIN_HELP))
    p.add_argument(
        "--recovery-code",
        action="store_true",
        help=_("give the recovery code instead of the passphrase"),
    )


def _open(args: argparse.Namespace, secrets: SecretSource) -> VaultSession:
    """A session holding the vault named on the command line (use it in a `with`)."""
    session = VaultSession()
    if needs_secret(args.name):
        secret = secrets.ask(_("Recovery code: ") if args.recovery_code else _("Passphrase: "))
        if args.recovery_code:
            session.open(args.name, recovery_code=secret)
        else:
            session.open(args.name, secret)
    else:
        session.open(args.name)
    for warning in session.require().warnings:
        print(_("Note: {warning}").format(warning=warning), file=sys.stderr)
    return session


def _new_passphrase(args: argparse.Namespace, secrets: SecretSource) -> str | None:
    if args.no_passphrase or (not args.passphrase_stdin and not args.default_protected):
        return None
    return secrets.ask(_("New passphrase: "), confirm=True)


def _show(outcome: Outcome) -> None:
    if outcome.message:
        print(outcome.message)
    if outcome.warning:
        print(_("Warning: {warning}").format(warning=outcome.warning), file=sys.stderr)
    if outcome.recovery_code:
        print(f"{_(RECOVERY_ADVICE)}\n    {outcome.recovery_code}")


def _run(args: argparse.Namespace, action: Callable[[], int]) -> int:
    try:
        return int(action())
    except VaultCorruptError as exc:
        hint = ""
        if exc.backups:
            hint = "\n" + _(
                "Backups: {backups}. Run 'carematch vault restore {name} --newest' to restore "
                "the newest good one."
            ).format(backups=", ".join(exc.backups), name=getattr(args, "name", "NAME"))
        return fail(f"{exc}{hint}", 1)
    except VaultNotFoundError as exc:
        return fail(_("{problem} Run 'carematch vault list' to see them.").format(problem=exc), 1)
    except VaultError as exc:
        return fail(str(exc), 1)
    except (EOFError, ValueError) as exc:
        return fail(str(exc), 2)


def cmd_create(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with VaultSession() as session:
            _show(session.create(args.name, _new_passphrase(args, secrets)))
        return 0

    return _run(args, go)


def cmd_list(args: argparse.Namespace) -> int:
    vaults = list_vaults()
    if args.json:
        emit_json(
            [
                {"name": v.name, "folder": str(v.folder), "protected": v.protected}
                | ({"problem": v.problem} if v.problem else {})
                for v in vaults
            ]
        )
        return 0
    if not vaults:
        print(_("No vaults yet. Create one with 'carematch vault create NAME'."))
    for v in vaults:
        state = (
            _("cannot be read: {problem}").format(problem=v.problem)
            if v.problem
            else (_("protected") if v.protected else _("not protected"))
        )
        print(f"{v.name}  ({state})  {v.folder}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            problems = check_vault(session.require())
            counts = session.journal_or_fail.counts()
        if problems:
            print(_("Problems found:") + "\n" + "\n".join(f"  {p}" for p in problems))
            return 1
        print(
            _("The vault '{name}' is healthy: {counts}").format(
                name=args.name, counts=records_words(counts)
            )
        )
        return 0

    return _run(args, go)


def cmd_backup(args: argparse.Namespace) -> int:
    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            if args.list:
                for name in session.backups():
                    print(name)
                return 0
            _show(session.backup())
        return 0

    return _run(args, go)


def cmd_restore(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        if args.newest:
            secret = None
            if needs_secret(args.name):
                secret = secrets.ask(
                    _("Recovery code: ") if args.recovery_code else _("Passphrase: ")
                )
            code = secret if args.recovery_code else None
            _show(restore_newest(args.name, None if code else secret, recovery_code=code))
            return 0
        with _open(args, secrets) as session:
            if Path(args.backup).name not in session.backups():
                return fail(
                    _(
                        "There is no backup called '{backup}'. Run 'carematch vault backup "
                        "{name} --list' to see them."
                    ).format(backup=Path(args.backup).name, name=args.name),
                    1,
                )
            _show(session.restore(args.backup))
        return 0

    return _run(args, go)


def cmd_passwd(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        if find_vault(args.name) is None:
            return fail(_("There is no vault called '{name}'.").format(name=args.name), 1)
        with _open(args, secrets) as session:
            if args.remove:
                _show(session.remove_passphrase())
            else:
                _show(session.set_passphrase(secrets.ask(_("New passphrase: "), confirm=True)))
        return 0

    return _run(args, go)


def cmd_export(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with _open(args, secrets) as session:
            export_pass = (
                secrets.ask(_("Passphrase for the export: "), confirm=True)
                if args.encrypt
                else None
            )
            outcome = session.export(args.out, passphrase=export_pass)
        if outcome.warning:
            warning = _("{warning} Use --encrypt to protect it.").format(warning=outcome.warning)
            outcome = replace(outcome, warning=warning)
        _show(outcome)
        return 0

    return _run(args, go)


def cmd_import(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        export_pass = None
        if args.file.is_file() and is_encrypted(args.file):
            export_pass = secrets.ask(_("Passphrase of the export: "))
        new_pass = _new_passphrase(args, secrets)
        with VaultSession() as session:
            _show(
                session.import_export(
                    args.file, args.name, passphrase=new_pass, export_passphrase=export_pass
                )
            )
        return 0

    return _run(args, go)


def cmd_erase(args: argparse.Namespace) -> int:
    def go() -> int:
        if find_vault(args.name) is None:
            return fail(_("There is no vault called '{name}'.").format(name=args.name), 1)
        if not args.yes:
            if not sys.stdin.isatty():
                return fail(_("To erase without a terminal, add --yes."), 2)
            typed = input(
                _(
                    "This erases '{name}' and all its backups for good. "
                    "Type the vault's name to confirm: "
                ).format(name=args.name)
            )
            if typed.strip() != args.name:
                print(_("Nothing was erased."))
                return 1
        _show(VaultSession().erase(args.name))
        return 0

    return _run(args, go)


def cmd_demo(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with VaultSession() as session:
            outcome = session.create(args.vault, _new_passphrase(args, secrets))
            fill_demo(session.journal_or_fail)
            counts = session.journal_or_fail.counts()
            print(
                _("Created the demo vault '{name}': {counts}").format(
                    name=args.vault, counts=records_words(counts)
                )
            )
            _show(replace(outcome, message=""))
        return 0

    return _run(args, go)


def records_words(counts: dict[str, int]) -> str:
    """A journal's records counted in words, each by its language's plural rules
    ("4 goals, 91 check-ins, 1 adaptation")."""
    said = {
        "goals": lambda n: ngettext("{n} goal", "{n} goals", n),
        "experiments": lambda n: ngettext("{n} experiment", "{n} experiments", n),
        "checkins": lambda n: ngettext("{n} check-in", "{n} check-ins", n),
        "adaptations": lambda n: ngettext("{n} adaptation", "{n} adaptations", n),
        "attachments": lambda n: ngettext("{n} photo", "{n} photos", n),
        "quest_ratings": lambda n: ngettext("{n} device rating", "{n} device ratings", n),
        "marks": lambda n: ngettext("{n} idea marked", "{n} ideas marked", n),
        "shortlist": lambda n: ngettext("{n} on the shortlist", "{n} on the shortlist", n),
        "tags": lambda n: ngettext("{n} tag", "{n} tags", n),
    }
    return ", ".join(
        said[kind](n).format(n=n) if kind in said else f"{n} {kind}" for kind, n in counts.items()
    )
