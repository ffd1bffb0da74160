"""Say in one short sentence why an idea came up: the words that led to it, and what it does.

"You said 'brew' — it's for making hot drinks and helps with grip." A reason quotes at most
two things the person said, never says a word twice, and stays under about 25 words, so a
screen reader can say it before the idea's summary without tiring anyone out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from carematch import i18n
from carematch.catalogue.model import Entry
from carematch.catalogue.vocabulary import Vocabulary
from carematch.i18n import N_, _
from carematch.matching.index import field_terms
from carematch.matching.needs import FoundNeed, Function
from carematch.matching.query import QueryAnalysis

MAX_WORDS = 25
# (as shown, what to say of it when nothing else is said, whether that is "it's about …",
# the person's own words in it)
Quote = tuple[str, str, bool, str]


@dataclass(frozen=True)
class NeedMet:
    """How an idea meets a need read in the goal: by what it does, or by what it is for."""

    found: FoundNeed
    function: Function | None


def _plain_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _one_if_joined(names: list[str]) -> list[str]:
    """Two names read as a list only if neither has its own "and" ("worry and confidence")."""
    if len(names) > 1 and any(" and " in n for n in names[:2]):
        return names[:1]
    return names[:2]


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """Cached (a few MB at most): an idea's description is read again for every goal and
    every keystroke it comes up for."""
    return frozenset(field_terms(text))


def explain(
    entry: Entry,
    q: QueryAnalysis,
    vocab: Vocabulary,
    *,
    met: NeedMet | None = None,
    worked: bool = False,
    not_for_me: bool = False,
    kept_by_others: bool = False,
) -> list[str]:
    """One sentence: what the person said that led here, then what the idea does for them."""
    clause = _what_it_does(entry, q, vocab, met)
    quotes = _what_you_said(entry, q, met)
    if not clause and quotes and quotes[0][2]:  # "it's about …": the point, when nothing else
        clause = quotes[0][1]
    said: set[str] = set(_stems(clause))
    kept: list[Quote] = []
    for quote in quotes:
        stems = _stems(quote[3])
        if stems and not stems & said and len(kept) < 2:
            kept.append(quote)
            said |= stems
    marks = ""
    if worked:
        marks = _("you marked it as worked for you")
    elif not_for_me:
        marks = _("you marked it 'not for me', so it is lower down")
    elif kept_by_others:
        marks = _("most people who tried it kept it")
    sentence = _sentence(kept, clause, marks)
    while len(sentence.split()) > MAX_WORDS and kept and (clause or len(kept) > 1):
        kept.pop()  # the weakest quote goes first; the reason's point stays
        sentence = _sentence(kept, clause, marks)
    if len(sentence.split()) > MAX_WORDS and marks:  # the short form of your own mark
        marks = _("it worked for you") if worked else _("you marked it 'not for me'")
        sentence = _sentence(kept, clause, marks)
    if len(sentence.split()) > MAX_WORDS and met is not None:  # the need, without how
        sentence = _sentence(kept, _("it helps you {need}").format(need=met.found.need.need), marks)
    return [sentence]


def _sentence(quotes: list[Quote], clause: str, marks: str) -> str:
    quoted = _plain_list([quote[0] for quote in quotes])
    if quoted and clause:
        text = _("You said {quoted} — {clause}").format(quoted=quoted, clause=clause)
    elif quoted:
        text = _("You said {quoted}, {where}").format(quoted=quoted, where=quotes[0][1])
    elif clause:
        text = clause[0].upper() + clause[1:]
    else:
        text = _("It fits the words in your goal")
    if marks:
        return _("{reason}; {mark}.").format(reason=text, mark=marks)
    return text + "."


def _what_it_does(entry: Entry, q: QueryAnalysis, vocab: Vocabulary, met: NeedMet | None) -> str:
    """The need it meets, or the activities and difficulties of the goal it is made for."""
    if met is not None:
        need = met.found.need.need
        if met.function is not None and not _stems(met.function.does) & _stems(need):
            return _("it {does}, so you can {need}").format(does=met.function.does, need=need)
        return _("it helps you {need}").format(need=need)
    acts = [vocab.activities[a].name.lower() for a in entry.activities if a in q.activities]
    acts = _one_if_joined(acts)
    act_stems = {s for a in acts[:2] for s in _stems(a)}
    helps = [
        vocab.helps_with[h].name.lower()
        for h in entry.helps_with
        if h in q.helps_with and not _stems(vocab.helps_with[h].name) & act_stems
    ]
    helps = _one_if_joined(helps)
    if acts and helps:
        return _("it's for {activities} and helps with {helps}").format(
            activities=_plain_list(acts[:2]), helps=helps[0]
        )
    if acts:
        return _("it's for {activities}").format(activities=_plain_list(acts[:2]))
    if helps:
        return _("it helps with {helps}").format(helps=_plain_list(helps[:2]))
    places = [p for p in entry.places if p in q.places and p in vocab.places]
    if not places:
        return ""
    place = places[0]
    if place in PLACE_PHRASES:
        return _(PLACE_PHRASES[place])
    if place == "anywhere":
        return ""  # "it's for anywhere" says nothing
    return _("it's for: {place}").format(place=vocab.places[place].name.lower())


# How a reason says where an idea is used: each place's name does not fit one sentence
# ("it's used in the around the home"), so each has its own words.
PLACE_PHRASES = {
    "kitchen": N_("it's for the kitchen"),
    "bathroom": N_("it's for the bathroom and toilet"),
    "bedroom": N_("it's for the bedroom"),
    "living-room": N_("it's for the living room"),
    "stairs-and-hall": N_("it's for the stairs, hall and doors"),
    "whole-home": N_("it's for around the home"),
    "garden": N_("it's for the garden"),
    "out-and-about": N_("it's for out and about"),
    "car": N_("it's for the car and travel"),
    "work": N_("it's for work and study"),
    "school": N_("it's for school or nursery"),
}


def _as_written(q: QueryAnalysis, said: str) -> str:
    """Typed words as the person wrote them, accents and all ('ffôn', not 'ffon')."""
    return " ".join(q.written.get(word, word) for word in said.split())


def _what_you_said(entry: Entry, q: QueryAnalysis, met: NeedMet | None) -> list[Quote]:
    """What to quote, strongest first, each with what to say of it if nothing else is said."""
    name_terms = _stems(entry.name)
    alias_terms = {t for a in entry.aliases for t in _stems(a)}
    text_terms = _stems(entry.summary) | _stems(entry.description)
    everything = name_terms | alias_terms | text_terms
    wrote = {fixed: typed for typed, fixed in q.corrections.items()}

    def typed(stem: str, where: str) -> Quote:
        word = q.typed[stem]
        if word in wrote:
            shown = _("'{word}' (you wrote '{typed}')").format(word=word, typed=wrote[word])
        else:
            shown = f"'{_as_written(q, word)}'"
        return (shown, where, False, word)

    if met is not None:  # what the need is about, in the person's words ('phone'), only:
        said = met.found.said[0]  # 'never get to it' would read oddly alone
        return [(f"'{_as_written(q, said)}'", _("which is what it is for"), False, said)]
    quotes: list[Quote] = []
    quotes += [typed(s, _("which is in its name")) for s in q.typed if s in name_terms]
    quotes += [
        typed(s, _("another name for it"))
        for s in q.typed
        if s in alias_terms and s not in name_terms
    ]
    concepts = set(entry.activities) | set(entry.helps_with) | set(entry.places)
    for phrase in dict.fromkeys(
        [q.expanded[s] for s in q.expanded if s in everything]
        + [p for c, p in q.concept_source.items() if c in concepts]
    ):
        means = [m for m in q.phrase_means.get(phrase, ()) if _stems(m) & everything]
        if means and i18n.language() == "en":  # `means` are English words: not in Welsh
            about = _("it's about {things}").format(things=_plain_list(means[:2]))
            quotes.append((f"'{phrase}'", about, True, phrase))
        else:
            quotes.append((f"'{phrase}'", _("which is what it is for"), False, phrase))
    quotes += [
        typed(s, _("which its description mentions"))
        for s in q.typed
        if s in text_terms and s not in name_terms | alias_terms
    ]
    seen: set[str] = set()
    unique = []
    for quote in quotes:
        if quote[0] not in seen:
            seen.add(quote[0])
            unique.append(quote)
    return unique


def explain_fit(
    entry: Entry, vocab: Vocabulary, activities: set[str] | frozenset[str], helps: frozenset[str]
) -> list[str]:
    """Why an idea fits the guided answers: what it is for and what it makes easier."""
    acts = [vocab.activities[a].name.lower() for a in entry.activities if a in activities]
    eases = [vocab.helps_with[h].name.lower() for h in entry.helps_with if h in helps]
    if acts and eases:
        sentence = _("it is for {activities}; it helps with {helps}").format(
            activities=_plain_list(acts[:2]), helps=_plain_list(eases[:2])
        )
    elif acts:
        sentence = _("it is for {activities}").format(activities=_plain_list(acts[:2]))
    elif eases:
        sentence = _("it helps with {helps}").format(helps=_plain_list(eases[:2]))
    else:
        return [_("It fits what you chose.")]
    return [sentence[0].upper() + sentence[1:] + "."]
