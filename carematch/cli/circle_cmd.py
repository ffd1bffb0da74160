"""`carematch circle ...`: the circle of support by passing files, with the person's consent."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from carematch.cli.output import emit_json
from carematch.cli.passphrases import SecretSource
from carematch.cli.vault_cmd import _open, _open_args, _run
from carematch.i18n import _, date_words, ngettext

Action = Callable[[Any, argparse.Namespace], int]


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "circle",
        help=_("family, support workers and OTs add to a journal with consent, by passing files"),
        description=_(
            "The person invites a supporter (invite), the supporter joins (accept) and sends "
            "notes (notes); the person takes files in (import), decides on each item (inbox, "
            "decide), chooses what a supporter may see (share) and sends it (summary), or "
            "removes them (revoke). Standard input order: the vault's passphrase."
        ),
    )
    cs = c.add_subparsers(dest="circle_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, func: Action) -> argparse.ArgumentParser:
        p = cs.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--vault", dest="name", required=True, metavar="NAME")
        _open_args(p)
        p.set_defaults(func=lambda args: _in_vault(args, func))
        return p

    p = action("invite", _("invite a supporter: writes the invite file to give them"), _invite)
    p.add_argument("--supporter", required=True, help=_("their name, as you know them"))
    p.add_argument("--relationship", default="", help=_("for example: daughter, support worker"))
    p.add_argument("--me", required=True, help=_("your name, as they know you"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.cmcircle")
    p = action("accept", _("(supporter) join from an invite file: writes the reply"), _accept)
    p.add_argument("file", type=Path, metavar="INVITE")
    p.add_argument("--me", required=True, help=_("your name, as they know you"))
    p.add_argument("--out", type=Path, required=True, metavar="REPLY.cmcircle")
    p = action("import", _("take in a reply, notes or a summary file"), _import)
    p.add_argument("file", type=Path, metavar="FILE")
    p = action("list", _("who is in the circle (and whose circles you are in)"), _list)
    p.add_argument("--json", action="store_true")
    p = action("inbox", _("items from supporters waiting for your decision"), _inbox)
    p.add_argument("--json", action="store_true")
    p = action("decide", _("accept or decline one waiting item"), _decide)
    p.add_argument("item", type=int, metavar="ITEM")
    p.add_argument("decision", choices=("accept", "decline"))
    p.add_argument("--goal", type=int, help=_("which of your goals it is about"))
    p.add_argument("--text", help=_("accept it with these words instead"))
    p = action("share", _("what a supporter may see: nothing, a summary, or check-ins"), _share)
    p.add_argument("--supporter", type=int, required=True, metavar="ID")
    p.add_argument("--shares", choices=("nothing", "summary", "checkins"), required=True)
    p.add_argument("--goal", type=int, action="append", default=[], metavar="GOAL")
    p = action("summary", _("write the summary file a supporter may see"), _summary)
    p.add_argument("--supporter", type=int, required=True, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.cmcircle")
    p = action("revoke", _("remove a supporter: their files are refused from now on"), _revoke)
    p.add_argument("--supporter", type=int, required=True, metavar="ID")
    p = action("notes", _("(supporter) write notes for a person you support"), _notes)
    p.add_argument("--to", type=int, required=True, metavar="PERSON", help=_("from 'circle list'"))
    p.add_argument("--note", action="append", default=[], help=_("a note (repeat for more)"))
    p.add_argument("--idea", action="append", default=[], metavar="ENTRY_ID")
    p.add_argument("--checkin", action="append", default=[], metavar="WELL/HAPPY[/DATE]")
    p.add_argument("--goal", metavar="GOAL_UID", help=_("the goal they are about (from a summary)"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.cmcircle")
    p = action("show", _("(supporter) read the summaries people sent you"), _show)
    p.add_argument("--json", action="store_true")


def _in_vault(args: argparse.Namespace, func: Action) -> int:
    from carematch.circle.files import CircleFileError

    def go() -> int:
        with _open(args, SecretSource(args.passphrase_stdin)) as session:
            try:
                return func(session.journal_or_fail, args)
            except CircleFileError as exc:
                raise ValueError(_("Refused: {problem}").format(problem=exc)) from None

    return _run(args, go)


def _invite(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import invite

    supporter, code = invite(journal, args.supporter, args.relationship, args.me, args.out)
    print(
        _("Wrote {path}. Give it to {name} (by hand, email or a USB stick).").format(
            path=args.out, name=supporter.name
        )
    )
    print(_("When they reply, check this code together: {code}").format(code=code))
    return 0


def _accept(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import accept_invite

    person, theirs, mine = accept_invite(journal, args.file, args.me, args.out)
    print(
        _("You joined {name}'s circle. Give them {path}.").format(name=person.name, path=args.out)
    )
    print(
        _("Check the codes together: theirs is {theirs}, yours is {mine}.").format(
            theirs=theirs, mine=mine
        )
    )
    return 0


def _import(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import take_in

    print(take_in(journal, args.file).message)
    return 0


def _list(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import people, supporters

    mine = [
        {"id": s.id, "name": s.name, "relationship": s.relationship, "status": s.status,
         "shares": s.shares}
        for s in supporters(journal)
    ]  # fmt: skip
    theirs = [{"id": p.id, "name": p.name, "me": p.my_name} for p in people(journal)]
    if args.json:
        emit_json({"supporters": mine, "people_i_support": theirs})
        return 0
    for s in mine:
        said = _("{name} ({relationship}): {status}, may see {shares}").format(
            name=s["name"],
            relationship=s["relationship"] or _("supporter"),
            status=s["status"],
            shares=s["shares"],
        )
        print(f"[{s['id']}] {said}")
    for p in theirs:
        said = _("you support {name} (they know you as {me})").format(name=p["name"], me=p["me"])
        print(f"[{p['id']}] {said}")
    if not mine and not theirs:
        print(_("No one yet. 'carematch circle invite' starts your circle."))
    return 0


def _inbox(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle_inbox import waiting

    found = waiting(journal)
    if args.json:
        emit_json(
            [{"item": w.id, "from": w.author, "kind": w.kind, "goal": w.goal_id,
              "said": w.sentence()} for w in found]
        )  # fmt: skip
        return 0
    for w in found:
        about = " " + _("(goal {id})").format(id=w.goal_id) if w.goal_id else ""
        print(f"[{w.id}] {w.sentence()}{about}")
    if not found:
        print(_("Nothing is waiting."))
    return 0


def _decide(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle_inbox import decide

    edits = {}
    if args.text is not None:
        edits = {"text": args.text} if _kind(journal, args.item) == "note" else {"note": args.text}
    print(decide(journal, args.item, args.decision == "accept", goal_id=args.goal, edits=edits))
    return 0


def _kind(journal: Any, item: int) -> str:
    from carematch.app.circle_inbox import waiting

    return next((w.kind for w in waiting(journal) if w.id == item), "")


def _share(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import set_sharing

    print(set_sharing(journal, args.supporter, args.shares, args.goal))
    return 0


def _summary(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle_inbox import write_summary

    print(write_summary(journal, args.supporter, args.out))
    return 0


def _revoke(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import revoke

    print(revoke(journal, args.supporter))
    return 0


def _notes(journal: Any, args: argparse.Namespace) -> int:
    import datetime as dt

    from carematch.app.circle import write_notes

    items: list[dict[str, Any]] = []
    items += [{"type": "note", "goal": args.goal, "text": t} for t in args.note]
    items += [{"type": "idea", "goal": args.goal, "entry_id": e} for e in args.idea]
    for c in args.checkin:
        parts = c.split("/")
        if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts[:2]):
            raise ValueError(_("--checkin takes HOW_WELL/HOW_HAPPY, e.g. 7/8 (and /YYYY-MM-DD)."))
        on = parts[2] if len(parts) == 3 else dt.date.today().isoformat()
        items.append(
            {"type": "checkin", "goal": args.goal, "on": on,
             "performance": int(parts[0]), "satisfaction": int(parts[1])}
        )  # fmt: skip
    if not items:
        raise ValueError(_("Add at least one --note, --idea or --checkin."))
    from pydantic import ValidationError

    try:
        count = write_notes(journal, args.to, items, args.out)
    except ValidationError as exc:
        raise ValueError(
            _("That cannot be sent: {problem}.").format(problem=exc.errors()[0]["msg"])
        ) from None
    print(
        ngettext(
            "Wrote {n} item to {path}, readable only by the person you wrote it for.",
            "Wrote {n} items to {path}, readable only by the person you wrote them for.",
            count,
        ).format(n=count, path=args.out)
    )
    return 0


def _show(journal: Any, args: argparse.Namespace) -> int:
    from carematch.app.circle import people, summary_of

    shown = []
    for person in people(journal):
        summary = summary_of(person)
        if summary is not None:
            shown.append((person, summary))
    if args.json:
        emit_json([{"person": p.name, **s.model_dump(mode="json")} for p, s in shown])
        return 0
    for person, summary in shown:
        print(
            _("From {name} ({date}), to read only:").format(
                name=person.name,
                date=date_words(person.summary_at, "%d %B %Y") if person.summary_at else "",
            )
        )
        for goal in summary.goals:
            print(f"  [{goal.uid}] {goal.text}")
            print(f"    {goal.summary}")
            for win in goal.wins:
                print("    " + _("Win: {win}").format(win=win))
            for c in goal.checkins[-5:]:
                said = _("{date}: how well {well}/10, how happy {happy}/10").format(
                    date=date_words(c.on, "%d %b"), well=c.performance, happy=c.satisfaction
                )
                print(f"    {said}")
    if not shown:
        print(_("No summaries yet."))
    return 0
