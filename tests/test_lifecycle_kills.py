"""Kill every lifecycle command at random moments and between every pair of its file-system
steps: afterwards the vault opens with the old or the new secret (and the recovery code), holds
exactly its records and attachments, and no plaintext of a protected vault is left anywhere.

Each trial copies a prepared data root, runs the real command in a child process
(tests/helpers/lifecycle_child.py), kills it with SIGKILL, then checks the result the way a
person would find it: by opening the vault.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from carematch.catalogue import load_catalogue
from carematch.community.packs import catalogue_folders, create_pack
from carematch.journal.archive import export_vault, read_export
from carematch.journal.service import Journal
from carematch.vault import VaultError, create_vault, list_vaults, open_vault

from .conftest import FIXTURES, ROOT
from .helpers.vaults import MARKER, digest, files_containing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

RANDOM_KILLS = int(os.environ.get("CAREMATCH_RANDOM_KILLS", "30"))
MAX_STEP_KILLS = int(os.environ.get("CAREMATCH_STEP_KILLS", "40"))
OLD, NEW, EXPORT_PASS = "old passphrase here", "new passphrase here", "export passphrase"
TONGS = FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml"
REPORT: dict[str, Counter[str]] = {}


# --- what a vault holds ------------------------------------------------------------------------
def fill(vault, checkins: int = 150) -> None:
    journal = Journal(vault)
    goal = journal.add_goal(f"Make a brew {MARKER}", why=f"because {MARKER}")
    for i in range(checkins):
        journal.add_checkin(goal.id, 1 + i % 10, 1 + i % 7, note=f"{MARKER} day {i}")
    adaptation = journal.add_adaptation(f"Kettle hack {MARKER}", steps=MARKER)
    for i in range(4):
        data = f"photo {i} {MARKER} ".encode() + random.Random(i).randbytes(150_000)
        journal.attach(f"photo{i}.jpg", data, adaptation_id=adaptation.id)


def codes_made(trial: Trial) -> list[str]:
    path = trial.folder / "codes.txt"
    return path.read_text().split() if path.is_file() else []


# --- running and killing the real command ------------------------------------------------------
@dataclass
class Trial:
    root: Path  # the data root (CAREMATCH_HOME)
    folder: Path  # everything else of this trial (outputs, recovery codes)

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "CAREMATCH_HOME": str(self.root),
            "CAREMATCH_TEST_CODES": str(self.folder / "codes.txt"),
        }


def start(trial: Trial, args: list[str], stdin: str, *extra: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.lifecycle_child", *extra, "--", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=trial.env,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(stdin)
    child.stdin.close()
    child.stdin = None  # communicate() must not flush it again
    ready = child.stdout.readline().strip()
    assert ready == "ready", child.stderr.read() if child.stderr else ""
    return child


def finish(child: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = child.communicate(timeout=120)
    return child.returncode, err


@dataclass
class Scenario:
    name: str
    args: list[str]
    stdin: str
    template: Path = field(default_factory=Path)
    before: str = ""  # digest of the vault before the command
    after: str = ""  # digest when the command completed
    duration: float = 0.0
    steps: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def new_trial(scenario: Scenario, base: Path, n: int) -> Trial:
    folder = base / f"{scenario.name}-{n}"
    shutil.copytree(scenario.template, folder)
    return Trial(folder / "home", folder)


def measure(scenario: Scenario, base: Path) -> None:
    """One uninterrupted run: how long the command takes and how many steps it makes."""
    trial = new_trial(scenario, base, 0)
    count = trial.folder / "count.txt"
    child = start(trial, _args_for(scenario, trial), scenario.stdin, "--count-to", str(count))
    begun = time.monotonic()
    status, err = finish(child)
    scenario.duration = time.monotonic() - begun
    assert status == 0, err
    scenario.steps = int(count.read_text())
    check(scenario, trial, killed=False)


# --- scenarios -------------------------------------------------------------------------------
def _vault(root: Path, name: str, passphrase: str | None, **kw) -> str:
    vault, _code = create_vault(name, passphrase, root)
    with vault:
        fill(vault, **kw)
        return digest(vault)


@contextmanager
def home(root: Path) -> Iterator[None]:
    """CAREMATCH_HOME pointed at one trial's data root for the length of a block."""
    before = os.environ.get("CAREMATCH_HOME")
    os.environ["CAREMATCH_HOME"] = str(root)
    try:
        yield
    finally:
        if before is None:
            del os.environ["CAREMATCH_HOME"]
        else:
            os.environ["CAREMATCH_HOME"] = before


