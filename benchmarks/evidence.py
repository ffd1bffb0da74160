"""Benchmark: a goal with ten years of daily check-ins (3,650): scores, before/after and the
chart ready; and a PDF report over 10 such goals. Run with `make bench`."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREMATCH_HOME"] = tmp
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from carematch.evidence.goal_evidence import gather
        from carematch.journal.models import CheckIn
        from carematch.journal.service import Journal
        from carematch.reports.chart_svg import chart_svg
        from carematch.reports.writer import write_report
        from carematch.vault import create_vault

        vault, _ = create_vault("Bench", None)
        journal = Journal(vault)
        start = dt.datetime(2016, 1, 1, 9)
        goal_ids = []
        for g in range(10):
            goal = journal.add_goal(f"Goal {g}", importance=1 + g % 10)
            goal_ids.append(goal.id)
            for n in range(4):
                journal.add_experiment(
                    goal.id, f"Idea {n}", start_date=(start + dt.timedelta(days=800 * n)).date()
                )
            with vault.session() as s:
                for day in range(3650):
                    s.add(
                        CheckIn(
                            goal_id=goal.id,
                            at=start + dt.timedelta(days=day),
                            performance=1 + (day // 365) % 10,
                            satisfaction=1 + (day // 200) % 10,
                            gas_level=(day // 730) % 5 - 2,
                            note=f"day {day}",
                        )
                    )
        goal = journal.get_goal(goal_ids[0])
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            evidence = gather(journal, goal)
            chart_svg(evidence)
            times.append(time.perf_counter() - t0)
        print(
            f"one goal, 3,650 check-ins: scores, before/after and chart "
            f"{statistics.median(times) * 1000:.0f} ms (median of 5)"
        )
        t0 = time.perf_counter()
        write_report(journal, goal_ids, Path(tmp) / "report.pdf")
        pdf = time.perf_counter() - t0
        size = (Path(tmp) / "report.pdf").stat().st_size
        t0 = time.perf_counter()
        write_report(journal, goal_ids, Path(tmp) / "report.html")
        html = time.perf_counter() - t0
        print(f"report over 10 such goals: PDF {pdf:.2f} s ({size // 1024} KB), HTML {html:.2f} s")
        vault.close()


if __name__ == "__main__":
    main()
