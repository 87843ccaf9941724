"""Opening the one SQLite file safely: permissions, pragmas, migrations, transactions.

Every failure a clerk can meet (another program holds the file, the file is damaged or
newer than this program, the disk is full) becomes a typed ``StoreError`` so the edges
can show one translated sentence instead of a traceback.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from . import cipher, fileguard, schema, seals, sqlite_engine
from .connection import Connection as AnyConnection
from .errors import (  # noqa: F401 - the store's errors, re-exported for the services
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseLocked,
    DatabaseMissing,
    DiskError,
    DiskFull,
    ForeignDatabase,
    ForeignWal,
    Interrupted,
    KeyNeeded,
    KnownDamage,
    NoCipher,
    NoDatabase,
    ReadOnly,
    Refused,
    SchemaTooNew,
    StoreError,
    WrongKey,
)
from .fileguard import APPLICATION_ID
from .migrate import LATEST, Initialise, migrate, migrations  # noqa: F401 - db.migrations() stays the way in
from .sqlite_engine import (  # noqa: F401 - the file's engine, re-exported: db is the way in
    FULL_CHECK_PAGES,
    QUICK_CHECK_PAGES,
    Connection,
    Cursor,
    FileVerdict,
    check_before_writes,
    disk_error,
    disk_full,
    is_damage,
    plain,
    store_error,
    translate_error,
)

BUSY_TIMEOUT_MS = 5000


def _create_private(path: Path) -> None:
    """Create the file (and its folder) readable by the user only, before SQLite touches it."""
    fileguard.private_folder(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def connect(path: Path) -> Connection:
    """A connection in autocommit mode; writes go through ``transaction()``. An encrypted
    file (or a new one in a folder with a key) opens through SQLCipher (cipher.py)."""
    if cipher.wanted(Path(path)):
        conn: Connection = cipher.connect(path, cipher.key_for(path), timeout=BUSY_TIMEOUT_MS / 1000)
        row = cipher.row_class()
    else:
        conn = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, factory=Connection
        )
        row = sqlite3.Row
    conn.path = Path(path)
    fileguard.hold(conn, path)
    conn.row_factory = row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cell_size_check = ON")  # a damaged page read is an error, not a write
    # deleted content (a purged picture, a deleted person) overwritten, never left in free
    # pages: Debian's SQLite does it by default, python.org's Windows build and SQLCipher don't
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def newest_backup(backup_dir: Path) -> Path | None:
    try:
        found = [p for p in backup_dir.glob("*.db") if p.is_file()]
    except OSError:
        return None
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def open_database(
    path: Path | str, backup_dir: Path | str | None = None, *, create: bool = True, initialise: Initialise | None = None
) -> Connection:
    """Open an sbdesk database, migrating it (a copy is made first); create it if new.

    Everything that could refuse the file is decided before SQLite writes to it: a missing
    file where backups exist, an empty file, another program's file, a mispaired WAL, a
    newer schema. A new file is built whole under a temporary name (schema, regions via
    ``initialise``) and linked into place, so no other process ever sees it half made."""
    path = Path(path)
    backups = Path(backup_dir or path.parent / "backups")
    try:
        if path.parent.exists():
            fileguard.private_folder(path.parent)
            fileguard.sweep_temps(path.parent)
            fileguard.sweep_temps(backups)
        if not path.exists():
            newest = newest_backup(backups)
            if newest is not None:
                raise DatabaseMissing(path, backup=str(newest))
            if not create:
                raise NoDatabase(path)
            _create_whole(path, initialise)
        elif fileguard.is_empty(path):
            raise DatabaseEmpty(path, backup=str(newest_backup(backups) or "-"))
        header = fileguard.read_header(path)
    except fileguard.NotADatabase as exc:
        raise DatabaseCorrupt(path) from exc
    except fileguard.WalMismatch as exc:
        raise ForeignWal(path, detail=str(exc)) from exc
    except OSError as exc:  # the folder is a file, read-only, or the disk is full
        raise (DiskFull(path) if exc.errno == errno.ENOSPC else ReadOnly(path)) from exc
    if header.application_id not in (0, APPLICATION_ID):
        raise ForeignDatabase(path)
    if header.user_version > LATEST:  # before anything is written, even the journal mode
        raise SchemaTooNew(path, found=header.user_version, known=LATEST)
    try:
        conn = connect(path)
        if header.application_id == 0:
            _check_legacy(conn, path, header.user_version)
        _wal_mode(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite_engine.DatabaseErrors as exc:
        raise translate_error(exc, path) from exc
    if version > LATEST:
        conn.close()
        raise SchemaTooNew(path, found=version, known=LATEST)
    if version < LATEST:
        try:
            backup(conn, backups / _backup_name(path, version))
            migrate(conn, version)
        except sqlite_engine.Errors + (StoreError,) as exc:  # the cursor already raises the store's errors
            conn.close()
            if isinstance(exc, StoreError):
                raise
            raise translate_error(exc, path) from exc
        except OSError as exc:
            conn.close()
            raise (DiskFull(path) if exc.errno == errno.ENOSPC else ReadOnly(path)) from exc
    try:
        seals.track(conn)
    except sqlite_engine.Errors + (StoreError,) as exc:
        conn.close()
        if isinstance(exc, StoreError):
            raise
        raise translate_error(exc, path) from exc
    return conn


def _check_legacy(conn: Connection, path: Path, version: int) -> None:
    """A file without sbdesk's mark is migrated only if it is an older sbdesk file: an sbdesk
    schema version with exactly that version's tables. Anything else is another program's."""
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        conn.close()
        raise (ForeignDatabase(path) if tables else DatabaseEmpty(path, backup="-"))
    if version < LATEST and schema.differences(conn, version):
        conn.close()
        raise ForeignDatabase(path)


def _wal_mode(conn: Connection, path: Path) -> None:
    """Switch to WAL (a file sbdesk made is WAL already); another process holding the file
    makes the switch wait, never turns into 'damaged'."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() == "wal":
            return
        if time.monotonic() > deadline:
            conn.close()
            raise DatabaseLocked(path)
        time.sleep(0.05)


