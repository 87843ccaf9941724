"""Checks an office runs: is the file sound, is its schema sbdesk's, is the audit chain
unbroken and anchored, and does every person and binding match what the audit recorded?"""

from __future__ import annotations

from typing import Any

from ..domain.messages import Problem
from ..store import anchors, audit, backup_files, checks, db, fileguard, schema
from ..store import people as people_store
from .desk import Desk
from .errors import InputError


def check(desk: Desk, translate=None) -> dict[str, Any]:
    """Every problem found, one line each (``translate(context, text)`` renders the ones
    that are messages). Damage found here is remembered beside the file, so no later write
    goes into it; a sound result clears an older mark."""
    path = backup_files.file_of(desk.conn)  # None on a branch server: no file to mark
    marks = anchors.collect(desk.data_dir)
    restored: anchors.Restored | None = None
    with checks.snapshot(desk.conn):
        damage = db.integrity(desk.conn)
        problems = list(damage)
        version = db.schema_version(desk.conn)
        problems += [f"schema: {p}" for p in schema.differences(desk.conn, version)]
        unread = checks.damaged_rows(desk.conn)
        problems += unread
        chain = checks.chain(desk.conn, desk.data_dir, marks)
        for found in chain.found:
            if isinstance(found, anchors.Restored):
                restored = found
                code = "check.restored_server" if path is None else "check.restored"
                message = Problem(code, row=found.row, event=found.event, anchored=found.anchored)
                problems.append(message.render(translate) if translate else message.render())
            else:
                problems.append(found)
        if chain.stopped:  # a table the checks need is gone or unreadable
            unread += [line for line in chain.named if line not in unread]
            problems += [line for line in chain.named if line not in problems]
            problems.append(chain.stopped)
        counts = db.counts(desk.conn)
        kept = people_store.count(desk.conn)  # the status bar's counter (row_counts, schema 9)
        if kept != counts["people"]:
            problems.append(f"row_counts: people {kept}, table {counts['people']}")
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
    generation = anchors.generation(desk.conn)
    anchors.record(
        desk.data_dir,
        audit.head(desk.conn),
        "restore-accepted",
        identity=anchors.identity(desk.conn),
        generation=generation,
    )
    return check(desk, translate)


def declare_restore(desk: Desk) -> dict[str, Any]:
    """The branch's administrator, right after pg_restore: record in the database that it was
    restored, at the audit head it holds now, so every desk's `check` knows its anchors past
    that head for a superseded history (store/anchors.py); an audit row says who and when. Only
    the database's owner may (no other role may write database_restores); a file is restored
    by `sbdesk restore`, which records its own restore."""
    if desk.conn.engine != "postgresql":
        raise InputError([("", Problem("restored.file"))])
    with db.transaction(desk.conn):
        head = audit.head(desk.conn)
        restore = anchors.declare(desk.conn, head)
        desk.audit("audit.restore_declared", "database", row=head[0], restore=restore)
    anchors.record(
        desk.data_dir, audit.head(desk.conn), "restored", identity=anchors.identity(desk.conn), generation=restore
    )
    return {"restore": restore, "row": head[0], "hash": head[1]}
