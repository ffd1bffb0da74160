"""`carematch scores` and `carematch report`: the evidence from a vault."""

from __future__ import annotations

import argparse
from pathlib import Path

from carematch.cli.output import emit_json, fail
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run
from carematch.i18n import N_, _

DEFAULT_TITLE = N_("My goals and what has helped")


def register(sub: argparse._SubParsersAction) -> None:
    sc = sub.add_parser(
        "scores",
        help=_("outcome scores for every goal in a vault"),
        description=_(
            "COPM-style change, GAS levels and T-score, before and after "
            "each experiment. Standard input order: the passphrase."
        ),
    )
    sc.add_argument("--vault", dest="name", required=True, metavar="NAME")
    sc.add_argument("--json", action="store_true")
    _open_args(sc)
    sc.set_defaults(func=cmd_scores)

    rp = sub.add_parser(
        "report",
        help=_("write a report of chosen goals (PDF, HTML or CSV)"),
        description=_(
            "Only the goals you name go in (all goals when none is named); notes only "
            "with --notes, and My wins only with --wins. "
            "Standard input order: the passphrase."
        ),
    )
    rp.add_argument("--vault", dest="name", required=True, metavar="NAME")
    rp.add_argument(
        "--goal",
        action="append",
        default=[],
        metavar="ID",
        help=_("a goal's number (see 'carematch scores'); repeat for several (default: all goals)"),
    )
    rp.add_argument("--out", type=Path, required=True, help=_("FILE.pdf, FILE.html or FILE.csv"))
    rp.add_argument("--notes", action="store_true", help=_("include check-in notes"))
    rp.add_argument("--no-charts", action="store_true", help=_("leave the charts out"))
    rp.add_argument("--wins", action="store_true", help=_("include My wins in the report"))
    rp.add_argument("--title")  # default: DEFAULT_TITLE, in the person's language
    _open_args(rp)
    rp.set_defaults(func=cmd_report)


def cmd_scores(args: argparse.Namespace) -> int:
    def go() -> int:
        from carematch.evidence.goal_evidence import gather, overall_tscore

        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            evidence = [gather(journal, g) for g in journal.list_goals()]
        tscore = overall_tscore(evidence)
        if args.json:
            emit_json({"gas_tscore": tscore, "goals": [e.as_dict() for e in evidence]})
            return 0
        if not evidence:
            print(_("No goals yet."))
        for ev in evidence:
            level = (
                ""
                if ev.gas_level is None
                else " " + _("(goal level {level})").format(level=f"{ev.gas_level:+d}")
            )
            print(f"[{ev.goal.id}] {ev.goal.text}{level}")
            print(f"    {ev.sentence}")
            for e in ev.experiments:
                quest = (
                    ""
                    if e.quest is None
                    else " " + _("Device rating {rating} out of 5.").format(rating=f"{e.quest:.1f}")
                )
                print(f"    - {e.sentence}{quest}")
        if tscore is not None:
            print(
                _("Goal Attainment Scaling T-score: {score} (50 = as hoped).").format(
                    score=f"{tscore:.1f}"
                )
            )
        return 0

    return _run(args, go)


def cmd_report(args: argparse.Namespace) -> int:
    def go() -> int:
        from carematch.reports.html_report import ReportOptions
        from carematch.reports.writer import ReportError, write_report

        try:
            goal_ids = [int(g) for g in args.goal]
        except ValueError:
            return fail(_("--goal takes a goal's number; see 'carematch scores --vault NAME'."))
        options = ReportOptions(
            title=_(DEFAULT_TITLE) if args.title is None else args.title,
            include_notes=args.notes,
            include_charts=not args.no_charts,
            include_wins=args.wins,
        )
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            goal_ids = goal_ids or [g.id for g in journal.list_goals()]  # no --goal: all goals
            try:
                out = write_report(journal, goal_ids, args.out, options)
            except ReportError as exc:
                return fail(str(exc))
        print(_("Wrote {path}").format(path=out))
        return 0

    return _run(args, go)
