"""The app as a screen reader sees it, through AT-SPI (the bus Orca reads), under Xvfb.

Needs the Debian packages xvfb, at-spi2-core, python3-pyatspi and dbus-x11 (.ci/run installs
them). Elsewhere the test skips and says what to install; in CI it fails instead of skipping.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carematch.journal.demo import fill_demo
from carematch.journal.service import Journal
from carematch.vault import create_vault

from .conftest import ROOT

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
NEEDED = "xvfb at-spi2-core python3-pyatspi dbus-x11"


def _missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux only"
    for tool in ("Xvfb", "dbus-launch"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def desktop(tmp_path):
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}; .ci/run must install: {NEEDED}")
        pytest.skip(f"{missing}. Install the Debian packages: {NEEDED}")
    display = _free_display()
    procs: list[subprocess.Popen] = []
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    procs.append(xvfb)
    socket = Path(f"/tmp/.X11-unix/X{display}")
    assert _wait_for(socket.exists), f"Xvfb did not start on :{display}"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env["DISPLAY"] = f":{display}"
    bus = subprocess.run(
        ["dbus-launch", "--sh-syntax"], capture_output=True, text=True, env=env, check=True
    )
    for line in bus.stdout.splitlines():
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].strip().rstrip(";").strip("'")
        if line.startswith("DBUS_SESSION_BUS_PID="):
            pid = int(line.split("=", 1)[1].strip().rstrip(";"))
            procs.append(_Pid(pid))
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    procs.append(launcher)
    assert _wait_for(lambda: _has_owner("org.a11y.Bus", env)), "the AT-SPI bus did not start"
    try:
        yield env
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_for(ready, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll a child process's readiness until it is ready or the deadline passes."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _has_owner(name: str, env: dict[str, str]) -> bool:
    """Whether a service has taken its name on the session bus."""
    reply = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    return "boolean true" in reply.stdout


class _Pid:
    def __init__(self, pid: int) -> None:
        self.pid = pid

    def terminate(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)

    def wait(self, timeout: float) -> None:
        return None

    def kill(self) -> None:
        self.terminate()


PAGES = {
    "en": ["Find ideas", "My goals", "Catalogue", "Settings", "Clients"],
    "cy": ["Dod o hyd i syniadau", "Fy nodau", "Catalog", "Gosodiadau", "Cleientiaid"],
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_screen_reader_sees_every_control_named_and_every_page(desktop, data_root, language):
    """In English and in Welsh: the names a screen reader speaks are translated too."""
    vault, _ = create_vault("Demo", None)
    with vault:
        fill_demo(Journal(vault))
    create_vault("Second", None)[0].close()  # two vaults: the Clients page is offered too
    env = {
        **desktop,
        "CAREMATCH_HOME": str(data_root),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "carematch", "--lang", language, "gui", "--vault", "Demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        walk = subprocess.run(
            [SYSTEM_PYTHON, str(ROOT / "tests/helpers/atspi_walk.py"), "CareMatch", "40"],
            capture_output=True,
            text=True,
            env=desktop,
            timeout=180,
        )
    finally:
        app.terminate()
        try:
            _, err = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
    assert walk.returncode == 0, walk.stdout + walk.stderr + err.decode(errors="replace")
    result = json.loads(walk.stdout.strip().splitlines()[-1])
    assert "error" not in result, result
    pages = [p.replace("&", "") for p in result["pages"]]
    assert pages == PAGES[language], pages
    assert result["nodes"] > 40
    assert result["unnamed"] == {}, result["unnamed"]
