"""A recommendation a funding panel, an equipment service or a GP accepts: the person's goals in
their own words, COPM before and now, what was tried and what it showed, the recommended items
with reason, ISO 9999 code, cost and route, the practitioner, and space to sign.

Written in the third person for professional readers ("Mrs A's rating went from 3 to 8") and
in the second person for the person's own copy. Every word from the journal or the catalogue
is escaped. The same HTML becomes the accessible HTML file, the PDF (tables kept whole on a
page) and the editable ODF text document (see recommendation_qt)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.catalogue.nations import Nation
from carematch.plaintext import strip_invisible
from carematch.reports.html_report import STYLE

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.evidence.goal_evidence import GoalEvidence
    from carematch.journal.service import Journal

AUDIENCES = {
    "panel": "a funding panel (for example a Disabled Facilities Grant)",
    "equipment": "the community equipment service",
    "gp": "the person's GP",
    "person": "the person themselves",
}
REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /_.-]{0,39}$")
FORMATS = (".pdf", ".html", ".odt")


class RecommendationError(ValueError):
    pass


@dataclass
class Recommendation:
    audience: str
    reference: str
    person: str  # how professional readers' copies name the person: "Mrs A"
    practitioner: str
    role: str
    items: dict[str, str]  # catalogue id -> the reason it is recommended
    goal_ids: list[int] = field(default_factory=list)  # empty: every goal
    nation: Nation | None = None
    agreed: bool = False  # the person saw and agreed what is in it

    def check(self, catalogue: Catalogue) -> None:
        """Every answer, or a RecommendationError saying which one to fix."""
        if self.audience not in AUDIENCES:
            raise RecommendationError("Choose who the report is for.")
        if not REFERENCE.match(self.reference.strip()):
            raise RecommendationError(
                "Give a reference of up to 40 letters, numbers, spaces, dashes or slashes, "
                "for example DFG-2026-0147."
            )
        if not self.practitioner.strip():
            raise RecommendationError("Give your name, as the report should show it.")
        if self.audience != "person" and not self.person.strip():
            raise RecommendationError("Say how the report should name the person, e.g. 'Mrs A'.")
        if not self.items:
            raise RecommendationError("Choose at least one item to recommend.")
        unknown = [i for i in self.items if i not in catalogue.entries]
        if unknown:
            raise RecommendationError(f"Not in the catalogue: {', '.join(unknown)}.")
        if not self.agreed:
            raise RecommendationError(
                "Show the person what is in the report first. It is written only once they "
                "have seen it and agree."
            )

    @property
    def second_person(self) -> bool:
        return self.audience == "person"

    def file_name(self, suffix: str, today: dt.date | None = None) -> str:
        """Named after the reference and the date, never "CareMatch report.pdf"."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.reference.strip()).strip("-.") or "report"
        return f"{safe}-{(today or dt.date.today()).isoformat()}{suffix}"


