"""The report as an accessible HTML file: headings, captions, tables, plain sentences.

Every piece of text from the journal is escaped. Only the goals, experiments and notes that
were picked go in, and the person's wins only when they chose them. The report's own words are
in the person's language (carematch.i18n).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from html import escape

from carematch import __version__, i18n
from carematch.evidence.goal_evidence import GoalEvidence, overall_tscore
from carematch.evidence.wins import goal_wins
from carematch.i18n import N_, _, is_right_to_left, language, ngettext
from carematch.plaintext import strip_invisible
from carematch.reports.chart_svg import chart_svg

DEFAULT_TITLE = N_("My goals and what has helped")


@dataclass
class ReportOptions:
    title: str = DEFAULT_TITLE  # the default is shown in the person's language
    include_notes: bool = False
    include_charts: bool = True
    include_wins: bool = False  # My wins: off unless the person chooses them
    experiment_ids: set[int] | None = None  # None: every experiment of the picked goals
    extra_images: dict[int, str] = field(default_factory=dict)  # goal id -> <img> for PDF

    @property
    def shown_title(self) -> str:
        """The title as the report shows it: the default one translated, the person's own as
        they wrote it."""
        return _(DEFAULT_TITLE) if self.title == DEFAULT_TITLE else self.title


STYLE = """
body { font-family: sans-serif; font-size: 12pt; line-height: 1.4; color: #000; background: #fff;
       max-width: 46em; margin: 1em auto; padding: 0 1em; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #444; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
.summary { font-size: 1.05em; }
"""
RTL_STYLE = "th, td, caption { text-align: right; }\n"


def html_open() -> str:
    """The <html> tag for the language in use: its lang, and dir="rtl" for Arabic and the like
    (with tables' text to the right)."""
    code = language()
    lang = "en-GB" if code == "en" else code
    if is_right_to_left():
        return f'<html lang="{lang}" dir="rtl">'
    return f'<html lang="{lang}">'


def style() -> str:
    return STYLE + (RTL_STYLE if is_right_to_left() else "")


def date_words(day: dt.date, english: str) -> str:
    """A date as a report shows it: in English by the strftime pattern given ("%-d" is the
    day without a leading zero), in another language with its own month and day names."""
    return i18n.date_words(day, english)


def _h(text: object) -> str:
    """Untrusted text as HTML: escaped, without control and direction-changing characters."""
    return escape(strip_invisible(str(text)), quote=True)


def tag(name: str, words: str) -> str:
    """Words of the report (already in the person's language) in an element: tag("h3", _("…")).
    Babel finds no _() inside an f-string's braces, so the words are given, never looked up."""
    return f"<{name}>{words}</{name}>"


def columns(*labels: str) -> str:
    """A table's header row, each label a column heading."""
    return "<tr>" + "".join(f'<th scope="col">{label}</th>' for label in labels) + "</tr>"


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _mean_of(value: float | None, count: int) -> str:
    """An average and how many check-ins it is of: "6.5 (4 check-ins)"."""
    return ngettext("{mean} ({n} check-in)", "{mean} ({n} check-ins)", count).format(
        mean=_mean(value), n=count
    )


def build_html(evidence: list[GoalEvidence], options: ReportOptions) -> str:
    today = date_words(dt.date.today(), "%d %B %Y")
    title = _h(options.shown_title)
    out = [
        "<!DOCTYPE html>",
        f'{html_open()}<head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{style()}</style></head><body>",
        f"<main><h1>{title}</h1>",
        "<p>"
        + _(
            "Made with CareMatch {version} on {date}. It holds only the goals the person "
            "chose to share."
        ).format(version=__version__, date=today)
        + "</p>",
    ]
    tscore = overall_tscore(evidence)
    if tscore is not None:
        out.append(
            '<p class="summary">'
            + _(
                "Goal Attainment Scaling T-score across these goals: <strong>{tscore}</strong> "
                "(50 means every goal is where it was hoped to be; above 50 is better than "
                "hoped)."
            ).format(tscore=f"{tscore:.1f}")
            + "</p>"
        )
    for ev in evidence:
        g = ev.goal
        out.append(f"<section><h2>{_h(g.text)}</h2>")
        if g.why:
            out.append("<p>" + _("Why it matters: {why}").format(why=_h(g.why)) + "</p>")
        status = _h(_(g.status.value))
        if ev.gas_level is not None:
            said = _(
                "Importance: {importance} out of 10. Status: {status}. Goal level now: {level}."
            ).format(importance=g.importance, status=status, level=f"{ev.gas_level:+d}")
        else:
            said = _("Importance: {importance} out of 10. Status: {status}.").format(
                importance=g.importance, status=status
            )
        out.append(f"<p>{said}</p>")
        out.append(f'<p class="summary">{_h(ev.sentence)}</p>')
        levels = [(lvl, txt) for lvl, txt in g.gas_levels().items() if txt]
        if levels:
            out.append(
                "<table><caption>"
                + _("The goal's levels, in the person's own words")
                + "</caption>"
                + columns(_("Level"), _("What it looks like"))
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
            out.append(tag("h3", _("What was tried")))
            out.append(
                "<table><caption>"
                + _("Ratings before and since each idea was tried (averages, 1 to 10)")
                + "</caption>"
                + columns(
                    _("What was tried"),
                    _("Status"),
                    _("Before"),
                    _("Since"),
                    _("Device rating (1 to 5)"),
                )
            )
            for e in picked:
                c = e.comparison
                before = "–" if c is None else _mean_of(c.before.performance, c.before.count)
                after = "–" if c is None else _mean_of(c.after.performance, c.after.count)
                status = _h(_(e.experiment.status.value))
                out.append(
                    f"<tr><td>{_h(e.experiment.title)}</td>"
                    f"<td>{status}</td><td>{before}</td>"
                    f"<td>{after}</td><td>{_mean(e.quest)}</td></tr>"
                )
            out.append("</table>")
            out += [f"<p>{_h(e.sentence)}</p>" for e in picked]
            out += [
                "<p>"
                + _("How it went: {outcome}").format(outcome=_h(e.experiment.outcome))
                + "</p>"
                for e in picked
                if e.experiment.outcome
            ]
        if options.include_notes and ev.circle_notes:
            out.append(tag("h3", _("Notes")) + "<ul>")
            out += [
                f"<li>{date_words(at, '%d %b %Y')}: "
                + (_("From {who}: {note}").format(who=_h(who), note=_h(text)) if who else _h(text))
                + "</li>"
                for at, who, text in ev.circle_notes
            ]
            out.append("</ul>")
        if options.include_charts and ev.ratings:
            out.append(options.extra_images.get(g.id) or chart_svg(ev))
        if ev.ratings:
            heads = [_("Date"), _("How well (1-10)"), _("How happy (1-10)")]
            if options.include_notes:
                heads.append(_("Note"))
            out.append("<table>" + tag("caption", _("Check-ins")) + columns(*heads))
            notes = _notes(ev) if options.include_notes else {}
            for r in ev.ratings[-40:]:
                cell = f"<td>{_h(notes.get(r.at, ''))}</td>" if options.include_notes else ""
                who = ev.authors.get(r.at)
                when = date_words(r.at, "%d %b %Y")
                if who and not options.include_notes:
                    when = _("{date} (from {who})").format(date=when, who=_h(who))
                out.append(
                    f"<tr><td>{when}</td><td>{r.performance}</td>"
                    f"<td>{r.satisfaction}</td>{cell}</tr>"
                )
            out.append("</table>")
            if len(ev.ratings) > 40:
                out.append(
                    "<p>"
                    + ngettext(
                        "The last 40 of {n} check-in are shown.",
                        "The last 40 of {n} check-ins are shown.",
                        len(ev.ratings),
                    ).format(n=len(ev.ratings))
                    + "</p>"
                )
        out.append("</section>")
    out.append("</main></body></html>")
    return "\n".join(out)


def _wins(ev: GoalEvidence) -> list[str]:
    """The goal's My wins, oldest first; nothing at all (not even the heading) without one."""
    found = goal_wins(ev)
    if not found:
        return []
    return [
        tag("h3", _("My wins")),
        "<ul>",
        *(f"<li>{date_words(w.on, '%-d %B %Y')}: {_h(w.sentence)}</li>" for w in found),
        "</ul>",
    ]


def _notes(ev: GoalEvidence) -> dict[dt.datetime, str]:
    return ev.notes
