"""Other desks' writes shown as they commit, without F5, and without disturbing the clerk.

services/live.py says what others changed; this routes it as refresh.route routes a write of
the window's own, except the people list: it is read again as a layout change that keeps the
selection, the current row and the scroll (model.replace_ids), and not at all while a typed
search is about to run anyway. The search box, an open dialog or wizard are never touched.
Quiet while it works; one line in the status bar only while the server cannot be heard.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer

from ..services.changes import Changes
from ..services.errors import ServiceError, StoreError
from ..services.live import Watch, head
from . import refresh
from .common.plain import Label
from .members.listing import PAGE, listed
from .members.model import ORDER_OF

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from ..services.desk import Desk
    from .members.tab import MembersTab


class Window(refresh.Window, Protocol):
    """What of the main window hearing needs: the parts a change reaches, the desk, the bar."""

    desk: Desk

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


log = logging.getLogger(__name__)
POLL_MS = 250  # the file: PRAGMA data_version, microseconds, four times a second
RETRY_MS = 3000  # the server away (or the listener not open): a new session tried this often


class Live(QObject):
    """The window's ear for the other desks: started with the window, closed with it."""

    def __init__(self, window: Window, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.watch: Watch | None = None
        self.notifier: QSocketNotifier | None = None
        self.heard_at: float | None = None  # monotonic time of the last change heard (tests, benchmarks)
        self.away = Label(window.statusBar())  # "not hearing the others": shown only while that is so
        self.away.setObjectName("liveAway")
        self.away.hide()
        window.statusBar().addWidget(self.away)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._lost_since = ""
        self._closed = False
        self._since = guarded_head(window.desk)  # what the window read at its start covers this
        QTimer.singleShot(0, self._start)  # a server session's sign-in stays off the first paint

    def _start(self) -> None:
        if self._closed:  # the window closed before its first turn of the event loop
            return
        try:
            self.watch = Watch(self.window.desk, self._since)
        except (ServiceError, StoreError) as exc:
            log.warning("not listening to other desks: %s", getattr(exc, "code", type(exc).__name__))
            self._lose()
            return
        self._listening()
        self._tick(force=True)  # what others wrote since the window's first read

    def _listening(self) -> None:
        """Woken by the server's socket, or by the timer on the file."""
        self.away.hide()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.watch is not None and self.watch.server:
            self.notifier = QSocketNotifier(self.watch.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._tick)
            self.timer.stop()
        else:
            self.timer.start(POLL_MS)

    def _tick(self, *_, force: bool = False) -> None:
        if self.watch is None or self.watch.lost:
            self._retry()
            return
        try:
            self.apply(self.watch.poll(force))
        except StoreError:
            self._lose()
            return
        if self.watch.lost:
            self._lose()

    def _lose(self) -> None:
        """The server went away: stop watching its closed socket, retry, and say so quietly."""
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if not self._lost_since:
            self._lost_since = time.strftime("%H:%M")
        self.away.setText(
            self.tr("Changes made at other desks not heard since {time} (F5 reads everything)").format(
                time=self._lost_since
            )
        )
        self.away.show()
        self.timer.start(RETRY_MS)

    def _retry(self) -> None:
        try:
            if self.watch is None:
                self.watch = Watch(self.window.desk, self._since)
                changes = self.watch.poll(force=True)
            else:
                changes = self.watch.reconnect()  # and what was missed, from the last row heard
        except (ServiceError, StoreError):
            return  # still away: the timer tries again
        self._lost_since = ""
        self._listening()
        self.apply(changes)

    def apply(self, changes: Changes | None) -> None:
        """Route what others changed to every part that shows it, the people list kept in place."""
        if changes is None or changes == Changes():
            return
        self.heard_at = time.monotonic()
        window = self.window
        try:
            if changes.people or changes.catalogue or changes.policy:
                reload_people(window.members)
            elif (changes.bindings or changes.applications) and window.members.current_person() is not None:
                window.members.show_current()
            window.home_bar.apply(changes)
            channels = window._channels
            if channels is not None:  # the bindings list keeps its filter, whatever another desk ended
                if changes.bindings or changes.people:
                    channels.panel.reload(follow=False)
                channels.apply(changes, panel_done=True)
            if window._regions is not None:
                window._regions.apply(changes)
            if changes.people or changes.policy or changes.catalogue:
                window.update_status()
        except (ServiceError, StoreError) as exc:  # the next change, or F5, reads again
            log.warning("a change from another desk not shown: %s", getattr(exc, "code", type(exc).__name__))

    def close(self) -> None:
        self._closed = True
        self.timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        if self.watch is not None:
            self.watch.close()
            self.watch = None


def guarded_head(desk: Desk) -> int | None:
    """The last audit row now, read on the desk's own connection (None: read it when listening)."""
    try:
        return head(desk)
    except (ServiceError, StoreError):
        return None


def reload_people(tab: MembersTab) -> None:
    """The list's ids again, as far down as it was read, in place (see the module's docstring).
    A list that starts mid-way (a person selected far down everyone) keeps its ids and reads
    its rows again: edits show, a person added elsewhere waits for F5 or the next search."""
    if tab.timer.isActive():  # a keystroke's search is due: it reads the new rows itself
        return
    model = tab.model
    if model.can_page_up():
        model.refresh()
        tab.show_current()
        return
    text = tab.search.text().strip()
    column, way = tab.order
    found = listed(tab, text, ORDER_OF[column], way == Qt.SortOrder.DescendingOrder, max(model.rowCount(), PAGE))
    if found is None:
        return
    ids, more, _ = found
    model.replace_ids(ids, more)
    tab._show_empty(not ids, text)
    tab.show_current()  # the selected person's detail: an edit elsewhere, or nobody now
