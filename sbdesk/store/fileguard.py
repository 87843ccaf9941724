"""Looking at a database file before SQLite opens it, and the files that guard it.

SQLite trusts what it is given: it replays any ``-wal`` beside the file, migrates any file,
switches the journal mode of a file it is about to refuse. These checks read the raw header
(and the WAL's frame headers) without opening anything, so a foreign, newer, damaged or
mispaired file is refused while it is still untouched.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
import stat
import struct
import sys
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import portable
from ..paths import DB_NAME
from .errors import StoreError

APPLICATION_ID = 0x53424453  # "SBDS": PRAGMA application_id of every sbdesk file
MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER, FRAME_HEADER = 32, 24
TEMP_PREFIX = ".sbdesk-tmp-"  # private scratch files: <prefix><pid>-<what>
DAMAGE_SUFFIX = ".damaged"


@dataclass(frozen=True)
class Header:
    """The fields of the 100-byte database header sbdesk decides on."""

    page_size: int
    user_version: int
    application_id: int
    journal_wal: bool
    change_counter: int = 0  # bytes 24-27: where the file is in its own history (see stamp_history)


class NotADatabase(Exception):
    """The bytes are not an SQLite database (or are cut short)."""


class WalMismatch(Exception):
    """The ``-wal`` beside the file was not written for it."""


def parse_header(raw: bytes) -> Header:
    if len(raw) < 100 or raw[:16] != MAGIC:
        raise NotADatabase
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise NotADatabase
    (user_version,) = struct.unpack(">I", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    (counter,) = struct.unpack(">I", raw[24:28])
    return Header(page_size, user_version, application_id, raw[18] == 2 and raw[19] == 2, counter)


def read_header(path: Path) -> Header:
    """The header as the next reader will see it: the file's, or the newest committed copy of
    page 1 in the WAL. Raises NotADatabase or WalMismatch.

    A file this process already holds open through SQLite is asked through SQLite: its WAL
    is that connection's own, and reading the bytes with open() would drop its locks."""
    if is_held(path):
        return _header_through_sqlite(path)
    with open(path, "rb") as fh:
        raw = fh.read(100)
    header = parse_header(raw)
    size = path.stat().st_size
    if size % header.page_size:
        raise NotADatabase  # cut short or padded: not whole pages
    newest = _wal_page_one(Path(str(path) + "-wal"), header)
    return parse_header(newest) if newest else header


#: files this process opened encrypted (realpath), and how cipher.py opens one read-only: a held
#: file's header is asked through its own engine
encrypted_files: set[str] = set()
keyed_reader: Callable[[Path], Any] | None = None


def is_keyed(path: Path | str) -> bool:
    return os.path.realpath(path) in encrypted_files


def _header_through_sqlite(path: Path) -> Header:
    if keyed_reader is not None and is_keyed(path):
        conn = keyed_reader(path)
    else:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        values = [
            conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("page_size", "user_version", "application_id", "journal_mode")
        ]
    except (sqlite3.DatabaseError, StoreError) as exc:  # an encrypted file's connection raises the store's
        raise NotADatabase(str(exc)) from None
    finally:
        conn.close()
    return Header(int(values[0]), int(values[1]), int(values[2]) & 0xFFFFFFFF, str(values[3]).lower() == "wal")


def _wal_page_one(wal: Path, header: Header) -> bytes | None:
    """Check that a leftover WAL belongs to this file; return its newest committed page 1.

    A WAL carries no name of its database, so the pairing is judged by what it can show:
    the same page size, every copy of page 1 in it marked as an sbdesk file, and those
    copies continuing this file's own history (``continues``). Anything else would be
    replayed into the wrong database."""
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    if size < WAL_HEADER + FRAME_HEADER:
        return None  # empty: SQLite ignores it
    with open(wal, "rb") as fh:
        head = fh.read(WAL_HEADER)
        magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">IIIIII", head[:24])
        if magic not in WAL_MAGIC:
            return None  # not a valid WAL: SQLite ignores and resets it
        if page_size != header.page_size:
            raise WalMismatch(f"page size {page_size} in the WAL, {header.page_size} in the file")
        newest = pending = None
        counters: list[int] = []  # the change counter of each committed copy of page 1, in order
        uncommitted: list[int] = []
        offset = WAL_HEADER
        while offset + FRAME_HEADER + page_size <= size:
            fh.seek(offset)
            frame = fh.read(FRAME_HEADER)
            page, commit, f1, f2 = struct.unpack(">IIII", frame[:16])
            if (f1, f2) != (salt1, salt2):
                break  # frames of an older generation: SQLite stops here too
            if page == 1:
                pending = fh.read(100)
                uncommitted.append(struct.unpack(">I", pending[24:28])[0])
            if commit:
                counters += uncommitted
                uncommitted = []
                if pending is not None:
                    newest, pending = pending, None
            offset += FRAME_HEADER + page_size
    if newest is not None:
        frame_header = parse_header(newest)
        if (
            frame_header.application_id not in (header.application_id, APPLICATION_ID)
            or frame_header.page_size != header.page_size
        ):
            raise WalMismatch("page 1 in the WAL belongs to another database")
        if not continues(header.change_counter, counters):
            raise WalMismatch(f"page 1 in the WAL is at change {counters[0]}, the file at {header.change_counter}")
    return newest