def _create_whole(path: Path, initialise: Initialise | None) -> None:
    """Build a new database under a private temporary name and link it into place; when
    another process got there first, its file is used and ours dropped."""
    fileguard.private_folder(path.parent)
    temp = fileguard.create_temp(path.parent, "new.db")
    try:
        conn = connect(temp)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, 0)
            if initialise is not None:
                initialise(conn)
            # folded into the file here, where a failure is raised: close() would fold it too but
            # says nothing when the disk is full, and the file linked below would be cut short
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise DatabaseLocked(path)
        finally:
            conn.close()
        fileguard.stamp_history(temp)  # its own history: another file's WAL is told apart
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another first start won; its file is as whole as ours
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(temp, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(temp) + suffix).unlink(missing_ok=True)


@contextmanager
def transaction(conn: AnyConnection) -> Iterator[AnyConnection]:
    """One use case = one transaction: everything inside commits together or not at all.

    Called inside another transaction it joins it, so use cases compose (the 亲情服务 adds a
    person and a binding in its own single transaction). Otherwise it is the engine's own
    write transaction (``writing()``: the file checked before a connection's first write,
    the server's write lock)."""
    if conn.in_transaction:
        yield conn
        return
    with conn.writing():
        yield conn


def _backup_name(path: Path, version: int) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{path.stem}-schema{version}-{stamp}.db"


