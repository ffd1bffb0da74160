"""Words the catalogue does not use about people, with the better word to offer instead.

Capacity framing is part of the style guide; the validator catches the common slips so a
contributor learns the better word at the moment they write the old one.
"""

from __future__ import annotations

import re

from carematch.i18n import _

BETTER_WORDS: dict[str, str] = {
    r"suffer(s|ed|ing)?( from)?": "'has' or 'lives with'",
    r"wheelchair[- ]bound": "'uses a wheelchair'",
    r"confined to a (wheel)?chair": "'uses a wheelchair'",
    r"normal (hearing|sight|vision|people)": "'someone who hears well' or 'other people'",
    r"handicap(ped)?": "'disabled' or 'disability'",
    r"the disabled(?!\s+persons?)": "'disabled people'",
    r"victims? of": "'people who have had' or 'people with'",
    r"afflict(ed|ion)": "'has' or 'lives with'",
    r"cripple(d)?": "'disabled' or a plain description of what is hard",
    r"deaf and dumb|\bdumb\b": "'Deaf' or 'does not use speech'",
    r"retard(ed)?": "'learning disability'",
    r"the elderly": "'older people'",
}

_PATTERNS = [(re.compile(rf"\b{p}\b", re.IGNORECASE), better) for p, better in BETTER_WORDS.items()]


def wording_problem(text: str) -> str:
    """A plain message naming the first word to change and what to write instead, or ''."""
    for pattern, better in _PATTERNS:
        found = pattern.search(text)
        if found:
            return _("'{words}' speaks of people in a way we avoid; write {better} instead").format(
                words=found.group(0), better=better
            )
    return ""