def continues(file_counter: int, counters: list[int]) -> bool:
    """Whether page 1's copies in a WAL (their change counters, bytes 24-27, in order) can
    follow a file whose page 1 carries ``file_counter``.

    SQLite writes page 1 into the WAL with the counter it last read plus one, and a
    checkpoint copies a committed frame's page 1 into the file as it is. So the WAL's first
    copy is the file's counter or one more (a writer that had not read page 1 again since
    its own last write writes the same number again), and a file a checkpoint has reached
    carries the counter of one of the copies. Every sbdesk file starts its history at a
    random counter (``stamp_history``), so another file's WAL is off by millions."""
    if not counters:
        return True  # the WAL never wrote page 1: nothing tells (the README says so)
    first = counters[0]
    return (first - file_counter) % 2**32 in (0, 1) or file_counter in counters


def stamp_history(path: Path) -> None:
    """Start a new file's history at a random change counter (header bytes 24-27, and 92-95,
    the counter the SQLite version in 96-99 is valid for), so the file's WAL frames tell it
    from every other sbdesk file. Only for a file no connection has open: a new database
    under its temporary name, before it is linked into place."""
    counter = struct.pack(">I", 0x01000000 + int.from_bytes(os.urandom(4), "big") % 0x7E000000)
    with open(path, "r+b") as fh:
        raw = fh.read(100)
        parse_header(raw)
        fh.seek(24)
        fh.write(counter)
        if raw[92:96] == raw[24:28]:
            fh.seek(92)
            fh.write(counter)
        fh.flush()
        os.fsync(fh.fileno())


def is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return False


# -- the files this process holds open through SQLite ------------------------------------------
# On POSIX, closing *any* descriptor of a file drops *every* lock the process holds on it; the
# next sbdesk process then believes it is the file's last user and deletes the WAL under the
# open connection ("How To Corrupt An SQLite Database File", 2.2). So every connection to a
# file is registered here, and while it is open nothing else in the process opens the file or
# its -wal/-shm/-journal: the audit hook below refuses such an open() (Python code, ours or a
# library's), and the doors that take a path from a person (import, export, credential
# images, restore) ask ``is_held``/``own_file`` first, which covers C code (Qt, OpenCV) too.

SIDE_FILES = ("", "-wal", "-shm", "-journal")
_held: dict[int, str] = {}  # id(connection) -> the database file's absolute path
_held_lock = threading.RLock()  # re-entered when a collection inside it finalizes a connection
_hook_installed = False


class HeldFile(PermissionError):
    """An open() of a database file (or its -wal/-shm) that this process holds through SQLite."""


def hold(conn: sqlite3.Connection, path: Path | str) -> None:
    """Register ``conn``'s file until the connection is closed or collected."""
    global _hook_installed, _identities
    key, where = id(conn), os.path.realpath(path)
    with _held_lock:
        _held[key] = where
        _identities = (0.0, frozenset())
        if not _hook_installed:
            sys.addaudithook(_refuse_held_opens)
            _hook_installed = True
    with contextlib.suppress(TypeError):  # a plain sqlite3.Connection has no weak references: close() releases
        weakref.finalize(conn, release, key)


def release(key: int) -> None:
    global _identities
    with _held_lock:
        _held.pop(key, None)
        _identities = (0.0, frozenset())


def held_paths() -> list[str]:
    with _held_lock:
        return sorted(set(_held.values()))


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def is_held(path: str | bytes | os.PathLike) -> bool:
    """Is ``path`` (under any name, a link or a hard link included) a file that this process
    holds open through SQLite, or one of its -wal/-shm/-journal files?"""
    if not _held:
        return False
    try:
        name = os.fsdecode(path)
    except (TypeError, ValueError):
        return False
    ident = _identity(name)  # one stat: this runs on every open() of the process (imports too)
    if ident is not None:
        return ident in _held_identities()
    try:
        where = os.path.realpath(name)  # not there yet: a name SQLite would take for a side file
    except (OSError, ValueError):  # a NUL in the name, a loop of links: nothing can be opened there
        return False
    return any(where == db + suffix for db in held_paths() for suffix in SIDE_FILES)


_identities: tuple[float, frozenset[tuple[int, int]]] = (0.0, frozenset())
IDENTITIES_FOR = 0.5  # seconds a look at the held files' inodes is reused
_WAL_FILES = ("", "-wal", "-shm")  # all there while a WAL-mode connection is open


