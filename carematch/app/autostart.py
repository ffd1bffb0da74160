"""Starting CareMatch quietly when the person logs in, so check-in reminders can reach them.

Only the person turns this on, and it is one small file in the place their system reads at
login: an XDG autostart entry on Linux, a LaunchAgent on macOS, a Startup-folder script on
Windows. CareMatch writes it atomically, never through a link, and removes only its own file.
"""

from __future__ import annotations

import os
import plistlib
import re
import stat
import sys
from collections.abc import Mapping
from pathlib import Path

from carematch import safefile
from carematch.i18n import _

LABEL = "org.carematch.app"
COMMENT = "Gentle check-in reminders from your CareMatch journal"
# Characters that make the Desktop Entry spec's Exec key need an argument in double quotes.
EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#`()")
EXEC_ESCAPED = re.compile(r'(["`$\\])')


class AutostartError(Exception):
    """Starting at login could not be turned on or off; the message says why, in plain words."""


def launch_command() -> list[str]:
    """How the system should start CareMatch at login: in the background, with no window."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui", "--background"]
    return [sys.executable, "-m", "carematch", "gui", "--background"]


def exec_argument(arg: str) -> str:
    """One argument for a desktop file's Exec line: quoted per the spec's Exec rules, then
    escaped per its string rules (so a backslash in a quoted argument becomes four)."""
    arg = arg.replace("%", "%%")  # a lone % would be read as a field code such as %f
    if not arg or any(char in EXEC_RESERVED for char in arg):
        arg = '"' + EXEC_ESCAPED.sub(r"\\\1", arg) + '"'
    for char, escape in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        arg = arg.replace(char, escape)
    return arg


def desktop_entry(command: list[str]) -> str:
    """The XDG autostart entry; desktop-file-validate passes it with no warnings."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=CareMatch\n"
        f"Comment={COMMENT}\n"
        f"Exec={' '.join(exec_argument(arg) for arg in command)}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def windows_script(command: list[str]) -> str:
    """A Startup-folder script that starts CareMatch and closes its own console at once."""
    for arg in command:
        if '"' in arg or "\n" in arg or "\r" in arg:
            raise AutostartError(
                _(
                    "The path to CareMatch has a character Windows start-up files cannot hold, "
                    "so starting at login was not turned on."
                )
            )
    # In a .cmd file, % starts a variable even inside quotes, so it is doubled.
    quoted = " ".join('"' + arg.replace("%", "%%") + '"' for arg in command)
    return f'@echo off\r\nstart "" {quoted}\r\n'


def launch_agent(command: list[str]) -> bytes:
    """A macOS LaunchAgent that runs CareMatch once each time the person logs in."""
    agent = {
        "Label": LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent)


class Autostart:
    """The login-start file for one platform and home folder (tests point it at a temporary one)."""

    def __init__(
        self,
        platform: str | None = None,
        home: Path | None = None,
        env: Mapping[str, str] | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.platform = sys.platform if platform is None else platform
        self.home = Path.home() if home is None else Path(home)
        self.env = os.environ if env is None else env
        self.command = launch_command() if command is None else list(command)

    @property
    def path(self) -> Path:
        """Where the file goes: the place this system reads when the person logs in."""
        if self.platform == "win32":
            appdata = self.env.get("APPDATA") or str(self.home / "AppData" / "Roaming")
            startup = Path(appdata, "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
            return startup / "CareMatch.cmd"
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{LABEL}.plist"
        config = self.env.get("XDG_CONFIG_HOME", "")
        # The XDG spec says a relative path here is invalid and must be ignored.
        base = Path(config) if config and Path(config).is_absolute() else self.home / ".config"
        return base / "autostart" / "carematch.desktop"

    def content(self) -> bytes:
        """The bytes of the file for this platform."""
        if self.platform == "win32":
            return windows_script(self.command).encode("utf-8")
        if self.platform == "darwin":
            return launch_agent(self.command)
        try:
            return desktop_entry(self.command).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise AutostartError(
                _(
                    "The path to CareMatch has letters a start-up file cannot hold, "
                    "so starting at login was not turned on."
                )
            ) from exc

    def is_enabled(self) -> bool:
        """True only when our file is there as a plain file (a link does not count), and the
        desktop's own startup settings have not switched it off (GNOME writes Hidden=true or
        X-GNOME-Autostart-enabled=false into the same file)."""
        if not _regular(self.path):
            return False
        if self.platform in ("win32", "darwin"):
            return True
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return False
        settings = {
            k.strip(): v.strip().lower() for k, _sep, v in (x.partition("=") for x in lines)
        }
        return (
            settings.get("Hidden") != "true"
            and settings.get("X-GNOME-Autostart-enabled") != "false"
        )

    def enable(self) -> Path:
        """Write the file (again, if it is there already) and return where it went."""
        path = self.path
        folder = path.parent
        if safefile.is_link(path):
            raise AutostartError(
                _("{path} is a link, so CareMatch left it alone.").format(path=path)
            )
        data = self.content()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            safefile.refuse_link(path)  # a link planted since the check above
            safefile.write_atomic(path, data)
        except safefile.LinkRefusedError as exc:
            raise AutostartError(
                _("{path} is a link, so CareMatch left it alone.").format(path=path)
            ) from exc
        except OSError as exc:
            raise AutostartError(
                _(
                    "CareMatch could not write to the folder {folder}, so starting at login "
                    "was not turned on. Check that you can save files there."
                ).format(folder=folder)
            ) from exc
        return path

    def disable(self) -> bool:
        """Remove our file (or a link in its place, never what it points to). True if one went."""
        path = self.path
        if not (_regular(path) or safefile.is_link(path)):
            return False
        try:
            path.unlink()  # on a link this removes the link itself
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise AutostartError(
                _(
                    "CareMatch could not remove {path}, so it may still start when you log in. "
                    "Check that you can change files in that folder."
                ).format(path=path)
            ) from exc
        return True

    def describe(self) -> str:
        """One sentence for the person saying whether CareMatch starts at login, and from where."""
        if not self.is_enabled():
            return _("CareMatch does not start when you log in.")
        return _("CareMatch starts when you log in (from {path}).").format(
            path=self._short(self.path)
        )

    def _short(self, path: Path) -> str:
        try:
            return str(Path("~") / path.relative_to(self.home))
        except ValueError:
            return str(path)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
