"""Say in plain English why an idea came up: which words matched where, and what it helps with."""

from __future__ import annotations

from carematch.catalogue.model import Entry
from carematch.catalogue.vocabulary import Vocabulary
from carematch.matching.index import field_terms
from carematch.matching.query import QueryAnalysis


def _quote(items: list[str]) -> str:
    quoted = [f"'{i}'" for i in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _plain_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def explain(
    entry: Entry,
    q: QueryAnalysis,
    vocab: Vocabulary,
    *,
    worked: bool = False,
    not_for_me: bool = False,
) -> list[str]:
    """At most four short sentences: what matched, what we understood, what it is for."""
    why: list[str] = []
    name_terms = set(field_terms(entry.name))
    alias_terms = {t for a in entry.aliases for t in field_terms(a)}
    text_terms = set(field_terms(entry.summary)) | set(field_terms(entry.description))
    all_terms = name_terms | alias_terms | text_terms

    # "What we understood" comes first: a word it quotes is not quoted again, so each
    # reason is one sentence and no typed word is said twice when read aloud.
    understood, quoted = "", set()
    phrases = sorted({q.expanded[s] for s in q.expanded if s in all_terms})
    for phrase in phrases[:1]:
        means = [m for m in q.phrase_means.get(phrase, ()) if set(field_terms(m)) & all_terms]
        if means:
            understood = f"You said '{phrase}', which we read as {_plain_list(means[:2])}."
            quoted = set(field_terms(phrase))
    in_name = [q.typed[s] for s in q.typed if s in name_terms and s not in quoted]
    in_alias = [
        q.typed[s] for s in q.typed if s in alias_terms and s not in name_terms and s not in quoted
    ]
    in_text = [
        q.typed[s]
        for s in q.typed
        if s in text_terms and s not in name_terms and s not in alias_terms and s not in quoted
    ]
    # A word read with a spelling fix says so where it is quoted: "'kettle' (you wrote
    # 'kettel')", so no word is said twice.
    wrote = {fixed: typed for typed, fixed in q.corrections.items()}

    def mention(items: list[str]) -> str:
        return _plain_list(
            [f"'{w}'" + (f" (you wrote '{wrote[w]}')" if w in wrote else "") for w in items[:3]]
        )

    if in_name:
        why.append(f"You mentioned {mention(in_name)}, which is in its name.")
    elif in_alias:
        why.append(f"People also call it {mention(in_alias)}, a word you used.")
    if understood:
        why.append(understood)
    if in_text and len(why) < 2:
        why.append(f"Its description talks about {mention(in_text)}.")

    acts = [vocab.activities[a].name.lower() for a in entry.activities if a in q.activities]
    helps = [vocab.helps_with[h].name.lower() for h in entry.helps_with if h in q.helps_with]
    places = [vocab.places[p].name.lower() for p in entry.places if p in q.places]
    fit = []
    if acts:
        fit.append(f"it is for {_plain_list(acts[:2])}")
    if helps:
        fit.append(f"it helps with {_plain_list(helps[:3])}")
    if places and not fit:
        fit.append(
            f"it is used in the {places[0]}"
            if places[0] != "out and about"
            else "it is for out and about"
        )
    if fit:
        sentence = "; ".join(fit)
        why.append(sentence[0].upper() + sentence[1:] + ".")
    if worked:
        why.append("You marked this as worked for you.")
    if not_for_me:
        why.append("You marked this 'not for me', so it is lower down.")
    if not why:
        why.append("It is a close fit for the words in your goal.")
    return why


def explain_fit(
    entry: Entry, vocab: Vocabulary, activities: set[str] | frozenset[str], helps: frozenset[str]
) -> list[str]:
    """Why an idea fits the guided answers: what it is for and what it makes easier."""
    acts = [vocab.activities[a].name.lower() for a in entry.activities if a in activities]
    eases = [vocab.helps_with[h].name.lower() for h in entry.helps_with if h in helps]
    parts = []
    if acts:
        parts.append(f"it is for {_plain_list(acts[:2])}")
    if eases:
        parts.append(f"it helps with {_plain_list(eases[:2])}")
    if not parts:
        return ["It fits what you chose."]
    sentence = "; ".join(parts)
    return [sentence[0].upper() + sentence[1:] + "."]
