"""The outcome scales against worked examples done by hand, and the reports' contents."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest

from carematch.evidence.scales import (
    Rating,
    before_after,
    before_after_sentence,
    copm_sentence,
    copm_series,
    gas_tscore,
    quest_mean,
)
from carematch.journal.enums import QUEST_ITEMS
from carematch.journal.service import Journal
from carematch.vault import create_vault


def day(n: int) -> dt.datetime:
    return dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=n)


@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        ([(0, 1), (0, 1)], 50.0),  # every goal as hoped
        ([(1, 1)], 60.0),  # one goal, one level better: sqrt(0.7 + 0.3) = 1
        ([(1, 1), (1, 1)], 62.40),  # 50 + 10*2/sqrt(0.7*2 + 0.3*4) = 50 + 20/1.6125
        ([(2, 3), (-1, 1)], 64.56),  # 50 + 10*5/sqrt(0.7*10 + 0.3*16) = 50 + 50/3.4351
        ([(-2, 1), (-2, 1), (-2, 1)], 22.61),  # 50 - 60/sqrt(4.8)
    ],
)
def test_gas_tscore_worked_examples(goals, expected):
    assert gas_tscore(goals) == pytest.approx(expected, abs=0.01)


def test_gas_tscore_edge_cases():
    assert gas_tscore([]) is None
    with pytest.raises(ValueError, match="-2 to \\+2"):
        gas_tscore([(3, 1)])
    with pytest.raises(ValueError, match="more than 0"):
        gas_tscore([(1, 0)])


def test_copm_change_and_meaningful_mark():
    summary = copm_series([Rating(day(0), 3, 4), Rating(day(1), 4, 4), Rating(day(2), 5, 3)])
    assert [p.change for p in summary.performance] == [0, 1, 2]
    assert [p.meaningful for p in summary.performance] == [False, False, True]
    assert summary.change("satisfaction") == -1
    assert "went from 3 to 5 (a meaningful change)" in copm_sentence(summary)


def test_copm_edge_cases():
    assert copm_series([]).count == 0 and copm_sentence(copm_series([])) == "No check-ins yet."
    one = copm_series([Rating(day(0), 6, 7)])
    assert one.change("performance") == 0
    assert "One check-in so far" in copm_sentence(one)
    same = copm_series([Rating(day(i), 5, 5) for i in range(4)])
    assert not any(p.meaningful for p in same.performance)
    assert "stayed at 5" in copm_sentence(same)


def test_before_and_after_means_by_hand():
    ratings = [
        Rating(day(i), p, s)
        for i, (p, s) in enumerate([(2, 3), (3, 3), (4, 3), (6, 7), (7, 7), (8, 8)])
    ]
    result = before_after(ratings, day(3).date())
    assert result.before.count == 3 and result.after.count == 3
    assert result.before.performance == pytest.approx(3.0)  # (2+3+4)/3
    assert result.after.performance == pytest.approx(7.0)  # (6+7+8)/3
    assert result.after.satisfaction == pytest.approx(22 / 3)
    assert result.performance_change == pytest.approx(4.0)
    assert result.meaningful
    sentence = before_after_sentence(result, "the kettle tipper")
    assert sentence == (
        "Since you started the kettle tipper your performance went from 3.0 to "
        "7.0 on average over 3 check-ins — a meaningful change."
    )


def test_before_and_after_is_honest_with_too_few():
    ratings = [Rating(day(0), 2, 2), Rating(day(5), 8, 8)]
    result = before_after(ratings, day(3).date())
    assert not result.enough and not result.meaningful
    assert "too early to tell" in before_after_sentence(result, "it")
    empty = before_after([], day(3).date())
    assert empty.before.performance is None and empty.performance_change is None


def test_before_and_after_respects_the_end_date():
    ratings = [Rating(day(i), 2 if i < 3 else 9, 5) for i in range(10)]
    result = before_after(ratings, day(3).date(), day(5).date())
    assert result.after.count == 3


def test_quest_mean():
    full = dict.fromkeys(QUEST_ITEMS, 4)
    full["safety"] = 5
    assert quest_mean(full) == pytest.approx(33 / 8)
    assert quest_mean({"comfort": 3, "weight": None}) == 3
    assert quest_mean({}) is None
    with pytest.raises(ValueError, match="1 to 5"):
        quest_mean({"comfort": 6})


@pytest.fixture
def vault_with_goals(data_root):
    vault, _ = create_vault("Evidence", None)
    journal = Journal(vault)
    tea = journal.add_goal("Make tea alone", importance=8)
    secret = journal.add_goal("Unpicked goal zebrafinch", importance=3)
    exp = journal.add_experiment(
        tea.id, "Kettle tipper", entry_id="kettle-tipper", start_date=day(3).date()
    )
    for i, p in enumerate([2, 3, 4, 6, 7, 8]):
        journal.add_checkin(
            tea.id, p, p, at=day(i), gas_level=-1 if i < 3 else 1, note=f"private note pangolin {i}"
        )
        journal.add_checkin(secret.id, 5, 5, at=day(i), note="zebrafinch note")
    journal.add_quest(exp.id, {"comfort": 4, "safety": 5})
    yield vault, tea, secret
    vault.close()


def test_pdf_holds_picked_goals_and_nothing_else(vault_with_goals, tmp_path, run_cli):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    vault, tea, _secret = vault_with_goals
    vault.close()
    out = tmp_path / "report.pdf"
    done = run_cli("report", "--vault", "Evidence", "--goal", str(tea.id), "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Make tea alone" in text and "Kettle tipper" in text
    assert "meaningful change" in text
    assert "zebrafinch" not in text.lower()
    assert "pangolin" not in text  # notes only when asked for
    with_notes = tmp_path / "notes.pdf"
    run_cli(
        "report", "--vault", "Evidence", "--goal", str(tea.id), "--notes", "--out", str(with_notes)
    )
    text = subprocess.run(
        ["pdftotext", str(with_notes), "-"], capture_output=True, text=True
    ).stdout
    assert "pangolin" in text and "zebrafinch" not in text.lower()


def test_html_report_is_accessible_and_escaped(vault_with_goals, tmp_path):
    from carematch.reports.writer import write_report

    vault, tea, _secret = vault_with_goals
    journal = Journal(vault)
    journal.update_goal(tea.id, text="<script>alert(1)</script> tea")
    out = write_report(journal, [tea.id], tmp_path / "r.html")
    html = out.read_text()
    assert '<html lang="en-GB">' in html and "<h1>" in html and "<caption>" in html
    assert 'scope="col"' in html and 'role="img"' in html and "<desc" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "zebrafinch" not in html.lower()


def test_csv_of_checkins(vault_with_goals, tmp_path):
    from carematch.reports.writer import write_report

    vault, tea, _ = vault_with_goals
    out = write_report(Journal(vault), [tea.id], tmp_path / "r.csv")
    lines = out.read_text().splitlines()
    assert lines[0] == "goal,date,performance,satisfaction,gas_level"
    assert len(lines) == 7


def test_scores_command_json(vault_with_goals, run_cli):
    vault, tea, _ = vault_with_goals
    vault.close()
    out = run_cli("scores", "--vault", "Evidence", "--json")
    data = json.loads(out.stdout)
    assert data["gas_tscore"] is not None
    goal = next(g for g in data["goals"] if g["goal_id"] == tea.id)
    assert goal["performance_change"] == 6 and goal["gas_level"] == 1
    exp = goal["experiments"][0]
    assert exp["meaningful"] and exp["quest_mean"] == 4.5
    text = run_cli("scores", "--vault", "Evidence").stdout
    assert "T-score" in text and "kettle tipper" in text


def test_report_needs_a_goal_and_a_known_format(vault_with_goals, run_cli, tmp_path):
    vault, tea, _ = vault_with_goals
    vault.close()
    bad = run_cli(
        "report", "--vault", "Evidence", "--goal", "999", "--out", str(tmp_path / "x.pdf")
    )
    assert bad.returncode == 2 and "no goal number 999" in bad.stderr
    bad = run_cli(
        "report", "--vault", "Evidence", "--goal", str(tea.id), "--out", str(tmp_path / "x.docx")
    )
    assert bad.returncode == 2 and ".pdf, .html or .csv" in bad.stderr
