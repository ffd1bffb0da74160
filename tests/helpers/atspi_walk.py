"""Run with the SYSTEM python3 (which has pyatspi): walk CareMatch's tree as Orca would.

Prints one JSON object: the pages found, and every interactive node without a name, per page.
Usage: /usr/bin/python3 tests/helpers/atspi_walk.py [APP_NAME] [TIMEOUT_SECONDS]
"""

import json
import sys
import time

import pyatspi

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
    "page tab",
    "slider",
    "menu item",
    "link",
}


def find_app(name, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and (app.name or "").lower() == name.lower():
                return app
        time.sleep(0.5)
    return None


def wait_selected(tab, timeout):
    """Poll until the page tab says it is the chosen one (the page then shows), or time is up."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if tab.getState().contains(pyatspi.STATE_SELECTED):
                return True
        except Exception:
            pass
        time.sleep(0.05)
    return False


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    if node is None or depth > 60:
        return out
    try:
        role = node.getRoleName()
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
    except Exception:
        return out
    if showing or depth < 3:
        out.append((role, (node.name or "").strip(), depth))
        for i in range(node.childCount):
            try:
                walk(node.getChildAtIndex(i), depth + 1, out)
            except Exception:
                continue
    return out


def find_role(node, role, depth=0):
    if node is None or depth > 60:
        return None
    try:
        if node.getRoleName() == role:
            return node
        for i in range(node.childCount):
            hit = find_role(node.getChildAtIndex(i), role, depth + 1)
            if hit is not None:
                return hit
    except Exception:
        return None
    return None


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "CareMatch"
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    app = find_app(name, timeout)
    if app is None:
        print(json.dumps({"error": f"application {name!r} not found on the accessibility bus"}))
        return 1
    # the window's tree fills in once the app has drawn it: wait for its tabs, for a while
    deadline = time.time() + timeout
    tabs = find_role(app, "page tab list")
    while tabs is None and time.time() < deadline:
        time.sleep(0.1)
        tabs = find_role(app, "page tab list")
    result = {"pages": [], "unnamed": {}, "nodes": 0}
    indexes = [None]
    if tabs is not None:
        indexes = [
            i for i in range(tabs.childCount) if tabs.getChildAtIndex(i).getRoleName() == "page tab"
        ]
    for index in indexes:
        page_name = "window"
        if index is not None:
            page_name = tabs.getChildAtIndex(index).name
            tabs.querySelection().selectChild(index)
            wait_selected(tabs.getChildAtIndex(index), timeout)
        result["pages"].append(page_name)
        nodes = walk(app)
        result["nodes"] += len(nodes)
        unnamed = sorted(
            {f"{role} (depth {d})" for role, n, d in nodes if role in INTERACTIVE and not n}
        )
        if unnamed:
            result["unnamed"][page_name] = unnamed
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
