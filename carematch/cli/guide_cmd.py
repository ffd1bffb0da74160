"""`carematch guide`: the guided questions ("Help me choose") in a terminal, or as JSON."""

from __future__ import annotations

import argparse
import sys

from carematch.catalogue import VocabularyError
from carematch.cli.match_cmd import _matcher, _print_response, _sources
from carematch.cli.output import emit_json, fail
from carematch.i18n import N_, _

WRITE_IT = N_('Write it in your own words: carematch match "what you would like to do"')


def register(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser(
        "guide", help=_("find ideas by answering a few questions, with no typing of a goal")
    )
    g.add_argument("--json", action="store_true", help=_("print every path with its ideas"))
    g.add_argument(
        "--path",
        metavar="CHOICES",
        help=_(
            "answer at once, choice ids joined by '/', e.g. food-and-drink/making-hot-drinks/grip"
        ),
    )
    _sources(g)
    g.set_defaults(func=cmd_guide)


def cmd_guide(args: argparse.Namespace) -> int:
    from carematch.app.guide import IDEAS, WRITE, GuideWalk, load_for, tree

    try:
        matcher = _matcher(args)
    except (ValueError, VocabularyError, FileNotFoundError) as exc:
        return fail(str(exc))
    guide, problems = load_for(matcher.catalogue)
    if guide is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        return fail(_("the guided questions cannot be used: see above, or run catalogue validate."))
    if args.json and args.path is None:
        emit_json(tree(guide, matcher))
        return 0
    walk = GuideWalk(guide, matcher)
    answers = [a for a in (args.path or "").split("/") if a]
    for answer in answers:
        try:
            walk.choose(answer)
        except ValueError as exc:
            step = walk.step()
            known = ", ".join(c.id for c in step.choices)
            return fail(
                _("{problem} At “{question}” choose one of: {choices}").format(
                    problem=exc, question=step.question, choices=known
                )
            )
    if args.path is None:
        return _ask(walk)
    step = walk.step()
    if step.kind != IDEAS:
        if step.kind == WRITE:
            return fail(_(WRITE_IT))
        return fail(
            _("--path stops at “{question}”; add one of: {choices}").format(
                question=step.question, choices=", ".join(c.id for c in step.choices)
            )
        )
    response = walk.ideas()
    if args.json:
        emit_json({"trail": walk.trail(), **response.as_dict()})
    else:
        print(_("You chose: {trail}").format(trail=" › ".join(walk.trail())))
        _print_response(response, walk.matcher.catalogue.vocabulary, None)
    return 0


def _ask(walk: object) -> int:
    """Numbered choices; 0 goes back, q stops. Works with a screen reader in a terminal."""
    from carematch.app.guide import IDEAS, WRITE, GuideWalk

    assert isinstance(walk, GuideWalk)
    while True:
        step = walk.step()
        if step.kind == WRITE:
            print(_(WRITE_IT))
            return 0
        if step.kind == IDEAS:
            print(_("You chose: {trail}").format(trail=" › ".join(walk.trail())))
            _print_response(walk.ideas(), walk.matcher.catalogue.vocabulary, None)
            return 0
        print(
            "\n"
            + _("Question {n} of {total}: {question}").format(
                n=step.number, total=step.of, question=step.question
            )
        )
        for n, choice in enumerate(step.choices, 1):
            print(f"  {n}. {choice.label}")
        print("  " + (_("0. Back") if walk.answers else _("q. Stop")))
        try:
            answer = input(_("Type a number and press Enter: ")).strip().lower()
        except EOFError:
            return 0
        if answer in ("q", "quit"):
            return 0
        if answer == "0":
            walk.back()
            continue
        if not answer.isdigit() or not 1 <= int(answer) <= len(step.choices):
            print(_("Type a number from 1 to {last}.").format(last=len(step.choices)))
            continue
        walk.choose(step.choices[int(answer) - 1].id)
