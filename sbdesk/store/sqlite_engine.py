"""The SQLite engine of the store: the data folder's file behind connection.Connection.

``Connection`` is sqlite3's connection with the face both engines share (engine, writing(),
integrity(), stop_when …) and a cursor that raises the store's errors (``store_error``):
nothing above the store meets sqlite3's exceptions, as nothing meets psycopg's. db.py opens
the file (permissions, pragmas, migrations); server.py is the PostgreSQL twin.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, overload

from ..domain.messages import Problem
from . import fileguard
from .connection import Connection as AnyConnection
from .connection import Engine
from .errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DiskError,
    DiskFull,
    Interrupted,
    KnownDamage,
    ReadOnly,
    Refused,
    StoreError,
)
from .rows import DamagedText, not_utf8

_C = TypeVar("_C", bound=sqlite3.Cursor)


class FileVerdict(sqlite3.DatabaseError):
    """sbdesk's own verdict on a file's bytes (not an sbdesk database, cut short, a WAL of
    another file): damage, as SQLITE_CORRUPT is."""


# SQLite's primary result codes that name what a person can act on (sqlite.org/rescode.html)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_INTERRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 9, 13, 14, 26
NEARLY_FULL = 1024 * 1024  # free bytes below which an I/O failure is the disk being full


def translate_error(exc: Exception, path: Path | str) -> StoreError:
    """Map sqlite3's exceptions onto what a person can act on. Only SQLite's own verdict
    (SQLITE_CORRUPT, SQLITE_NOTADB) calls the file damaged: a full disk makes every write of
    the WAL or its index fail with an I/O error, and calling that damage once offered to
    replace a sound file with a backup."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    text = str(exc).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return DatabaseLocked(path)
    if code == SQLITE_FULL or "full" in text or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and disk_full(path)):
        return DiskFull(path)
    if (
        code in (SQLITE_READONLY, SQLITE_CANTOPEN)
        or "readonly" in text
        or "read-only" in text
        or "unable to open" in text
    ):
        return ReadOnly(path)
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return DiskError(path)
    return DatabaseCorrupt(path)


def disk_full(path: Path | str) -> bool:
    """Is the disk that holds ``path`` (a file or a folder) full, or nearly?"""
    where = Path(path) if path else Path.cwd()
    for folder in (where, *where.parents):
        try:
            info = os.statvfs(folder)
        except (OSError, AttributeError):  # not there (yet), or Windows
            continue
        return info.f_bavail * info.f_frsize < NEARLY_FULL
    return False


def disk_error(exc: OSError, path: Path | str) -> StoreError:
    """An OSError while reading or writing the database: the disk full (by its errno, or by
    the space left when the error says less), else the disk would not read or write."""
    return DiskFull(path) if exc.errno == errno.ENOSPC or disk_full(path) else DiskError(path)


#: the DB-API errors of the file's engines: sqlite3's, and SQLCipher's once an encrypted file
#: was opened (cipher.py adds them; ``except`` reads the tuple when an error is raised)
DatabaseErrors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
Errors: tuple[type[Exception], ...] = (sqlite3.Error,)
ProgrammingErrors: tuple[type[Exception], ...] = (sqlite3.ProgrammingError,)
IntegrityErrors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)


class CursorFace:
    """The cursor of either engine module raising the store's errors (``store_error``): the
    SQLite half of the seam, so nothing above the store meets sqlite3's exceptions."""

    where: Path

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        try:
            return super().execute(sql, parameters)  # type: ignore[misc]
        except DatabaseErrors as exc:
            raise store_error(exc, self.where) from exc

    def executemany(self, sql: str, seq: Iterable[Any], /) -> Cursor:
        try:
            return super().executemany(sql, seq)  # type: ignore[misc]
        except DatabaseErrors as exc:
            raise store_error(exc, self.where) from exc

    def fetchone(self) -> Any:
        try:
            return super().fetchone()  # type: ignore[misc]
        except DatabaseErrors as exc:
            raise store_error(exc, self.where) from exc

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size)  # type: ignore[misc]
        except DatabaseErrors as exc:
            raise store_error(exc, self.where) from exc

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()  # type: ignore[misc]
        except DatabaseErrors as exc:
            raise store_error(exc, self.where) from exc

    def __next__(self) -> Any:  # once per row: sqlite3's own method, not super()'s lookup (a third of the cost)
        try:
            return self._next_row()  # type: ignore[attr-defined]
        except DatabaseErrors as exc:
            raise store_error(exc, self.where) from exc


class Cursor(CursorFace, sqlite3.Cursor):
    """sqlite3's cursor with the store's errors."""

    _next_row = sqlite3.Cursor.__next__


