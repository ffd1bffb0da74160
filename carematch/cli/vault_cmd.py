"""`carematch vault ...` and `carematch demo`: the vault's use cases on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from carematch.cli.output import emit_json, fail
from carematch.cli.passphrases import SecretSource
from carematch.journal.archive import export_vault, import_export, is_encrypted
from carematch.journal.demo import fill_demo
from carematch.journal.health import check_vault
from carematch.journal.service import Journal
from carematch.vault import (
    Vault,
    VaultCorruptError,
    VaultError,
    create_vault,
    erase_vault,
    list_vaults,
    open_vault,
)
from carematch.vault.manager import restore_newest_backup
from carematch.vault.registry import find_vault

STDIN_HELP = "read passphrases from standard input, one per line (see the order above)"


def register(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("vault", help="create, open, back up, export and erase private vaults")
    vs = v.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    c = vs.add_parser(
        "create",
        help="make a new vault",
        description=(
            "Make a new vault. With a passphrase it is encrypted, and a recovery code is shown "
            "once: write it down. Standard input order: the passphrase."
        ),
    )
    c.add_argument("name")
    _protection_args(c)
    c.set_defaults(func=cmd_create)

    ls = vs.add_parser("list", help="list vaults")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    for action, helptext, func in (
        ("check", "run a full integrity check", cmd_check),
        ("backup", "make a backup now (or --list them)", cmd_backup),
        ("restore", "restore a backup", cmd_restore),
    ):
        p = vs.add_parser(
            action,
            help=helptext,
            description=(
                f"{helptext[0].upper()}{helptext[1:]}. Standard input order: the passphrase."
            ),
        )
        p.add_argument("name")
        _open_args(p)
        if action == "backup":
            p.add_argument("--list", action="store_true", help="list backups instead")
        if action == "restore":
            which = p.add_mutually_exclusive_group(required=True)
            which.add_argument("backup", nargs="?", help="backup file name (see backup --list)")
            which.add_argument("--newest", action="store_true", help="the newest good backup")
        p.set_defaults(func=func)

    pw = vs.add_parser(
        "passwd",
        help="change, add or remove the passphrase",
        description=(
            "Change the passphrase (standard input order: current, new), add one to an "
            "unprotected vault (new), or --remove it (current)."
        ),
    )
    pw.add_argument("name")
    pw.add_argument("--remove", action="store_true", help="remove the passphrase (decrypts)")
    pw.add_argument(
        "--recovery-code",
        action="store_true",
        help="give the recovery code instead of the current passphrase",
    )
    pw.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)
    pw.set_defaults(func=cmd_passwd)

    ex = vs.add_parser(
        "export",
        help="export everything to one zip",
        description=(
            "Export every record (JSON and CSV) and attachment to one zip. With --encrypt the "
            "file is protected by a passphrase. Standard input order: vault passphrase, export "
            "passphrase."
        ),
    )
    ex.add_argument("name")
    ex.add_argument("--out", type=Path, required=True, help="file to write")
    ex.add_argument("--encrypt", action="store_true", help="encrypt the export with a passphrase")
    _open_args(ex)
    ex.set_defaults(func=cmd_export)

    im = vs.add_parser(
        "import",
        help="make a new vault from an export",
        description=(
            "Make a new vault holding exactly the records of an export. Standard input order: "
            "the export's passphrase (if encrypted), then the new vault's passphrase."
        ),
    )
    im.add_argument("file", type=Path)
    im.add_argument("--name", required=True, help="name of the new vault")
    _protection_args(im)
    im.set_defaults(func=cmd_import)

    er = vs.add_parser("erase", help="erase a vault and everything in it, for good")
    er.add_argument("name")
    er.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    er.set_defaults(func=cmd_erase)

    d = sub.add_parser("demo", help="create a vault holding a realistic demo person")
    d.add_argument("--vault", default="Demo", help="name of the demo vault (default: Demo)")
    _protection_args(d, default_protected=False)
    d.set_defaults(func=cmd_demo)


def _protection_args(p: argparse.ArgumentParser, default_protected: bool = True) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--no-passphrase", action="store_true", help="do not encrypt the vault")
    group.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)
    p.set_defaults(default_protected=default_protected)


def _open_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)
    p.add_argument(
        "--recovery-code",
        action="store_true",
        help="give the recovery code instead of the passphrase",
    )


def _open(args: argparse.Namespace, secrets: SecretSource) -> Vault:
    info = find_vault(args.name)
    if info is not None and info.protected and info.problem is None:
        secret = secrets.ask("Recovery code: " if args.recovery_code else "Passphrase: ")
        if args.recovery_code:
            vault = open_vault(args.name, recovery_code=secret)
        else:
            vault = open_vault(args.name, secret)
    else:
        vault = open_vault(args.name)
    for warning in vault.warnings:
        print(f"Note: {warning}", file=sys.stderr)
    return vault


def _new_passphrase(args: argparse.Namespace, secrets: SecretSource) -> str | None:
    if args.no_passphrase or (not args.passphrase_stdin and not args.default_protected):
        return None
    return secrets.ask("New passphrase: ", confirm=True)


def _show_recovery(code: str | None) -> None:
    if code:
        print(
            "Your recovery code (it opens the vault if you forget the passphrase). "
            "Write it down and keep it somewhere safe; it will not be shown again:\n"
            f"    {code}"
        )


def _run(args: argparse.Namespace, action: Callable[[], int]) -> int:
    try:
        return int(action())
    except VaultCorruptError as exc:
        hint = ""
        if exc.backups:
            hint = (
                f"\nBackups: {', '.join(exc.backups)}. Run 'carematch vault restore "
                f"{getattr(args, 'name', 'NAME')} --newest' to restore the newest good one."
            )
        return fail(f"{exc}{hint}", 1)
    except VaultError as exc:
        return fail(str(exc), 1)
    except (EOFError, ValueError) as exc:
        return fail(str(exc), 2)


def cmd_create(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        vault, recovery = create_vault(args.name, _new_passphrase(args, secrets))
        with vault:
            state = "protected with a passphrase" if vault.protected else "not protected"
            print(f"Created the vault '{vault.name}' ({state}) in {vault.folder}")
            _show_recovery(recovery)
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
        print("No vaults yet. Create one with 'carematch vault create NAME'.")
    for v in vaults:
        state = (
            f"cannot be read: {v.problem}"
            if v.problem
            else ("protected" if v.protected else "not protected")
        )
        print(f"{v.name}  ({state})  {v.folder}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as vault:
            problems = check_vault(vault)
            counts = Journal(vault).counts()
        if problems:
            print("Problems found:\n" + "\n".join(f"  {p}" for p in problems))
            return 1
        print(
            f"The vault '{args.name}' is healthy: "
            + ", ".join(f"{n} {k}" for k, n in counts.items())
        )
        return 0

    return _run(args, go)


def cmd_backup(args: argparse.Namespace) -> int:
    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as vault:
            if args.list:
                for b in vault.list_backups():
                    print(b.name)
                return 0
            dest = vault.backup("manual")
            print(f"Backed up to {dest}")
        return 0

    return _run(args, go)


def cmd_restore(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        info = find_vault(args.name)
        if args.newest:
            secret = None
            if info is not None and info.protected:
                secret = secrets.ask("Recovery code: " if args.recovery_code else "Passphrase: ")
            used = restore_newest_backup(
                args.name,
                None if args.recovery_code else secret,
                recovery_code=secret if args.recovery_code else None,
            )
            print(f"Restored '{args.name}' from {used.name}.")
            return 0
        with _open(args, secrets) as vault:
            vault.restore(Path(args.backup))
            print(f"Restored '{vault.name}' from {Path(args.backup).name}.")
        return 0

    return _run(args, go)


def cmd_passwd(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        info = find_vault(args.name)
        if info is None:
            return fail(f"There is no vault called '{args.name}'.", 1)
        with _open(args, secrets) as vault:
            if args.remove:
                vault.unprotect()
                print(f"The vault '{vault.name}' no longer has a passphrase. It is not encrypted.")
            elif vault.protected:
                vault.change_passphrase(secrets.ask("New passphrase: ", confirm=True))
                print("Passphrase changed. Your recovery code still works.")
            else:
                code = vault.protect(secrets.ask("New passphrase: ", confirm=True))
                print(f"The vault '{vault.name}' is now encrypted.")
                _show_recovery(code)
        return 0

    return _run(args, go)


def cmd_export(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        with _open(args, secrets) as vault:
            export_pass = (
                secrets.ask("Passphrase for the export: ", confirm=True) if args.encrypt else None
            )
            if vault.protected and not args.encrypt:
                print(
                    "Warning: this export is NOT encrypted. Anyone with the file can read "
                    "everything in it. Use --encrypt to protect it.",
                    file=sys.stderr,
                )
            counts = export_vault(vault, args.out, passphrase=export_pass)
        print(f"Exported to {args.out}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
        return 0

    return _run(args, go)


def cmd_import(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        export_pass = None
        if args.file.is_file() and is_encrypted(args.file):
            export_pass = secrets.ask("Passphrase of the export: ")
        new_pass = _new_passphrase(args, secrets)
        vault, recovery, counts = import_export(
            args.file, args.name, passphrase=new_pass, export_passphrase=export_pass
        )
        with vault:
            print(
                f"Imported into the new vault '{vault.name}': "
                + ", ".join(f"{n} {k}" for k, n in counts.items())
            )
            _show_recovery(recovery)
        return 0

    return _run(args, go)


def cmd_erase(args: argparse.Namespace) -> int:
    def go() -> int:
        if find_vault(args.name) is None:
            return fail(f"There is no vault called '{args.name}'.", 1)
        if not args.yes:
            if not sys.stdin.isatty():
                return fail("To erase without a terminal, add --yes.", 2)
            typed = input(
                f"This erases '{args.name}' and all its backups for good. "
                "Type the vault's name to confirm: "
            )
            if typed.strip() != args.name:
                print("Nothing was erased.")
                return 1
        removed = erase_vault(args.name)
        print(f"Erased '{args.name}': {len(removed)} files removed.")
        return 0

    return _run(args, go)


def cmd_demo(args: argparse.Namespace) -> int:
    def go() -> int:
        secrets = SecretSource(args.passphrase_stdin)
        vault, recovery = create_vault(args.vault, _new_passphrase(args, secrets))
        with vault:
            fill_demo(Journal(vault))
            counts = Journal(vault).counts()
            print(
                f"Created the demo vault '{vault.name}': "
                + ", ".join(f"{n} {k}" for k, n in counts.items())
            )
            _show_recovery(recovery)
        return 0

    return _run(args, go)
