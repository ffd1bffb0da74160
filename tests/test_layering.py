"""Core code stays free of Qt and of networking, whatever modules are added later."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "carematch"
QT_ALLOWED = ("gui", "reports")
NETWORK = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found += [f"{node.module}.{a.name}" for a in node.names]
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_qt_only_in_gui_and_reports():
    offenders = []
    for path in modules():
        part = path.relative_to(PACKAGE).parts[0]
        if part in QT_ALLOWED:
            continue
        offenders += [
            f"{path}: {m}" for m in imports(path) if m.split(".")[0] in ("PySide6", "shiboken6")
        ]
    assert offenders == []


def test_no_module_imports_networking():
    offenders = []
    for path in modules():
        for name in imports(path):
            if any(name == n or name.startswith(n + ".") for n in NETWORK):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []
