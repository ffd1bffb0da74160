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
from carematch.i18n import N_, _
from carematch.plaintext import strip_invisible
from carematch.reports.html_report import columns, date_words, html_open, style, tag

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.evidence.goal_evidence import GoalEvidence
    from carematch.evidence.scales import SeriesPoint
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
            raise RecommendationError(_("Give your name, as the report should show it."))
        if not self.items:
            raise RecommendationError(_("Choose at least one item to recommend."))
        unknown = [i for i in self.items if i not in catalogue.entries]
        if unknown:
            raise RecommendationError(
                _("Not in the catalogue: {ids}.").format(ids=", ".join(unknown))
            )
        if agreement and not self.agreed:
            raise RecommendationError(
                _(
                    "Show the person what is in the report first. It is written only once they "
                    "have seen it and agree."
                )
            )

    def check_reader(self) -> None:
        """Who it is for, its reference and how it names the person (the first answers)."""
        if self.audience not in AUDIENCES:
            raise RecommendationError(_("Choose who the report is for."))
        if not REFERENCE.match(self.reference.strip()):
            raise RecommendationError(
                _(
                    "Give a reference of up to 40 letters, numbers, spaces, dashes or slashes, "
                    "for example DFG-2026-0147."
                )
            )
        if self.audience != "person" and not self.person.strip():
            raise RecommendationError(_("Say how the report should name the person, e.g. 'Mrs A'."))

    @property
    def second_person(self) -> bool:
        return self.audience == "person"

    def file_name(self, suffix: str, today: dt.date | None = None) -> str:
        """Named after the reference and the date, never "CareMatch report.pdf"."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.reference.strip()).strip("-.") or "report"
        return f"{safe}-{(today or dt.date.today()).isoformat()}{suffix}"


def _h(text: object) -> str:
    return escape(strip_invisible(str(text)), quote=True)


def _facts(label: str, value: str, width: str = "") -> str:
    """A row with its heading (words of the report) and its value (already HTML)."""
    return f'<tr><th scope="row"{width}>{label}</th><td>{value}</td></tr>'


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def build_recommendation_html(
    rec: Recommendation,
    evidence: list[GoalEvidence],
    catalogue: Catalogue,
    today: dt.date | None = None,
) -> str:
    """The report's own words in the person's language; every word from the journal or the
    catalogue escaped. Each sentence is whole, once for the person ("you") and once for
    professional readers (the person as named), so a translator can put its words in order."""
    from carematch.catalogue.ways import entry_facts

    when = date_words(today or dt.date.today(), "%d %B %Y")
    you = rec.second_person
    who = _h(rec.person.strip())
    if you:
        title = _("Recommendation for equipment")
    else:
        title = _("Recommendation for equipment: {person}").format(person=who)
    out = [
        "<!DOCTYPE html>",
        f'{html_open()}<head><meta charset="utf-8">',
        f"<title>{title} ({_h(rec.reference)})</title>",
        f"<style>{style()}</style></head><body><main>",
        f"<h1>{title}</h1>",
        "<table width='100%'>" + tag("caption", _("About this report")),
        _facts(_("Reference"), _h(rec.reference)),
        _facts(_("For"), _h(_(AUDIENCES[rec.audience]))),
        _facts(_("Date"), when),
        _facts(_("Prepared by"), f"{_h(rec.practitioner)}, {_h(rec.role)}"),
        "</table>",
        "<h2>"
        + (
            _("Your goals, in your own words")
            if you
            else _("{person}'s goals, in their own words").format(person=who)
        )
        + "</h2>",
    ]
    for ev in evidence:
        g = ev.goal
        out.append(f"<h3>“{_h(g.text)}”</h3>")
        if g.why:
            out.append("<p>" + _("Why it matters: “{why}”").format(why=_h(g.why)) + "</p>")
        out.append(
            "<p>"
            + _("Importance: {importance} out of 10.").format(importance=g.importance)
            + "</p>"
        )
        perf, sat = ev.copm.performance, ev.copm.satisfaction
        if len(perf) >= 2:
            out.append(f"<p>{_copm_sentence(rec, perf, sat)}</p>")
            out += [
                "<table width='100%'><caption>"
                + _("Canadian Occupational Performance Measure style ratings (1 to 10)")
                + "</caption>",
                columns(_("Rating"), _("At first"), _("Now"), _("Change")),
                "<tr>"
                + tag("td", _("Performance"))
                + f"<td>{perf[0].value} ({date_words(perf[0].at, '%d %b %Y')})</td>"
                f"<td>{perf[-1].value} ({date_words(perf[-1].at, '%d %b %Y')})</td>"
                f"<td>{perf[-1].change:+d}</td></tr>",
                "<tr>"
                + tag("td", _("Satisfaction"))
                + f"<td>{sat[0].value}</td><td>{sat[-1].value}</td>"
                f"<td>{sat[-1].change:+d}</td></tr>",
                "</table>",
            ]
        else:
            out.append("<p>" + _("Not enough ratings yet to show a change.") + "</p>")
        if ev.experiments:
            out += [
                "<table width='100%'><caption>"
                + _("What was tried and what it showed")
                + "</caption>",
                columns(
                    _("What was tried"),
                    _("Outcome"),
                    _("Rating before"),
                    _("Rating since"),
                    _("QUEST (1 to 5)"),
                ),
            ]
            for e in ev.experiments:
                c = e.comparison
                status = _h(_(e.experiment.status.value))
                out.append(
                    f"<tr><td>{_h(e.experiment.title)}</td>"
                    f"<td>{status}</td>"
                    f"<td>{_mean(c.before.performance) if c else '–'}</td>"
                    f"<td>{_mean(c.after.performance) if c else '–'}</td>"
                    f"<td>{_mean(e.quest)}</td></tr>"
                )
            out.append("</table>")
    out.append(
        "<h2>" + (_("What is recommended for you") if you else _("Recommendation")) + "</h2>"
    )
    low = high = 0
    for entry_id, reason in rec.items.items():
        entry = catalogue.entries[entry_id]
        facts = entry_facts(entry, catalogue.vocabulary, rec.nation)
        low, high = low + entry.cost.min, high + entry.cost.max
        rows = [
            (_("Why"), reason or "–"),
            ("ISO 9999", facts["iso9999"]),
            (_("Cost"), facts["cost"]),
            (_("How to get it"), facts["usual_way"]),
        ]
        if entry.safety:
            rows.append((_("Safety"), entry.safety))
        if entry.get_assessed_first:
            rows.append((_("Assessment"), _("An assessment has been or should be made first.")))
        out.append(f"<table width='100%'><caption>{_h(entry.name)}</caption>")
        out += [_facts(label, _h(value), ' width="25%"') for label, value in rows]
        out.append("</table>")
    out.append(
        "<p>"
        + _("Estimated cost of everything recommended: £{low} to £{high}.").format(
            low=f"{low:,}", high=f"{high:,}"
        )
        + "</p>"
    )
    if you:
        signer = _("You")
        agreed = _(
            "You saw and agreed what is in this report before it was written. It holds only "
            "your chosen goals."
        )
    else:
        signer = who
        agreed = _(
            "{person} saw and agreed what is in this report before it was written. It holds "
            "only {person}'s chosen goals."
        ).format(person=who)
    out += [
        tag("h2", _("Signatures")),
        "<table width='100%'>" + tag("caption", _("Signed")),
        columns(_("Who"), _("Signature"), _("Date")),
        f"<tr><td>{_h(rec.practitioner)}, {_h(rec.role)}</td>"
        "<td>&nbsp;<br>&nbsp;<br>&nbsp;</td><td>&nbsp;</td></tr>",
        f"<tr><td>{signer}</td><td>&nbsp;<br>&nbsp;<br>&nbsp;</td><td>&nbsp;</td></tr>",
        "</table>",
        f"<p>{agreed}</p>",
        "</main></body></html>",
    ]
    return "\n".join(out)


def _copm_sentence(rec: Recommendation, perf: list[SeriesPoint], sat: list[SeriesPoint]) -> str:
    """How the person's ratings changed, in one whole sentence: "you" on their own copy, the
    person as named on the others; with or without a meaningful change."""
    values = {
        "a": perf[0].value,
        "b": perf[-1].value,
        "c": sat[0].value,
        "d": sat[-1].value,
        "person": _h(rec.person.strip()),
    }
    if rec.second_person and perf[-1].meaningful:
        said = _(
            "Your rating of how well this goes went from {a} to {b} out of 10, and of "
            "satisfaction from {c} to {d} out of 10 (a meaningful change of 2 points or more)."
        )
    elif rec.second_person:
        said = _(
            "Your rating of how well this goes went from {a} to {b} out of 10, and of "
            "satisfaction from {c} to {d} out of 10."
        )
    elif perf[-1].meaningful:
        said = _(
            "{person}'s rating of how well this goes went from {a} to {b} out of 10, and of "
            "satisfaction from {c} to {d} out of 10 (a meaningful change of 2 points or more)."
        )
    else:
        said = _(
            "{person}'s rating of how well this goes went from {a} to {b} out of 10, and of "
            "satisfaction from {c} to {d} out of 10."
        )
    return said.format(**values)


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
        raise RecommendationError(_("There is no goal number {numbers}.").format(numbers=numbers))
    chosen = [g for g in goals if not wanted or g.id in wanted]
    if not chosen:
        raise RecommendationError(_("There are no goals to report on yet."))
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
        raise RecommendationError(_("Save the recommendation as .pdf, .html or .odt."))
    html = build_recommendation_html(rec, chosen_evidence(journal, rec), catalogue)
    if suffix == ".html":
        data = html.encode("utf-8")
    elif suffix == ".pdf":
        from carematch.reports.recommendation_qt import recommendation_pdf

        data = recommendation_pdf(
            html, _("Recommendation {reference}").format(reference=rec.reference)
        )
    else:
        from carematch.reports.recommendation_qt import recommendation_odt

        data = recommendation_odt(html)
    write_private(out, data)
    return out
