"""Checks an office runs: is the file sound, is its schema sbdesk's, is the audit chain
unbroken and anchored, and does every person and binding match what the audit recorded?"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..domain.messages import Problem
from ..store import anchors, audit, db, fileguard, schema, seals
from ..store import people as people_store
from .desk import Desk
from .errors import InputError


def check(desk: Desk, translate=None) -> dict[str, Any]:
    """Every problem found, one line each (``translate(context, text)`` renders the ones
    that are messages). Damage found here is remembered beside the file, so no later write
    goes into it; a sound result clears an older mark."""
    path = desk.conn.path if isinstance(desk.conn, db.Connection) else None
    marks = anchors.collect(desk.data_dir)
    restored: anchors.Restored | None = None
    desk.conn.execute("BEGIN")  # one snapshot: a restore or a write meanwhile is not a finding
    try:
        damage = db.integrity(desk.conn)
        problems = list(damage)
        version = db.schema_version(desk.conn)
        problems += [f"schema: {p}" for p in schema.differences(desk.conn, version)]
        try:
            problems += audit.verify(desk.conn)
            problems += seals.verify(desk.conn)
            for found in anchors.verify(desk.conn, desk.data_dir, marks):
                if isinstance(found, anchors.Restored):
                    restored = found
                    message = Problem("check.restored", row=found.row, event=found.event, anchored=found.anchored)
                    problems.append(message.render(translate) if translate else message.render())
                else:
                    problems.append(found)
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
            "restored": None if restored is None else
            {"row": restored.row, "event": restored.event, "anchored": restored.anchored}}


def accept_restore(desk: Desk, translate=None) -> dict[str, Any]:
    """A person says the earlier state ``check`` found is a restore they meant (pg_restore of
    an older dump, a file put back): an audit row records who accepted which state, and an
    anchor line starts the database's history again from it. Nothing else found is hidden."""
    report = check(desk, translate)
    found = report["restored"]
    if found is None:
        raise InputError([("", Problem("check.no_restore"))])
    with db.transaction(desk.conn):
        desk.audit("audit.restore_accepted", "database", row=found["row"], anchored=found["anchored"],
                   anchor=found["event"])
    anchors.record(desk.data_dir, audit.head(desk.conn), "restore-accepted", identity=anchors.identity(desk.conn))
    return check(desk, translate)
