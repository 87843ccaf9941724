"""Opening the one SQLite file safely: permissions, pragmas, migrations, transactions.

Every failure a clerk can meet (another program holds the file, the file is damaged or
newer than this program, the disk is full) becomes a typed ``StoreError`` so the edges
can show one translated sentence instead of a traceback.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """Base of every database problem; ``code`` names its message in domain.messages."""

    code = "db.corrupt"

    def __init__(self, path: Path | str = "", **params) -> None:
        super().__init__(f"{self.code}: {path}")
        self.path = str(path)
        self.params = {"path": str(path), **params}


class DatabaseCorrupt(StoreError):
    code = "db.corrupt"


class SchemaTooNew(StoreError):
    code = "db.too_new"


class DatabaseLocked(StoreError):
    code = "db.locked"


class DiskFull(StoreError):
    code = "db.disk_full"


class ReadOnly(StoreError):
    code = "db.readonly"


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for each file ``NNNN_name.sql``, in order."""
    folder = resources.files("sbdesk.store") / "migrations"
    found = sorted((int(f.name[:4]), f.read_text(encoding="utf-8"))
                   for f in folder.iterdir() if f.name.endswith(".sql"))
    return found


LATEST = migrations()[-1][0]


def translate_error(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """Map sqlite3's exceptions onto what a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(path)
    if "full" in text:
        return DiskFull(path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnly(path)
    return DatabaseCorrupt(path)


def _create_private(path: Path) -> None:
    """Create the file (and its folder) readable by the user only, before SQLite touches it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; writes go through ``transaction()``."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_database(path: Path | str, backup_dir: Path | str | None = None) -> sqlite3.Connection:
    """Open (creating if new) and migrate; a copy is made before any migration of old data."""
    path = Path(path)
    try:
        is_new = not path.exists() or path.stat().st_size == 0
        if is_new:
            _create_private(path)
    except OSError as exc:  # the folder is a file, read-only, or the disk is full
        raise (DiskFull(path) if exc.errno == 28 else ReadOnly(path)) from exc
    try:
        conn = connect(path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise DatabaseCorrupt(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not is_new:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    if version > LATEST:
        conn.close()
        raise SchemaTooNew(path, found=version, known=LATEST)
    if version < LATEST:
        if version > 0:
            backup(conn, Path(backup_dir or path.parent / "backups") / _backup_name(path, version))
        try:
            migrate(conn, version)
        except sqlite3.Error as exc:
            conn.close()
            raise translate_error(exc, path) from exc
    return conn


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Apply each newer migration atomically together with its user_version."""
    from .name_key import name_key  # 0009 fills people.name_key with it
    conn.create_function("name_key", 1, name_key, deterministic=True)
    for version, sql in migrations():
        if version <= current:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _statements(sql: str) -> Iterator[str]:
    """Split a script into complete statements (triggers hold semicolons of their own)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One use case = one transaction: everything inside commits together or not at all.

    Called inside another transaction it joins it, so use cases compose (the 亲情服务 adds a
    person and a binding in its own single transaction)."""
    if conn.in_transaction:
        yield conn
        return
    path = _path_of(conn)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            raise translate_error(exc, path) from exc
        raise


def _path_of(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row else ""


def _backup_name(path: Path, version: int) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{path.stem}-schema{version}-{stamp}.db"


def backup(conn: sqlite3.Connection, dest: Path | str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and other readers)."""
    dest = Path(dest)
    if dest.exists():
        dest = dest.with_name(f"{dest.stem}-{time.monotonic_ns()}{dest.suffix}")
    _create_private(dest)
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest


def integrity(conn: sqlite3.Connection) -> list[str]:
    """Problems SQLite itself finds: page damage and broken foreign keys. Empty when sound."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    problems = [] if rows == ["ok"] else rows
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid}: missing {parent}")
    return problems


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - table names from the literal tuple
            for t in ("people", "bindings", "regions", "audit")}


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def inspect(path: Path, deep: bool) -> tuple[int, list[str]]:
    """(schema version, integrity problems) of a file opened read-only; raises
    sqlite3.DatabaseError when it is not a readable database. ``deep`` runs integrity_check;
    otherwise the header, the schema and each table's index pages are read."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")] if deep else ["ok"]
        for table in ("people", "bindings", "audit"):
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - table names from the literal tuple
    finally:
        conn.close()
    return version, [] if rows == ["ok"] else rows


def copy_into(source: Path, target: Path) -> None:
    """Copy a database file through SQLite's backup API into a new private file."""
    _create_private(target)
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
