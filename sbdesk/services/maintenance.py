"""Checks an office runs: is the file sound, is its schema sbdesk's, is the audit chain
unbroken and anchored, and does every person and binding match what the audit recorded?"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..store import anchors, applications, audit, bindings, db, fileguard, pension, schema, seals
from ..store import people as people_store
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
        rows = damaged_rows(desk.conn)
        problems += rows
        try:
            problems += audit.verify(desk.conn)
            problems += seals.verify(desk.conn)
            problems += anchors.verify(desk.conn, desk.data_dir, marks)
        except sqlite3.DatabaseError as exc:  # a table the checks need is gone or unreadable
            problems.append(str(exc))
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
            "damaged": bool(damage or rows)}


def damaged_rows(conn) -> list[str]:
    """One line per row whose values sbdesk cannot have written (a BLOB for a name, a date
    that is not one), table by table; a table the check cannot read is the file's damage."""
    found: list[str] = []
    for store in (people_store, bindings, applications, pension):
        try:
            found += [exc.line() for exc in store.damaged(conn)]
        except sqlite3.DatabaseError as exc:
            found.append(str(exc))
    if len(found) > seals.REPORTED:
        found = found[:seals.REPORTED] + [f"… and {len(found) - seals.REPORTED:,} more rows"]
    return found