def backup(conn: AnyConnection | sqlite3.Connection, dest: Path | str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and other readers),
    written to a private temporary file beside ``dest`` and renamed into place, so a full disk
    or a kill never leaves a partial or empty copy under a backup's name. A copy of an
    encrypted file is encrypted with the same key, wherever it is written."""
    source: Any = conn  # sqlite3's or SQLCipher's connection (a server's is refused here)
    if not isinstance(conn, sqlite3.Connection | sqlite_engine.ConnectionFace):
        raise TypeError("a branch server is copied by its administrator (pg_dump), not by sbdesk")
    dest = Path(dest)
    if dest.exists() or dest.is_symlink():
        dest = dest.with_name(f"{dest.stem}-{time.monotonic_ns()}{dest.suffix}")
    fileguard.make_folder(dest.parent)  # a folder a person chose keeps its mode (the copy itself is 0600)
    fileguard.sweep_temps(dest.parent)
    temp = fileguard.create_temp(dest.parent, dest.name)
    try:
        encrypted = isinstance(conn, sqlite_engine.ConnectionFace) and conn.encrypted
        target = cipher.connect(temp, cipher.key_for(source.path)) if encrypted else sqlite3.connect(temp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(temp, dest)
    except BaseException as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(temp) + suffix).unlink(missing_ok=True)
        if isinstance(exc, sqlite_engine.Errors) and not isinstance(exc, sqlite_engine.ProgrammingErrors):
            # the backup API is no cursor: its failure (a full disk) is the store's error too
            raise translate_error(exc, dest) from exc
        raise
    return dest


def integrity(conn: AnyConnection) -> list[str]:
    """What the engine's own checks find; empty when sound. In the file: page damage and
    broken foreign keys; on the server: its constraints and the audit log's triggers."""
    return conn.integrity()


def is_server(conn: AnyConnection) -> bool:
    """Is this a branch database on PostgreSQL (store/server.py) rather than the SQLite file?"""
    return conn.engine == "postgresql"


def counts(conn: AnyConnection) -> dict[str, int]:
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - table names from the literal tuple
        for t in ("people", "bindings", "regions", "audit")
    }


def schema_version(conn: AnyConnection) -> int:
    return conn.schema_version()


def _whole(path: Path, page_size: int) -> None:
    """The file holds every page its header counts (when that count is valid: bytes 92-95
    equal the change counter, bytes 24-27); a file cut short raises DatabaseError."""
    with open(path, "rb") as fh:
        raw = fh.read(100)
    changes, pages, valid_for = (int.from_bytes(raw[i : i + 4], "big") for i in (24, 28, 92))
    if pages and valid_for == changes and path.stat().st_size < pages * page_size:
        raise FileVerdict("database disk image is malformed (the file is cut short)")


def inspect(path: Path, deep: bool) -> tuple[int, list[str]]:
    """(schema version, problems) of a file, read without changing it; raises
    sqlite3.DatabaseError when it is not a readable sbdesk database. ``deep`` runs
    integrity_check; otherwise the header, the schema, and the first and last pages of each
    table (it used to count each table's rows: a full scan of every index on every start,
    half a second cold at a million people).

    The file's own bytes (header, length) are read before connecting, and only when no
    connection of this process holds it: then SQLite reads it (integrity_check reads every
    page, so a file cut short still shows)."""
    path = Path(path)
    held = fileguard.is_held(path)
    try:
        header = fileguard.read_header(path)
        if not held:
            _whole(path, header.page_size)
    except (fileguard.NotADatabase, fileguard.WalMismatch) as exc:
        raise FileVerdict(str(exc) or "file is not a database") from None
    if header.application_id not in (0, APPLICATION_ID):
        raise FileVerdict("not an sbdesk database")
    if cipher.wanted(path):  # its cursor raises the store's errors: damage is FileVerdict's kin below
        try:
            conn = cipher.connect(path, cipher.key_for(path), read_only=True)
        except DatabaseCorrupt as exc:  # its key, and a first page that fails its check
            raise FileVerdict(str(exc)) from None
    else:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)  # sqlite3's errors: FileVerdict's kin
    fileguard.hold(conn, path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")] if deep else ["ok"]
        for table in ("people", "bindings", "audit"):  # a page cut off the end cannot be read
            for end in ("min", "max"):  # one each: SQLite walks to an end only for a lone min() or max()
                conn.execute(f"SELECT {end}(rowid) FROM {table}").fetchone()  # noqa: S608 - names from literals
    except DatabaseCorrupt as exc:
        raise FileVerdict(str(exc.__cause__ or exc)) from None
    finally:
        conn.close()
        fileguard.release(id(conn))
    return version, [] if rows == ["ok"] else rows
