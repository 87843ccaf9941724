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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from . import fileguard, schema, seals
from .errors import (
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseLocked,
    DatabaseMissing,
    DiskError,
    DiskFull,
    ForeignDatabase,
    ForeignWal,
    KnownDamage,
    NoDatabase,
    ReadOnly,
    SchemaTooNew,
    StoreError,
)
from .fileguard import APPLICATION_ID
from .migrate import LATEST, Initialise, migrate, migrations  # noqa: F401 - db.migrations() stays the way in

BUSY_TIMEOUT_MS = 5000


class FileVerdict(sqlite3.DatabaseError):
    """sbdesk's own verdict on a file's bytes (not an sbdesk database, cut short, a WAL of
    another file): damage, as SQLITE_CORRUPT is."""


# SQLite's primary result codes that name what a person can act on (sqlite.org/rescode.html)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
NEARLY_FULL = 1024 * 1024  # free bytes below which an I/O failure is the disk being full


def translate_error(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """Map sqlite3's exceptions onto what a person can act on. Only SQLite's own verdict
    (SQLITE_CORRUPT, SQLITE_NOTADB) calls the file damaged: a full disk makes every write of
    the WAL or its index fail with an I/O error, and calling that damage once offered to
    replace a sound file with a backup. A branch server's refusal carries its own
    (store/pg_errors.py): never the data folder's file called damaged."""
    refused = getattr(exc, "refused", None)
    if isinstance(refused, StoreError):
        return refused
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


class Connection(sqlite3.Connection):
    """A connection that knows its file and whether it was checked before its first write;
    while it is open, its file is registered as held (fileguard.hold)."""

    path: Path
    write_checked: bool = False

    def close(self) -> None:
        try:
            super().close()
        finally:
            fileguard.release(id(self))

    def stop_when(self, stop: Callable[[], bool] | None) -> None:
        """Long work ends with "interrupted" once ``stop()`` is true: SQLite asks it every
        10,000 steps (server.Connection's twin, so a job never asks which engine it has)."""
        self.set_progress_handler(stop, 10_000)

    def cancel_statement(self) -> None:
        """End the statement running now; any thread may call it."""
        self.interrupt()


def _create_private(path: Path) -> None:
    """Create the file (and its folder) readable by the user only, before SQLite touches it."""
    fileguard.private_folder(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def connect(path: Path) -> Connection:
    """A connection in autocommit mode; writes go through ``transaction()``."""
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, factory=Connection
    )
    conn.path = Path(path)
    fileguard.hold(conn, path)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cell_size_check = ON")  # a damaged page read is an error, not a write
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
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    if version > LATEST:
        conn.close()
        raise SchemaTooNew(path, found=version, known=LATEST)
    if version < LATEST:
        try:
            backup(conn, backups / _backup_name(path, version))
            migrate(conn, version)
        except sqlite3.Error as exc:
            conn.close()
            raise translate_error(exc, path) from exc
        except OSError as exc:
            conn.close()
            raise (DiskFull(path) if exc.errno == errno.ENOSPC else ReadOnly(path)) from exc
    try:
        seals.track(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    return conn


def _check_legacy(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """A file without sbdesk's mark is migrated only if it is an older sbdesk file: an sbdesk
    schema version with exactly that version's tables. Anything else is another program's."""
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        conn.close()
        raise (ForeignDatabase(path) if tables else DatabaseEmpty(path, backup="-"))
    if version < LATEST and schema.differences(conn, version):
        conn.close()
        raise ForeignDatabase(path)


def _wal_mode(conn: sqlite3.Connection, path: Path) -> None:
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
        finally:
            conn.close()  # the last connection folds the WAL into the file
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


# Before a connection's first write the file is checked as far as stays fast. Measured on
# the 2-core development machine (shared, loaded): integrity_check 25 ms for 398 pages (3,500
# people) and 133 ms for 1,617; quick_check 13 ms and 125 ms; on 1,000,000 people (66,000
# pages) 19 s and 5.8 s. So small files get the full check, middle ones the quick one, and
# a large file relies on the damage mark (left by the window's background check, `sbdesk
# check`, and any damage met while working) plus cell_size_check, which makes a damaged
# page that a write reads fail loudly: 0.1 ms (5 ms cold) at a million people.
FULL_CHECK_PAGES = 512
QUICK_CHECK_PAGES = 1024


def check_before_writes(conn: sqlite3.Connection) -> None:
    """Refuse to write into a file known or found to be damaged (raises KnownDamage)."""
    path = Path(getattr(conn, "path", "") or _path_of(conn))
    known = fileguard.known_damage(path)
    if known:
        raise KnownDamage(path, detail=known)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    pragma = "integrity_check" if pages <= FULL_CHECK_PAGES else "quick_check" if pages <= QUICK_CHECK_PAGES else None
    if pragma:
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):  # busy, or out of memory: not a verdict on the file
                raise translate_error(exc, path) from exc
            rows = [str(exc)]
        if rows != ["ok"]:
            fileguard.mark_damaged(path, rows)
            raise KnownDamage(path, detail="; ".join(rows[:3]))
    if isinstance(conn, Connection):
        conn.write_checked = True


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One use case = one transaction: everything inside commits together or not at all.

    Called inside another transaction it joins it, so use cases compose (the 亲情服务 adds a
    person and a binding in its own single transaction). The first write of a connection
    checks the file first (``check_before_writes``)."""
    if conn.in_transaction:
        yield conn
        return
    if is_server(conn):  # the server's own write lock (store/server.py)
        with conn.writing():  # type: ignore[attr-defined]
            yield conn
        return
    path = _path_of(conn)
    if not getattr(conn, "write_checked", True):
        check_before_writes(conn)
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
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
            if is_damage(exc) and path:  # only SQLite's own verdict, never a program's mistake
                fileguard.mark_damaged(Path(path), [str(exc)])
            raise translate_error(exc, path) from exc
        raise


def is_server(conn) -> bool:
    """Is this a branch database on PostgreSQL (store/server.py) rather than the SQLite file?"""
    return getattr(conn, "engine", "sqlite") == "postgresql"


def is_damage(exc: sqlite3.Error) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB, or sbdesk's own verdict: the file itself is broken."""
    return isinstance(exc, FileVerdict) or (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (
        SQLITE_CORRUPT,
        SQLITE_NOTADB,
    )


def _path_of(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row else ""


def _backup_name(path: Path, version: int) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{path.stem}-schema{version}-{stamp}.db"


def backup(conn: sqlite3.Connection, dest: Path | str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and other readers),
    written to a private temporary file beside ``dest`` and renamed into place, so a full disk
    or a kill never leaves a partial or empty copy under a backup's name."""
    dest = Path(dest)
    if dest.exists() or dest.is_symlink():
        dest = dest.with_name(f"{dest.stem}-{time.monotonic_ns()}{dest.suffix}")
    fileguard.make_folder(dest.parent)  # a folder a person chose keeps its mode (the copy itself is 0600)
    fileguard.sweep_temps(dest.parent)
    temp = fileguard.create_temp(dest.parent, dest.name)
    try:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(temp, dest)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(temp) + suffix).unlink(missing_ok=True)
        raise
    return dest


def integrity(conn: sqlite3.Connection) -> list[str]:
    """Problems SQLite itself finds: page damage and broken foreign keys. Empty when sound.
    On the server: its constraints and the audit log's triggers (server.integrity)."""
    if is_server(conn):
        from . import server

        return server.integrity(conn)  # type: ignore[arg-type]
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    problems = [] if rows == ["ok"] else rows
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid}: missing {parent}")
    return problems


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - table names from the literal tuple
        for t in ("people", "bindings", "regions", "audit")
    }


def schema_version(conn: sqlite3.Connection) -> int:
    if is_server(conn):
        from . import server

        return server.schema_version(conn)  # type: ignore[arg-type]
    return conn.execute("PRAGMA user_version").fetchone()[0]


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
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, factory=Connection)
    fileguard.hold(conn, path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")] if deep else ["ok"]
        for table in ("people", "bindings", "audit"):  # a page cut off the end cannot be read
            for end in ("min", "max"):  # one each: SQLite walks to an end only for a lone min() or max()
                conn.execute(f"SELECT {end}(rowid) FROM {table}").fetchone()  # noqa: S608 - names from literals
    finally:
        conn.close()
    return version, [] if rows == ["ok"] else rows
