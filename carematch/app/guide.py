"""Help me choose: a walk through the guided questions to a list of ideas, with no typing.

One place for the app and the CLI. An area of life, then what you would like to do there, then
what would make it easier; each step offers "Not sure" and "Something else" (write it in your
own words). Going back keeps the answers given. The ideas at the end come from the matcher's
filters, so entries from packs and a person's own entries appear too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from carematch.catalogue.guide import GUIDE_FILE, MAX_CHOICES, Guide, empty_branches, load_guide
from carematch.catalogue.problems import Problem
from carematch.i18n import N_, _

if TYPE_CHECKING:
    from carematch.catalogue.store import Catalogue
    from carematch.journal.service import Journal
    from carematch.matching import Filters, Matcher, MatchResponse

NOT_SURE = "not-sure"
SOMETHING_ELSE = "something-else"
LEAF_LIMIT = 40  # a list longer than this is not a help; a broad path shows the closest 40
AREA, ACTIVITY, WAY, IDEAS, WRITE = "area", "activity", "way", "ideas", "write"
EXTRA_LABELS = {NOT_SURE: N_("Not sure"), SOMETHING_ELSE: N_("Something else")}


class GuideUnavailable(Exception):
    """The guide file is missing or broken (its problems say why)."""


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass
class Step:
    kind: str  # AREA, ACTIVITY, WAY, IDEAS, or WRITE ("Something else": type it instead)
    question: str
    choices: list[Choice] = field(default_factory=list)
    number: int = 1  # "Question 2 of 3"
    of: int = 3
    previous: str | None = None  # the answer given here before going back, to show chosen


def guide_path(catalogue: Catalogue) -> Path:
    from carematch import paths

    folder = catalogue.vocabulary_dir or paths.builtin_catalogue_dir()
    own = folder / GUIDE_FILE.replace(".toml", f".{catalogue.language}.toml")  # guide.cy.toml
    return own if catalogue.language != "en" and own.is_file() else folder / GUIDE_FILE


def load_for(catalogue: Catalogue) -> tuple[Guide | None, list[Problem]]:
    """The guide that goes with a catalogue's vocabulary, checked against its entries."""
    path = guide_path(catalogue)
    guide, problems = load_guide(path, catalogue.vocabulary)
    if guide is not None:
        problems = empty_branches(guide, catalogue, path)
    return (guide if not problems else None), problems


class GuideWalk:
    """Where a person is in the guided questions, and the answers they gave on the way."""

    def __init__(self, guide: Guide, matcher: Matcher) -> None:
        self.guide = guide
        self.matcher = matcher
        self.answers: list[str] = []  # area, activity, way (each may be NOT_SURE)
        self._undone: list[str] = []  # answers taken back, offered as chosen again

    # --- where we are -------------------------------------------------------------------------
    def step(self) -> Step:
        answers = self.answers
        previous = self._undone[-1] if self._undone else None
        if answers and answers[-1] == SOMETHING_ELSE:
            return Step(
                WRITE, _("Write it in your own words."), number=len(answers), of=len(answers)
            )
        if not answers:
            choices = [Choice(a.id, a.label) for a in self.guide.areas]
            return self._with_extras(Step(AREA, self.guide.first_question, choices, 1, 3, previous))
        area = self.guide.area(answers[0])
        of = 2 if area is None else 3
        if area is not None and len(answers) == 1:
            vocab = self.matcher.catalogue.vocabulary
            choices = [Choice(a, vocab.activities[a].name) for a in area.activities]
            return self._with_extras(Step(ACTIVITY, area.question, choices, 2, 3, previous))
        if len(answers) == of - 1:
            ways = area.ways if area is not None else self.guide.not_sure_ways
            if area is not None and answers[1] in self.guide.activity_ways:
                ways = self.guide.activity_ways[answers[1]]
            filters = self._filters(with_way=False)
            choices = [
                Choice(w, self.guide.ways[w]) for w in ways if self._any(replace_helps(filters, w))
            ][:MAX_CHOICES]
            return self._with_extras(Step(WAY, self.guide.way_question, choices, of, of, previous))
        return Step(IDEAS, _("Ideas"), number=of, of=of)

    @staticmethod
    def _with_extras(step: Step) -> Step:
        step.choices += [Choice(key, _(label)) for key, label in EXTRA_LABELS.items()]
        return step

    def trail(self) -> list[str]:
        """The answers as words: ["Food, drink and shopping", "Making hot drinks", ...]."""
        labels = []
        area = self.guide.area(self.answers[0]) if self.answers else None
        vocab = self.matcher.catalogue.vocabulary
        for n, answer in enumerate(self.answers):
            if answer in EXTRA_LABELS:
                labels.append(_(EXTRA_LABELS[answer]))
            elif n == 0:
                labels.append(area.label if area else answer)
            elif n == 1 and area is not None:
                labels.append(vocab.activities[answer].name)
            else:
                labels.append(self.guide.ways.get(answer, answer))
        return labels

    # --- moving -------------------------------------------------------------------------------
    def choose(self, choice_id: str) -> Step:
        step = self.step()
        if step.kind in (IDEAS, WRITE):
            raise ValueError(_("There is nothing left to choose; go back or start again."))
        if choice_id not in {c.id for c in step.choices}:
            raise ValueError(
                _("'{choice}' is not one of the choices here.").format(choice=choice_id)
            )
        self.answers.append(choice_id)
        if self._undone and self._undone[-1] == choice_id:
            self._undone.pop()  # the same way as before: the later answers are offered again
        else:
            self._undone.clear()
        return self.step()

    def back(self) -> Step:
        """One step back; the answer taken back shows as chosen, and choosing it again
        offers the later answers again too."""
        if self.answers:
            self._undone.append(self.answers.pop())
        return self.step()

    def go_to(self, position: int) -> Step:
        """Back to the question at `position` (0 is the first), from the trail."""
        while len(self.answers) > max(0, position):
            self.back()
        return self.step()

    def restart(self) -> Step:
        self.answers.clear()
        self._undone.clear()
        return self.step()

    # --- the ideas ----------------------------------------------------------------------------
    def ideas(self, limit: int = LEAF_LIMIT) -> MatchResponse:
        if self.step().kind != IDEAS:
            raise ValueError(_("Answer the questions first."))
        return self.matcher.browse(
            self._filters(with_way=True),
            limit=min(limit, LEAF_LIMIT),
            title=" › ".join(self.trail()),
        )

    def goal_text(self) -> str:
        """Words for a goal saved from the answers: "Making hot drinks: something easier to
        hold" (the person can change them before saving)."""
        words = [
            label
            for answer, label in zip(self.answers, self.trail(), strict=True)
            if answer not in EXTRA_LABELS
        ]
        if not words:
            return ""
        if len(words) == 1:
            return words[0]
        return f"{words[-2]}: {words[-1][0].lower()}{words[-1][1:]}"

    def _filters(self, *, with_way: bool) -> Filters:
        from carematch.matching import Filters

        area = self.guide.area(self.answers[0]) if self.answers else None
        activities: frozenset[str] = frozenset()
        if area is not None:
            chosen = self.answers[1] if len(self.answers) > 1 else NOT_SURE
            activities = frozenset(area.activities if chosen == NOT_SURE else {chosen})
        helps: frozenset[str] = frozenset()
        if with_way:
            way = self.answers[-1]
            if way != NOT_SURE:
                helps = frozenset({way})
            elif area is None:  # not sure of anything: the ways offered straight away
                helps = frozenset(self.guide.not_sure_ways)
        return Filters(activities=activities, helps_with=helps)

    def _any(self, filters: Filters) -> bool:
        return next(self.matcher.browsable(filters), None) is not None


