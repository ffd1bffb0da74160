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
