"""Work that must not freeze the window: import, export, backups, the database check and
the deep integrity check. Each job is a QThread that opens its own connection to the data
folder (SQLite connections are not shared across threads) and reports back by signal; it
never touches a widget. All of them go through one JobRunner (after vorta's JobsManager):
a queue run one job at a time (one writer, two cores), whose progress the window shows,
which can cancel, and which the window cancels or waits for as a whole when it closes.

A new kind of job: a QThread subclass with a ``title`` (shown while it runs), optionally a
``progressed(done, total)`` signal and a ``cancel()`` (then it is ``cancellable``), handed
to ``JobRunner.add``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections import deque

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services import backup
from ..services.desk import Desk, open_desk
from ..services.errors import ServiceError, StoreError
from .common import dialogs
from .common.plain import Label
from .common.texts import error_text, translate

log = logging.getLogger(__name__)


def yield_to_the_window() -> None:
    """Run the calling thread at the lowest CPU priority (Linux keeps a nice value per thread):
    the start's check and copy take the idle core, never the one the typing needs."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux: still off the GUI thread
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


class ExchangeJob(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)  # ImportSummary, or the number of rows exported
    failed = Signal(str)

    def __init__(self, desk, path: str, kind: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.folder, self.operator, self.today = desk.data_dir, desk.operator, desk.today
        self.path, self.kind = path, kind  # kind None: import; "people"/"bindings": export
        self.lang = translate.lang  # an export's header row in the window's language
        self.cancellable = kind is None  # an import writes nothing until it is whole
        self.full_ids = False  # an export: full ID numbers, as the person chose (audited)
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            desk = open_desk(self.folder, self.operator, self.today)
        except Exception as exc:  # noqa: BLE001 - reported as a sentence
            self.failed.emit(error_text(exc))
            return
        try:
            result: object  # an ImportSummary, or the number of rows exported
            from ..services import exchange  # imported on first use: start-up stays quick

            if self.kind is None:
                result = exchange.import_file(
                    desk, self.path, progress=self.progressed.emit, cancelled=self._stop.is_set
                )
            else:
                result = exchange.export_file(desk, self.path, self.kind, full_ids=self.full_ids, lang=self.lang)
            self.succeeded.emit(result)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a translated message
            self.failed.emit(error_text(exc))
        finally:
            desk.close()


class BackupJob(QThread):
    """A consistent copy off the GUI thread: the automatic one after the start-up check
    passed (no ``dest``), or one the clerk asked for."""

    done = Signal(str)
    failed = Signal(str)
    kind = "backup"
    cancellable = False

    def __init__(self, desk, parent=None, dest: str | None = None) -> None:
        super().__init__(parent)
        self.folder, self.operator, self.dest = desk.data_dir, desk.operator, dest

    def run(self) -> None:
        if self.dest is None:
            yield_to_the_window()
        try:
            desk = open_desk(self.folder, self.operator)
            try:
                self.done.emit(str(backup.backup(desk, self.dest, automatic=self.dest is None)))
            finally:
                desk.close()
        except Exception as exc:  # noqa: BLE001 - a failed backup is reported, never fatal
            self.failed.emit(error_text(exc))


class IntegrityJob(QThread):
    """SQLite's integrity_check takes seconds on a big file: run it after the window shows."""

    damaged = Signal(str)
    sound = Signal()
    unavailable = Signal(str)  # a full disk or a busy file: said, never taken for damage
    kind = "integrity"
    cancellable = False

    def __init__(self, folder, parent=None) -> None:
        super().__init__(parent)
        self.folder = folder

    def run(self) -> None:
        yield_to_the_window()
        state = backup.integrity(self.folder)
        if state.state == "corrupt":
            self.damaged.emit(state.detail)
        elif state.state == "unavailable":
            self.unavailable.emit(error_text(state.error) if state.error is not None else state.detail)
        else:
            self.sound.emit()


class CheckJob(QThread):
    """Tools → Check database: integrity_check, foreign keys and the audit chain take
    seconds at a million rows (5.9 s of frozen window when this ran on the GUI thread).
    Cancelling stops the statement running, in the file or on a branch server."""

    checked = Signal(dict)
    failed = Signal(str)
    kind = "check"
    cancellable = True

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.folder, self.operator = desk.data_dir, desk.operator
        self._desk: Desk | None = None
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()
        desk = self._desk
        if desk is not None:  # the running statement ends now, in the file or on the server
            with contextlib.suppress(Exception):
                desk.conn.cancel_statement()

    def run(self) -> None:
        try:
            self._desk = open_desk(self.folder, self.operator)
            # both engines' connections ask between steps and cancel() ends the statement
            # running: a cancel ends the check with "interrupted" however long it is
            self._desk.conn.stop_when(self._stop.is_set)
            try:
                if not self._stop.is_set():
                    from ..services import maintenance  # imported on first use

                    result = maintenance.check(self._desk, QCoreApplication.translate)
                    if not self._stop.is_set():
                        self.checked.emit(result)
            finally:
                desk, self._desk = self._desk, None
                desk.close()
        except Exception as exc:  # reported as a sentence (a bug logged too); a cancel's
            # Interrupted (either engine's, a StoreError) is said by the cancel already
            if not self._stop.is_set():
                if not isinstance(exc, ServiceError | StoreError):  # a bug: its trace in the log (masked)
                    log.exception("the database check failed")
                self.failed.emit(error_text(exc))


class JobRunner(QObject):
    """The one queue of background work. ``changed`` fires when a job starts or ends (the
    status bar shows ``current``), ``progressed(done, total)`` while the current job reports."""

    changed = Signal()
    progressed = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pending: deque[QThread] = deque()
        self.current: QThread | None = None
        self.closing = False

    def add(self, job: QThread, title: str = "") -> QThread:
        """Queue ``job``; it starts at once when nothing else runs."""
        job.title = title or getattr(job, "title", "")  # type: ignore[attr-defined]  # read by the status bar
        if self.closing:
            return job
        self.pending.append(job)
        self._next()
        return job

    def busy(self) -> bool:
        return self.current is not None or bool(self.pending)

    def _next(self) -> None:
        if self.current is not None and self.current.isRunning():
            self.changed.emit()  # one more waiting
            return
        self.current = None
        if self.pending:
            job = self.current = self.pending.popleft()
            job.finished.connect(self._ended)
            if hasattr(job, "progressed"):
                job.progressed.connect(self.progressed)
            job.start()
        self.changed.emit()

    def _ended(self) -> None:
        if self.sender() is self.current:
            self.current = None
            self._next()

    def cancel(self) -> None:
        """Cancel the running job if it can be; drop the cancellable ones waiting."""
        self.pending = deque(j for j in self.pending if not getattr(j, "cancellable", False))
        if self.current is not None and getattr(self.current, "cancellable", False):
            self.current.cancel()  # type: ignore[attr-defined]  # cancellable jobs have cancel()
        self.changed.emit()

    def close(self) -> None:
        """The window is closing: cancel what can be cancelled, finish the rest (a backup or
        an export the clerk asked for is not thrown away), one after another."""
        self.closing = True
        self.cancel()
        jobs = ([self.current] if self.current is not None else []) + list(self.pending)
        self.pending.clear()
        for job in jobs:
            if not job.isRunning() and not job.isFinished():
                job.start()
            job.wait()
        self.current = None
        self.changed.emit()


def start(parent: QWidget, job: ExchangeJob, title: str, runner: JobRunner | None = None) -> QProgressDialog:
    """Run ``job`` (through ``runner``'s queue when given) with a cancellable progress
    dialog; the dialog closes when the job ends."""
    progress = QProgressDialog("", parent.tr("Cancel"), 0, 0, parent)
    progress.setLabel(Label(title))  # plain, as every label (ui/common/plain.py)
    progress.setObjectName("exchangeProgress")
    progress.setWindowTitle(title)
    progress.setMinimumDuration(300)
    progress.canceled.connect(job.cancel)
    job.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
    job.finished.connect(progress.reset)
    job.failed.connect(lambda text: dialogs.inform(parent, title, text, error=True))
    if runner is not None:
        runner.add(job, title)
    else:
        job.start()
    return progress