def replace_helps(filters: Filters, way: str) -> Filters:
    from dataclasses import replace

    return replace(filters, helps_with=frozenset({way}))


@dataclass
class Leaf:
    path: list[str]  # choice ids
    trail: list[str]  # the same as words
    ideas: MatchResponse


def leaves(guide: Guide, matcher: Matcher) -> Iterator[Leaf]:
    """Every list of ideas the questions can reach (each at most three choices away)."""

    def walk(w: GuideWalk) -> Iterator[Leaf]:
        step = w.step()
        if step.kind == IDEAS:
            yield Leaf(list(w.answers), w.trail(), w.ideas())
            return
        for choice in step.choices:
            if choice.id == SOMETHING_ELSE:
                continue
            w.choose(choice.id)
            yield from walk(w)
            w.back()

    yield from walk(GuideWalk(guide, matcher))


def tree(guide: Guide, matcher: Matcher) -> dict[str, object]:
    """The whole guide with the ideas at each leaf (`carematch guide --json`)."""
    found = list(leaves(guide, matcher))
    return {
        "first_question": guide.first_question,
        "leaves": [
            {
                "path": leaf.path,
                "trail": leaf.trail,
                "ideas": [
                    {"id": r.entry.id, "name": r.entry.name, "why": r.why}
                    for r in leaf.ideas.results
                ],
            }
            for leaf in found
        ],
        "counts": {
            "leaves": len(found),
            "deepest": max((len(leaf.path) for leaf in found), default=0),
        },
    }


def idea_list_text(trail: list[str], response: MatchResponse) -> str:
    """A list to print or keep: the answers, then each idea with its cost and reason."""
    lines = [
        _("Ideas from CareMatch"),
        "",
        _("You chose: {answers}").format(answers=" › ".join(trail)),
        "",
    ]
    for n, result in enumerate(response.results, 1):
        e = result.entry
        lines += [f"{n}. {e.name} ({e.cost.label()})", f"   {e.summary}"]
        lines += ["   " + _("Why: {reasons}").format(reasons=" ".join(result.why)), ""]
    return "\n".join(lines)


IDEAS_ON_A_GOAL = 5  # a new goal gets the first few ideas as "planned", not all forty


def add_ideas_to_goal(journal: Journal, goal_id: int, response: MatchResponse) -> int:
    """The first ideas of a list become planned experiments on a goal; returns how many."""
    from carematch.journal.enums import ExperimentStatus

    added = 0
    for result in response.results[:IDEAS_ON_A_GOAL]:
        journal.add_experiment(
            goal_id, result.entry.name, entry_id=result.entry.id, status=ExperimentStatus.PLANNED
        )
        added += 1
    return added


def save_idea_list(path: Path, trail: list[str], response: MatchResponse) -> Path:
    """Write the list as plain text to print or keep (readable by its owner only; a crash or a
    full disk leaves any earlier file whole)."""
    from carematch.paths import write_private

    if path.suffix.lower() != ".txt":
        path = path.with_suffix(path.suffix + ".txt") if path.suffix else path.with_suffix(".txt")
    write_private(path, idea_list_text(trail, response).encode("utf-8"))
    return path
