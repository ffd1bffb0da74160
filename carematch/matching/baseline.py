"""A plain SQLite FTS5 (bm25) keyword search over the same entries: the yardstick for matching."""

from __future__ import annotations

import re
import sqlite3

from carematch.catalogue.model import Entry

_TOKEN = re.compile(r"\w+", re.UNICODE)


class FtsBaseline:
    """FTS5 with its default tokenizer ("plain"); `stemming=True` adds the Porter stemmer,
    a stronger keyword baseline that we also report."""

    def __init__(self, entries: list[Entry], *, stemming: bool = False) -> None:
        self.db = sqlite3.connect(":memory:")
        tokenizer = "porter unicode61" if stemming else "unicode61"
        self.db.execute(
            "CREATE VIRTUAL TABLE e USING fts5(id UNINDEXED, name, aliases, summary, description, "
            f"tokenize='{tokenizer}')"
        )
        self.db.executemany(
            "INSERT INTO e VALUES (?, ?, ?, ?, ?)",
            [(x.id, x.name, " ; ".join(x.aliases), x.summary, x.description) for x in entries],
        )
        self.db.commit()

    def search(self, goal: str, limit: int = 10) -> list[str]:
        tokens = _TOKEN.findall(goal.lower())
        if not tokens:
            return []
        query = " OR ".join('"' + t.replace('"', "") + '"' for t in dict.fromkeys(tokens))
        rows = self.db.execute(
            "SELECT id FROM e WHERE e MATCH ? ORDER BY bm25(e), id LIMIT ?", (query, limit)
        ).fetchall()
        return [r[0] for r in rows]
