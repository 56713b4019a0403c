"""SQL functions written in Python that the schema relies on, installed on every connection.

`checkin_search_fold(text)`: the search form of a text (NFC, full case fold;
`checkin_app/domain/text.py`). The FTS5 triggers index guest names and e-mails through it,
so the index and the typed query fold the same way. A connection opened without it (the
`sqlite3` shell, say) can read everything but cannot write `tickets`: "no such function".
"""

from __future__ import annotations

import sqlite3

from checkin_app.domain.text import search_fold

SEARCH_FOLD = "checkin_search_fold"


def install(conn: sqlite3.Connection) -> None:
    """Make the schema's functions available on `conn`."""
    conn.create_function(SEARCH_FOLD, 1, search_fold, deterministic=True)
