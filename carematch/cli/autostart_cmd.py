"""`carematch autostart on|off|status`: start CareMatch quietly at login, for reminders."""

from __future__ import annotations

import argparse

from carematch.cli.output import fail
from carematch.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser(
        "autostart",
        help=_("start CareMatch quietly when you log in, for reminders"),
        description=_(
            "on: write the small file your system reads when you log in. off: remove it. "
            "status: say whether it is there. Only CareMatch's own file is changed."
        ),
    )
    a.add_argument("action", choices=("on", "off", "status"))
    a.set_defaults(func=cmd_autostart)


def cmd_autostart(args: argparse.Namespace) -> int:
    from carematch.app.autostart import Autostart, AutostartError

    autostart = Autostart()
    try:
        if args.action == "on":
            autostart.enable()
        elif args.action == "off":
            autostart.disable()
    except AutostartError as exc:
        return fail(str(exc), 1)
    print(autostart.describe())
    return 0
