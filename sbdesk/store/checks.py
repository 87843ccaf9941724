"""The reads of Check database (services/maintenance.py) that need the engine: its one
snapshot, and the rows and chains read while a query may stop on text that is not UTF-8.

A query the engine cannot finish is a finding here, named in the check's words, never a
traceback: the service only gathers the lines, in the order a person reads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from . import anchors, applications, audit, bindings, pension, rows, seals
from . import people as people_store
from .errors import DatabaseCorrupt


@contextmanager
def snapshot(conn) -> Iterator[None]:
    """One read transaction around the whole check, rolled back after it: everything read
    is one state, so a restore or another desk's write meanwhile is not a finding."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


def damaged_rows(conn) -> list[str]:
    """One line per row whose values sbdesk cannot have written (a BLOB for a name, a date
    that is not one), table by table; a table the check cannot read is the file's damage."""
    found: list[str] = []
    for store, table in (
        (people_store, "people"),
        (bindings, "bindings"),
        (applications, "applications"),
        (pension, "contributions"),
    ):
        try:
            found += [exc.line() for exc in store.damaged(conn)]
        except (rows.DamagedText, DatabaseCorrupt) as exc:
            # text that is not UTF-8 stops sqlite3's whole query: those rows are found as bytes
            named = [e.line() for e in rows.undecodable(conn, table)] if _not_utf8(exc) else []
            found += named or [_unreadable(exc)]
    if len(found) > seals.REPORTED:
        found = found[: seals.REPORTED] + [f"… and {len(found) - seals.REPORTED:,} more rows"]
    return found


class Chain(NamedTuple):
    """What the audit chain, the seals and the anchors showed. ``stopped`` is the line for a
    query that could not finish ("" when all was read); ``named`` the rows whose text is not
    UTF-8, found as bytes when that is what stopped it."""

    found: list[str | anchors.Restored]
    named: list[str]
    stopped: str


def chain(conn, folder: Path, marks: list[anchors.Anchor]) -> Chain:
    """The audit chain, the seals over the rows, and the anchors kept beside the data, in
    that order; a table they need that is gone or unreadable ends the reading with a line."""
    found: list[str | anchors.Restored] = []
    try:
        found += audit.verify(conn)
        found += seals.verify(conn)
        found += anchors.verify(conn, folder, marks)
    except (rows.DamagedText, DatabaseCorrupt) as exc:
        if not _not_utf8(exc):
            return Chain(found, [], _unreadable(exc))
        # the seals read every row: a text that is not UTF-8 stopped them
        named = [e.line() for table in ("people", "bindings") for e in rows.undecodable(conn, table)]
        return Chain(found, named, _unreadable(exc))
    return Chain(found, [], "")


def _not_utf8(exc: Exception) -> bool:
    return isinstance(exc, rows.DamagedText)


def _unreadable(exc: Exception) -> str:
    """A check line for a query that failed: SQLite's words, but never the text it could
    not decode (part of a name)."""
    return (
        "a row is not readable text (UTF-8); the rows are named above" if _not_utf8(exc) else str(exc.__cause__ or exc)
    )
