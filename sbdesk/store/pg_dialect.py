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
#: SQLite's other parameter spellings (?NNN, :name, @name, $name) and PostgreSQL's dollar
#: quotes ($$, $tag$): the ? rewrite does not understand them
_FOREIGN = re.compile(r"\?\d|(?<![:\w]):[A-Za-z_]|@[A-Za-z_]|\$")


class Untranslatable(ValueError):
    """SQL the SQLite-to-PostgreSQL rewrite cannot translate faithfully: a program's mistake,
    raised before anything is sent, never a statement quietly changed into another."""


def _refuse(sql: str, why: str) -> Untranslatable:
    return Untranslatable(f"{why}: {sql[:120]!r}")


@lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, bool]:
    """(PostgreSQL text, whether it returns the new row's id). Only spellings, never meaning:
    ``?`` marks, a literal ``%``, ``json_each(?)``, SQLite's ``INDEXED BY`` hints, ``LIMIT -1``
    (no limit) and ``lastrowid``. What it cannot rewrite safely raises Untranslatable: a ``?``
    inside a string, a quoted name or a comment (a value belongs in a parameter), a comment or
    string left open, dollar quotes, SQLite's numbered or named parameters."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":  # a string or a quoted name; '' inside is the quote itself
            end = sql.find(ch, i + 1)
            while end != -1 and end + 1 < n and sql[end + 1] == ch:
                end = sql.find(ch, end + 2)
            if end == -1:
                raise _refuse(sql, "a quote is not closed")
            body = sql[i : end + 1]
            if "?" in body:
                raise _refuse(sql, "a ? inside a quoted text (pass the value as a parameter)")
            out.append(body.replace("%", "%%"))
            i = end + 1
        elif sql.startswith("--", i) or sql.startswith("/*", i):
            end = sql.find("\n", i) if ch == "-" else sql.find("*/", i + 2)
            if end == -1 and ch == "/":
                raise _refuse(sql, "a comment is not closed")
            end = n if end == -1 else end + (0 if ch == "-" else 2)
            if "?" in sql[i:end]:
                raise _refuse(sql, "a ? inside a comment")
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        else:
            j = i
            while j < n and sql[j] not in "'\"-/":
                j += 1
            j = max(j, i + 1)
            plain = sql[i:j]
            found = _FOREIGN.search(plain)
            if found:
                raise _refuse(sql, f"{found.group(0)!r} is not a spelling the rewrite knows")
            out.append(plain.replace("%", "%%").replace("?", "%s"))
            i = j
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
