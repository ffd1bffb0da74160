"""`carematch match` and `carematch eval`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from carematch.app.pooled import Evidence, evidence_lines, installed_evidence, well_kept
from carematch.app.preferences import AppSettings
from carematch.catalogue import Kind, Vocabulary, VocabularyError
from carematch.catalogue.parts import Nation
from carematch.catalogue.ways import ASSESSED_FIRST
from carematch.cli.output import emit_json, fail
from carematch.i18n import _, ngettext
from carematch.matching import EmptyGoalError, Filters, Matcher, MatchResponse
from carematch.matching.baseline import FtsBaseline
from carematch.matching.evaluate import GoalsFileError, Scores, load_goals, score


def register(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser("match", help=_("find ideas for a goal in your own words"))
    m.add_argument("goal", nargs="?", help=_('what you would like to do, e.g. "make a brew"'))
    m.add_argument("--limit", type=int, default=10, help=_("how many ideas (default 10)"))
    m.add_argument("--json", action="store_true", help=_("print JSON"))
    m.add_argument("--max-cost", type=int, metavar="GBP", help=_("only ideas from this price down"))
    m.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in Kind],
        default=[],
        help=_("only this kind of idea (repeat for several)"),
    )
    m.add_argument("--activity", help=_("only ideas for this activity id"))
    m.add_argument(
        "--choose",
        metavar="ID",
        help=_("narrow to one of the choices offered (Is this about ...), e.g. activity:drinking"),
    )
    m.add_argument("--place", help=_("only ideas used in this place id"))
    m.add_argument("--iso", metavar="CODE", help=_("only this ISO 9999 class or subclass, e.g. 15"))
    m.add_argument(
        "--worked",
        action="append",
        default=[],
        metavar="ID",
        help=_("an idea that worked for you (rises)"),
    )
    m.add_argument(
        "--not-for-me",
        action="append",
        default=[],
        metavar="ID",
        help=_("an idea that is not for you (sinks)"),
    )
    m.add_argument(
        "--nation",
        choices=[n.value for n in Nation],
        help=_("where in the UK you live: that nation's ways to get each idea come first"),
    )
    m.add_argument(
        "--no-evidence",
        action="store_true",
        help=_(
            "this time, do not let what worked for others (pooled evidence packs) move ideas "
            "up (the app's setting stays as it is)"
        ),
    )
    m.add_argument(
        "--batch",
        type=Path,
        metavar="FILE",
        help=_("read one goal per line; print one JSON object per line"),
    )
    _sources(m)
    m.set_defaults(func=cmd_match)

    ev = sub.add_parser("eval", help=_("measure matching quality on a goals file"))
    ev.add_argument("file", type=Path, help=_("goals file (TOML, [[goal]] text / relevant / hard)"))
    ev.add_argument("--json", action="store_true")
    _sources(ev)
    ev.set_defaults(func=cmd_eval)


def _sources(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--catalogue",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help=_("add a folder of entry files (same id overrides the built-in one)"),
    )
    p.add_argument("--no-builtin", action="store_true", help=_("use only the --catalogue folders"))


def _matcher(args: argparse.Namespace) -> Matcher:
    if args.no_builtin and not args.catalogue:
        raise ValueError(_("--no-builtin needs at least one --catalogue DIR"))
    from carematch.app.catalogue import CatalogueService

    service = CatalogueService.load(
        args.catalogue, builtin=not args.no_builtin, installed=not args.no_builtin
    )
    if service.catalogue.problems:
        print(service.catalogue.skipped_summary(), file=sys.stderr)
    return service.matcher


def _print_response(
    resp: MatchResponse,
    vocab: Vocabulary,
    nation: Nation | None,
    evidence: Evidence | None = None,
) -> None:
    """Each idea with its reason, how to get it, and what worked for others (when known)."""
    evidence = installed_evidence() if evidence is None else evidence
    for note in resp.notes:
        print(note)
    if not resp.results:
        print(_("No ideas found."))
        return
    for n, r in enumerate(resp.results, start=1):
        e = r.entry
        print(f"{n}. {e.name}  ({e.kind.label}; {e.cost.label()})")
        print(f"   {e.summary}")
        for why in r.why:
            print(f"   - {why}")
        usual = e.ways_for(nation)[0][0]
        term = vocab.ways_to_get.get(usual)
        print("   " + _("Usually: {way}").format(way=term.name if term else usual))
        if e.get_assessed_first:
            print("   " + _("Get assessed first: {advice}").format(advice=_(ASSESSED_FIRST)))
        for line in evidence_lines(e.id, evidence):
            print("   " + _("What worked for others: {evidence}").format(evidence=line))


def cmd_match(args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail(_("--limit must be 1 or more."))
    if args.max_cost is not None and args.max_cost < 0:
        return fail(_("--max-cost must be 0 or more pounds."))
    if args.batch is None and (args.goal is None or not args.goal.strip()):
        return fail(
            _('Write what you would like to be able to do, e.g. carematch match "make a brew".')
        )
    try:
        matcher = _matcher(args)
    except (ValueError, VocabularyError, FileNotFoundError) as exc:
        return fail(str(exc))
    vocab = matcher.catalogue.vocabulary
    for name, value, known in (
        ("--activity", args.activity, vocab.activities),
        ("--place", args.place, vocab.places),
    ):
        if value and value not in known:
            return fail(
                _("{option} '{value}' is unknown. Choose from: {choices}").format(
                    option=name, value=value, choices=", ".join(known)
                )
            )
    filters = Filters(
        max_cost=args.max_cost,
        kinds=frozenset(Kind(k) for k in args.kind),
        activity=args.activity,
        place=args.place,
        iso_class=args.iso,
    )
    narrowed_to = ""
    if args.choose:
        from carematch.matching.clarify import narrowed

        try:
            filters, narrowed_to = narrowed(filters, args.choose, vocab)
        except ValueError as exc:
            return fail(str(exc))
    evidence = {} if args.no_builtin else installed_evidence()
    boost = not args.no_evidence and AppSettings().evidence_boost
    options = dict(
        limit=args.limit,
        filters=filters,
        worked=args.worked,
        not_for_me=args.not_for_me,
        kept_by_others=well_kept(evidence) if boost else set(),
    )
    nation = Nation(args.nation) if args.nation else None
    if args.batch is not None:
        try:
            lines = args.batch.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            return fail(_("cannot read {path}: {problem}").format(path=args.batch, problem=exc))
        for line in lines:
            if not line.strip():
                continue
            resp = matcher.match(line, **options)
            sys.stdout.write(json.dumps(resp.as_dict(nation), ensure_ascii=False) + "\n")
        return 0
    try:
        resp = matcher.match(args.goal, **options)
    except EmptyGoalError as exc:
        return fail(str(exc))
    if args.json:
        found = resp.as_dict(nation)
        for result in found["results"]:  # type: ignore[attr-defined]
            result["what_worked_for_others"] = evidence_lines(result["id"], evidence)
        emit_json({**found, "narrowed_to": narrowed_to, "nation": args.nation})
    else:
        if narrowed_to:
            print(_("Only ideas about: {topic}").format(topic=narrowed_to.lower()))
        _print_response(resp, vocab, nation, evidence)
        if resp.choices:
            choices = " · ".join(c.label.lower() for c in resp.choices)
            print(_("Is this about: {choices}").format(choices=choices))
            ids = " | ".join(c.id for c in resp.choices)
            print("  " + _("(narrow with --choose {ids})").format(ids=ids))
    return 0


def _format(label: str, *columns: Scores) -> list[str]:
    """A small table: CareMatch, plain FTS5, and FTS5 with Porter stemming."""
    names = ("CareMatch", "FTS5", "FTS5+porter")[: len(columns)]
    lines = [
        ngettext("{label} ({n} goal)", "{label} ({n} goals)", columns[0].goals).format(
            label=label, n=columns[0].goals
        ),
        "  " + " " * 14 + "".join(f"{n:>13}" for n in names),
    ]
    rows = (
        ("success@5", [c.success_at_5 for c in columns]),
        ("MRR@10", [c.mrr_at_10 for c in columns]),
        ("precision@5", [c.precision_at_5 for c in columns]),
        ("misses", [len(c.missed) for c in columns]),
    )
    for key, values in rows:
        cells = "".join(f"{v:>13.3f}" if isinstance(v, float) else f"{v:>13}" for v in values)
        lines.append(f"  {key:<14}{cells}")
    return lines


def cmd_eval(args: argparse.Namespace) -> int:
    try:
        goals = load_goals(args.file)
        matcher = _matcher(args)
    except (GoalsFileError, ValueError, VocabularyError, FileNotFoundError) as exc:
        return fail(str(exc))
    entries = matcher.catalogue.entries
    baseline = FtsBaseline(list(entries.values()))
    porter = FtsBaseline(list(entries.values()), stemming=True)

    def ours(text: str) -> list[str]:
        return [r.entry.id for r in matcher.match(text, limit=10).results]

    results = {}
    for label, subset in (("all", goals), ("hard", [g for g in goals if g.hard])):
        results[label] = (
            score(subset, ours, entries),
            score(subset, baseline.search, entries),
            score(subset, porter.search, entries),
        )
    if args.json:
        emit_json(
            {
                label: {"carematch": o.as_dict(), "fts5": b.as_dict(), "fts5_porter": p.as_dict()}
                for label, (o, b, p) in results.items()
            }
        )
        return 0
    for label, (o, b, p) in results.items():
        title = _("All goals") if label == "all" else _("Hard goals")
        print("\n".join(_format(title, o, b, p)))
        for who, s in (("CareMatch", o), ("FTS5", b)):
            if s.missed:
                print("  " + _("{who} missed:").format(who=who))
                print("\n".join(f"    - {text}" for text in s.missed))
        print()
    return 0
