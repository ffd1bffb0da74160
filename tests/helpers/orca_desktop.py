"""A private desktop with the real Orca screen reader listening to CareMatch.

Xvfb, a private D-Bus session, the AT-SPI bus and registry, Orca with no speech synthesiser
(everything it would say is written to its debug log as ``SPEECH OUTPUT: '...'``), and the
app, driven by real key presses from xdotool. Every process started here is stopped again
by its PID. Adapted from ../shared/recipes/orca_journey.sh.

Orca's debug log is only flushed when Orca exits, so a journey sends its keys with pauses,
marks each step, and reads what was said per step at the end (`Transcript`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
REGISTRY = Path("/usr/libexec/at-spi2-registryd")
NEEDED = "orca xdotool xvfb x11-utils at-spi2-core dbus"
STEP_SECONDS = float(os.environ.get("CAREMATCH_ORCA_STEP", "1.3"))

ORCA_SETTINGS = {
    "general": {
        "firstStart": False,
        "enableSpeech": True,
        "speechServerFactory": "none",
        "speechFactoryModules": [],
        "speechServerInfo": None,
        "enableBraille": False,
        "enableBrailleMonitor": False,
        "enableSound": False,
        "enableEchoByCharacter": False,
        "enableKeyEcho": False,
        "enableTutorialMessages": False,
        "enableMnemonicSpeaking": False,
        "enablePositionSpeaking": False,
        "verbalizePunctuationStyle": 1,
        "activeProfile": ["Default", "default"],
        "startingProfile": ["Default", "default"],
    },
    "keybindings": {},
    "pronunciations": {},
    "profiles": {
        "default": {"profile": ["Default", "default"], "pronunciations": {}, "keybindings": {}}
    },
}
_SPEECH = re.compile(
    r"^(\d\d:\d\d:\d\d\.\d{6}) - SPEECH OUTPUT: '(.*?)'(?: voice=\w+)?(?:\{.*\}|ACSS.*)?$"
)


def missing() -> str | None:
    """What is missing to run Orca here, or None."""
    if not sys.platform.startswith("linux"):
        return "Orca runs on Linux only"
    for tool in ("Xvfb", "xdpyinfo", "dbus-daemon", "dbus-send", "xdotool", "orca"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    for path in (BUS_LAUNCHER, REGISTRY):
        if not path.exists():
            return f"{path} is not installed"
    return None


def _seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


@dataclass
class Transcript:
    """What Orca said, and the steps of the journey, on one clock."""

    steps: list[tuple[float, str]] = field(default_factory=list)
    speech: list[tuple[float, str]] = field(default_factory=list)

    def _index(self, label: str) -> int:
        for n, (_, name) in enumerate(self.steps):
            if name == label:
                return n
        raise KeyError(f"no step called {label!r}")

    def during(self, label: str, *, slack_steps: int = 1) -> list[str]:
        """What was said from the start of a step until the end of the step after it (Orca can
        lag behind the keys by up to a step on a busy machine)."""
        n = self._index(label)
        start = self.steps[n][0]
        last = n + 1 + slack_steps
        end = self.steps[last][0] if last < len(self.steps) else float("inf")
        return [text for when, text in self.speech if start <= when < end]

    def said(self, label: str) -> str:
        return " | ".join(self.during(label))

    def all(self) -> list[str]:
        return [text for _, text in self.speech]

    def __str__(self) -> str:
        events = [(when, f">>> {name}") for when, name in self.steps]
        events += [(when, f"    {text}") for when, text in self.speech]
        return "\n".join(text for _, text in sorted(events, key=lambda e: e[0]))


class OrcaDesktop:
    """`with OrcaDesktop(workdir, env) as desktop:`, then `launch()`, keys, `finish()`."""

    def __init__(self, workdir: Path, app_env: dict[str, str]) -> None:
        self.workdir = workdir
        self.app_env = app_env
        self.out = workdir / "out"
        self.run = workdir / "run"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.orca: subprocess.Popen[bytes] | None = None
        self.app: subprocess.Popen[bytes] | None = None
        self.transcript = Transcript()
        self._clock_day = dt.date.today()

    # --- start and stop ---------------------------------------------------------------------
    def __enter__(self) -> OrcaDesktop:
        try:
            self._start()
        except BaseException:
            self._stop_all()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop_all()

    def _spawn(self, args: list[str], name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.out / f"{name}.log").open("wb")
        proc = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.procs.append(proc)
        return proc

    def _start(self) -> None:
        for folder in (self.out, self.run, self.workdir / "home", self.workdir / "orca-prefs"):
            folder.mkdir(parents=True, exist_ok=True)
        self.run.chmod(0o700)
        display = _free_display()
        home = self.workdir / "home"
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(self.run),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "DISPLAY": f":{display}",
            "NO_AT_BRIDGE": "0",
            "GTK_A11Y": "none",  # keeps Orca's own GTK windows out of the tree it reads
            "LANG": "C.UTF-8",
            "TZ": "UTC",
        }
        self._spawn(
            ["Xvfb", f":{display}", "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
            "xvfb",
            self.env,
        )
        _wait(lambda: _ok(["xdpyinfo"], self.env), "Xvfb did not start")
        bus = self.run / "bus"
        self._spawn(
            [
                "dbus-daemon",
                "--config-file=/usr/share/dbus-1/session.conf",
                "--nofork",
                f"--address=unix:path={bus}",
            ],
            "dbus",
            self.env,
        )
        self.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
        _wait(bus.exists, "the D-Bus session bus did not start")
        self._spawn([str(BUS_LAUNCHER), "--launch-immediately"], "atspi-bus", self.env)
        _wait(lambda: _has_owner("--session", "org.a11y.Bus", self.env), "no AT-SPI bus")
        address = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply=literal",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env=self.env,
            capture_output=True,
            text=True,
        ).stdout.strip()
        self.a11y_bus = address
        self._spawn([str(REGISTRY)], "registryd", self.env)
        _wait(
            lambda: _has_owner(f"--bus={address}", "org.a11y.atspi.Registry", self.env),
            "the AT-SPI registry did not start",
        )
        prefs = self.workdir / "orca-prefs"
        (prefs / "user-settings.conf").write_text(json.dumps(ORCA_SETTINGS))
        self.orca = self._spawn(
            ["orca", "-u", str(prefs), "--debug-file", str(self.out / "orca-debug.out")],
            "orca",
            self.env,
        )
        _wait(self._orca_listening, "Orca did not start listening", timeout=60)
        time.sleep(0.5)

    def _orca_listening(self) -> bool:
        reply = subprocess.run(
            [
                "dbus-send",
                f"--bus={self.a11y_bus}",
                "--print-reply",
                "--dest=org.a11y.atspi.Registry",
                "/org/a11y/atspi/registry",
                "org.a11y.atspi.Registry.GetRegisteredEvents",
            ],
            env=self.env,
            capture_output=True,
            text=True,
        )
        return "focus" in reply.stdout.lower()

    def launch(self, args: list[str]) -> None:
        """Start the app, wait for its window and give it the keyboard."""
        env = {
            **self.env,
            **self.app_env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "QT_MESSAGE_PATTERN": "%{time hh:mm:ss.zzz} %{message}",
        }
        self.app = self._spawn(args, "app", env)
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=90,
        )
        window = found.stdout.split()[0] if found.stdout.split() else ""
        if not window:
            raise RuntimeError("the app window did not appear:\n" + self.log("app"))
        time.sleep(2 * STEP_SECONDS)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.env, timeout=30)
        time.sleep(2 * STEP_SECONDS)

    def log(self, name: str) -> str:
        path = self.out / f"{name}.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def _stop_orca(self) -> None:
        """Orca flushes its debug log only on a clean exit; its TERM handler runs when an AT-SPI
        callback next enters Python, so it is poked with harmless Shift presses."""
        orca = self.orca
        if orca is None or orca.poll() is not None:
            return
        orca.send_signal(signal.SIGTERM)
        for n in range(80):
            if orca.poll() is not None:
                break
            if n % 5 == 0:
                subprocess.run(["xdotool", "key", "shift"], env=self.env, check=False)
            time.sleep(0.1)
        if orca.poll() is None:
            orca.kill()
            orca.wait(timeout=10)

    def _stop_all(self) -> None:
        with contextlib.suppress(Exception):
            self._stop_orca()
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
        self.procs = []

    # --- the journey ------------------------------------------------------------------------
    def mark(self, label: str) -> None:
        now = dt.datetime.now(dt.UTC)
        self.transcript.steps.append((self._clock(now.strftime("%H:%M:%S.%f")), label))

    def keys(self, label: str, *keys: str, pause: float = STEP_SECONDS) -> None:
        """One step: press keys (xdotool names such as 'alt+w', 'Tab', 'Down') one by one."""
        self.mark(label)
        for key in keys:
            subprocess.run(
                ["xdotool", "key", "--clearmodifiers", key], env=self.env, check=True, timeout=30
            )
            time.sleep(pause)

    def window_manager_focus(self) -> None:
        """What a window manager does when a dialog closes: give the app's window back the
        keyboard (Xvfb has no window manager, so the keys would otherwise go nowhere)."""
        assert self.app is not None
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        windows = found.stdout.split()
        if windows:
            subprocess.run(["xdotool", "windowfocus", windows[-1]], env=self.env, timeout=30)
            time.sleep(STEP_SECONDS)

    def type(self, label: str, text: str, settle: float = 3.0) -> None:
        self.mark(label)
        subprocess.run(
            ["xdotool", "type", "--delay", "120", text], env=self.env, check=True, timeout=60
        )
        time.sleep(settle)

    def finish(self) -> Transcript:
        """Stop Orca and read back what it said."""
        time.sleep(STEP_SECONDS)
        self.mark("end")
        self._stop_orca()
        debug = self.out / "orca-debug.out"
        text = debug.read_text(errors="replace") if debug.exists() else ""
        for line in text.splitlines():
            match = _SPEECH.match(line)
            if match:
                self.transcript.speech.append((self._clock(match[1]), match[2]))
        return self.transcript

    def _clock(self, stamp: str) -> float:
        seconds = _seconds(stamp)
        if self.transcript.steps and seconds < self.transcript.steps[0][0] - 3600:
            seconds += 86400  # the journey ran past midnight
        return seconds

    def app_running(self) -> bool:
        return self.app is not None and self.app.poll() is None


def _ok(args: list[str], env: dict[str, str]) -> bool:
    return subprocess.run(args, env=env, capture_output=True).returncode == 0


def _has_owner(bus: str, name: str, env: dict[str, str]) -> bool:
    reply = subprocess.run(
        [
            "dbus-send",
            bus,
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    return "true" in reply.stdout


def _wait(ready, message: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Poll a child process's readiness (a socket, a bus name) until a deadline."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError(message)
        time.sleep(0.1)


def _free_display() -> int:
    for n in range(150, 250):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")