def build(name: str, base: Path) -> Scenario:
    template = base / f"template-{name}"
    root = template / "home"
    root.mkdir(parents=True)
    with home(root):
        return _build(name, template, root)


def _build(name: str, template: Path, root: Path) -> Scenario:
    scenario = Scenario(name, [], "", template)
    if name == "protect":
        scenario.before = _vault(root, "Kit", None)
        scenario.args, scenario.stdin = ["vault", "passwd", "Kit", "--passphrase-stdin"], NEW + "\n"
    elif name in ("change", "unprotect"):
        vault, code = create_vault("Kit", OLD, root)
        with vault:
            fill(vault)
            scenario.before = digest(vault)
        (template / "codes.txt").write_text(code + "\n")
        if name == "change":
            scenario.args = ["vault", "passwd", "Kit", "--passphrase-stdin"]
            scenario.stdin = f"{OLD}\n{NEW}\n"
        else:
            scenario.args = ["vault", "passwd", "Kit", "--remove", "--passphrase-stdin"]
            scenario.stdin = OLD + "\n"
    elif name in ("restore", "restore-newest"):
        vault, _code = create_vault("Kit", OLD, root)
        with vault:
            fill(vault, checkins=60)
            scenario.after = digest(vault)
            chosen = vault.backup("manual")
            for _ in range(6):  # the chosen backup is the oldest of seven
                Journal(vault).add_goal(f"Later goal {MARKER}")
                vault.backup("manual") if name == "restore" else None
            scenario.before = digest(vault)
        backups = vault.list_backups()
        if name == "restore":
            assert backups[-1] == chosen and len(backups) == 7
        else:  # a 0-byte "newest" backup, as a full disk once left: must be skipped
            (vault.backups_dir / "journal-99991231T000000000000-manual.db").write_bytes(b"")
        scenario.extra["backup"] = chosen.name
        which = ["--newest"] if name == "restore-newest" else [chosen.name]
        scenario.args = ["vault", "restore", "Kit", *which, "--passphrase-stdin"]
        scenario.stdin = OLD + "\n"
    elif name == "import":
        vault, _code = create_vault("Source", None, root)
        with vault:
            fill(vault)
            scenario.after = digest(vault)
            export_vault(vault, template / "export.zip")
        scenario.args = ["vault", "import", str(template / "export.zip"), "--name", "Copy"]
        scenario.args += ["--no-passphrase"]
    elif name == "export":
        vault, _code = create_vault("Kit", OLD, root)
        with vault:
            fill(vault)
            scenario.before = digest(vault)
        scenario.args = ["vault", "export", "Kit", "--encrypt"]
        scenario.args += ["--passphrase-stdin"]
        scenario.stdin = f"{OLD}\n{EXPORT_PASS}\n"
    elif name == "pack-import":
        src = template / "src"
        src.mkdir()
        for i in range(40):
            text = TONGS.read_text().replace("toast-tongs", f"kill-tongs-{i}")
            (src / f"kill-tongs-{i}.toml").write_text(text.replace("Toast tongs", f"Tongs {i}"))
        create_pack(src, template / "p.cmpack", name="Kill pack", publisher="Testers")
        scenario.args = ["pack", "import", str(template / "p.cmpack"), "--allow-unsigned"]
    return scenario


def _args_for(scenario: Scenario, trial: Trial) -> list[str]:
    """Paths in the arguments point into the template: point them at this trial's copy."""
    return [
        a.replace(str(scenario.template), str(trial.folder)) if a.startswith("/") else a
        for a in scenario.args
    ] + (["--out", str(trial.folder / "out.zip")] if scenario.name == "export" else [])


# --- what must hold after a kill ---------------------------------------------------------------
def _open_with_any(name: str, root: Path, secrets: list[tuple[str | None, str | None]]):
    last: Exception | None = None
    for passphrase, code in secrets:
        try:
            return open_vault(name, passphrase, recovery_code=code, root=root), (passphrase, code)
        except VaultError as exc:
            last = exc
    raise AssertionError(f"the vault opens with none of its secrets: {last}")


def _no_plaintext(trial: Trial) -> None:
    leaked = files_containing(trial.root)
    assert not leaked, f"plaintext of a protected vault left behind: {leaked}"


def check(scenario: Scenario, trial: Trial, killed: bool) -> str:
    """Assert everything that must hold; return the outcome's name for the closing report."""
    with home(trial.root):
        return _check(scenario, trial, trial.root, codes_made(trial))


