"""Untrusted text (the journal, catalogue entries, packs) made safe to store, show and export.

One place for the rules, so the journal, the app, reports and exports agree on them.
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and line feed, DEL and C1 controls, and the bidi embeddings, overrides
# and isolates: in untrusted text they only hide, colour or reorder what is shown.
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What XML 1.0 refuses even escaped (one such character makes a whole SVG unreadable), plus
# the same direction controls.
NOT_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def strip_invisible(text: str) -> str:
    """Line breaks as "\\n", and no control or direction-changing characters."""
    return INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def cut(text: str, limit: int | None) -> str:
    """At most `limit` characters, ending in "…" when cut."""
    if limit is not None and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


def spreadsheet_safe(value: Any) -> Any:
    """Stop a spreadsheet from reading text that starts like a formula as one."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
