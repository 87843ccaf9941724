"""Hearing what other desks wrote: the audit rows after the last one seen, and each engine's
wake-up on a connection of its own.

Every write appends one audit row, so "what changed since row N" reads the same on both
engines. Only the wake-up differs: on the server a trigger NOTIFYs ``sbdesk_audit`` at each
append's commit (migrations/postgresql/0017) and the listener's session LISTENs, its socket
watched by the window; on the file, ``PRAGMA data_version`` moves when another connection
commits, asked on the desk's own connection (no second one: the window's locks on the file
stay as they were, store/fileguard.py). Both read the audit table only: a thousand-row
import is one row, one reload.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .audit import OURS
from .connection import Connection
from .errors import StoreError

if TYPE_CHECKING:
    from . import server

CHANNEL = "sbdesk_audit"
#: libpq's TCP keepalives on the listener's session: a server or network gone without a word
#: (a cable, a PC woken from sleep) shows on its socket within about 35 s, not hours later,
#: and the window says so and tries a new session (a listener never sends, so never learns)
KEEPALIVES: dict[str, Any] = {"keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 5, "keepalives_count": 3}
LIMIT = 500  # rows read at a time; more since the last look means "reload everything" anyway


@dataclass(frozen=True)
class Entry:
    """One audit row as a listener needs it."""

    id: int
    action: str
    subject: str
    ours: bool  # appended by this process (audit.OURS)


def head_id(conn: Connection) -> int:
    row = conn.execute("SELECT max(id) FROM audit").fetchone()
    return int(row[0] or 0)


def after(conn: Connection, last: int, limit: int = LIMIT) -> list[Entry]:
    """The audit rows after ``last``, oldest first, at most ``limit``."""
    rows = conn.execute("SELECT id, action, subject, hash FROM audit WHERE id > ? ORDER BY id LIMIT ?", (last, limit))
    return [Entry(int(r[0]), str(r[1]), str(r[2]), str(r[3]) in OURS) for r in rows]


class Listener:
    """The file's: the desk's own connection asked for ``PRAGMA data_version``, which moves
    when any other connection commits (the CLI, an import job's) and not for its own writes.
    No second connection: the window's locks on the file stay exactly as they were."""

    on_server = False

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._version: int | None = None

    def fileno(self) -> int:
        raise NotImplementedError  # the file has no socket: the window asks on a timer

    def woken(self) -> bool:
        """Whether another connection may have written since the last call."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        moved, self._version = version != self._version, version
        return moved

    def replaced(self) -> bool:
        return False

    def reconnect(self) -> None:
        """Nothing to do on the file: its connection does not go away."""

    def close(self) -> None:
        """The desk's connection stays open: the desk closes it."""


class ServerListener(Listener):
    """A session of its own that only listens, so a long read or write of the desk's never
    delays hearing, and the desk's session is never left LISTENing."""

    on_server = True

    def __init__(self, conn: server.Connection) -> None:
        super().__init__(conn)
        self.session = conn
        self._listen()

    def _listen(self) -> None:
        self.session.execute(f"LISTEN {CHANNEL}")
        self._raw = self.session.raw

    def fileno(self) -> int:
        """The session's socket, readable when a notification (or a hang-up) came."""
        return self.session.raw.fileno()

    def woken(self) -> bool:
        """Whether notifications came since the last call (drained). Raises StoreError when
        the server went away; the caller reconnects and reads on from its last row."""
        raw = self.session.raw
        with self.session.errors():
            came = any(True for _ in raw.notifies(timeout=0))
            if not came:  # woken without a notification: a hang-up (said by this), or a notice
                raw.execute("SELECT 1")
        return came

    def replaced(self) -> bool:
        """Whether a read found the session lost and opened a new one (server.Cursor does
        for a SELECT), which does not LISTEN: the caller reconnects as after a loss."""
        return self.session.raw is not self._raw

    def reconnect(self) -> None:
        """A new session after the old one was lost, listening again (StoreError while the
        server is still away). LISTEN comes before the caller reads on: nothing committed in
        between is missed."""
        self.session.reconnect()
        self._listen()

    def close(self) -> None:
        with suppress(StoreError):
            self.session.close()


def listen(conn: Connection) -> Listener:
    """A listener beside the desk's connection: on the server a session of its own, on the
    file the desk's connection itself."""
    if conn.engine == "postgresql":
        from . import server  # psycopg only in branch mode

        return ServerListener(server.connect(conn.url, None, **KEEPALIVES))
    return Listener(conn)
