"""Starting CareMatch at login: the file each system reads, written and removed with real files.

desktop-file-validate (desktop-file-utils) is installed in CI; its test skips only when the tool
is not on PATH. Permission tests skip as root, which may write anywhere.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carematch.app import autostart as autostart_module
from carematch.app.autostart import Autostart, AutostartError, launch_command

AWKWARD = [
    '/opt/my apps/50% "best"/py\\thon',
    "-m",
    "carematch",
    "gui",
    "--background",
    "cost $5 `now`",
    "%f",
    "",
]


def _linux(home: Path, env: dict[str, str] | None = None, **kw: object) -> Autostart:
    return Autostart(platform="linux", home=home, env=env or {}, **kw)  # type: ignore[arg-type]


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("desktop-file-validate")
    if exe is None:
        pytest.skip("desktop-file-validate is not installed")
    return subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=60)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _parse_exec(value: str) -> list[str]:
    """Read an Exec value back the way the Desktop Entry spec says a launcher does: the string
    escapes first, then the quoting rules, then %% as a literal %."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\":
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    quoted = False
    i = 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\":
                assert text[i + 1] in '"`$\\', f"bad escape in {text!r}"
                current = (current or "") + text[i + 1]
                i += 1
            elif char == '"':
                quoted = False
            else:
                current = (current or "") + char
        elif char == '"':
            quoted, current = True, current or ""
        elif char == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            assert char not in "\t\n'\\><~|&;$*?#`()", f"unquoted reserved {char!r} in {text!r}"
            current = (current or "") + char
        i += 1
    assert not quoted, f"unclosed quote in {text!r}"
    if current is not None:
        args.append(current)
    for arg in args:
        assert "%" not in arg.replace("%%", ""), f"lone % (a field code) in {arg!r}"
    return [arg.replace("%%", "%") for arg in args]


# --- Linux and other XDG desktops ------------------------------------------------------------


