"""Encrypted data folders: the same SQL on SQLCipher 4 (``sqlcipher3``), chosen per file.

A folder's files (the database, its WAL, every backup; images and PDFs are rows in it) are
encrypted with the folder's 48-byte *secret*: a raw 256-bit key and a 128-bit salt, given as
``PRAGMA key = "x'…'"`` so no key derivation runs per open (0.3 ms, not PBKDF2's 0.2 s on
every connection a job opens). The first 112 bytes of page 1 stay plain
(``cipher_plaintext_header_size``): the 100-byte SQLite header holds no personal data and lets
fileguard read page size, schema version and application id, and pair a WAL, before
connecting, as it does for a plain file. Byte 20 of that header (the bytes each page reserves)
tells an encrypted file (80: its IV and HMAC) from a plain one (0).

A plain folder never imports ``sqlcipher3`` (start-up pays nothing); sqlite3 stays its engine.
The secret is held in this process's memory only (``use_key``); services/keys.py finds it.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import Any

from ..paths import DB_NAME
from . import fileguard, sqlite_engine
from .errors import DatabaseCorrupt, KeyNeeded, NoCipher, StoreError, WrongKey

SECRET_BYTES = 48
PLAIN_HEADER = 112  # a multiple of 16: the SQLite header and page 1's b-tree header, no rows
RESERVED = 80  # bytes SQLCipher 4 reserves per page (IV 16 + HMAC-SHA512 64)

_keys: dict[str, bytes] = {}
_lock = threading.Lock()
_engine: Any = None  # (module, Connection class) once an encrypted file was opened


def _folder_key(folder: Path) -> str:
    return str(Path(folder).resolve())


def available() -> bool:
    """Whether this sbdesk can open encrypted folders (its build has SQLCipher)."""
    try:
        _classes()
    except ImportError:
        return False
    return True


def new_secret() -> bytes:
    return os.urandom(SECRET_BYTES)


def use_key(folder: Path, secret: bytes | None) -> None:
    """Every connection this process opens to a file in ``folder`` (or its backups) uses
    ``secret``; None forgets it."""
    if secret is not None and len(secret) != SECRET_BYTES:
        raise ValueError("a folder's secret is 48 bytes")
    with _lock:
        if secret is None:
            _keys.pop(_folder_key(folder), None)
        else:
            _keys[_folder_key(folder)] = bytes(secret)


def has_key(folder: Path) -> bool:
    return _folder_key(folder) in _keys


def key_for(path: Path | str) -> bytes | None:
    """The secret of the folder a file is in: the data folder's own, or its backups'."""
    path = Path(path).resolve()
    for folder in (path.parent, path.parent.parent):
        secret = _keys.get(str(folder))
        if secret is not None:
            return secret
    return None


def is_encrypted(path: Path) -> bool:
    """Whether a database file's plain header says it is encrypted. Only for a file this
    process does not hold open (reading it would drop SQLite's locks); False for a file that
    is not there or is no SQLite file at all (its own check says what it is)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(21)
    except OSError:
        return False
    return len(raw) == 21 and raw[:16] == fileguard.MAGIC and raw[20] == RESERVED


def _classes() -> tuple[Any, type]:
    """sqlcipher3's module and the store's connection class on it, made on first use; its
    errors join the ones the store catches."""
    global _engine
    if _engine is None:
        import sqlcipher3.dbapi2 as sqlcipher  # type: ignore[import-untyped]

        class CipherCursor(sqlite_engine.CursorFace, sqlcipher.Cursor):
            _next_row = sqlcipher.Cursor.__next__

        class CipherConnection(sqlite_engine.ConnectionFace, sqlcipher.Connection):
            """SQLCipher's connection to an encrypted file, with the file's face."""

            encrypted = True
            _cursor_class = CipherCursor

        sqlite_engine.DatabaseErrors += (sqlcipher.DatabaseError,)
        sqlite_engine.Errors += (sqlcipher.Error,)
        sqlite_engine.ProgrammingErrors += (sqlcipher.ProgrammingError,)
        sqlite_engine.IntegrityErrors += (sqlcipher.IntegrityError,)
        _engine = (sqlcipher, CipherConnection)
        fileguard.keyed_reader = lambda path: connect(path, key_for(path), read_only=True)
    return _engine


def _keyed_cursor(raw: Any, secret: bytes | None) -> Any:
    """A cursor of SQLCipher's own on ``raw`` (not the store's: a key is never part of an
    error or a log), its log lines off (they go to stderr: "hmac check failed"), then the
    key and the plain header's size, the first statements SQLCipher must see. None: a plain
    file opened through SQLCipher (the conversions)."""
    cursor = _classes()[0].Connection.cursor(raw)
    cursor.execute("PRAGMA cipher_log_level = NONE")
    if secret is not None:
        cursor.execute(f"PRAGMA key = \"x'{secret.hex()}'\"")
        cursor.execute(f"PRAGMA cipher_plaintext_header_size = {PLAIN_HEADER}")
    return cursor


def _keyed(raw: Any, secret: bytes, where: Path | str) -> None:
    """The key first (SQLCipher reads nothing before it), then the plain header's size; the
    first read proves the key (a wrong one reads as "not a database")."""
    module = _classes()[0]
    cursor = _keyed_cursor(raw, secret)
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        raw.close()
        # a wrong key reads page 1 as noise: "not a database" or "malformed schema" (SQLCipher
        # cannot tell a wrong key from a damaged first page: both fail its HMAC)
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (sqlite_engine.SQLITE_NOTADB, sqlite_engine.SQLITE_CORRUPT):
            # but the folder's own key is told by the pages it still opens: then it is damage
            if key_for(where) == secret and verifies(where, secret):
                raise DatabaseCorrupt(where) from None
            raise WrongKey(where) from None
        raise sqlite_engine.translate_error(exc, where) from None


def verifies(path: Path | str, secret: bytes) -> bool:
    """Whether ``secret`` is the key of a file that does not open: some of its pages pass
    SQLCipher's HMAC check (a wrong key fails every page; a damaged first page fails one).
    Reads the whole file: only for a file that failed to open, never for a typed password."""
    if str(path) == ":memory:":
        return False
    module = _classes()[0]
    raw = module.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        cursor = _keyed_cursor(raw, secret)
        page = int(cursor.execute("PRAGMA cipher_page_size").fetchone()[0])
        failed = len(cursor.execute("PRAGMA cipher_integrity_check").fetchall())
        pages = os.stat(path).st_size // page
        return pages > 1 and failed < pages
    except (module.Error, OSError, ValueError, TypeError):
        return False
    finally:
        raw.close()


def _hot_journal(path: Path | str) -> bool:
    """A rollback journal beside a file that is there (a writing open would make a missing one)."""
    try:
        return str(path) != ":memory:" and os.stat(f"{path}-journal").st_size > 0 and os.stat(path).st_size > 0
    except OSError:
        return False


def connect(path: Path | str, secret: bytes | None, *, read_only: bool = False, timeout: float = 5.0) -> Any:
    """An encrypted file (or a new one, made encrypted) as the store's connection; raises
    KeyNeeded without a secret, WrongKey when it does not open the file, NoCipher on a build
    without SQLCipher."""
    if secret is None:
        raise KeyNeeded(path)
    try:
        module, factory = _classes()
    except ImportError:
        raise NoCipher(path) from None
    if read_only and _hot_journal(path):
        # a writer killed mid-transaction (a conversion's switch out of WAL): only a writing
        # connection rolls its journal back; a read-only one fails on it for ever
        with contextlib.suppress(StoreError):
            connect(path, secret).close()
    target = Path(path).resolve().as_uri() + "?mode=ro" if read_only and str(path) != ":memory:" else str(path)
    raw = module.connect(
        target,
        uri=target.startswith("file:"),
        isolation_level=None,
        timeout=timeout,
        check_same_thread=False,
        factory=factory,
    )
    raw.path = Path(path)
    _keyed(raw, secret, path)
    if str(path) != ":memory:":
        fileguard.encrypted_files.add(os.path.realpath(path))
    return raw


def unkeyed(path: Path | str, *, read_only: bool = False, timeout: float = 5.0) -> Any:
    """SQLCipher's module on a plain file (no key: plain SQLite), for the conversions, whose
    connections must all come from one SQLite library (see cipher_move)."""
    module = _classes()[0]
    target = Path(path).resolve().as_uri() + "?mode=ro" if read_only else str(path)
    raw = module.connect(target, uri=read_only, isolation_level=None, timeout=timeout, check_same_thread=False)
    _keyed_cursor(raw, None)
    return raw


def wanted(path: Path) -> bool:
    """Whether ``db.connect`` opens ``path`` encrypted: a file this process already holds
    keeps its engine; a new or empty file is made encrypted in a folder with a key; any
    other file says so in its header."""
    if fileguard.is_keyed(path):
        return True
    if fileguard.is_held(path):
        return False
    try:
        empty = Path(path).stat().st_size == 0
    except OSError:
        empty = True
    return key_for(path) is not None if empty else is_encrypted(path)


def row_class() -> Any:
    """SQLCipher's Row (sqlite3.Row takes only sqlite3's cursors)."""
    return _classes()[0].Row


def opens_with(folder: Path, secret: bytes) -> bool:
    """Whether ``secret`` opens the folder's database (nothing is registered or changed)."""
    try:
        conn = connect(Path(folder) / DB_NAME, secret, read_only=True)
    except WrongKey:
        return False
    conn.close()
    return True
