"""`carematch --self-test` passes on a sound copy, and a failing step is reported and fails it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from carematch.gui.selftest import SelfTest, internet_sockets


def test_self_test_passes_and_names_every_step(run_cli, data_root):
    run = run_cli("--self-test")
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    steps = [line.split(":")[0].split()[-1] for line in lines if line.startswith("ok ")]
    assert steps == ["vault", "catalogue", "match", "window", "report", "privacy"]
    assert "FAIL" not in run.stdout
    assert lines[-1] == "Self-test passed."
    # it worked in a throwaway data root: the person's own data root was never created
    assert not data_root.exists()


def test_a_failing_step_is_reported_and_the_rest_still_run(tmp_path: Path):
    lines: list[str] = []
    test = SelfTest(tmp_path, lines.append)

    def broken() -> str:
        raise OSError("disk full")

    assert test.step("report", broken) is False
    assert test.step("privacy", test.no_network) is True
    assert test.failures == 1
    assert lines[0] == "FAIL report: OSError: disk full"
    assert lines[1].startswith("ok   privacy: no networking module loaded")


def test_self_test_rejects_a_command_alongside(run_cli):
    run = run_cli("--self-test", "match", "tea")
    assert run.returncode == 2
    assert "on its own" in run.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_internet_socket_count_sees_an_open_socket():
    import socket

    before = internet_sockets()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.connect(("127.0.0.1", 9))  # UDP connect sends nothing; it only sets the address
        assert internet_sockets() == before + 1
