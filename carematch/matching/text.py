"""Turn text into comparable terms: case, punctuation, UK/US spelling, light stemming.

The same pipeline runs over catalogue entries and over what a person types, so "Organizer",
"organisers" and "organiser" all meet as one term.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from typing import Any

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=[a-z])['’‘`](?=[a-z])")

# American spellings (and a few common alternatives) mapped to the UK form we store.
US_TO_UK = {
    "color": "colour",
    "colors": "colours",
    "colored": "coloured",
    "favorite": "favourite",
    "gray": "grey",
    "center": "centre",
    "theater": "theatre",
    "aluminum": "aluminium",
    "mom": "mum",
    "pajamas": "pyjamas",
    "diaper": "nappy",
    "diapers": "nappies",
    "faucet": "tap",
    "faucets": "taps",
    "cellphone": "mobile",
    "flashlight": "torch",
    "trashcan": "bin",
    "trash": "rubbish",
    "garbage": "rubbish",
    "bathtub": "bath",
    "tub": "bath",
    "restroom": "toilet",
    "elevator": "lift",
    "stove": "hob",
    "stovetop": "hob",
    "cooktop": "hob",
    "sneakers": "trainers",
    "closet": "wardrobe",
    "yard": "garden",
    "sidewalk": "pavement",
    "curb": "kerb",
    "program": "programme",
    "meter": "metre",
    "liter": "litre",
    "fiber": "fibre",
    "catalog": "catalogue",
    "dialog": "dialogue",
    "mold": "mould",
    "plow": "plough",
    "cozy": "cosy",
    "eyeglasses": "glasses",
    "tv": "television",
    "apartment": "flat",
    "cookie": "biscuit",
    "cookies": "biscuits",
    "stroller": "buggy",
    "mailbox": "letterbox",
    "mail": "post",
    "countertop": "worktop",
    "drugstore": "chemist",
    "pharmacy": "chemist",
    "vacation": "holiday",
}
_IZE = re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations)$")
_YZE = re.compile(r"(?<=[a-z]{2})yz(e|es|ed|ing|er|ers)$")

# Words that carry no meaning for matching. Negations are kept out of this list on purpose
# ("can't", "no") because the thesaurus uses them in phrases like "can't bend".
STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself of off on once only or other our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves im ive id ill youre hes shes thats theres
    whats lets get gets got getting go goes going gone want wants wanted wanting like would really
    thing things something anything everything stuff way ways bit lot lots also still even ever
    much many every any one two make makes made making need needs needed keep keeps kept let
    able try trying tried use using used help helps helped helping please thanks day days time
    times now today always sometimes often usually anymore any more bit quite rather just mum dad
    husband wife partner son daughter mother father nan gran grandad grandma grandpa friend he
    him his she her they them mine someone somebody people person because cos coz since though
    although however well yes ok okay oh hi hello new old own sure idea ideas weve youve theyve
    wed youd theyd youll theyll itll thatll whos wheres heres without can
    """.split()
)

# Welsh words that carry no meaning for matching either (articles, pronouns, "to be", "want",
# "can", family words, as for English above). None is an English word, so English goals are
# untouched ("chi" stays: "tai chi"); none is a single-word phrase of thesaurus.cy.toml.
WELSH_STOPWORDS = frozenset(
    """
    y yr ar yn yng ym mae maen maer ma dw dwi dwin rwy rwyn rwyf wi wedi ei eu fy ein eich o ac
    neu ond nid ddim fe fi mi ti nhw ni sy sydd oes roedd oedd bod fod yw ydy ydi ydw ydyn
    ydyw dyw dydy dydi iawn hefyd gan na nad yma yna hwn hon hyn hynny beth sut pam isio eisiau
    moyn gallu allu cael gael plis diolch iddo iddi iddyn arno arni ohono gen gennyf gennym genny
    gynnon gydar efor ir gyda efo hefo sa sain fydd bydd byddai allai alla fedra medru fedru
    rhaid hoffwn hoffi licio pethau peth rhywbeth popeth bob nawr rwan heddiw weithiau wastad
    amser diwrnod dydd mwy llawer dros drwy trwy wrth rhwng cyn mam nain taid mamgu tadcu nhad
    ngwr gwr gwraig mab merch
    """.split()
)
STOPWORDS = STOPWORDS | WELSH_STOPWORDS

