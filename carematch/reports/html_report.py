"""The report as an accessible HTML file: headings, captions, tables, plain sentences.

Every piece of text from the journal is escaped. Only the goals, experiments and notes that
were picked go in, and the person's wins only when they chose them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from html import escape

from carematch import __version__
from carematch.evidence.goal_evidence import GoalEvidence, overall_tscore
from carematch.evidence.wins import goal_wins
from carematch.plaintext import strip_invisible
from carematch.reports.chart_svg import chart_svg


@dataclass
class ReportOptions:
    title: str = "My goals and what has helped"
    include_notes: bool = False
    include_charts: bool = True
    include_wins: bool = False  # My wins: off unless the person chooses them
    experiment_ids: set[int] | None = None  # None: every experiment of the picked goals
    extra_images: dict[int, str] = field(default_factory=dict)  # goal id -> <img> for PDF


STYLE = """
body { font-family: sans-serif; font-size: 12pt; line-height: 1.4; color: #000; background: #fff;
       max-width: 46em; margin: 1em auto; padding: 0 1em; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #444; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
.summary { font-size: 1.05em; }
"""


def _h(text: object) -> str:
    """Untrusted text as HTML: escaped, without control and direction-changing characters."""
    return escape(strip_invisible(str(text)), quote=True)


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def build_html(evidence: list[GoalEvidence], options: ReportOptions) -> str:
    today = dt.date.today().strftime("%d %B %Y")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        f"<title>{_h(options.title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<main><h1>{_h(options.title)}</h1>",
        f"<p>Made with CareMatch {__version__} on {today}. It holds only the goals the person "
        "chose to share.</p>",
    ]
    tscore = overall_tscore(evidence)
    if tscore is not None:
        out.append(
            f'<p class="summary">Goal Attainment Scaling T-score across these goals: '
            f"<strong>{tscore:.1f}</strong> (50 means every goal is where it was hoped "
            "to be; above 50 is better than hoped).</p>"
        )
    for ev in evidence:
        g = ev.goal
        out.append(f"<section><h2>{_h(g.text)}</h2>")
        if g.why:
            out.append(f"<p>Why it matters: {_h(g.why)}</p>")
        out.append(
            f"<p>Importance: {g.importance} out of 10. Status: {_h(g.status.value)}."
            + (f" Goal level now: {ev.gas_level:+d}." if ev.gas_level is not None else "")
            + "</p>"
        )
        out.append(f'<p class="summary">{_h(ev.sentence)}</p>')
        levels = [(lvl, txt) for lvl, txt in g.gas_levels().items() if txt]
        if levels:
            out.append(
                "<table><caption>The goal's levels, in the person's own words</caption>"
                '<tr><th scope="col">Level</th><th scope="col">What it looks like</th></tr>'
            )
            out += [f"<tr><td>{lvl:+d}</td><td>{_h(txt)}</td></tr>" for lvl, txt in levels]
            out.append("</table>")
        picked = [
            e
            for e in ev.experiments
            if options.experiment_ids is None or e.experiment.id in options.experiment_ids
        ]
        if options.include_wins:
            out += _wins(replace(ev, experiments=picked))  # no win names an unpicked idea
        if picked:
            out.append("<h3>What was tried</h3>")
            out.append(
                "<table><caption>Ratings before and since each idea was tried "
                "(averages, 1 to 10)</caption><tr>"
                '<th scope="col">What was tried</th><th scope="col">Status</th>'
                '<th scope="col">Before</th><th scope="col">Since</th>'
                '<th scope="col">Device rating (1 to 5)</th></tr>'
            )
            for e in picked:
                c = e.comparison
                before = (
                    "–"
                    if c is None
                    else (f"{_mean(c.before.performance)} ({c.before.count} check-ins)")
                )
                after = (
                    "–"
                    if c is None
                    else (f"{_mean(c.after.performance)} ({c.after.count} check-ins)")
                )
                out.append(
                    f"<tr><td>{_h(e.experiment.title)}</td>"
                    f"<td>{_h(e.experiment.status.value)}</td><td>{before}</td>"
                    f"<td>{after}</td><td>{_mean(e.quest)}</td></tr>"
                )
            out.append("</table>")
            out += [f"<p>{_h(e.sentence)}</p>" for e in picked]
            out += [
                f"<p>How it went: {_h(e.experiment.outcome)}</p>"
                for e in picked
                if e.experiment.outcome
            ]
        if options.include_notes and ev.circle_notes:
            out.append("<h3>Notes</h3><ul>")
            out += [
                f"<li>{at:%d %b %Y}: {_h(f'From {who}: ' if who else '')}{_h(text)}</li>"
                for at, who, text in ev.circle_notes
            ]
            out.append("</ul>")
        if options.include_charts and ev.ratings:
            out.append(options.extra_images.get(g.id) or chart_svg(ev))
        if ev.ratings:
            out.append(
                "<table><caption>Check-ins</caption><tr>"
                '<th scope="col">Date</th><th scope="col">How well (1-10)</th>'
                '<th scope="col">How happy (1-10)</th>'
                + ('<th scope="col">Note</th>' if options.include_notes else "")
                + "</tr>"
            )
            notes = _notes(ev) if options.include_notes else {}
            for r in ev.ratings[-40:]:
                cell = f"<td>{_h(notes.get(r.at, ''))}</td>" if options.include_notes else ""
                who = ev.authors.get(r.at)
                by = f" (from {_h(who)})" if who and not options.include_notes else ""
                out.append(
                    f"<tr><td>{r.at:%d %b %Y}{by}</td><td>{r.performance}</td>"
                    f"<td>{r.satisfaction}</td>{cell}</tr>"
                )
            out.append("</table>")
            if len(ev.ratings) > 40:
                out.append(f"<p>The last 40 of {len(ev.ratings)} check-ins are shown.</p>")
        out.append("</section>")
    out.append("</main></body></html>")
    return "\n".join(out)


def _wins(ev: GoalEvidence) -> list[str]:
    """The goal's My wins, oldest first; nothing at all (not even the heading) without one."""
    found = goal_wins(ev)
    if not found:
        return []
    return [
        "<h3>My wins</h3>",
        "<ul>",
        *(f"<li>{w.on.day} {w.on:%B %Y}: {_h(w.sentence)}</li>" for w in found),
        "</ul>",
    ]


def _notes(ev: GoalEvidence) -> dict[dt.datetime, str]:
    return ev.notes
