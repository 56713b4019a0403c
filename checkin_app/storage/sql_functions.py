"""SQL functions written in Python that the schema relies on, installed on every connection.

`checkin_search_fold(text)`: the search form of a text (NFC, full case fold;
`checkin_app/domain/text.py`). The FTS5 triggers index guest names and e-mails through it,
so the index and the typed query fold the same way. A connection opened without it (the
`sqlite3` shell, say) can read everything but cannot write `tickets`: "no such function".
"""

from __future__ import annotations

from sqlcipher3 import dbapi2 as sqlite3

from checkin_app.domain.text import search_fold

SEARCH_FOLD = "checkin_search_fold"


def search_fold_sql(value: str | bytes | None) -> str:
    """`search_fold` for SQL. The schema passes text as a BLOB (UTF-8 bytes): SQLCipher's
    binding cuts a text argument — and a text result — at the first NUL, and a guest name
    can hold one. `search_fold` turns control characters into spaces, so the result has none."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return search_fold(value)


def install(conn: sqlite3.Connection) -> None:
    """Make the schema's functions available on `conn`."""
    conn.create_function(SEARCH_FOLD, 1, search_fold_sql, deterministic=True)
