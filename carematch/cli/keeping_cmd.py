"""`carematch review`, `carematch wins`, `carematch reminders` and `carematch calendar`:
keeping going."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from carematch.cli.output import emit_json
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run
from carematch.i18n import _, date_words


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(
        "review",
        help=_("experiments whose review date has come; decide keep, change or stop"),
        description=_(
            "With no --decide: what is due, with what the check-ins show. With --decide ID "
            "keep|change|stop: record the decision (change starts the idea again with a new "
            "review date). Standard input order: the passphrase."
        ),
    )
    r.add_argument("--vault", dest="name", required=True, metavar="NAME")
    r.add_argument("--json", action="store_true")
    r.add_argument("--decide", nargs=2, metavar=("ID", "DECISION"))
    r.add_argument("--note", default="", help=_("what you decided and why (kept in the journal)"))
    r.add_argument(
        "--without",
        nargs=2,
        metavar=("ID", "DAYS"),
        help=_("try a few days (3, 5 or 7) without the idea, to see if it really helps"),
    )
    r.add_argument("--adapt", metavar="ID", help=_("make a kept idea one of your adaptations"))
    _open_args(r)
    r.set_defaults(func=cmd_review)

    w = sub.add_parser(
        "wins",
        help=_("what you can do now: goals achieved, ideas kept, real changes"),
        description=_("Standard input order: the passphrase."),
    )
    w.add_argument("--vault", dest="name", required=True, metavar="NAME")
    w.add_argument("--json", action="store_true")
    _open_args(w)
    w.set_defaults(func=cmd_wins)

    m = sub.add_parser(
        "reminders",
        help=_("this vault's reminder choices, and goals that have gone quiet"),
        description=_(
            "With no options: the choices and the goals due a check-in. Standard input order: "
            "the passphrase."
        ),
    )
    m.add_argument("--vault", dest="name", required=True, metavar="NAME")
    m.add_argument("--json", action="store_true")
    onoff = m.add_mutually_exclusive_group()
    onoff.add_argument("--on", dest="notify", action="store_const", const=True)
    onoff.add_argument("--off", dest="notify", action="store_const", const=False)
    m.add_argument("--at", metavar="HH:MM", help=_("the time of the day's reminder"))
    m.add_argument("--quiet", metavar="HH:MM-HH:MM", help=_("quiet hours, e.g. 21:30-08:00"))
    m.add_argument("--per-day", type=int, choices=(1, 2, 3))
    words = m.add_mutually_exclusive_group()
    words.add_argument("--goal-words", dest="personal", action="store_const", const=True)
    words.add_argument("--no-goal-words", dest="personal", action="store_const", const=False)
    m.add_argument("--snooze", type=int, metavar="GOAL", help=_("not about this goal for a while"))
    m.add_argument("--days", type=int, default=1, choices=(1, 3, 7), help=_("how long to snooze"))
    m.add_argument("--stop", type=int, metavar="GOAL", help=_("stop reminding me about this goal"))
    m.add_argument("--resume", type=int, metavar="GOAL", help=_("remind me about it again"))
    _open_args(m)
    m.set_defaults(func=cmd_reminders)

    c = sub.add_parser(
        "calendar",
        help=_("review dates and check-in rhythms as an .ics file for your own calendar"),
        description=_(
            "Events say only 'CareMatch review' and 'CareMatch check-in' unless --goal-words. "
            "Standard input order: the passphrase."
        ),
    )
    c.add_argument("--vault", dest="name", required=True, metavar="NAME")
    c.add_argument("--out", type=Path, required=True, help="FILE.ics")
    c.add_argument("--goal-words", action="store_true", help=_("put the goal's words in events"))
    _open_args(c)
    c.set_defaults(func=cmd_calendar)


def cmd_review(args: argparse.Namespace) -> int:
    from carematch.app.review import DECISIONS, decide, keep_as_adaptation, try_without
    from carematch.evidence.review import due_reviews

    def go() -> int:
        today = dt.date.today()
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            if args.decide:
                number, decision = args.decide
                if not number.isdigit() or decision not in DECISIONS:
                    raise ValueError(
                        _("--decide takes a number and one of: {choices}.").format(
                            choices=", ".join(DECISIONS)
                        )
                    )
                print(decide(journal, int(number), decision, note=args.note, today=today).message)
                return 0
            if args.without:
                number, days = args.without
                if not number.isdigit() or not days.isdigit():
                    raise ValueError(_("--without takes a number and a count of days (3, 5 or 7)."))
                print(try_without(journal, int(number), int(days), today=today).message)
                return 0
            if args.adapt:
                if not args.adapt.isdigit():
                    raise ValueError(_("--adapt takes the number of a kept idea."))
                made = keep_as_adaptation(journal, int(args.adapt))
                print(_("“{title}” is now one of your adaptations.").format(title=made.title))
                return 0
            due = due_reviews(journal, today)
        if args.json:
            emit_json([d.as_dict(today) for d in due])
        elif not due:
            print(_("Nothing to review today."))
        for d in [] if args.json else due:
            said = _("{title} — for “{goal}”, review on {date}").format(
                title=d.title, goal=d.goal, date=date_words(d.review_on, "%d %B")
            )
            print(f"[{d.experiment_id}] {said}")
            print(f"    {d.sentences}")
            print(
                "    " + _("Decide: --decide {id} keep, change or stop").format(id=d.experiment_id)
            )
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
            print(_("No wins recorded yet. They come with time: keep checking in."))
        for w in [] if args.json else found:
            print(f"{date_words(w.on, '%d %B %Y')}  {w.sentence}")
        return 0

    return _run(args, go)


def cmd_reminders(args: argparse.Namespace) -> int:
    from carematch.app import reminders

    def go() -> int:
        today = dt.date.today()
        changes: dict[str, object] = {}
        for key, value in (
            ("notify", args.notify),
            ("at_time", args.at),
            ("per_day", args.per_day),
            ("personal", args.personal),
        ):
            if value is not None:
                changes[key] = value
        if args.quiet:
            start, _dash, end = args.quiet.partition("-")
            changes.update(quiet_from=start, quiet_to=end)
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            journal = session.journal_or_fail
            said = []
            if changes:
                reminders.save_prefs(journal, **changes)
                said.append(_("Reminder choices saved."))
            if args.snooze is not None:
                said.append(reminders.snooze(journal, args.snooze, today, args.days))
            if args.stop is not None:
                said.append(reminders.stop_reminding(journal, args.stop))
            if args.resume is not None:
                said.append(reminders.resume_reminding(journal, args.resume))
            prefs = reminders.load_prefs(journal)
            quiet = reminders.quiet_now(journal, today)
        if args.json:
            emit_json(
                {
                    "notify": prefs.notify,
                    "at": prefs.at_time.strftime("%H:%M"),
                    "quiet_hours": [
                        prefs.quiet_from.strftime("%H:%M"),
                        prefs.quiet_to.strftime("%H:%M"),
                    ],
                    "per_day": prefs.per_day,
                    "goal_words": prefs.personal,
                    "on_start": prefs.on_start,
                    "quiet_goals": [
                        {"goal": q.goal_id, "days": q.days, "said": q.sentence()} for q in quiet
                    ],
                }
            )
            return 0
        for line in said:
            print(line)
        at = f"{prefs.at_time:%H:%M}"
        if not prefs.notify:
            state = _("Desktop reminders: off")
        elif prefs.per_day > 1:
            state = _("Desktop reminders: at {time}, up to {n} a day").format(
                time=at, n=prefs.per_day
            )
        else:
            state = _("Desktop reminders: at {time}").format(time=at)
        quiet_hours = _("(quiet {start} to {end});").format(
            start=f"{prefs.quiet_from:%H:%M}", end=f"{prefs.quiet_to:%H:%M}"
        )
        words = (
            _("with your goal's words.")
            if prefs.personal
            else _("they say only “{words}”.").format(words=_("Time for a CareMatch check-in"))
        )
        print(state, quiet_hours, words)
        for q in quiet:
            print(f"[{q.goal_id}] {q.sentence()}")
        if not quiet:
            print(_("Every goal has a recent check-in."))
        return 0

    return _run(args, go)


def cmd_calendar(args: argparse.Namespace) -> int:
    from carematch.app.reminders import save_calendar

    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            print(save_calendar(session.journal_or_fail, args.out, goal_words=args.goal_words))
        return 0

    return _run(args, go)
