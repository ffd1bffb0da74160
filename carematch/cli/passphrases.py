"""Reading passphrases: hidden prompts at a terminal, or lines from standard input.

With --passphrase-stdin each secret a command needs is one line of standard input, in the
order the command's help gives. Nothing read here is ever printed or logged.
"""

from __future__ import annotations

import getpass
import sys

from carematch.i18n import _


class SecretSource:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise EOFError(
                    _("Standard input ended before '{what}' was given.").format(
                        what=prompt.rstrip(": ")
                    )
                )
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise EOFError(
                _(
                    "No terminal to ask for a passphrase. Use --passphrase-stdin to give it on "
                    "standard input."
                )
            )
        first = getpass.getpass(prompt)
        if confirm:
            again = getpass.getpass(_("Type it again: "))
            if again != first:
                raise EOFError(_("The two passphrases were different. Nothing was changed."))
        return first
