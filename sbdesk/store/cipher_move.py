"""Turning a data folder's files encrypted or plain, so that a kill at any moment loses nothing.

Every file (the database and each backup) is first converted into a private temporary file
beside it with SQLCipher's own ``sqlcipher_export``, checked (SQLite's integrity_check, the
same rows in every table, the same schema version), and renamed to ``<name>.encrypting`` or
``<name>.decrypting``. Only when every copy is there and checked is ``commit()`` called: the
services write or remove the folder's protection.json there, the one point of no return.
Then each copy replaces its file. A kill before the commit leaves the old files as they were
(the copies are removed at the next start: ``resume``); a kill after it leaves checked copies
that the next start puts in place. While it runs, the database is held in rollback-journal
mode with its write lock taken: no other process can write to the file being copied.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..paths import DB_NAME
from . import cipher, fileguard, sqlite_engine
from .errors import DatabaseLocked, StoreError

Progress = Callable[[str, int, int], None]
ENCRYPTING, DECRYPTING = ".encrypting", ".decrypting"
LOCK = ".sbdesk-converting"  # held (flock) for a whole conversion and by every resume


class Busy(Exception):
    """Another process is converting this folder now."""


@contextmanager
def _converting(folder: Path) -> Iterator[None]:
    """The folder's conversion lock, or Busy at once. A lock of its own file (flock on
    POSIX, msvcrt's on Windows), never of the database's: closing it drops nothing of
    SQLite's, and the system frees it when a kill ends the holder."""
    fileguard.private_folder(folder)
    fd = os.open(folder / LOCK, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise Busy from None
        yield
    finally:
        os.close(fd)


class Unverified(StoreError):
    """A converted copy did not hold what its file holds; nothing was changed."""

    code = "db.convert_unverified"


def _files(folder: Path) -> list[Path]:
    """The database and every backup, the database first."""
    found = [folder / DB_NAME] if (folder / DB_NAME).is_file() else []
    backups = folder / "backups"
    if backups.is_dir():
        found += sorted(p for p in backups.glob("*.db") if p.is_file() and not p.is_symlink())
    return found


def _counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608 - its own names


def _convert(source: Path, secret: bytes, encrypt: bool, wal: bool) -> Path:
    """``source`` into a new checked file beside it (encrypted or plain); returns its path."""
    temp = fileguard.create_temp(source.parent, source.name)
    try:
        return _checked_copy(source, temp, secret, encrypt, wal)
    except StoreError as exc:  # said of the file itself (a damaged backup), not of the scratch copy
        raise type(exc)(source, **{k: v for k, v in exc.params.items() if k != "path"}) from None


def _checked_copy(source: Path, temp: Path, secret: bytes, encrypt: bool, wal: bool) -> Path:
    try:
        if encrypt:
            out = cipher.connect(temp, secret)
            src = cipher.unkeyed(source, read_only=True)
            out.execute("ATTACH DATABASE ? AS other KEY ''", (str(source.resolve()),))
            out.execute("SELECT sqlcipher_export('main', 'other')").fetchone()
            out.execute("DETACH DATABASE other")
            new = out
        else:
            src = cipher.connect(source, secret, read_only=True)
            src.execute("ATTACH DATABASE ? AS other KEY ''", (str(temp),))
            src.execute("SELECT sqlcipher_export('other')").fetchone()
            src.execute("DETACH DATABASE other")
            new = cipher.unkeyed(temp)
        try:
            version, app_id = (src.execute(f"PRAGMA {p}").fetchone()[0] for p in ("user_version", "application_id"))
            new.execute(f"PRAGMA user_version = {int(version)}")
            new.execute(f"PRAGMA application_id = {int(app_id)}")
            new.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
            if [r[0] for r in new.execute("PRAGMA integrity_check")] != ["ok"] or _counts(new) != _counts(src):
                raise Unverified(source)
        finally:
            new.close()
            src.close()
            fileguard.encrypted_files.discard(os.path.realpath(temp))
        done = Path(str(source) + (ENCRYPTING if encrypt else DECRYPTING))
        os.replace(temp, done)
        return done
    except BaseException:
        for suffix in fileguard.SIDE_FILES:
            Path(str(temp) + suffix).unlink(missing_ok=True)
        raise


def _hold(path: Path, encrypted: bool, secret: bytes):
    """The database in rollback-journal mode with its write lock: switching out of WAL needs
    every other connection closed (else DatabaseLocked), and the lock keeps writers out
    until the copies replace it. Every connection of the conversion is SQLCipher's, the
    plain ones too: two SQLite libraries in one process do not share their POSIX locks, and
    one closing the file would drop the other's."""
    conn = cipher.connect(path, secret, timeout=0.2) if encrypted else cipher.unkeyed(path, timeout=0.2)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise DatabaseLocked(path)
        conn.execute("BEGIN IMMEDIATE")
    except sqlite_engine.Errors + (StoreError,) as exc:
        conn.close()
        raise exc if isinstance(exc, StoreError) else DatabaseLocked(path) from None
    return conn


def _move(folder: Path, secret: bytes, encrypt: bool, commit: Callable[[], None], progress: Progress | None) -> None:
    database = folder / DB_NAME
    if fileguard.is_held(database):  # this process's own desk: its locks would not stop the switch below
        raise DatabaseLocked(database)
    try:
        with _converting(folder):
            _resume(folder, protected=not encrypt)  # an earlier run's leftovers first
            _convert_all(folder, secret, encrypt, commit, progress)
    except Busy:
        raise DatabaseLocked(database) from None


def _convert_all(
    folder: Path, secret: bytes, encrypt: bool, commit: Callable[[], None], progress: Progress | None
) -> None:
    database = folder / DB_NAME
    # the headers are read before the lock is taken: closing a file drops this process's locks on it
    files = [(path, cipher.is_encrypted(path)) for path in _files(folder)]
    held = _hold(database, files[0][1], secret) if files and files[0][0] == database else None
    try:
        made: list[tuple[Path, Path]] = []
        try:
            for n, (path, encrypted) in enumerate(files):
                if encrypted == encrypt:
                    continue  # already as wanted (a copy a person brought in, a resumed run)
                if progress:
                    progress("copy", n, len(files))
                made.append((_convert(path, secret, encrypt, wal=path == database), path))
            commit()
        except BaseException:  # nothing changed: no copy stays (a decryption's are plain)
            for done, _path in made:
                done.unlink(missing_ok=True)
            raise
        for done, path in made:
            os.replace(done, path)
            if encrypt:
                fileguard.encrypted_files.add(os.path.realpath(path))
            else:
                fileguard.encrypted_files.discard(os.path.realpath(path))
        if progress:
            progress("done", len(files), len(files))
    finally:
        if held is not None:
            held.close()  # the lock of the file that was replaced; no -journal is left


def encrypt_folder(folder: Path, secret: bytes, commit: Callable[[], None], progress: Progress | None = None) -> None:
    """The folder's plain database and backups made encrypted with ``secret`` (see the module)."""
    _move(Path(folder), secret, True, commit, progress)


def decrypt_folder(folder: Path, secret: bytes, commit: Callable[[], None], progress: Progress | None = None) -> None:
    """The folder's encrypted database and backups made plain (see the module)."""
    _move(Path(folder), secret, False, commit, progress)


def kept_aside(folder: Path) -> list[Path]:
    """Plain database files a repair kept beside the database (``sbdesk.db.<why>-<when>``,
    a damaged file moved aside by a restore): a conversion cannot vouch for a damaged file,
    and leaving it would leave the data readable. Empty ones hold nothing."""
    found = []
    for path in sorted(folder.glob(DB_NAME + ".*")):
        name = path.name
        if name.endswith((ENCRYPTING, DECRYPTING, "-wal", "-shm", "-journal")) or not path.is_file():
            continue
        wal = Path(str(path) + "-wal")
        if path.stat().st_size == 0 and not (wal.is_file() and wal.stat().st_size):
            continue
        if not cipher.is_encrypted(path):
            found.append(path)
    return found


def leftovers(folder: Path) -> list[Path]:
    """The copies a killed conversion left (cheap: two folder listings, no lock)."""
    found: list[Path] = []
    for where in (folder, folder / "backups"):
        for suffix in (ENCRYPTING, DECRYPTING):
            try:
                found += where.glob("*.db" + suffix)
            except OSError:
                continue
    return found


def resume(folder: Path, protected: bool) -> None:
    """After a kill: checked copies of a committed conversion are put in place (encrypted ones
    when the folder is protected, plain ones when it is not); the others are removed. Nothing
    is done while another process converts the folder (its copies are its own), nor when a
    database connection of this process holds the file."""
    folder = Path(folder)
    if not leftovers(folder) or fileguard.is_held(folder / DB_NAME):
        return
    try:
        with _converting(folder):
            _resume(folder, protected)
    except Busy:
        return


def _resume(folder: Path, protected: bool) -> None:
    for done in leftovers(folder):
        suffix = ENCRYPTING if done.name.endswith(ENCRYPTING) else DECRYPTING
        target = Path(str(done)[: -len(suffix)])
        if (suffix == ENCRYPTING) == protected:
            os.replace(done, target)
            for side in ("-wal", "-shm", "-journal"):  # the old file's, never the copy's
                Path(str(target) + side).unlink(missing_ok=True)
        else:
            done.unlink()