def _h(text: object) -> str:
    return escape(strip_invisible(str(text)), quote=True)


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def build_recommendation_html(
    rec: Recommendation,
    evidence: list[GoalEvidence],
    catalogue: Catalogue,
    today: dt.date | None = None,
) -> str:
    from carematch.catalogue.ways import entry_facts

    when = (today or dt.date.today()).strftime("%d %B %Y")
    you = rec.second_person
    who = "you" if you else _h(rec.person.strip())
    whose = "your" if you else f"{who}'s"
    title = "Recommendation for equipment" + ("" if you else f": {_h(rec.person.strip())}")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        f"<title>{title} ({_h(rec.reference)})</title>",
        f"<style>{STYLE}</style></head><body><main>",
        f"<h1>{title}</h1>",
        "<table><caption>About this report</caption>",
        f'<tr><th scope="row">Reference</th><td>{_h(rec.reference)}</td></tr>',
        f'<tr><th scope="row">For</th><td>{_h(AUDIENCES[rec.audience])}</td></tr>',
        f'<tr><th scope="row">Date</th><td>{when}</td></tr>',
        f'<tr><th scope="row">Prepared by</th><td>{_h(rec.practitioner)}, {_h(rec.role)}</td></tr>',
        "</table>",
        "<h2>"
        + ("Your goals, in your own words" if you else f"{who}'s goals, in their own words")
        + "</h2>",
    ]
    for ev in evidence:
        g = ev.goal
        out.append(f"<h3>“{_h(g.text)}”</h3>")
        if g.why:
            out.append(f"<p>Why it matters: “{_h(g.why)}”</p>")
        out.append(f"<p>Importance: {g.importance} out of 10.</p>")
        perf, sat = ev.copm.performance, ev.copm.satisfaction
        if len(perf) >= 2:
            subject = "Your rating" if you else f"{who}'s rating"
            out.append(
                f"<p>{subject} of how well this goes went from {perf[0].value} to "
                f"{perf[-1].value} out of 10, and of satisfaction from {sat[0].value} to "
                f"{sat[-1].value} out of 10"
                + (" (a meaningful change of 2 points or more)." if perf[-1].meaningful else ".")
                + "</p>"
            )
            out += [
                "<table><caption>Canadian Occupational Performance Measure style ratings "
                "(1 to 10)</caption>",
                '<tr><th scope="col">Rating</th><th scope="col">At first</th>'
                '<th scope="col">Now</th><th scope="col">Change</th></tr>',
                f"<tr><td>Performance</td><td>{perf[0].value} ({perf[0].at:%d %b %Y})</td>"
                f"<td>{perf[-1].value} ({perf[-1].at:%d %b %Y})</td>"
                f"<td>{perf[-1].change:+d}</td></tr>",
                f"<tr><td>Satisfaction</td><td>{sat[0].value}</td><td>{sat[-1].value}</td>"
                f"<td>{sat[-1].change:+d}</td></tr>",
                "</table>",
            ]
        else:
            out.append("<p>Not enough ratings yet to show a change.</p>")
        if ev.experiments:
            out += [
                "<table><caption>What was tried and what it showed</caption>",
                '<tr><th scope="col">What was tried</th><th scope="col">Outcome</th>'
                '<th scope="col">Performance before</th><th scope="col">Performance since</th>'
                '<th scope="col">Device rating (QUEST, 1 to 5)</th></tr>',
            ]
            for e in ev.experiments:
                c = e.comparison
                out.append(
                    f"<tr><td>{_h(e.experiment.title)}</td><td>{_h(e.experiment.status.value)}"
                    f"</td><td>{_mean(c.before.performance) if c else '–'}</td>"
                    f"<td>{_mean(c.after.performance) if c else '–'}</td>"
                    f"<td>{_mean(e.quest)}</td></tr>"
                )
            out.append("</table>")
    out.append("<h2>" + ("What is recommended for you" if you else "Recommendation") + "</h2>")
    low = high = 0
    out += [
        "<table><caption>Recommended items</caption>",
        '<tr><th scope="col">Item</th><th scope="col">Why</th><th scope="col">ISO 9999</th>'
        '<th scope="col">Cost</th><th scope="col">How to get it</th></tr>',
    ]
    for entry_id, reason in rec.items.items():
        entry = catalogue.entries[entry_id]
        cells = entry_facts(entry, catalogue.vocabulary, rec.nation)
        low, high = low + entry.cost.min, high + entry.cost.max
        out.append(
            f"<tr><td>{_h(entry.name)}</td><td>{_h(reason) or '–'}</td>"
            f"<td>{_h(cells['iso9999'])}</td><td>{_h(cells['cost'])}</td>"
            f"<td>{_h(cells['usual_way'])}</td></tr>"
        )
        if entry.get_assessed_first or entry.safety:
            out.append(
                f'<tr><td colspan="5">Safety for {_h(entry.name)}: {_h(entry.safety or "")}'
                + (
                    " An assessment has been or should be made first."
                    if entry.get_assessed_first
                    else ""
                )
                + "</td></tr>"
            )
    out.append("</table>")
    out.append(f"<p>Estimated cost of everything recommended: £{low:,} to £{high:,}.</p>")
    out += [
        "<h2>Signatures</h2>",
        "<table><caption>Signed</caption>",
        '<tr><th scope="col">Who</th><th scope="col">Signature</th><th scope="col">Date</th></tr>',
        f"<tr><td>{_h(rec.practitioner)}, {_h(rec.role)}</td>"
        "<td>&nbsp;<br>&nbsp;<br>&nbsp;</td><td>&nbsp;</td></tr>",
        f"<tr><td>{'You' if you else who}</td><td>&nbsp;<br>&nbsp;<br>&nbsp;</td>"
        "<td>&nbsp;</td></tr>",
        "</table>",
        f"<p>{'You' if you else who} saw and agreed what is in this report before it was written. "
        f"It holds only {whose} chosen goals.</p>",
        "</main></body></html>",
    ]
    return "\n".join(out)


def write_recommendation(
    journal: Journal, catalogue: Catalogue, rec: Recommendation, out: Path
) -> Path:
    """Check every answer, then write the report (.pdf, .html or .odt) all at once. A folder
    as `out` gets the file named after the reference and the date."""
    from carematch.evidence.goal_evidence import gather
    from carematch.paths import write_private

    rec.check(catalogue)
    if out.is_dir():
        out = out / rec.file_name(".pdf")
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise RecommendationError("Save the recommendation as .pdf, .html or .odt.")
    goals = journal.list_goals()
    wanted = set(rec.goal_ids)
    missing = wanted - {g.id for g in goals}
    if missing:
        raise RecommendationError(
            f"There is no goal number {', '.join(map(str, sorted(missing)))}."
        )
    chosen = [g for g in goals if not wanted or g.id in wanted]
    if not chosen:
        raise RecommendationError("There are no goals to report on yet.")
    html = build_recommendation_html(rec, [gather(journal, g) for g in chosen], catalogue)
    if suffix == ".html":
        data = html.encode("utf-8")
    elif suffix == ".pdf":
        from carematch.reports.recommendation_qt import recommendation_pdf

        data = recommendation_pdf(html, f"Recommendation {rec.reference}")
    else:
        from carematch.reports.recommendation_qt import recommendation_odt

        data = recommendation_odt(html)
    write_private(out, data)
    return out