def test_launch_command_starts_the_app_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    assert launch_command() == [sys.executable, "-m", "carematch", "gui", "--background"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [sys.executable, "gui", "--background"]


def test_linux_entry_is_written_and_validates_cleanly(tmp_path: Path) -> None:
    auto = _linux(tmp_path)
    path = auto.enable()
    assert path == tmp_path / ".config" / "autostart" / "carematch.desktop"
    assert path.is_file() and auto.is_enabled()
    result = _validate(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and result.stderr == ""  # no errors, warnings or hints
    entry = _entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CareMatch"
    assert entry["Terminal"] == "false"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Comment"]
    assert _parse_exec(entry["Exec"]) == launch_command()
    expected = "CareMatch starts when you log in (from ~/.config/autostart/carematch.desktop)."
    assert auto.describe() == expected


def test_awkward_command_validates_and_round_trips(tmp_path: Path) -> None:
    path = _linux(tmp_path, command=AWKWARD).enable()
    result = _validate(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and result.stderr == ""
    exec_line = _entry(path)["Exec"]
    assert exec_line.startswith('"/opt/my apps/50%% \\\\"best\\\\"/py\\\\\\\\thon" -m ')
    assert _parse_exec(exec_line) == AWKWARD


def test_enable_twice_then_disable(tmp_path: Path) -> None:
    auto = _linux(tmp_path)
    first = auto.enable()
    assert auto.enable() == first
    assert os.listdir(first.parent) == ["carematch.desktop"]  # no temporary file left over
    assert auto.disable() is True
    assert not first.exists() and not auto.is_enabled()
    assert auto.disable() is False
    assert auto.describe() == "CareMatch does not start when you log in."


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_switched_off_by_the_desktops_own_startup_settings(tmp_path: Path, switch: str) -> None:
    auto = _linux(tmp_path)
    path = auto.enable()
    text = path.read_text().replace("X-GNOME-Autostart-enabled=true\n", "")
    path.write_text(text + switch + "\n")  # what GNOME's Startup Apps switch writes
    assert not auto.is_enabled()
    auto.enable()  # turning it on in CareMatch writes ours again
    assert auto.is_enabled()


def test_disable_leaves_other_autostart_files_alone(tmp_path: Path) -> None:
    auto = _linux(tmp_path)
    other = auto.path.parent / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    auto.enable()
    auto.disable()
    assert other.read_text() == "[Desktop Entry]\n"


def test_xdg_config_home_is_honoured(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere"
    auto = _linux(tmp_path / "home", {"XDG_CONFIG_HOME": str(config)})
    assert auto.enable() == config / "autostart" / "carematch.desktop"
    assert not (tmp_path / "home").exists()


@pytest.mark.parametrize("value", ["relative/config", ""])
def test_relative_or_empty_xdg_config_home_is_ignored(tmp_path: Path, value: str) -> None:
    auto = _linux(tmp_path, {"XDG_CONFIG_HOME": value})
    assert auto.path == tmp_path / ".config" / "autostart" / "carematch.desktop"


# --- Windows and macOS -----------------------------------------------------------------------


def test_windows_startup_script(tmp_path: Path) -> None:
    appdata = tmp_path / "Roaming"
    command = ["C:\\Program Files\\CareMatch\\CareMatch.exe", "gui", "--background"]
    auto = Autostart(
        platform="win32", home=tmp_path, env={"APPDATA": str(appdata)}, command=command
    )
    path = auto.enable()
    startup = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    assert path == startup / "CareMatch.cmd"
    data = path.read_bytes()
    assert data == (
        b'@echo off\r\nstart "" "C:\\Program Files\\CareMatch\\CareMatch.exe" "gui" '
        b'"--background"\r\n'
    )
    assert data.count(b"\n") == data.count(b"\r\n") == 2
    assert auto.is_enabled() and auto.disable() and not path.exists()


def test_windows_falls_back_to_roaming_app_data(tmp_path: Path) -> None:
    auto = Autostart(platform="win32", home=tmp_path, env={}, command=["C:\\50% off\\a.exe"])
    path = auto.enable()
    assert path.parent == tmp_path / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup"
    assert b'"C:\\50%% off\\a.exe"' in path.read_bytes()  # % would start a variable


def test_macos_launch_agent(tmp_path: Path) -> None:
    auto = Autostart(platform="darwin", home=tmp_path, env={}, command=AWKWARD)
    path = auto.enable()
    assert path == tmp_path / "Library" / "LaunchAgents" / "org.carematch.app.plist"
    with path.open("rb") as f:
        agent = plistlib.load(f)
    assert agent == {
        "Label": "org.carematch.app",
        "ProgramArguments": AWKWARD,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert auto.describe().endswith("(from ~/Library/LaunchAgents/org.carematch.app.plist).")


# --- links and folders that cannot be written ------------------------------------------------


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_planted_link_is_refused_and_its_target_untouched(tmp_path: Path, platform: str) -> None:
    auto = Autostart(platform=platform, home=tmp_path / "home", env={})
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    auto.path.parent.mkdir(parents=True)
    auto.path.symlink_to(victim)
    with pytest.raises(AutostartError, match="is a link, so CareMatch left it alone"):
        auto.enable()
    assert victim.read_text() == "keep me"
    assert auto.path.is_symlink()
    assert not auto.is_enabled()
    assert os.listdir(auto.path.parent) == [auto.path.name]


def test_disable_removes_a_planted_link_not_its_target(tmp_path: Path) -> None:
    auto = _linux(tmp_path / "home")
    victim = tmp_path / "victim.desktop"
    victim.write_text("keep me")
    auto.path.parent.mkdir(parents=True)
    auto.path.symlink_to(victim)
    assert auto.disable() is True
    assert not auto.path.is_symlink() and not auto.path.exists()
    assert victim.read_text() == "keep me"


def test_link_planted_as_the_temporary_file_is_not_written_through(tmp_path: Path) -> None:
    auto = _linux(tmp_path / "home")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    auto.path.parent.mkdir(parents=True)
    (auto.path.parent / "carematch.desktop.part").symlink_to(victim)
    auto.enable()
    assert victim.read_text() == "keep me"
    assert os.listdir(auto.path.parent) == ["carematch.desktop"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_is_reported_and_nothing_is_left(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write into a read-only folder")
    auto = _linux(tmp_path)
    folder = auto.path.parent
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        with pytest.raises(AutostartError, match="could not write to the folder") as caught:
            auto.enable()
        assert str(folder) in str(caught.value)
        assert os.listdir(folder) == []
        assert not auto.is_enabled()
    finally:
        folder.chmod(0o700)


def test_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    auto = _linux(tmp_path)
    auto.path.parent.parent.mkdir(parents=True)
    auto.path.parent.write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match="could not write to the folder") as caught:
        auto.enable()
    assert str(auto.path.parent) in str(caught.value)
    assert not auto.is_enabled()


def test_core_module_stays_free_of_qt_and_networking() -> None:
    source = Path(autostart_module.__file__).read_text(encoding="utf-8")
    for name in ("PySide6", "socket", "urllib", "http", "ssl"):
        assert f"import {name}" not in source and f"from {name}" not in source


# --- the command line, as a real subprocess --------------------------------------------------


def _cli_env(tmp_path: Path) -> dict[str, str]:
    return {
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "APPDATA": str(tmp_path / "appdata"),
        "CAREMATCH_HOME": str(tmp_path / "data"),
    }


def test_cli_on_status_off(tmp_path: Path, run_cli) -> None:
    env = _cli_env(tmp_path)
    expected = Autostart(home=tmp_path, env=env).path
    assert tmp_path in expected.parents

    on = run_cli("autostart", "on", env=env)
    assert on.returncode == 0, on.stderr
    assert expected.is_file()
    assert expected.name in on.stdout and "starts when you log in" in on.stdout

    status = run_cli("autostart", "status", env=env)
    assert status.returncode == 0, status.stderr
    assert "CareMatch starts when you log in" in status.stdout

    off = run_cli("autostart", "off", env=env)
    assert off.returncode == 0, off.stderr
    assert not expected.exists()
    assert off.stdout.strip() == "CareMatch does not start when you log in."

    again = run_cli("autostart", "status", env=env)
    assert again.stdout.strip() == "CareMatch does not start when you log in."


@pytest.mark.parametrize("how", ["file in the way", "read-only folder"])
def test_cli_on_reports_an_unwritable_folder(tmp_path: Path, run_cli, how: str) -> None:
    env = _cli_env(tmp_path)
    folder = Autostart(home=tmp_path, env=env).path.parent
    folder.parent.mkdir(parents=True)
    if how == "file in the way":
        folder.write_text("not a folder")
    else:
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("needs POSIX permissions, which root ignores")
        folder.mkdir()
        folder.chmod(0o500)
    try:
        result = run_cli("autostart", "on", env=env)
    finally:
        if folder.is_dir():
            folder.chmod(0o700)
    assert result.returncode == 1
    assert "could not write to the folder" in result.stderr
    assert str(folder) in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
