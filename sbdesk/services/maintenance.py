"""Checks an office runs: is the file sound, is its schema sbdesk's, is the audit chain
unbroken and anchored, and does every person and binding match what the audit recorded?"""

from __future__ import annotations

from typing import Any

from ..domain.messages import Problem
from ..store import anchors, applications, audit, bindings, db, fileguard, pension, rows, schema, seals
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
        unread = damaged_rows(desk.conn)
        problems += unread
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
        except (rows.DamagedText, db.DatabaseCorrupt) as exc:  # a table the checks need is gone or unreadable
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
    return {
        "ok": not problems,
        "problems": problems,
        "counts": counts,
        "schema": version,
        "restored": None
        if restored is None
        else {"row": restored.row, "event": restored.event, "anchored": restored.anchored},
        # on a branch server its integrity findings (a check turned off, a broken constraint) are
        # edits made behind sbdesk's back, not a damaged file: exit 1; damaged rows still 3
        "damaged": bool((damage and path is not None) or unread),
    }


def accept_restore(desk: Desk, translate=None) -> dict[str, Any]:
    """A person says the earlier state ``check`` found is a restore they meant (pg_restore of
    an older dump, a file put back): an audit row records who accepted which state, and an
    anchor line starts the database's history again from it. Nothing else found is hidden."""
    report = check(desk, translate)
    found = report["restored"]
    if found is None:
        raise InputError([("", Problem("check.no_restore"))])
    with db.transaction(desk.conn):
        desk.audit(
            "audit.restore_accepted", "database", row=found["row"], anchored=found["anchored"], anchor=found["event"]
        )
    anchors.record(desk.data_dir, audit.head(desk.conn), "restore-accepted", identity=anchors.identity(desk.conn))
    return check(desk, translate)


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
        except (rows.DamagedText, db.DatabaseCorrupt) as exc:
            # text that is not UTF-8 stops sqlite3's whole query: those rows are found as bytes
            named = [e.line() for e in rows.undecodable(conn, table)] if _not_utf8(exc) else []
            found += named or [_unreadable(exc)]
    if len(found) > seals.REPORTED:
        found = found[: seals.REPORTED] + [f"… and {len(found) - seals.REPORTED:,} more rows"]
    return found


def _not_utf8(exc: Exception) -> bool:
    return isinstance(exc, rows.DamagedText)


def _unreadable(exc: Exception) -> str:
    """A check line for a query that failed: SQLite's words, but never the text it could
    not decode (part of a name)."""
    return "a row is not readable text (UTF-8); the rows are named above" if _not_utf8(exc) else str(exc.__cause__ or exc)
