"""The store's errors, on their own so that every store module (the SQLite file, the
server, their error translation) can raise them without importing db.py back."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every database problem; ``code`` names its message in domain.messages."""

    code = "db.corrupt"
    bad_input = False  # True: the request was refused (the CLI's exit 2), the database is sound

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


class DiskError(StoreError):
    """The disk would not read or write (and is not full): not a verdict on the file."""

    code = "db.io"


class DatabaseMissing(StoreError):
    """No database where backups show there was one: never re-created silently."""

    code = "db.missing"


class DatabaseEmpty(StoreError):
    """A zero-byte (or schema-less) file where data was expected: damage."""

    code = "db.empty"


class NoDatabase(StoreError):
    """A command that only reads was pointed at a folder with no database."""

    code = "db.none"


class ForeignDatabase(StoreError):
    code = "db.foreign"


class ForeignWal(StoreError):
    code = "db.wal_foreign"


class KnownDamage(StoreError):
    """A check found the file damaged; it takes no writes until it is restored."""

    code = "db.damaged"


class Refused(StoreError):
    """One of the database's own rules (a unique key, a check, a trigger) refused a write the
    services let through: nothing was saved. Both engines raise it; ``detail`` says which rule
    by its name or code, never in the engine's English."""

    code = "db.refused"
    bad_input = True  # the CLI's exit code 2: the request was refused, the database is sound


class Interrupted(StoreError):
    """Work ended by ``stop_when`` or ``cancel_statement`` (a job the person cancelled)."""

    code = "db.interrupted"


class KeyNeeded(StoreError):
    """The file is encrypted and this process was given no key for its folder."""

    code = "db.key_needed"
    bad_input = True


class WrongKey(StoreError):
    """The key given does not open the encrypted file (or the file is not a database)."""

    code = "db.key_wrong"
    bad_input = True


class NoCipher(StoreError):
    """The file is encrypted and this build of sbdesk has no SQLCipher to open it with."""

    code = "db.no_cipher"
