"""`carematch review`, `carematch wins` and `carematch calendar`: keeping going."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from carematch.cli.output import emit_json
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(
        "review",
        help="experiments whose review date has come; decide keep, change or stop",
        description=(
            "With no --decide: what is due, with what the check-ins show. With --decide ID "
            "keep|change|stop: record the decision (change starts the idea again with a new "
            "review date). Standard input order: the passphrase."
        ),
    )
    r.add_argument("--vault", dest="name", required=True, metavar="NAME")
    r.add_argument("--json", action="store_true")
    r.add_argument("--decide", nargs=2, metavar=("ID", "DECISION"))
    r.add_argument("--note", default="", help="what you decided and why (kept in the journal)")
    _open_args(r)
    r.set_defaults(func=cmd_review)

    w = sub.add_parser(
        "wins",
        help="what you can do now: goals achieved, ideas kept, real changes",
        description="Standard input order: the passphrase.",
    )
    w.add_argument("--vault", dest="name", required=True, metavar="NAME")
    w.add_argument("--json", action="store_true")
    _open_args(w)
    w.set_defaults(func=cmd_wins)

    c = sub.add_parser(
        "calendar",
        help="review dates and check-in rhythms as an .ics file for your own calendar",
        description=(
            "Events say only 'CareMatch review' and 'CareMatch check-in' unless --goal-words. "
            "Standard input order: the passphrase."
        ),
    )
    c.add_argument("--vault", dest="name", required=True, metavar="NAME")
    c.add_argument("--out", type=Path, required=True, help="FILE.ics")
    c.add_argument("--goal-words", action="store_true", help="put the goal's words in events")
    _open_args(c)
    c.set_defaults(func=cmd_calendar)


def cmd_review(args: argparse.Namespace) -> int:
    from carematch.app.review import DECISIONS, decide
    from carematch.evidence.review import due_reviews

    def go() -> int:
        today = dt.date.today()
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            if args.decide:
                number, decision = args.decide
                if not number.isdigit() or decision not in DECISIONS:
                    raise ValueError(f"--decide takes a number and one of: {', '.join(DECISIONS)}.")
                print(decide(journal, int(number), decision, note=args.note, today=today).message)
                return 0
            due = due_reviews(journal, today)
        if args.json:
            emit_json([d.as_dict(today) for d in due])
        elif not due:
            print("Nothing to review today.")
        for d in [] if args.json else due:
            print(f"[{d.experiment_id}] {d.title} — for “{d.goal}”, review on {d.review_on:%d %B}")
            print(f"    {d.evidence.sentence}")
            print(f"    Decide: --decide {d.experiment_id} keep, change or stop")
        return 0

    return _run(args, go)


def cmd_wins(args: argparse.Namespace) -> int:
    from carematch.evidence.goal_evidence import gather
    from carematch.evidence.wins import goal_wins

    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            found = [w for g in journal.list_goals() for w in goal_wins(gather(journal, g))]
        found.sort(key=lambda w: w.on)
        if args.json:
            emit_json([{"kind": w.kind, "on": w.on.isoformat(), "win": w.sentence} for w in found])
        elif not found:
            print("No wins recorded yet. They come with time: keep checking in.")
        for w in [] if args.json else found:
            print(f"{w.on:%d %B %Y}  {w.sentence}")
        return 0

    return _run(args, go)


def cmd_calendar(args: argparse.Namespace) -> int:
    from carematch.paths import write_private
    from carematch.reports.calendar_ics import calendar_ics

    def go() -> int:
        if args.out.suffix.lower() != ".ics":
            raise ValueError("Save the calendar as FILE.ics.")
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            text = calendar_ics(session.journal_or_fail, goal_words=args.goal_words)
        write_private(args.out, text.encode("utf-8"))
        events = text.count("BEGIN:VEVENT")
        print(f"Wrote {events} events to {args.out}. Import it into your own calendar.")
        return 0

    return _run(args, go)
