"""No network, proven at the operating-system level: the main journeys run inside a network
namespace with no interfaces (`unshare -n`) and under `strace -f -e trace=connect`; any connect
to an inet or inet6 address fails the test. (Python-level socket blocking would miss Qt.)"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

INET = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")


def _tools_missing() -> str | None:
    for tool in ("unshare", "strace"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian packages util-linux and strace)"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        return "unshare -n is not allowed here (it needs root or user namespaces)"
    return None


JOURNEYS = [
    ["catalogue", "validate"],
    ["catalogue", "stats"],
    ["match", "I can't lift the kettle to make a brew", "--json"],
    ["demo", "--vault", "Net"],
    ["vault", "export", "Net", "--out", "{tmp}/net.zip"],
    ["scores", "--vault", "Net"],
    ["report", "--vault", "Net", "--goal", "1", "--out", "{tmp}/net.pdf"],
    ["screenshots", "--out", "{tmp}/shots"],
    ["--self-test"],
]


@pytest.mark.parametrize("journey", JOURNEYS, ids=[" ".join(j[:2]).lstrip("-") for j in JOURNEYS])
def test_journey_makes_no_network_connection(journey, data_root, tmp_path):
    missing = _tools_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    if journey[0] in ("vault", "scores", "report"):
        subprocess.run(
            [sys.executable, "-m", "carematch", "demo", "--vault", "Net"],
            cwd=ROOT,
            env={**os.environ, "CAREMATCH_HOME": str(data_root)},
            check=True,
            capture_output=True,
        )
    trace = tmp_path / "connect.trace"
    args = [a.replace("{tmp}", str(tmp_path)) for a in journey]
    env = {**os.environ, "CAREMATCH_HOME": str(data_root), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [
            "unshare",
            "-n",
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=connect",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "carematch",
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    calls = trace.read_text() if trace.exists() else ""
    inet = [line for line in calls.splitlines() if INET.search(line)]
    assert inet == [], inet
