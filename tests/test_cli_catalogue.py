"""The catalogue commands, run as a person would: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from carematch import __version__

from .conftest import FIXTURES, ROOT


def test_version(run_cli):
    out = run_cli("--version")
    assert out.returncode == 0
    assert __version__ in out.stdout


def test_validate_shipped_catalogue_passes(run_cli):
    out = run_cli("catalogue", "validate")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "No problems found" in out.stdout


def test_validate_bad_folder_lists_every_problem_and_fails(run_cli):
    out = run_cli("catalogue", "validate", str(FIXTURES / "bad_catalogue"))
    assert out.returncode == 1
    lines = [ln for ln in out.stdout.splitlines() if ".toml" in ln]
    files = {ln.split(":")[0].split(" ")[0] for ln in lines}
    assert len(files) == 8
    assert "8 problems found" in out.stdout or "problems found" in out.stdout


def test_validate_json(run_cli):
    out = run_cli("catalogue", "validate", str(FIXTURES / "bad_catalogue"), "--json")
    data = json.loads(out.stdout)
    assert data["entries"] == 1
    assert {p["file"].split("/")[-1] for p in data["problems"]} >= {"bad-iso.toml", "bad-cost.toml"}


def test_validate_missing_folder_says_so(run_cli, tmp_path):
    out = run_cli("catalogue", "validate", str(tmp_path / "nope"))
    assert out.returncode == 2
    assert "not a folder" in out.stderr


def test_export_json_has_every_field(run_cli):
    out = run_cli("catalogue", "export", "--format", "json")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert len(data) >= 200
    fields = {
        "id",
        "name",
        "aliases",
        "kind",
        "summary",
        "description",
        "iso9999",
        "activities",
        "helps_with",
        "places",
        "cost",
        "ways_to_get",
        "safety",
        "related",
        "sources",
        "last_verified",
        "contributors",
    }
    assert all(fields <= set(item) for item in data)


def test_export_with_extra_folder_and_no_builtin(run_cli):
    out = run_cli(
        "catalogue", "export", "--no-builtin", "--catalogue", str(FIXTURES / "good_catalogue")
    )
    data = json.loads(out.stdout)
    assert [d["id"] for d in data] == ["toast-tongs"]


def test_stats_text_and_json(run_cli):
    out = run_cli("catalogue", "stats")
    assert out.returncode == 0
    assert "By ISO 9999 class" in out.stdout and "Gaps" in out.stdout
    data = json.loads(run_cli("catalogue", "stats", "--json").stdout)
    assert data["entries"] >= 200
    assert data["by_iso_class"]["15"]["count"] >= 5


def test_schema_to_file(run_cli, tmp_path):
    dest = tmp_path / "entry.schema.json"
    out = run_cli("catalogue", "schema", "--out", str(dest))
    assert out.returncode == 0
    schema = json.loads(dest.read_text())
    assert schema["title"] == "CareMatch catalogue entry"


def test_python_dash_m_and_console_script_agree():
    script = os.path.join(os.path.dirname(sys.executable), "carematch")
    a = subprocess.run([script, "--version"], capture_output=True, text=True, cwd=ROOT)
    b = subprocess.run(
        [sys.executable, "-m", "carematch", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert a.stdout == b.stdout and a.returncode == b.returncode == 0


def test_app_without_a_display_explains_the_command_line(run_cli):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = subprocess.run(
        [sys.executable, "-m", "carematch"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 2
    assert "no screen" in out.stderr
    assert "carematch match" in out.stderr
    assert "Traceback" not in out.stderr
