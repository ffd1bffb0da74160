"""Rank catalogue entries for a goal written in everyday words, and explain each result.

The score has three parts, all explainable: BM25F text relevance of the goal's words (and of
what the thesaurus says they mean), boosts when an entry supports an activity, difficulty or
place the goal mentions, and the person's own marks ("worked for me" rises, "not for me" sinks).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from carematch.catalogue.model import Entry, Kind, Nation
from carematch.catalogue.store import Catalogue
from carematch.matching.clarify import LOOK_AT, Clarifier, clarifying_choices
from carematch.matching.explain import NeedMet, explain, explain_fit
from carematch.matching.index import POSTING_CAP, MatchIndex, bigrams
from carematch.matching.needs import Function, Need
from carematch.matching.query import QueryAnalysis, analyse
from carematch.matching.spelling import Speller
from carematch.matching.text import words
from carematch.matching.thesaurus import Thesaurus, load_thesaurus

ACTIVITY_BOOST = 1.6
HELPS_BOOST = 0.5
PLACE_BOOST = 0.5
MAX_BOOSTED_HELPS = 2
NEED_BOOST = 3.0  # an idea that does what a need asks for (measured: 2.5 to 4 alike)
NEED_CLAIM = 0.4  # a reason says an idea does it only when its name, other names or summary
# say so (a single word deep in a description weighs less than this)
COMMON_TERM_SHARE = 0.3  # terms in more than this share of entries carry too little to score
BOOST_CAP = 2000  # in huge catalogues a broad concept boosts at most this many extra entries
KEPT_BY_OTHERS_BOOST = 1.1  # small: orders ideas that fit about as well, never makes one fit


NO_MATCH = (
    "We could not find ideas for those words. Try saying what you would like to do, "
    "for example 'make a cup of tea' or 'get in and out of the bath'."
)
NO_FILTER_MATCH = "Nothing matched with these filters. Try removing one."
FILTER_NAMES = {  # "Without ... there are 12 ideas"
    "max_cost": "the price limit",
    "kinds": "the kind of idea",
    "activity": "the activity",
    "place": "the place",
    "iso_class": "the ISO 9999 class",
    "activities": "the activities",
    "helps_with": "what it helps with",
}
# Equipment made for children (the catalogue's children-and-families area) comes up only when a
# goal is about a child, or the guided questions are about looking after someone.
CHILDREN_AREA = "children-and-families"
CHILD_WORDS = frozenset(
    "child children childs kid kids son sons daughter daughters baby babies toddler toddlers "
    "grandchild grandchildren grandson granddaughter boy girl teenager pupil nursery "
    "school buggy pushchair pram stroller cot nappy nappies highchair".split()
)
SIMPLE_NUDGE = 0.1  # measured: success@5 unchanged on all three goal sets
CARING = frozenset({"caring-for-others", "parenting"})  # children's ideas are for these
CHILD_AGE = re.compile(r"\b(1[0-7]|[1-9])[ -]?(year|yr)s?[ -]?old\b")  # "my 6 year old"


def about_a_child(goal: str) -> bool:
    return not CHILD_WORDS.isdisjoint(words(goal)) or bool(CHILD_AGE.search(goal.lower()))


class EmptyGoalError(ValueError):
    """The goal had nothing in it: the caller should ask the person to write something."""


@dataclass(frozen=True)
class Filters:
    max_cost: int | None = None
    kinds: frozenset[Kind] = frozenset()
    activity: str | None = None
    place: str | None = None
    iso_class: str | None = None
    # any of these (the guided questions: "not sure" of the activity keeps a whole area)
    activities: frozenset[str] = frozenset()
    helps_with: frozenset[str] = frozenset()

    def allows(self, entry: Entry) -> bool:
        if self.max_cost is not None and entry.cost.min > self.max_cost:
            return False
        if self.kinds and entry.kind not in self.kinds:
            return False
        if self.activity and self.activity not in entry.activities:
            return False
        if self.activities and self.activities.isdisjoint(entry.activities):
            return False
        if self.helps_with and self.helps_with.isdisjoint(entry.helps_with):
            return False
        if self.place and self.place not in entry.places:
            return False
        return not (self.iso_class and not entry.iso9999.startswith(self.iso_class))

    @property
    def active(self) -> bool:
        return any(
            (
                self.max_cost is not None,
                self.kinds,
                self.activity,
                self.place,
                self.iso_class,
                self.activities,
                self.helps_with,
            )
        )


@dataclass
class MatchResult:
    entry: Entry
    score: float
    why: list[str]

    def as_dict(self, nation: Nation | None = None) -> dict[str, object]:
        e = self.entry
        return {
            "id": e.id,
            "name": e.name,
            "aliases": list(e.aliases),
            "kind": e.kind.value,
            "iso9999": e.iso9999,
            "score": round(self.score, 4),
            "why": self.why,
            "cost": e.cost.model_dump(),
            "get_assessed_first": e.get_assessed_first,
            "ways_to_get": [
                {"way": way, "routes": [r.model_dump(mode="json") for r in routes]}
                for way, routes in e.ways_for(nation)
            ],
        }


@dataclass
class MatchResponse:
    query: str
    results: list[MatchResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    choices: list[Clarifier] = field(default_factory=list)  # "Is this about: ..."
    drop: tuple[str, int] | None = None  # nothing matched: the filter to drop, and what it gives

    def as_dict(self, nation: Nation | None = None) -> dict[str, object]:
        return {
            "query": self.query,
            "results": [r.as_dict(nation) for r in self.results],
            "notes": self.notes,
            "choices": [c.as_dict() for c in self.choices],
            "drop_filter": ({"filter": self.drop[0], "ideas": self.drop[1]} if self.drop else None),
        }


class Matcher:
    """Built once per catalogue; `match` is cheap and safe to call for every keystroke."""

    def __init__(
        self, catalogue: Catalogue, thesaurus: Thesaurus | None = None, *, use_cache: bool = True
    ) -> None:
        from carematch import paths

        cache_dir = paths.cache_dir()
        self.catalogue = catalogue
        if thesaurus is None:
            folder = catalogue.vocabulary_dir or _default_dir()
            own = folder / f"thesaurus.{catalogue.language}.toml"  # everyday words of the language
            extra = (own,) if catalogue.language != "en" and own.is_file() else ()
            thesaurus = load_thesaurus(folder / "thesaurus.toml", catalogue.vocabulary, extra)
        self.thesaurus = thesaurus
        self.index = MatchIndex.load_or_build(
            catalogue.entries,
            catalogue.content_key,
            cache_dir if use_cache else None,
            catalogue.source_words,
        )
        self.speller = Speller(self.index.surface_words, thesaurus.known_words)
        self._position = {e.id: i for i, e in enumerate(self.index.entries)}
        # Simple things first: among ideas that fit about as well, the cheap, free or
        # do-it-yourself one comes before the costly specialist one.
        self._simple = [_simplicity(e) for e in self.index.entries]
        self._function_reach: dict[str, list[tuple[int, float]]] = {}
        self._need_reach: dict[str, list[tuple[int, float, Function]]] = {}
        self._for_children = {
            i for i, e in enumerate(self.index.entries) if e.area == CHILDREN_AREA
        }

    def match(
        self,
        goal: str,
        *,
        limit: int = 10,
        filters: Filters | None = None,
        worked: Iterable[str] = (),
        not_for_me: Iterable[str] = (),
        kept_by_others: Iterable[str] = (),
    ) -> MatchResponse:
        """The best ideas for a goal. `kept_by_others` (ideas pooled evidence says most people
        kept) gives those a small boost, said in their reason."""
        if not goal or not goal.strip():
            raise EmptyGoalError("Write what you would like to be able to do.")
        filters = filters or Filters()
        q = analyse(goal, self.thesaurus, self.index, self.speller)
        response = MatchResponse(query=goal, notes=list(q.notes))
        scores = self._score(q) if q.terms or q.concepts_present else {}
        met = self._add_need_boosts(q, scores) if q.needs else {}
        worked_set, not_set, kept_set = set(worked), set(not_for_me), set(kept_by_others)
        for entry_id in kept_set:
            pos = self._position.get(entry_id)
            if pos is not None and pos in scores:
                scores[pos] *= KEPT_BY_OTHERS_BOOST
        for entry_id in worked_set | not_set:
            pos = self._position.get(entry_id)
            if pos is None or pos not in scores:
                continue
            if entry_id in worked_set:
                scores[pos] = scores[pos] * 1.3 + 1.0
            if entry_id in not_set:
                scores[pos] = scores[pos] * 0.2 - 1.0
        entries = self.index.entries
        if self._for_children and not about_a_child(goal):
            for i in self._for_children:  # a handful: removed, not a pass over every score
                scores.pop(i, None)
        top = self._top(scores, filters, max(limit, LOOK_AT))
        ranked = list(top)
        response.choices = clarifying_choices(
            [entries[i] for i in ranked], self.catalogue.vocabulary, filters
        )
        for i in ranked[: max(limit, 0)]:
            e = entries[i]
            why = explain(
                e,
                q,
                self.catalogue.vocabulary,
                met=met.get(i),
                worked=e.id in worked_set,
                not_for_me=e.id in not_set,
                kept_by_others=e.id in kept_set,
            )
            response.results.append(MatchResult(e, top[i], why))
        if not response.results:
            response.notes.append(NO_FILTER_MATCH if filters.active and scores else NO_MATCH)
            if filters.active and scores:
                response.drop = self._filter_to_drop(scores, filters)
                if response.drop is not None:
                    name, count = response.drop
                    response.notes[-1] = (
                        f"Nothing matched with these filters. Without {FILTER_NAMES[name]} "
                        f"there {'is 1 idea' if count == 1 else f'are {count} ideas'}."
                    )
        return response

    def _filter_to_drop(self, scores: dict[int, float], filters: Filters) -> tuple[str, int] | None:
        """The one filter whose removal brings back the most ideas, and how many."""
        from dataclasses import fields, replace

        entries = self.index.entries
        best: tuple[str, int] | None = None
        for f in fields(Filters):
            value = getattr(filters, f.name)
            if value is None or value == frozenset():
                continue
            empty: object = frozenset() if isinstance(value, frozenset) else None
            relaxed = replace(filters, **{f.name: empty})  # type: ignore[arg-type]
            count = sum(1 for i in scores if relaxed.allows(entries[i]))
            if count and (best is None or count > best[1]):
                best = (f.name, count)
        return best

    def browse(self, filters: Filters, *, limit: int = 40, title: str = "") -> MatchResponse:
        """Every entry the filters allow, with no words typed (the guided questions): the most
        specific first (made for few activities and few difficulties), then the cheapest."""
        response = MatchResponse(query=title)
        vocab = self.catalogue.vocabulary
        chosen = list(self.browsable(filters))

        def order(e: Entry) -> tuple[float, int, str]:
            specific = 1 / max(1, len(e.activities)) + 1 / max(1, len(e.helps_with))
            return (-specific, e.cost.min, e.name.casefold())

        for e in sorted(chosen, key=order)[: max(limit, 0)]:
            why = explain_fit(
                e, vocab, filters.activities | {filters.activity or ""}, filters.helps_with
            )
            response.results.append(MatchResult(e, 0.0, why))
        if not response.results:
            response.notes.append(NO_FILTER_MATCH)
        return response

    def browsable(self, filters: Filters) -> Iterator[Entry]:
        """The entries `browse` may show: those the filters allow, and children's ideas only
        when looking after others was chosen."""
        caring = bool(CARING & (filters.activities | {filters.activity}))
        for e in self.index.entries:
            if filters.allows(e) and (caring or e.area != CHILDREN_AREA):
                yield e

    def _top(self, scores: dict[int, float], filters: Filters, limit: int) -> dict[int, float]:
        """The best `limit` entries with their scores, best first, ties by id, after the nudge
        for simple ideas. Only the few candidates that could reach the top are nudged and
        sorted, so a huge catalogue costs one pass, not a full sort."""
        entries = self.index.entries
        if filters.active:
            scores = {i: v for i, v in scores.items() if filters.allows(entries[i])}
        if limit == 0 or not scores:
            return {}
        if len(scores) > limit * 4:
            # a nudged score is at most (1 + SIMPLE_NUDGE) times its plain one
            cutoff = heapq.nlargest(limit, scores.values())[-1] / (1.0 + SIMPLE_NUDGE)
            scores = {i: v for i, v in scores.items() if v >= cutoff}
        simple = self._simple
        nudged = {i: v * (1.0 + SIMPLE_NUDGE * simple[i]) for i, v in scores.items()}
        best = sorted(nudged, key=lambda i: (-nudged[i], entries[i].id))[:limit]
        return {i: nudged[i] for i in best}

    def _score(self, q: QueryAnalysis) -> dict[int, float]:
        index = self.index
        n = len(index.entries)
        terms = dict(q.terms)
        for bg in bigrams(q.ordered_stems):
            terms[bg] = max(terms.get(bg, 0.0), 1.0)
        scores = index.score(terms, max_df=COMMON_TERM_SHARE * n if n > 20 else float("inf"))
        self._add_boosts(q, scores)
        return scores

    def _add_boosts(self, q: QueryAnalysis, scores: dict[int, float]) -> None:
        helps_hits: dict[int, int] = {}
        for activity, weight in q.activities.items():
            for i in self._boosted("activity", activity, scores):
                scores[i] = scores.get(i, 0.0) + ACTIVITY_BOOST * weight
        for helps, weight in q.helps_with.items():
            for i in self._boosted("helps", helps, scores):
                hits = helps_hits.get(i, 0)
                if hits < MAX_BOOSTED_HELPS:
                    scores[i] = scores.get(i, 0.0) + HELPS_BOOST * weight
                    helps_hits[i] = hits + 1
        for place, weight in q.places.items():
            for i in self._boosted("place", place, scores):
                if i in scores:
                    scores[i] += PLACE_BOOST * weight

    def _add_need_boosts(self, q: QueryAnalysis, scores: dict[int, float]) -> dict[int, NeedMet]:
        """Ideas that do what a need asks, and are made for what the need is about, rise; each
        remembers the need it met, for its reason."""
        met: dict[int, tuple[float, NeedMet | None]] = {}
        for found in q.needs:
            need = found.need
            for i, v, fn in self._meeting(need):
                if i not in met or v > met[i][0]:
                    met[i] = (v, NeedMet(found, fn) if v >= NEED_CLAIM else None)
            if not need.functions and need.activities:
                acts = [self.index.members("activity", a) for a in need.activities]
                for i in [i for i in scores if i not in met and any(i in m for m in acts)]:
                    met[i] = (0.5, NeedMet(found, None))
        for i, (strength, _) in met.items():
            scores[i] = scores.get(i, 0.0) + NEED_BOOST * strength
        return {i: m for i, (_, m) in met.items() if m is not None}

    def _meeting(self, need: Need) -> list[tuple[int, float, Function]]:
        """The entries that do what a need asks and are made for what it is about (one of its
        activities and one of its difficulties), with how strongly; worked out once. A door
        alarm does not meet the need to get to the phone in time, nor a fall alarm the need to
        notice the fridge is open: the right function for the wrong activity or difficulty
        counts for nothing (measured: counting it at half lost two goals of the stranger set)."""
        found = self._need_reach.get(need.id)
        if found is None:
            index = self.index
            acts = [index.members("activity", a) for a in need.activities]
            helps = [index.members("helps", h) for h in need.helps_with]
            best: dict[int, tuple[float, Function]] = {}
            for fid in need.functions:
                fn = self.thesaurus.functions[fid]
                for i, v in self._doers(fid):
                    if acts and not any(i in m for m in acts):
                        continue
                    if helps and not any(i in m for m in helps):
                        continue
                    if i not in best or v > best[i][0]:
                        best[i] = (v, fn)
            found = [(i, v, fn) for i, (v, fn) in best.items()]
            self._need_reach[need.id] = found
        return found

    def _doers(self, function_id: str) -> list[tuple[int, float]]:
        """The entries whose words show they do something, with how strongly (their best cue's
        weight), strongest first and at most POSTING_CAP of them; worked out once."""
        found = self._function_reach.get(function_id)
        if found is None:
            best: dict[int, float] = {}
            for cue in self.thesaurus.functions[function_id].cues:
                posting = self.index.postings.get(cue)
                if posting is None:
                    continue
                for i, v in zip(*posting, strict=True):  # at most POSTING_CAP, best first
                    if v > best.get(i, 0.0):
                        best[i] = v
            found = heapq.nlargest(POSTING_CAP, best.items(), key=lambda item: item[1])
            self._function_reach[function_id] = found
        return found

    def _boosted(self, kind: str, concept: str, scores: dict[int, float]) -> Iterable[int]:
        """Entries a concept boosts. In very large catalogues: those the words already found,
        topped up to BOOST_CAP with the first others, so one broad concept cannot cost a full
        scan (nor boost thousands the words never found when they found thousands)."""
        index = self.index
        source = {"activity": index.by_activity, "helps": index.by_helps, "place": index.by_place}[
            kind
        ]
        everyone = source.get(concept, ())
        if len(everyone) <= BOOST_CAP:
            return everyone
        # a set made in C; its order does not matter, as each entry is boosted once
        found = scores.keys() & index.members(kind, concept)
        if len(found) < BOOST_CAP:
            found.update(everyone[: BOOST_CAP - len(found)])
        return found


def _default_dir() -> Path:
    from carematch import paths

    return paths.builtin_catalogue_dir()


def _simplicity(entry: Entry) -> float:
    """1 for a free or cheap idea you can do or make yourself, 0 for a costly specialist one."""
    cost = entry.cost.min
    cheap = 1.0 if cost <= 20 else 0.5 if cost <= 100 else 0.0
    easy = 0.0 if entry.kind == Kind.SPECIALIST else 1.0
    return (cheap + easy) / 2
