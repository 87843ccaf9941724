"""The SQLite half of backups and restores: reading a file's state, staging a backup in
memory, and writing it into the live file or a new one.

services/backup.py keeps the use case (what is checked first, what is kept aside, the audit
row, the messages); what needs SQLite's own calls (its backup API and its pragmas) is here,
so no service speaks to an engine. A branch server has no file: its administrator copies
and restores it with pg_dump and pg_restore.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from . import db, schema
from .connection import Connection

#: a backup staged in memory: the file's connection class without a file (no file checks)
Staged = db.Connection


class NotRestorable(Exception):
    """A backup that cannot be put in place; the text says why (SQLite's words, or what its
    check found), for the service's message."""


class Unreadable(NamedTuple):
    """Why a file could not be read: ``damaged`` is SQLite's (or sbdesk's) verdict on the file
    itself; otherwise the disk or a lock stopped the read and the file may be sound."""

    damaged: bool
    reason: str
    error: db.StoreError | None


def file_of(conn: Connection) -> Path | None:
    """The data folder's file a connection holds; None on a branch server, which has no file
    to copy, restore, or mark as damaged."""
    return Path(conn.path) if conn.engine == "sqlite" else None


def examine(path: Path, deep: bool) -> tuple[int, list[str]] | Unreadable:
    """(schema version, problems) of a file, read without changing it (db.inspect), or why it
    could not be read: only SQLite's own verdict calls it damaged, never a full disk."""
    try:
        return db.inspect(path, deep)
    except sqlite3.DatabaseError as exc:
        if db.is_damage(exc):
            return Unreadable(True, str(exc), None)
        error = db.translate_error(exc, path)
        return Unreadable(isinstance(error, db.DatabaseCorrupt), str(exc), error)
    except OSError as exc:
        return Unreadable(False, exc.strerror or str(exc), db.disk_error(exc, path))


def stage(source: Path) -> Staged:
    """``source`` copied into memory through SQLite's backup API (read-only: a backup is
    never changed), its pages and schema checked and migrated to this sbdesk's. Nothing
    touches the disk, so a kill leaves no copy of everyone's ID numbers behind. Raises
    NotRestorable with what was found."""
    mem = db.plain(":memory:")
    mem.row_factory = sqlite3.Row
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            src.backup(mem)
        finally:
            src.close()
        rows = [r[0] for r in mem.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise NotRestorable("; ".join(rows[:3]))
        version = mem.execute("PRAGMA user_version").fetchone()[0]
        differences = schema.differences(mem, version)
        if differences:  # an extra trigger or view would run on the restored data
            raise NotRestorable("; ".join(differences[:3]))
        mem.execute("PRAGMA foreign_keys = ON")
        db.migrate(mem, version)
    except (sqlite3.DatabaseError, db.StoreError) as exc:
        mem.close()
        raise NotRestorable(str(exc.__cause__ or exc)) from None
    except BaseException:
        mem.close()
        raise
    return mem


def overwrite(staged: Staged, live: db.Connection, target: Path, aside: Path) -> Path | None:
    """Write ``staged`` into the live file ``target`` in one write transaction, keeping what it held at
    ``aside``; None when there was nothing to keep (a one-page file is no sbdesk database).

    The backup API's first step takes the live file's write lock and holds it to the end;
    only then is the current data copied aside (through a second connection, which sees the
    last committed state). So no other process can commit between the copy and the
    restore: its write is either in the copy or waits and lands in the restored file."""
    reader = db.connect(target)
    kept: list[Path] = []

    def step(status: int, remaining: int, total: int) -> None:
        if not kept and status == 0:  # SQLITE_OK after the first page: the lock is ours
            kept.append(db.backup(reader, aside))

    try:
        staged.backup(live, pages=1, progress=step)
    except sqlite3.Error as exc:  # the backup API is no cursor: its failure is the store's error too
        if isinstance(exc, sqlite3.ProgrammingError):
            raise
        raise db.translate_error(exc, target) from exc
    finally:
        reader.close()
    return kept[0] if kept else None


def write_new(staged: Staged, temp: Path, target: Path) -> None:
    """``staged`` written whole into the new file ``temp`` (nobody else has it open), in WAL
    mode as the data folder's file is. SQLite's failures are raised as the StoreError they
    are, named by ``target``, the file the person knows."""
    try:
        out = sqlite3.connect(temp)
        try:
            staged.backup(out)
            out.execute("PRAGMA journal_mode = WAL")
        finally:
            out.close()
    except sqlite3.Error as exc:
        raise db.translate_error(exc, target) from None