class ConnectionFace:
    """The data folder's file (connection.Connection's SQLite half) on either engine module:
    it knows its file and whether it was checked before its first write; while it is open,
    its file is registered as held (fileguard.hold). Its statements raise the store's errors,
    never the module's. ``Connection`` is sqlite3's; cipher.py makes SQLCipher's twin."""

    engine: Engine = "sqlite"
    encrypted = False
    _cursor_class: type = Cursor
    in_transaction: bool  # the module's connection's own
    row_factory: Any
    url = ""  # a branch server's address; the file has none
    user: str | None = None  # the operator is the name the clerk gave (server.Connection: its sign-in)
    path: Path
    write_checked: bool = False

    @overload
    def cursor(self, factory: None = None) -> Cursor: ...

    @overload
    def cursor(self, factory: Callable[[sqlite3.Connection], _C]) -> _C: ...

    def cursor(self, factory: Callable[[sqlite3.Connection], Any] | None = None) -> Any:
        made = super().cursor(factory or self._cursor_class)  # type: ignore[misc]
        made.where = self.path
        return made

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq: Iterable[Any], /) -> Cursor:
        return self.cursor().executemany(sql, seq)

    def close(self) -> None:
        try:
            super().close()  # type: ignore[misc]
        finally:
            fileguard.release(id(self))

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write use case: the file checked before the connection's first write, then
        BEGIN IMMEDIATE (SQLite's one writer at a time). Damage met on the way is remembered
        beside the file, so no later write goes into it."""
        if not self.write_checked:
            check_before_writes(self)
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self  # type: ignore[misc]
            self.execute("COMMIT")
        except BaseException as exc:
            if self.in_transaction:
                self.execute("ROLLBACK")
            if isinstance(exc, StoreError) and is_damage(exc.__cause__):  # SQLite's own verdict only
                fileguard.mark_damaged(self.path, [str(exc.__cause__)])
            raise

    def stop_when(self, stop: Callable[[], bool] | None) -> None:
        """Long work ends with Interrupted once ``stop()`` is true: SQLite asks it every
        10,000 steps (server.Connection's twin, so a job never asks which engine it has)."""
        self.set_progress_handler(stop, 10_000)  # type: ignore[attr-defined]

    def cancel_statement(self) -> None:
        """End the statement running now (with Interrupted); any thread may call it."""
        self.interrupt()  # type: ignore[attr-defined]

    def integrity(self) -> list[str]:
        """Problems SQLite itself finds: page damage and broken foreign keys."""
        rows = [r[0] for r in self.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in self.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent}")
        return problems

    def schema_version(self) -> int:
        return int(self.execute("PRAGMA user_version").fetchone()[0])


class Connection(ConnectionFace, sqlite3.Connection):
    """sqlite3's connection to the data folder's plain file."""


def store_error(exc: Exception, path: Path | str) -> Exception:
    """sqlite3's exception as the store's: a rule that refused a write is Refused (as the
    server's is), a stopped statement Interrupted, text that is not UTF-8 DamagedText, the
    rest what translate_error makes of it. A program's mistake (ProgrammingError: a closed
    connection, a wrong number of parameters) stays what it is: a bug to fix, not a state
    of the database."""
    if isinstance(exc, ProgrammingErrors):
        return exc
    if isinstance(exc, IntegrityErrors):
        name = getattr(exc, "sqlite_errorname", None) or "SQLITE_CONSTRAINT"
        refused = Refused(path, detail=Problem("db.why.code", state=name))
        refused.args = (f"{refused.code}: {exc}",)  # SQLite's words for the log, never for the clerk
        return refused
    if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == SQLITE_INTERRUPT:
        return Interrupted(path)
    column = not_utf8(exc)
    if column is not None:
        return DamagedText(column)
    return translate_error(exc, path)


# Before a connection's first write the file is checked as far as stays fast. Measured on
# the 2-core development machine (shared, loaded): integrity_check 25 ms for 398 pages (3,500
# people) and 133 ms for 1,617; quick_check 13 ms and 125 ms; on 1,000,000 people (66,000
# pages) 19 s and 5.8 s. So small files get the full check, middle ones the quick one, and
# a large file relies on the damage mark (left by the window's background check, `sbdesk
# check`, and any damage met while working) plus cell_size_check, which makes a damaged
# page that a write reads fail loudly: 0.1 ms (5 ms cold) at a million people.
FULL_CHECK_PAGES = 512
QUICK_CHECK_PAGES = 1024


def check_before_writes(conn: AnyConnection) -> None:
    """Refuse to write into a file known or found to be damaged (raises KnownDamage); a
    server keeps its own pages."""
    if not isinstance(conn, Connection):
        return
    path = conn.path
    known = fileguard.known_damage(path)
    if known:
        raise KnownDamage(path, detail=known)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    pragma = "integrity_check" if pages <= FULL_CHECK_PAGES else "quick_check" if pages <= QUICK_CHECK_PAGES else None
    if pragma:
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        except StoreError as exc:
            if not is_damage(exc.__cause__):  # busy, or out of memory: not a verdict on the file
                raise
            rows = [str(exc.__cause__)]
        if rows != ["ok"]:
            fileguard.mark_damaged(path, rows)
            raise KnownDamage(path, detail="; ".join(rows[:3]))
    conn.write_checked = True


def is_damage(exc: BaseException | None) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB, or sbdesk's own verdict: the file itself is broken."""
    if not isinstance(exc, Errors):
        return False
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return isinstance(exc, FileVerdict) or code in (SQLITE_CORRUPT, SQLITE_NOTADB)


def plain(where: Path | str, *, read_only: bool = False) -> Connection:
    """The file's face on a database that is not the data folder's: an in-memory one (the
    schema to compare with, a backup staged before it is written) or a backup read as it is.
    No pragmas, no hold, no check before writing: none of them is the live file."""
    target = Path(where).resolve().as_uri() + "?mode=ro" if read_only else str(where)
    conn = sqlite3.connect(target, uri=read_only, isolation_level=None, check_same_thread=False, factory=Connection)
    conn.path = Path(where)
    conn.write_checked = True
    return conn
