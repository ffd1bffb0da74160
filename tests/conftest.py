"""Shared fixtures: every test gets its own data root, so nothing touches the real one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "carematch-home"
    monkeypatch.setenv("CAREMATCH_HOME", str(home))
    return home


@pytest.fixture
def run_cli(data_root: Path):
    """Run the real `python -m carematch` in a subprocess, with this test's data root."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        full_env = {**os.environ, "CAREMATCH_HOME": str(data_root), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "carematch", *args],
            capture_output=True,
            text=True,
            input=input,
            env=full_env,
            cwd=ROOT,
            timeout=120,
        )

    return run


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final clean-up when Qt was used.

    After a few hundred test windows and dialogs, PySide6 6.12 can abort while Python tears
    itself down ("deallocating None"), after every test has passed and been reported. The app
    itself, with one window, exits cleanly (checked by hand), so the runner skips that last
    step and keeps pytest's own exit status.
    """
    if "PySide6.QtWidgets" in sys.modules and _exit_status:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])
