"""The desktop integration files in resources/: the .desktop entry, AppStream metainfo and icon.

The validators (desktop-file-validate from desktop-file-utils, appstreamcli from appstream)
are installed in CI; a test skips only when its tool is not on PATH.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_ID = "io.github.carematch.CareMatch"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICON = RESOURCES / f"{APP_ID}.svg"

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _run_validator(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120, check=False)


# --- the icon ---------------------------------------------------------------------------------


def test_icon_is_plain_self_contained_svg() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 128 128"
    title = root.find(f"{SVG_NS}title")
    assert title is not None and (title.text or "").strip()
    for element in root.iter():
        local = element.tag.rsplit("}", 1)[-1].lower()
        assert local not in {"script", "foreignobject", "image", "use"}, local
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name}"
            if name in ("href", XLINK_HREF):
                assert value.startswith("#"), f"external reference {value}"
            assert "url(" not in value or "url(#" in value, f"external url in {name}"


def test_icon_renders_with_qt(qapp: object) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(128, 128)

    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    # The rounded square fills the middle; the corners stay transparent.
    assert image.pixelColor(32, 60).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


# --- the validators ---------------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    result = _run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    # desktop-file-validate prints hints and warnings but exits 0 for them; we want none.
    assert not (result.stdout + result.stderr).strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


# --- consistency between the files and pyproject.toml -----------------------------------------


def test_metainfo_matches_project() -> None:
    project = _pyproject()["project"]
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == project["license"]
    releases = root.findall("releases/release")
    assert releases, "metainfo has no releases"
    assert releases[0].get("version") == project["version"], "newest release first"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    binaries = [b.text for b in root.findall("provides/binary")]
    assert binaries == list(project["scripts"])


def test_desktop_entry_matches_files() -> None:
    entry = _desktop_entry()
    assert DESKTOP.stem == APP_ID
    assert entry["Type"] == "Application"
    assert entry["Icon"] == ICON.stem == APP_ID
    assert entry["Exec"].split()[0] in _pyproject()["project"]["scripts"]
    assert entry["Terminal"] == "false"


def test_running_app_uses_the_desktop_file_id_and_icon(qapp) -> None:
    # Wayland compositors match windows to the .desktop file by this name.
    import carematch
    from carematch.gui.app import make_app

    app = make_app()
    assert carematch.APP_ID == APP_ID
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull()


def test_windows_and_macos_icons_are_made_from_the_svg(tmp_path) -> None:
    import runpy

    make_icons = runpy.run_path(str(ROOT / "packaging" / "make_icons.py"))["make_icons"]
    written = make_icons(tmp_path)
    assert written[".ico"].read_bytes()[:4] == b"\x00\x00\x01\x00"  # an icon resource
    assert written[".icns"].read_bytes()[:4] == b"icns"
    assert written[".png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