def _check(scenario: Scenario, trial: Trial, root: Path, codes: list[str]) -> str:
    name = scenario.name
    if name == "protect":
        vault, used = _open_with_any("Kit", root, [(None, None), (NEW, None)])
        with vault:
            assert digest(vault) == scenario.before
            protected = vault.protected
        if not protected:
            return "old (no passphrase)"
        assert codes, "protected, but no recovery code was ever made"
        with open_vault("Kit", recovery_code=codes[-1], root=root) as again:
            assert digest(again) == scenario.before
        _no_plaintext(trial)
        return "new (passphrase and recovery code)"
    if name == "change":
        vault, used = _open_with_any("Kit", root, [(OLD, None), (NEW, None)])
        vault.close()
        with open_vault("Kit", recovery_code=codes[0], root=root) as again:
            assert digest(again) == scenario.before
        _no_plaintext(trial)
        return "old passphrase" if used[0] == OLD else "new passphrase"
    if name == "unprotect":
        vault, used = _open_with_any("Kit", root, [(OLD, None), (None, None)])
        with vault:
            assert digest(vault) == scenario.before
            protected = vault.protected
        if protected:
            with open_vault("Kit", recovery_code=codes[0], root=root):
                pass
            _no_plaintext(trial)
            return "old (protected)"
        return "new (no passphrase)"
    if name in ("restore", "restore-newest"):
        with open_vault("Kit", OLD, root=root) as vault:
            now = digest(vault)
            names = [p.name for p in vault.list_backups()]
        assert now in (scenario.before, scenario.after)
        assert scenario.extra["backup"] in names, "the backup being restored was deleted"
        _no_plaintext(trial)
        return "restored" if now == scenario.after else "as before"
    if name == "import":
        names = [v.name for v in list_vaults(root)]
        assert names in (["Source"], ["Copy", "Source"]), names
        if "Copy" not in names:
            return "nothing imported"
        with open_vault("Copy", root=root) as vault:
            assert digest(vault) == scenario.after
        return "imported whole"
    if name == "export":
        with open_vault("Kit", OLD, root=root) as vault:
            assert digest(vault) == scenario.before
        _no_plaintext(trial)
        leaked = files_containing(trial.folder)
        assert not leaked, f"plaintext of the export left behind: {leaked}"
        out = trial.folder / "out.zip"
        if not out.exists():
            return "no file"
        records, attachments = read_export(out, EXPORT_PASS)
        assert len(records["checkins"]) == 150 and len(attachments) == 4
        return "complete file"
    if name == "pack-import":
        ids = set(load_catalogue(catalogue_folders(root)).entries)
        ours = {i for i in ids if i.startswith("kill-tongs-")}
        assert ours in (set(), {f"kill-tongs-{i}" for i in range(40)}), sorted(ours)[:5]
        return "installed whole" if ours else "nothing installed"
    raise AssertionError(name)


SCENARIOS = [
    "protect",
    "change",
    "unprotect",
    "restore",
    "restore-newest",
    "import",
    "export",
    "pack-import",
]


@pytest.mark.parametrize("name", SCENARIOS)
def test_kills_never_lose_or_expose_a_journal(name, tmp_path_factory):
    base = tmp_path_factory.mktemp(f"kills-{name}")
    scenario = build(name, base)
    measure(scenario, base)
    outcomes: Counter[str] = Counter()
    rng = random.Random(f"kills-{name}")
    n = 1
    # Kills between every pair of file-system steps (evenly spread when there are many).
    step_count = scenario.steps + 1
    kill_points = sorted(
        {
            1 + (i * step_count) // min(step_count, MAX_STEP_KILLS)
            for i in range(min(step_count, MAX_STEP_KILLS))
        }
    )
    for k in kill_points:
        n += 1
        trial = new_trial(scenario, base, n)
        child = start(trial, _args_for(scenario, trial), scenario.stdin, "--kill-at", str(k))
        status, err = finish(child)
        assert status in (0, -signal.SIGKILL), err
        outcomes["step: " + check(scenario, trial, killed=True)] += 1
    # Kills at random moments while the command runs.
    for _ in range(RANDOM_KILLS):
        n += 1
        trial = new_trial(scenario, base, n)
        child = start(trial, _args_for(scenario, trial), scenario.stdin)
        time.sleep(rng.uniform(0, scenario.duration))
        child.send_signal(signal.SIGKILL)
        status, err = finish(child)
        assert status in (0, -signal.SIGKILL), err
        outcomes["random: " + check(scenario, trial, killed=True)] += 1
        shutil.rmtree(trial.folder)
    REPORT[name] = outcomes
    print(
        f"\n{name}: {scenario.steps} file-system steps, {len(kill_points)} step kills, "
        f"{RANDOM_KILLS} random kills over {scenario.duration:.2f} s: "
        + ", ".join(f"{k} x{v}" for k, v in sorted(outcomes.items()))
    )
