"""`carematch guide`: the guided questions ("Help me choose") in a terminal, or as JSON."""

from __future__ import annotations

import argparse
import sys

from carematch.catalogue import VocabularyError
from carematch.cli.match_cmd import _matcher, _print_response, _sources
from carematch.cli.output import emit_json, fail


def register(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser(
        "guide", help="find ideas by answering a few questions, with no typing of a goal"
    )
    g.add_argument("--json", action="store_true", help="print every path with its ideas")
    g.add_argument(
        "--path",
        metavar="CHOICES",
        help="answer at once, choice ids joined by '/', e.g. food-and-drink/making-hot-drinks/grip",
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
        return fail("the guided questions cannot be used: see above, or run catalogue validate.")
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
            return fail(f"{exc} At “{step.question}” choose one of: {known}")
    if args.path is None:
        return _ask(walk)
    step = walk.step()
    if step.kind != IDEAS:
        if step.kind == WRITE:
            return fail('Write it in your own words: carematch match "what you would like to do"')
        return fail(
            f"--path stops at “{step.question}”; add one of: "
            + ", ".join(c.id for c in step.choices)
        )
    response = walk.ideas()
    if args.json:
        emit_json({"trail": walk.trail(), **response.as_dict()})
    else:
        print("You chose: " + " › ".join(walk.trail()))
        _print_response(response, walk.matcher.catalogue.vocabulary, None)
    return 0


def _ask(walk: object) -> int:
    """Numbered choices; 0 goes back, q stops. Works with a screen reader in a terminal."""
    from carematch.app.guide import IDEAS, WRITE, GuideWalk

    assert isinstance(walk, GuideWalk)
    while True:
        step = walk.step()
        if step.kind == WRITE:
            print('Write it in your own words: carematch match "what you would like to do"')
            return 0
        if step.kind == IDEAS:
            print("You chose: " + " › ".join(walk.trail()))
            _print_response(walk.ideas(), walk.matcher.catalogue.vocabulary, None)
            return 0
        print(f"\nQuestion {step.number} of {step.of}: {step.question}")
        for n, choice in enumerate(step.choices, 1):
            print(f"  {n}. {choice.label}")
        print("  0. Back" if walk.answers else "  q. Stop")
        try:
            answer = input("Type a number and press Enter: ").strip().lower()
        except EOFError:
            return 0
        if answer in ("q", "quit"):
            return 0
        if answer == "0":
            walk.back()
            continue
        if not answer.isdigit() or not 1 <= int(answer) <= len(step.choices):
            print(f"Type a number from 1 to {len(step.choices)}.")
            continue
        walk.choose(step.choices[int(answer) - 1].id)
