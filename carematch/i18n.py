"""The person's language for the words the core makes (matching reasons, evidence sentences,
reports, the command line), with gettext catalogues managed with Babel.

The catalogues live in carematch/locale/<language>/LC_MESSAGES/carematch.po; `make
translations` compiles them to .mo (pybabel compile), as the bundle does. Plurals come from
each language's own rules in its .po header (Welsh has six forms), never from `n == 1`.
English is the source and the fallback: a missing catalogue or message shows the English.

Mark text with `_()` where it is made, `ngettext()` for counts, and `N_()` for constants
translated later with `_()`.
"""

from __future__ import annotations

import gettext
import os
import re
from datetime import date
from pathlib import Path

DOMAIN = "carematch"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = {"en": "English", "cy": "Cymraeg", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar", "ur", "fa", "he"})
CHOSEN_ENV = "CAREMATCH_LANG"  # `--lang` for this run, the app included

_current: gettext.NullTranslations = gettext.NullTranslations()
_code = "en"


def language_code(value: str | None) -> str | None:
    """ "cy_GB.UTF-8", "cy-GB", "CY" -> "cy" when CareMatch has that language, else None."""
    if not value:
        return None
    code = re.split(r"[_.@-]", value.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else None


def from_environment() -> str | None:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if ours."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(name, "").split(":"):
            code = language_code(part)
            if code:
                return code
    return None


def set_language(code: str | None) -> str:
    """Use this language for the core's words from now on; returns the one in use ("en" when
    the language is unknown or its catalogue is missing)."""
    global _current, _code
    wanted = language_code(code) or "en"
    if wanted == "en":
        _current, _code = gettext.NullTranslations(), "en"
        return _code
    try:
        _current = gettext.translation(DOMAIN, LOCALE_DIR, languages=[wanted])
    except OSError:  # not compiled (or not shipped): English, as the fallback
        _current, _code = gettext.NullTranslations(), "en"
        return _code
    _code = wanted
    return _code


def language() -> str:
    return _code


def is_right_to_left(code: str | None = None) -> bool:
    return (code or _code) in RIGHT_TO_LEFT


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for n by the language's plural rules ("{n} idea" / "{n} ideas" in English;
    six forms in Welsh)."""
    return _current.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a constant for the catalogue; translate it with _() where it is shown."""
    return message


MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
WEEKDAYS = (
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
    N_("Saturday"), N_("Sunday"),
)  # fmt: skip


def date_words(day: date, pattern: str = "%-d %B %Y") -> str:
    """A date in words in the language in use, by a strftime-like pattern (%A weekday, %d or
    %-d day, %B or %b month, %Y year): "5 December 2026", "5 Rhagfyr 2026". English is exactly
    strftime's (with "%-d", the day without its leading zero); other languages use their own
    month and day names and never a leading zero."""
    if _code == "en":
        return format(day, pattern.replace("%-d", str(day.day)))
    month = _(MONTHS[day.month - 1])
    words = pattern.replace("%A", _(WEEKDAYS[day.weekday()])).replace("%B", month)
    words = words.replace("%b", month).replace("%-d", str(day.day)).replace("%d", str(day.day))
    return words.replace("%Y", str(day.year))
