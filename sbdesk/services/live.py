"""Other desks' writes, as they commit: what a window hears without F5.

One path on both engines: the audit rows after the last one heard (store/live.py), their
actions turned into one ``Changes`` (changes.heard) for the window's router. The engines
differ only in how the window is woken: a socket to watch on the server, a cheap look at
the file's data_version on a timer.
"""

from __future__ import annotations

from ..store import live
from ..store.errors import StoreError
from .changes import EVERYTHING, Changes, heard
from .desk import Desk


def head(desk: Desk) -> int:
    """The newest audit row's id: where hearing starts for a window that has just read."""
    return live.head_id(desk.conn)


class Watch:
    """Listens beside ``desk`` (on the server on a session of its own). ``poll`` says what others
    changed since the last call (None: nothing); after the server went away, ``poll``
    raises StoreError until ``reconnect`` succeeds, which catches up from the last row heard."""

    def __init__(self, desk: Desk, since: int | None = None) -> None:
        """``since``: the last audit row the window has shown (default: the newest now)."""
        self.listener = live.listen(desk.conn)  # StoreError: the window stays without
        self.last = live.head_id(self.listener.conn) if since is None else since
        self.lost = False

    @property
    def server(self) -> bool:
        return self.listener.on_server

    def fileno(self) -> int:
        return self.listener.fileno()

    def poll(self, force: bool = False) -> Changes | None:
        """What the audit rows appended by others since the last call changed, as one
        ``Changes`` (this process's own rows are skipped: their tab reloaded them)."""
        try:
            if not self.listener.woken() and not force:
                return None
            changes = self._read()
            self.lost = self.listener.replaced()  # read on a new session that does not LISTEN
            return changes
        except StoreError:
            self.lost = True
            raise

    def _read(self) -> Changes | None:
        conn, actions = self.listener.conn, []
        entries = live.after(conn, self.last)
        if len(entries) >= live.LIMIT:  # an afternoon away, or a flood of writes: all again
            self.last = live.head_id(conn)
            return EVERYTHING
        if not entries:
            head = live.head_id(conn)
            if head < self.last:  # a restored database: earlier than what was heard
                self.last = head
                return EVERYTHING
            return None
        self.last = entries[-1].id
        actions = [e.action for e in entries if not e.ours]
        return heard(actions) if actions else None

    def reconnect(self) -> Changes | None:
        """A new session after the server came back, and what was missed meanwhile."""
        self.listener.reconnect()
        self.lost = False
        return self._read()

    def close(self) -> None:
        self.listener.close()
