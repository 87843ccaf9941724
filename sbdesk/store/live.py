"""Hearing what other desks wrote: the audit rows after the last one seen, and each engine's
wake-up on a connection of its own.

Every write appends one audit row, so "what changed since row N" reads the same on both
engines. Only the wake-up differs: on the server a trigger NOTIFYs ``sbdesk_audit`` at each
append's commit (migrations/postgresql/0017) and the listener's session LISTENs, its socket
watched by the window; on the file, ``PRAGMA data_version`` moves when another connection
commits (asked of SQLite, which opens nothing: store/fileguard.py). Both read the audit table
only: a thousand-row import is one row, one reload.
"""

from __future__ import annotations

from collections import deque
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from .connection import Connection
from .errors import StoreError

CHANNEL = "sbdesk_audit"
LIMIT = 500  # rows read at a time; more since the last look means "reload everything" anyway

#: hashes of the audit rows this process appended (store/audit.py notes each): a window's own
#: writes were reloaded by the tab that made them, so hearing them again is skipped. A hash,
#: not an id: on the file the id of a write that rolled back is given to the next one.
_OURS: deque[str] = deque(maxlen=4096)


def note_ours(digest: str) -> None:
    _OURS.append(digest)


def ours(digest: str) -> bool:
    return digest in _OURS


@dataclass(frozen=True)
class Entry:
    """One audit row as a listener needs it."""

    id: int
    action: str
    subject: str
    ours: bool  # appended by this process


def head_id(conn: Connection) -> int:
    row = conn.execute("SELECT max(id) FROM audit").fetchone()
    return int(row[0] or 0)


def after(conn: Connection, last: int, limit: int = LIMIT) -> list[Entry]:
    """The audit rows after ``last``, oldest first, at most ``limit``."""
    rows = conn.execute("SELECT id, action, subject, hash FROM audit WHERE id > ? ORDER BY id LIMIT ?", (last, limit))
    return [Entry(int(r[0]), str(r[1]), str(r[2]), str(r[3]) in _OURS) for r in rows]


class Listener:
    """A connection that only listens: the window's own, so a long read or write of the
    desk's never delays hearing, and the desk's session is never left LISTENing."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._version: int | None = None

    @classmethod
    def open(cls, where: Path | str) -> Listener:
        """On the data folder's file (a path) or the branch server (a postgresql:// URL)."""
        if isinstance(where, str) and "://" in where:
            from . import server

            conn: Connection = server.connect(where)
            listener = cls(conn)
            listener._listen()
            return listener
        from . import db

        return cls(db.connect(Path(where)))

    @property
    def server(self) -> bool:
        return self.conn.engine == "postgresql"

    def _listen(self) -> None:
        self.conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The server session's socket, readable when a notification (or a hang-up) came."""
        return self.conn.raw.fileno()  # type: ignore[attr-defined]  # server.Connection's psycopg connection

    def woken(self) -> bool:
        """Whether another desk may have written since the last call: the notifications that
        came (drained), or the file's data_version moved. Raises StoreError when the server
        went away; the caller reconnects (``reconnect``) and reads on from its last row."""
        if self.server:
            import psycopg

            raw = self.conn.raw  # type: ignore[attr-defined]
            try:
                return any(True for _ in raw.notifies(timeout=0))
            except psycopg.Error as exc:
                from .pg_errors import as_store_error

                raise as_store_error(exc, str(self.conn.path), raw.closed) from exc
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        moved, self._version = version != self._version, version
        return moved

    def reconnect(self) -> None:
        """A new session on the server after the old one was lost, listening again (raises
        StoreError while the server is still away). LISTEN comes before the caller reads on,
        so nothing committed in between is missed."""
        self.conn.reconnect()  # type: ignore[attr-defined]
        self._listen()

    def close(self) -> None:
        with suppress(StoreError):
            self.conn.close()
