"""How sqlite3's DB-API spellings become PostgreSQL's, and rows with sqlite3.Row's two faces:
the mechanical half of the server engine (store/server.py holds the rest)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import psycopg.rows

#: tables with an identity ``id``: an INSERT into one returns it (sqlite3's lastrowid)
ID_TABLES = frozenset({"people", "bindings", "applications", "attachments", "audit", "seals", "contributions"})


# --- translating sqlite3's spellings -------------------------------------------------------

_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)


@lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, bool]:
    """(PostgreSQL text, whether it returns the new row's id). Only spellings, never meaning:
    ``?`` marks, a literal ``%``, ``json_each(?)``, SQLite's ``INDEXED BY`` hints, ``LIMIT -1`` (no limit) and
    ``lastrowid``. Marks inside string literals are left alone."""
    out, quote = [], ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    text = "".join(out)
    text = re.sub(r"json_each\(%s\)", "json_array_elements_text(%s::json)", text)
    text = re.sub(r" INDEXED BY \w+", "", text)  # SQLite's index hint; the server's planner chooses
    text = re.sub(r"LIMIT %s", "LIMIT NULLIF(GREATEST(%s::bigint, -1), -1)", text)
    found = _INSERT.match(text)
    returning = bool(found and found.group(1).lower() in ID_TABLES and "RETURNING" not in text.upper())
    if returning:
        text += " RETURNING id"
    return text, returning


# --- rows and cursors like sqlite3's --------------------------------------------------------


@cache
def _row_class(names: tuple[str, ...]) -> type:
    index = {n: i for i, n in enumerate(names)}

    class Row(tuple):
        """A tuple that also answers to its column names (sqlite3.Row's two faces)."""

        __slots__ = ()

        def __getitem__(self, key):  # names as well as positions
            if isinstance(key, str):
                return tuple.__getitem__(self, index[key])
            return tuple.__getitem__(self, key)

        def keys(self) -> list[str]:
            return list(names)

    return Row


def _named_rows(cursor):
    names = tuple(c.name for c in cursor.description or ())
    cls = _row_class(names)
    return lambda values: tuple.__new__(cls, values)


_plain_rows = psycopg.rows.tuple_row  # C-optimised with psycopg's binary wheel