NEGATIONS = frozenset(
    "cant cannot couldnt dont doesnt wont no not never unable struggle didnt isnt arent wasnt "
    "werent havent hasnt hadnt wouldnt shouldnt aint".split()
)


@lru_cache(maxsize=1)
def _english() -> Any:  # pyspellchecker has no type hints
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def english_frequency(word: str) -> int:
    """How common a word is in English (0 when it is not a word); from pyspellchecker's list."""
    return int(_english()[word])


# Words ending in -er that are not "something that does X" (a shower is not a show-er).
_NOT_AGENTS = frozenset(
    "shower flower power tower corner water paper never other under after over cover finger "
    "number letter border order later super upper lower better matter butter ladder liner "
    "silver summer winter dinner supper slipper slippers zipper rubber copper hammer timber "
    "proper sister brother mother father daughter leather weather feather river chapter".split()
)


@lru_cache(maxsize=100_000)
def agent_base(word: str) -> str | None:
    """The verb inside a tool's name: drainer -> drain, grabber -> grab, shaker -> shake.

    Lets "drain the potatoes" meet "pan drainer". Only real, common English verbs count.
    """
    if len(word) < 6 or word in _NOT_AGENTS:
        return None
    for suffix in ("ers", "er"):
        if word.endswith(suffix):
            stem_part = word[: -len(suffix)]
            break
    else:
        return None
    candidates = [stem_part, stem_part + "e"]
    if len(stem_part) > 3 and stem_part[-1] == stem_part[-2]:
        candidates.insert(0, stem_part[:-1])
    for candidate in candidates:
        if len(candidate) >= 3 and english_frequency(candidate) >= 2000:
            return candidate
    return None


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes inside words dropped ("can't" -> "cant")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text.lower())


def words(text: str) -> list[str]:
    """Plain lower-case words with UK spelling; numbers kept."""
    return [uk_spelling(w) for w in _WORD.findall(fold(text))]


@lru_cache(maxsize=200_000)
def uk_spelling(word: str) -> str:
    mapped = US_TO_UK.get(word)
    if mapped:
        return mapped
    if "iz" in word:
        word = _IZE.sub(r"is\1", word)
    if "yz" in word:
        word = _YZE.sub(r"ys\1", word)
    return word


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """Snowball's English stemmer: in C (PyStemmer) when installed, as it is with CareMatch,
    several times faster than the pure-Python one, which gives the same stems."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Which engine stems (the index cache is not reused across them).
STEMMER = "c" if find_spec("Stemmer") is not None else "python"


# The stemmer keeps comparatives whole, so "bigger buttons" never met a "big button phone".
# Only words that are not also nouns ("lighter", "cooler") or other verbs ("closer").
COMPARATIVES = {
    w + end: base
    for base, w, end in (
        ("big", "bigg", "er"), ("hot", "hott", "er"), ("thin", "thinn", "er"),
        ("easy", "easi", "er"), ("heavy", "heavi", "er"), ("steady", "steadi", "er"),
        ("large", "larg", "er"), ("wide", "wid", "er"), ("simple", "simpl", "er"),
        ("safe", "saf", "er"), ("loud", "loud", "er"), ("bright", "bright", "er"),
        ("long", "long", "er"), ("high", "high", "er"), ("thick", "thick", "er"),
        ("small", "small", "er"), ("soft", "soft", "er"), ("quiet", "quiet", "er"),
        ("slow", "slow", "er"), ("strong", "strong", "er"), ("tall", "tall", "er"),
        ("low", "low", "er"), ("warm", "warm", "er"), ("clear", "clear", "er"),
        ("bold", "bold", "er"), ("deep", "deep", "er"),
    )
}  # fmt: skip


# Words the stemmer would merge with a word of another meaning: window blinds are not a blind
# person, a mobility scooter is not a mobile phone, glasses are not a glass of water.
WHOLE_WORDS = frozenset("blinds mobility glasses leggings bedding tights".split())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if word in WHOLE_WORDS:
        return word
    word = COMPARATIVES.get(word, word)
    if len(word) <= 3 or word.isdigit():
        return word
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=200_000)
def term(word: str) -> str | None:
    """The index term for one word, or None for words that carry no meaning."""
    if word in STOPWORDS or word in NEGATIONS:
        return None
    return stem(word)


def terms_of(word_list: list[str]) -> list[str]:
    return [t for t in map(term, word_list) if t is not None]


def content_terms(text: str) -> list[str]:
    """Stemmed words without stopwords: what an entry's field is indexed by."""
    return terms_of(words(text))
