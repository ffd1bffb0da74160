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
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.catalogue.nations import Nation
from carematch.i18n import N_
from carematch.plaintext import strip_invisible
from carematch.reports.html_report import STYLE

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.evidence.goal_evidence import GoalEvidence
    from carematch.journal.service import Journal

AUDIENCES = {
    "panel": N_("a funding panel (for example a Disabled Facilities Grant)"),
    "equipment": N_("the community equipment service"),
    "gp": N_("the person's GP"),
    "person": N_("the person themselves"),
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

    def check(self, catalogue: Catalogue, *, agreement: bool = True) -> None:
        """Every answer, or a RecommendationError saying which one to fix (the person's
        agreement too, unless only a preview is wanted)."""
        self.check_reader()
        if not self.practitioner.strip():
            raise RecommendationError("Give your name, as the report should show it.")
        if not self.items:
            raise RecommendationError("Choose at least one item to recommend.")
        unknown = [i for i in self.items if i not in catalogue.entries]
        if unknown:
            raise RecommendationError(f"Not in the catalogue: {', '.join(unknown)}.")
        if agreement and not self.agreed:
            raise RecommendationError(
                "Show the person what is in the report first. It is written only once they "
                "have seen it and agree."
            )

    def check_reader(self) -> None:
        """Who it is for, its reference and how it names the person (the first answers)."""
        if self.audience not in AUDIENCES:
            raise RecommendationError("Choose who the report is for.")
        if not REFERENCE.match(self.reference.strip()):
            raise RecommendationError(
                "Give a reference of up to 40 letters, numbers, spaces, dashes or slashes, "
                "for example DFG-2026-0147."
            )
        if self.audience != "person" and not self.person.strip():
            raise RecommendationError("Say how the report should name the person, e.g. 'Mrs A'.")

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
        "<table width='100%'><caption>About this report</caption>",
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
                "<table width='100%'><caption>Canadian Occupational Performance Measure style "
                "ratings (1 to 10)</caption>",
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
                "<table width='100%'><caption>What was tried and what it showed</caption>",
                '<tr><th scope="col">What was tried</th><th scope="col">Outcome</th>'
                '<th scope="col">Rating before</th><th scope="col">Rating since</th>'
                '<th scope="col">QUEST (1 to 5)</th></tr>',
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
    for entry_id, reason in rec.items.items():
        entry = catalogue.entries[entry_id]
        facts = entry_facts(entry, catalogue.vocabulary, rec.nation)
        low, high = low + entry.cost.min, high + entry.cost.max
        rows = [
            ("Why", reason or "–"),
            ("ISO 9999", facts["iso9999"]),
            ("Cost", facts["cost"]),
            ("How to get it", facts["usual_way"]),
        ]
        if entry.safety:
            rows.append(("Safety", entry.safety))
        if entry.get_assessed_first:
            rows.append(("Assessment", "An assessment has been or should be made first."))
        out.append(f"<table width='100%'><caption>{_h(entry.name)}</caption>")
        out += [
            f'<tr><th scope="row" width="25%">{label}</th><td>{_h(value)}</td></tr>'
            for label, value in rows
        ]
        out.append("</table>")
    out.append(f"<p>Estimated cost of everything recommended: £{low:,} to £{high:,}.</p>")
    out += [
        "<h2>Signatures</h2>",
        "<table width='100%'><caption>Signed</caption>",
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


class _Text(HTMLParser):
    BLOCKS = frozenset({"h1", "h2", "h3", "p", "tr", "caption", "table", "li"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = False  # inside <style> or <title>

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self.hidden = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden = tag in ("style", "title")
        if tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("  ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(" ".join(data.split()))

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).splitlines()]
        return "\n".join(line for line in lines if line)


def chosen_evidence(journal: Journal, rec: Recommendation) -> list[GoalEvidence]:
    from carematch.evidence.goal_evidence import gather

    goals = journal.list_goals()
    wanted = set(rec.goal_ids)
    missing = wanted - {g.id for g in goals}
    if missing:
        numbers = ", ".join(map(str, sorted(missing)))
        raise RecommendationError(f"There is no goal number {numbers}.")
    chosen = [g for g in goals if not wanted or g.id in wanted]
    if not chosen:
        raise RecommendationError("There are no goals to report on yet.")
    return [gather(journal, g) for g in chosen]


def preview_text(journal: Journal, catalogue: Catalogue, rec: Recommendation) -> str:
    """What the report will say, as plain text: shown to the person before it is written."""
    rec.check(catalogue, agreement=False)
    parser = _Text()
    parser.feed(build_recommendation_html(rec, chosen_evidence(journal, rec), catalogue))
    return parser.text()


def write_recommendation(
    journal: Journal, catalogue: Catalogue, rec: Recommendation, out: Path
) -> Path:
    """Check every answer, then write the report (.pdf, .html or .odt) all at once. A folder
    as `out` gets the file named after the reference and the date."""
    from carematch.paths import write_private

    rec.check(catalogue)
    if out.is_dir():
        out = out / rec.file_name(".pdf")
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise RecommendationError("Save the recommendation as .pdf, .html or .odt.")
    html = build_recommendation_html(rec, chosen_evidence(journal, rec), catalogue)
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