def _held_identities() -> frozenset[tuple[int, int]]:
    """The inodes of the held files and of their side files, looked at again at most every
    IDENTITIES_FOR seconds or when a connection comes or goes (a WAL keeps its inode while
    a connection is open: SQLite only truncates and rewrites it). A look that missed a
    file, a -wal or -shm SQLite had not made yet (it makes them at its first read), is not
    reused: the file it made since would pass unrefused under its own name."""
    global _identities
    at, found = _identities
    now = time.monotonic()
    if now - at > IDENTITIES_FOR:
        looked = {(db, suffix): _identity(db + suffix) for db in held_paths() for suffix in SIDE_FILES}
        found = frozenset(ident for ident in looked.values() if ident is not None)
        whole = all(looked[db, suffix] is not None for db, _ in looked for suffix in _WAL_FILES)
        _identities = (now if whole else 0.0, found)
    return found


def _refuse_held_opens(event: str, args: tuple) -> None:
    if event != "open" or not _held or not args:
        return
    target = args[0]
    if isinstance(target, (str, bytes, os.PathLike)) and is_held(target):
        raise HeldFile(errno.EACCES, "sbdesk holds this database file open through SQLite", os.fsdecode(target))


def own_file(path: Path | str, folder: Path) -> str | None:
    """What ``path`` is of sbdesk's own files in ``folder``: "database" (the file, its side
    files, a scratch copy), "backup", "log" (the logs and the audit anchors), "settings"
    (settings, lock, damage mark); None for another file. A door
    that reads or writes a file a person chose refuses these: an export over the database
    replaced it with a CSV; reading it as an import dropped the window's locks."""
    if is_held(path):
        return "database"
    try:
        target = Path(os.path.realpath(path))
        home = Path(os.path.realpath(folder))
    except (TypeError, ValueError):
        return None
    ident = _identity(str(target))
    database = home / DB_NAME
    for suffix in SIDE_FILES:
        side = Path(str(database) + suffix)
        if target == side or (ident is not None and _identity(str(side)) == ident):
            return "database"
    if target.parent == home and target.name.startswith(TEMP_PREFIX):
        return "database"  # a copy being made of it
    for sub, what in (("backups", "backup"), ("logs", "log")):
        if target.is_relative_to(home / sub):
            return what
    if target.parent == home and (target.name.startswith("sbdesk.") or target.name == "settings.ini"):
        return "settings"  # the damage mark, the window's lock, its settings
    return None


# -- the damage marker: a file known to be damaged takes no more writes ------------------------
def damage_marker(db_path: Path) -> Path:
    return Path(str(db_path) + DAMAGE_SUFFIX)


def mark_damaged(db_path: Path, problems: list[str]) -> None:
    """Remember beside the file (never in it) that a check found damage."""
    marker = damage_marker(db_path)
    with contextlib.suppress(OSError):  # a read-only folder: the check's own message still says what is wrong
        write_private(
            marker,
            json.dumps(
                {"at": datetime.now().astimezone().isoformat(timespec="seconds"), "problems": problems[:20]},
                ensure_ascii=False,
            ).encode("utf-8"),
        )


def known_damage(db_path: Path) -> str | None:
    marker = damage_marker(db_path)
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return "; ".join(str(p) for p in data.get("problems", []))[:300] or "?"
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return "?"


def clear_damage(db_path: Path) -> None:
    damage_marker(db_path).unlink(missing_ok=True)


# -- private files written whole, or not at all -------------------------------------------------
def private_folder(folder: Path) -> None:
    """Create the folder user-only, and tighten an existing one of ours that is open to others
    (the data folder and its own subfolders). A shared folder (the sticky bit, as /tmp has)
    is never tightened: run as root with --data-dir /tmp, that made /tmp 0700 for everyone."""
    make_folder(folder)
    try:
        st = folder.stat()
        if st.st_uid == portable.my_uid() and st.st_mode & 0o077 and not st.st_mode & stat.S_ISVTX:
            os.chmod(folder, 0o700)
    except OSError:
        pass


def make_folder(folder: Path) -> None:
    """Create the folder (and its parents) user-only where it is missing; an existing folder,
    one a person chose for a backup or an export, is left as it is."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def temp_path(folder: Path, what: str) -> Path:
    return folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}-{what}"


def create_temp(folder: Path, what: str) -> Path:
    """A new private file (0600, never an existing path or a link) in ``folder``."""
    path = temp_path(folder, what)
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(path, flags, 0o600))
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a 0600 temp file and rename it over ``path``."""
    temp = create_temp(path.parent, path.name)
    try:
        with open(temp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(\d+)-")


def sweep_temps(folder: Path) -> list[Path]:
    """Remove scratch files left by sbdesk processes that died (a kill mid-copy leaves a copy
    with every ID number in it); a live process's files are left alone."""
    removed: list[Path] = []
    try:
        found = list(folder.glob(TEMP_PREFIX + "*"))
    except OSError:
        return removed
    for path in found:
        m = _TEMP_NAME.match(path.name)
        if not m or _alive(int(m.group(1))):
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    return portable.pid_alive(pid)
