"""Checks an office runs: is the file sound, is its schema sbdesk's, is the audit chain
unbroken and anchored, and does every person and binding match what the audit recorded?"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..store import anchors, applications, audit, bindings, db, fileguard, pension, schema, seals
from ..store import people as people_store
from ..store import rows
from .desk import Desk


def check(desk: Desk) -> dict[str, Any]:
    """Every problem found, one line each. Damage found here is remembered beside the file,
    so no later write goes into it; a sound result clears an older mark."""
    path = desk.conn.path if isinstance(desk.conn, db.Connection) else None
    marks = anchors.collect(desk.data_dir)
    desk.conn.execute("BEGIN")  # one snapshot: a restore or a write meanwhile is not a finding
    try:
        damage = db.integrity(desk.conn)
        problems = list(damage)
        version = db.schema_version(desk.conn)
        problems += [f"schema: {p}" for p in schema.differences(desk.conn, version)]
        unread = damaged_rows(desk.conn)
        problems += unread
        try:
            problems += audit.verify(desk.conn)
            problems += seals.verify(desk.conn)
            problems += anchors.verify(desk.conn, desk.data_dir, marks)
        except sqlite3.DatabaseError as exc:  # a table the checks need is gone or unreadable
            if _not_utf8(exc):  # the seals read every row: a text that is not UTF-8 stopped them
                named = [e.line() for table in ("people", "bindings") for e in rows.undecodable(desk.conn, table)]
                unread += [line for line in named if line not in unread]
                problems += [line for line in named if line not in problems]
            problems.append(_unreadable(exc))
        counts = db.counts(desk.conn)
        kept = people_store.count(desk.conn)  # the status bar's counter (row_counts, schema 9)
        if kept != counts["people"]:
            problems.append(f"row_counts: people {kept}, table {counts['people']}")
    finally:
        desk.conn.execute("ROLLBACK")
    if path is not None:
        if damage:
            fileguard.mark_damaged(path, damage)
        elif fileguard.known_damage(path):
            fileguard.clear_damage(path)
    return {"ok": not problems, "problems": problems, "counts": counts, "schema": version,
            "damaged": bool(damage or unread)}


def damaged_rows(conn) -> list[str]:
    """One line per row whose values sbdesk cannot have written (a BLOB for a name, a date
    that is not one), table by table; a table the check cannot read is the file's damage."""
    found: list[str] = []
    for store, table in ((people_store, "people"), (bindings, "bindings"), (applications, "applications"),
                         (pension, "contributions")):
        try:
            found += [exc.line() for exc in store.damaged(conn)]
        except sqlite3.DatabaseError as exc:
            # text that is not UTF-8 stops sqlite3's whole query: those rows are found as bytes
            named = [e.line() for e in rows.undecodable(conn, table)] if _not_utf8(exc) else []
            found += named or [_unreadable(exc)]
    if len(found) > seals.REPORTED:
        found = found[:seals.REPORTED] + [f"… and {len(found) - seals.REPORTED:,} more rows"]
    return found


def _not_utf8(exc: Exception) -> bool:
    return "decode" in str(exc).lower()


def _unreadable(exc: Exception) -> str:
    """A check line for a query that failed: SQLite's words, but never the text it could
    not decode (part of a name)."""
    return "a row is not readable text (UTF-8); the rows are named above" if _not_utf8(exc) else str(exc)
