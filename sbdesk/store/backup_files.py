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

from . import cipher, db, schema, sqlite_engine
from .connection import Connection

#: a backup staged in memory: the file's connection class without a file (no file checks)
Staged = db.Connection


class NotRestorable(Exception):
    """A backup that cannot be put in place; the text says why (SQLite's words, or what its
    check found), for the service's message."""


class OtherKey(NotRestorable):
    """An encrypted backup that the folder's key (or its lack of one) cannot read."""


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
    except (db.KeyNeeded, db.WrongKey, db.NoCipher) as exc:  # the file may be sound: it is not ours to read
        return Unreadable(False, exc.code, exc)
    except sqlite_engine.DatabaseErrors as exc:
        if db.is_damage(exc):
            return Unreadable(True, str(exc), None)
        error = db.translate_error(exc, path)
        return Unreadable(isinstance(error, db.DatabaseCorrupt), str(exc), error)
    except OSError as exc:
        return Unreadable(False, exc.strerror or str(exc), db.disk_error(exc, path))


def stage(source: Path, secret: bytes | None = None) -> Staged:
    """``source`` copied into memory through SQLite's backup API (read-only: a backup is
    never changed), its pages and schema checked and migrated to this sbdesk's. Nothing
    touches the disk, so a kill leaves no copy of everyone's ID numbers behind. With the
    folder's ``secret`` the copy in memory is keyed like the folder's file (SQLCipher copies
    pages only between files of one key), and a plain backup is encrypted on the way in.
    Raises NotRestorable with what was found."""
    encrypted = cipher.is_encrypted(source)
    if encrypted and secret is None:
        raise OtherKey(str(source))
    try:
        mem = cipher.connect(":memory:", secret) if secret else db.plain(":memory:")
    except db.StoreError as exc:
        raise NotRestorable(str(exc)) from None
    mem.row_factory = cipher.row_class() if secret else sqlite3.Row
    try:
        if secret and not encrypted:  # a plain copy into a keyed folder: SQLCipher's own export
            mem.execute("ATTACH DATABASE ? AS plain KEY ''", (str(source.resolve()),))
            mem.execute("SELECT sqlcipher_export('main', 'plain')").fetchone()
            version = mem.execute("PRAGMA plain.user_version").fetchone()[0]
            mem.execute("DETACH DATABASE plain")
            mem.execute(f"PRAGMA user_version = {int(version)}")
            mem.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
        else:
            try:
                src = (
                    cipher.connect(source, secret, read_only=True)
                    if secret
                    else sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
                )
            except db.WrongKey:
                raise OtherKey(str(source)) from None
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
    except sqlite_engine.DatabaseErrors + (db.StoreError,) as exc:
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
    except sqlite_engine.Errors as exc:  # the backup API is no cursor: its failure is the store's error too
        if isinstance(exc, sqlite_engine.ProgrammingErrors):
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
        out = cipher.connect(temp, cipher.key_for(target)) if staged.encrypted else sqlite3.connect(temp)
        try:
            staged.backup(out)
            out.execute("PRAGMA journal_mode = WAL")
        finally:
            out.close()
    except sqlite_engine.Errors as exc:
        raise db.translate_error(exc, target) from None
