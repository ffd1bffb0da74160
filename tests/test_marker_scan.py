"""What a person writes never lands in a log, a cache or a temporary file.

The journeys run with HOME, TMPDIR and the XDG folders pointed into one scratch folder, so
everything CareMatch, Python and Qt write on the side ends up where the scan can see it. The
vault is protected, so its own files are encrypted: the marker must appear in no file at all
under that folder, nor in anything a journey printed to standard error (where logs go).
Only the outputs a person asked for by name (a report, an export) are left outside the scan.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

MARKER = "Quokkaplinth4471"
PASSPHRASE = "marker scan passphrase"


def _forms(marker: str) -> list[bytes]:
    """The marker as it could be stored: UTF-8, UTF-16 (Qt, Windows), any case."""
    forms = []
    for text in (marker, marker.lower(), marker.upper()):
        forms += [text.encode("utf-8"), text.encode("utf-16-le")]
    return forms


def _scan(folder: Path, forms: list[bytes]) -> tuple[int, list[str]]:
    files, hits = 0, []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            files += 1
            data = path.read_bytes()
            if any(form in data for form in forms):
                hits.append(str(path.relative_to(folder)))
    return files, hits


def test_marker_never_lands_in_logs_caches_or_temporary_files(tmp_path: Path):
    scratch = tmp_path / "scratch"
    outputs = tmp_path / "asked-for"  # what the person chose to write: not scanned
    for folder in (scratch / "home", scratch / "tmp", scratch / "data", outputs):
        folder.mkdir(parents=True)
    env = {
        **os.environ,
        "HOME": str(scratch / "home"),
        "TMPDIR": str(scratch / "tmp"),
        "XDG_CACHE_HOME": str(scratch / "home" / ".cache"),
        "XDG_CONFIG_HOME": str(scratch / "home" / ".config"),
        "XDG_DATA_HOME": str(scratch / "home" / ".local" / "share"),
        "XDG_STATE_HOME": str(scratch / "home" / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(scratch / "runtime"),
        "CAREMATCH_HOME": str(scratch / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    (scratch / "runtime").mkdir(mode=0o700)

    def cm(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return run(sys.executable, "-m", "carematch", *args, stdin=stdin)

    stderr: list[str] = []

    def run(*cmd: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            list(cmd), cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr[-2000:]
        stderr.append(done.stderr)
        return done

    cm("vault", "create", "Mine", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    run(sys.executable, "-m", "tests.helpers.marker_journey", "Mine", PASSPHRASE, MARKER)
    journeys = [
        ("match", f"{MARKER} I want to open jars", "--json"),
        ("scores", "--vault", "Mine", "--passphrase-stdin"),
        (
            "report",
            "--vault",
            "Mine",
            "--goal",
            "1",
            "--notes",
            "--out",
            str(outputs / "r.pdf"),
            "--passphrase-stdin",
        ),
        (
            "vault",
            "export",
            "Mine",
            "--encrypt",
            "--out",
            str(outputs / "all.cmx"),
            "--passphrase-stdin",
        ),
        ("vault", "backup", "Mine", "--passphrase-stdin"),
        ("vault", "check", "Mine", "--passphrase-stdin"),
        ("--self-test",),
    ]
    for args in journeys:
        # Every passphrase prompt reads one line; the export asks for the export's twice more.
        cm(*args, stdin=(PASSPHRASE + "\n") * 3)

    forms = _forms(MARKER)
    files, hits = _scan(scratch, forms)
    assert files >= 5, "the journeys should have left the vault, backups and caches behind"
    assert hits == [], f"the marker was found in: {hits}"
    logged = [
        text for text in stderr if any(f.decode("utf-8", "ignore") in text for f in forms[::2])
    ]
    assert logged == []
    # The encrypted export the person asked for holds the marker only encrypted.
    assert not any(form in (outputs / "all.cmx").read_bytes() for form in forms)
    # Control: the scan does find the marker when it is there (a plain HTML report).
    cm(
        "report",
        "--vault",
        "Mine",
        "--goal",
        "1",
        "--out",
        str(scratch / "tmp" / "c.html"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert _scan(scratch, forms)[1] == ["tmp/c.html"]
    print(f"marker scan: {len(journeys) + 2} journeys, {files} files scanned, 0 hits")
