"""The `carematch` command: no arguments starts the app; subcommands are the command line.

Every subcommand calls the same core services as the app. Exit codes: 0 done, 1 a problem
was found (for example an invalid catalogue), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from carematch import __version__
from carematch.cli import catalogue_cmd, match_cmd, vault_cmd


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carematch",
        description=(
            "CareMatch: find assistive technology ideas that fit what you want to do. "
            "Run with no command to start the app. Nothing here uses the internet."
        ),
    )
    parser.add_argument("--version", action="version", version=f"CareMatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the desktop app (the same as no command)")
    gui.add_argument("--vault", metavar="NAME", help="open this vault (asks for its passphrase)")
    gui.set_defaults(func=_run_gui)
    catalogue_cmd.register(sub)
    match_cmd.register(sub)
    vault_cmd.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from carematch.gui.launch import launch

    return launch(args)


def main(argv: Sequence[str] | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)  # everything CareMatch writes is readable by its owner only
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        return _run_gui(args)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
