"""The `carematch` command: no arguments starts the app; subcommands are the command line.

Every subcommand calls the same core services as the app. Exit codes: 0 done, 1 a problem
was found (for example an invalid catalogue), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from carematch import __version__
from carematch.i18n import _

DEBUG_ENV = "CAREMATCH_DEBUG"


def _add_gui(sub: argparse._SubParsersAction) -> None:
    gui = sub.add_parser("gui", help=_("start the desktop app (the same as no command)"))
    gui.add_argument("--vault", metavar="NAME", help=_("open this vault (asks for its passphrase)"))
    gui.add_argument(
        "--background",
        action="store_true",
        help=_(
            "start quietly (in the tray, or minimised) for reminders; used when starting at login"
        ),
    )
    gui.add_argument(
        "--debug",
        action="store_true",
        help=_("print the technical details of a failure to the terminal (as {setting}=1)").format(
            setting=DEBUG_ENV
        ),
    )
    gui.set_defaults(func=_run_gui)


def build_parser() -> argparse.ArgumentParser:
    # The command modules import the whole core; only the full command line needs them.
    from carematch.cli import (
        autostart_cmd,
        caseload_cmd,
        catalogue_cmd,
        circle_cmd,
        compare_cmd,
        evidence_cmd,
        guide_cmd,
        keeping_cmd,
        match_cmd,
        pack_cmd,
        pooled_cmd,
        share_cmd,
        vault_cmd,
    )

    parser = argparse.ArgumentParser(
        prog="carematch",
        description=_(
            "CareMatch: find assistive technology ideas that fit what you want to do. "
            "Run with no command to start the app. Nothing here uses the internet."
        ),
    )
    parser.add_argument("--version", action="version", version=f"CareMatch {__version__}")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=_(
            "the language for this run: en, cy (Cymraeg) or ar (العربية); "
            "default: the app's setting or LANG"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check this copy works (vault, catalogue, matching, window, report) and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_gui(sub)
    shots = sub.add_parser("screenshots", help=_("write PNGs of every page (demo data only)"))
    shots.add_argument("--out", type=Path, default=Path("screenshots"), help=_("folder to write"))
    shots.set_defaults(func=_screenshots)
    catalogue_cmd.register(sub)
    match_cmd.register(sub)
    guide_cmd.register(sub)
    vault_cmd.register(sub)
    caseload_cmd.register(sub)
    caseload_cmd.register_outcomes(sub)
    compare_cmd.register(sub)
    compare_cmd.register_recommend(sub)
    keeping_cmd.register(sub)
    circle_cmd.register(sub)
    autostart_cmd.register(sub)
    evidence_cmd.register(sub)
    pooled_cmd.register(sub)
    pack_cmd.register(sub)
    share_cmd.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from carematch.gui.launch import launch

    if getattr(args, "debug", False):
        os.environ[DEBUG_ENV] = "1"  # the app's background work then prints tracebacks

    return launch(args)


def _screenshots(args: argparse.Namespace) -> int:
    from carematch.gui.launch import display_available

    if not display_available():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from carematch.gui.screenshots import write_screenshots

    for path in write_screenshots(args.out):
        print(path)
    return 0


def _self_test() -> int:
    from carematch.gui.selftest import run_self_test

    return run_self_test()


def _language(argv: list[str]) -> list[str]:
    """Take `--lang CODE` (anywhere) out of the arguments and use that language for this run,
    the app included; without it, the one chosen in the app's Settings, else the
    environment's (LANGUAGE, LC_ALL, LANG) when CareMatch has it. Unknown languages fall back
    to English."""
    from carematch import i18n

    code = None
    rest = []
    words = iter(argv)
    for word in words:
        if word == "--lang":
            code = next(words, "")
        elif word.startswith("--lang="):
            code = word.split("=", 1)[1]
        else:
            rest.append(word)
    if code is not None:
        os.environ[i18n.CHOSEN_ENV] = code
        i18n.set_language(i18n.language_code(code))
        return rest
    from carematch.app.preferences import AppSettings

    i18n.set_language(AppSettings().language or i18n.from_environment())
    return rest


def main(argv: Sequence[str] | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)  # everything CareMatch writes is readable by its owner only
    argv = _language(list(sys.argv[1:] if argv is None else argv))
    if argv == ["--self-test"]:
        return _self_test()
    if not argv or (argv[0] == "gui" and "-h" not in argv and "--help" not in argv):
        # Starting the app: parse just the app's options, so start-up stays quick.
        quick = argparse.ArgumentParser(prog="carematch")
        _add_gui(quick.add_subparsers(dest="command"))
        return _run_gui(quick.parse_args(argv or ["gui"]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        if args.command:
            parser.error(_("--self-test runs on its own, without a command"))
        return _self_test()
    if not getattr(args, "func", None):
        return _run_gui(args)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        # A traceback can quote what a person wrote (a value in an error): never print one.
        print(
            _(
                "CareMatch stopped because of an unexpected problem ({problem}). "
                "Nothing was changed that was not already saved. To see the technical details, "
                "run the same command again with {setting}=1 set."
            ).format(problem=type(exc).__name__, setting=DEBUG_ENV),
            file=sys.stderr,
        )
        return 1
