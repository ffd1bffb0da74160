"""Experiment labels on the progress chart never overlap, even when experiments start a day
apart with long names, and never run off the chart. The boxes are measured with Qt's own font
metrics, not with the chart's estimate, so the test checks the estimate too."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtSvg import QSvgRenderer

from carematch.evidence.goal_evidence import gather
from carematch.gui.app import make_app
from carematch.journal.service import Journal
from carematch.reports.chart_svg import WIDTH, chart_svg, place_labels
from carematch.vault import create_vault

SVG = "{http://www.w3.org/2000/svg}"


def day(n: int) -> dt.date:
    return dt.date(2026, 3, 1) + dt.timedelta(days=n)


def boxes(svg: str) -> list[tuple[float, float, float, float, str]]:
    """(left, right, top, bottom, text) of each experiment label, measured by Qt."""
    make_app()
    font = QFont("sans-serif")
    font.setPixelSize(11)
    metrics = QFontMetricsF(font)
    out = []
    for el in ET.fromstring(svg).iter(f"{SVG}text"):
        if el.get("class") != "experiment":
            continue
        text = el.text or ""
        x, y, w = float(el.get("x", 0)), float(el.get("y", 0)), metrics.horizontalAdvance(text)
        left = x - w if el.get("text-anchor") == "end" else x
        out.append((left, left + w, y - metrics.ascent(), y + metrics.descent(), text))
    return out


def overlapping(found: list[tuple[float, float, float, float, str]]) -> list[tuple[str, str]]:
    return [
        (a[4], b[4])
        for i, a in enumerate(found)
        for b in found[i + 1 :]
        if a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]
    ]


@pytest.mark.parametrize("experiments", [2, 3, 6])
def test_experiments_started_close_together_have_labels_apart(data_root, experiments):
    vault, _ = create_vault("Chart", None)
    journal = Journal(vault)
    goal = journal.add_goal("Make a cup of tea on my own again", importance=8)
    names = [
        "Kettle tipper on the worktop by the window",
        "One-cup hot water dispenser",
        "Sliding the mug along the worktop instead of carrying it",
        "Insulated lidded mug",
        "Tap turner",
        "Wide-handled mug with two handles for a steadier grip",
    ]
    for n in range(experiments):  # a day apart; every other one stopped the next day
        end = day(n + 2) if n % 2 else None
        journal.add_experiment(goal.id, names[n], start_date=day(n + 1), end_date=end)
    for n in range(12):
        journal.add_checkin(
            goal.id, 3 + n % 5, 4 + n % 4, at=dt.datetime.combine(day(n), dt.time(9))
        )
    evidence = gather(journal, goal)
    svg = chart_svg(evidence)
    vault.close()
    found = boxes(svg)
    assert len(found) >= experiments
    assert overlapping(found) == []
    outside = [b for b in found if b[0] < 0 or b[1] > WIDTH or b[2] < 0]
    assert outside == [], outside
    assert QSvgRenderer(QByteArray(svg.encode())).isValid()


def test_a_label_near_the_right_edge_turns_to_the_left_of_its_line():
    (box,) = place_labels([(WIDTH - 20, "A long experiment name near the end started")])
    assert box.anchor_end and box.right <= WIDTH - 20 and box.left >= 0
    crowded = place_labels([(100 + i, f"Experiment {i} started") for i in range(5)])
    assert len({b.row for b in crowded}) == 5  # one on top of another, never on top of it
