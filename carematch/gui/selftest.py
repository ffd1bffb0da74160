"""`carematch --self-test`: prove an installed copy works, end to end, without touching real data.

In a temporary data root it creates a protected vault, loads the catalogue, runs a match, opens
the main window offscreen and audits it the way a screen reader sees it, and writes a PDF
report. Each step prints one line; the exit status is 0 when every step passed, else 1. Used
by the bundle's smoke test in CI and by anyone wondering whether their copy is sound.
Prints nothing a person wrote: the only journal is a made-up one that is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SELF_TEST_PASSPHRASE = "self test passphrase, not a real one"
# `socket` and `ssl` themselves are loaded by SQLAlchemy (through asyncio) and never used;
# these are the modules that would mean something could talk to a network.
NETWORK_MODULES = (
    "http.client",
    "urllib.request",
    "requests",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
)


class StepFailed(Exception):
    pass


class SelfTest:
    def __init__(self, root: Path, out: Callable[[str], None]) -> None:
        self.root = root
        self.out = out
        self.failures = 0
        self.state: dict[str, Any] = {}

    def step(self, title: str, work: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = work()
        except Exception as exc:  # every failure is reported, then the next step runs
            self.failures += 1
            self.out(f"FAIL {title}: {type(exc).__name__}: {exc}")
            return False
        ms = (time.perf_counter() - started) * 1000
        self.out(f"ok   {title}: {detail} ({ms:.0f} ms)")
        return True

    # --- the steps ---------------------------------------------------------------------
    def vault(self) -> str:
        from carematch.journal.service import Journal
        from carematch.vault import create_vault, open_vault

        vault, code = create_vault("Self test", SELF_TEST_PASSPHRASE)
        if not code:
            raise StepFailed("a protected vault came without a recovery code")
        with vault:
            journal = Journal(vault)
            goal = journal.add_goal("Make a cup of tea on my own", importance=8)
            for n in range(3):
                journal.add_checkin(goal.id, 3 + n, 4 + n)
        reopened = open_vault("Self test", SELF_TEST_PASSPHRASE)
        try:
            journal = Journal(reopened)
            goals = journal.list_goals()
            if len(goals) != 1 or len(journal.checkins(goals[0].id)) != 3:
                raise StepFailed("the vault did not give back what was written to it")
            problems = reopened.check()
            if problems:
                raise StepFailed("; ".join(problems))
        finally:
            reopened.close()
        if _head(reopened.db_path, 16).startswith(b"SQLite format 3"):
            raise StepFailed("the protected vault's database is not encrypted")
        return "protected vault created, written, locked, unlocked and checked"

    def catalogue(self) -> str:
        from carematch.app.catalogue import CatalogueService

        service = CatalogueService.load()
        catalogue = service.catalogue
        if len(catalogue.entries) < 50:
            raise StepFailed(f"only {len(catalogue.entries)} entries loaded")
        if catalogue.problems:
            raise StepFailed(f"{len(catalogue.problems)} problems in the built-in catalogue")
        self.state["service"] = service
        return f"{len(catalogue.entries)} entries"

    def match(self) -> str:
        service = self.state.get("service")
        if service is None:
            raise StepFailed("needs the catalogue")
        matcher = service.matcher
        response = matcher.match("make a brew on my own again", limit=5)
        if not response.results:
            raise StepFailed("no ideas for a simple goal")
        if not all(r.why for r in response.results):
            raise StepFailed("an idea came without a reason")
        return f"{len(response.results)} ideas, first: {response.results[0].entry.name}"

    def window(self) -> str:
        from PySide6.QtCore import QThreadPool

        from carematch.gui.accessibility import audit
        from carematch.gui.app import build_window, make_app
        from carematch.gui.context import AppContext

        app = make_app()
        context = AppContext()
        window = build_window(context)
        context.session.open("Self test", SELF_TEST_PASSPHRASE)
        context.use_catalogue(self.state["service"])
        window.show()
        window.find_page.goal_box.setText("put my socks on without bending")
        window.find_page.search_now()
        checked, faults = 0, []
        try:
            for index, page in enumerate(window.pages()):
                window.tabs.setCurrentIndex(index)
                QThreadPool.globalInstance().waitForDone(5000)
                app.processEvents()
                report = audit(window, page_roots=[page])
                checked += report.checked
                if not report.ok:
                    faults.append(f"{window.tabs.tabText(index).replace('&', '')}: {report}")
        finally:
            context.close_vault()
            window.close()
            app.processEvents()
        if app.windowIcon().isNull():
            faults.append("the app's icon is missing")
        if faults:
            raise StepFailed("; ".join(faults))
        return f"{len(window.pages())} pages, {checked} controls named for screen readers"

    def report(self) -> str:
        from carematch.journal.service import Journal
        from carematch.reports.writer import write_report
        from carematch.vault import open_vault

        out = self.root / "report.pdf"
        with open_vault("Self test", SELF_TEST_PASSPHRASE) as vault:
            journal = Journal(vault)
            write_report(journal, [journal.list_goals()[0].id], out)
        if _head(out, 5) != b"%PDF-":
            raise StepFailed("the report is not a PDF")
        return f"PDF report, {out.stat().st_size:,} bytes"

    def no_network(self) -> str:
        loaded = [name for name in NETWORK_MODULES if name in sys.modules]
        if loaded:
            raise StepFailed("networking modules were loaded: " + ", ".join(loaded))
        inet = internet_sockets()
        if inet:
            raise StepFailed(f"{inet} internet socket(s) open")
        checked = " and no internet socket open" if sys.platform.startswith("linux") else ""
        return "no networking module loaded" + checked


def _head(path: Path, size: int) -> bytes:
    with path.open("rb") as fh:
        return fh.read(size)


def internet_sockets() -> int:
    """How many of this process's open files are IPv4/IPv6 sockets (Linux; 0 elsewhere)."""
    proc = Path("/proc/self")
    if not (proc / "fd").is_dir():
        return 0
    inodes = set()
    for fd in (proc / "fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = (proc / "net" / table).read_text().splitlines()[1:]
        except OSError:
            continue
        count += sum(1 for line in lines if len(line.split()) > 9 and line.split()[9] in inodes)
    return count


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step in a throwaway data root; 0 when all passed, 1 otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the window is built but never shown on screen
    previous = os.environ.get("CAREMATCH_HOME")
    from carematch import __version__

    how = "bundled app" if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"
    out(f"CareMatch {__version__} self-test ({how}, {sys.platform})")
    with tempfile.TemporaryDirectory(prefix="carematch-selftest-") as tmp:
        os.environ["CAREMATCH_HOME"] = tmp
        try:
            test = SelfTest(Path(tmp), out)
            test.step("vault", test.vault)
            if test.step("catalogue", test.catalogue) and test.step("match", test.match):
                test.step("window", test.window)
            test.step("report", test.report)
            test.step("privacy", test.no_network)
        finally:
            if previous is None:
                os.environ.pop("CAREMATCH_HOME", None)
            else:
                os.environ["CAREMATCH_HOME"] = previous
    if test.failures:
        out(f"Self-test failed: {test.failures} step(s) did not pass.")
        return 1
    out("Self-test passed.")
    return 0
