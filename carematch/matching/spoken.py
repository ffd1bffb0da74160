"""An idea as a screen reader says it (kept light: the GUI imports it at start-up)."""

from __future__ import annotations

SPOKEN_WORDS = 40  # what a screen reader says of an idea before its summary


def spoken_idea(name: str, cost: str, reasons: list[str], summary: str) -> str:
    """An idea as a screen reader says it: name, cost, the reasons that fit in about forty
    words (always the first), then the summary. The details show every reason."""
    head = f"{name}, {cost}."
    words = len(head.split())
    said: list[str] = []
    for reason in reasons:
        size = len(reason.split())
        if said and words + size > SPOKEN_WORDS:
            break
        said.append(reason)
        words += size
    return " ".join([head, *said, summary])
