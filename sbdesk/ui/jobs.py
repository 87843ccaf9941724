"""Work that must not freeze the window: import, export, the start-up backup and the deep
integrity check. Each job opens its own connection to the data folder (SQLite connections
are not shared across threads) and reports back by signal; it never touches a widget.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services import backup, exchange
from ..services.desk import open_desk
from .common import dialogs
from .common.texts import error_text


class ExchangeJob(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)   # ImportSummary, or the number of rows exported
    failed = Signal(str)

    def __init__(self, desk, path: str, kind: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.folder, self.operator, self.today = desk.data_dir, desk.operator, desk.today
        self.path, self.kind = path, kind  # kind None: import; "people"/"bindings": export
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
            if self.kind is None:
                result = exchange.import_file(desk, self.path, progress=self.progressed.emit,
                                              cancelled=self._stop.is_set)
            else:
                result = exchange.export_file(desk, self.path, self.kind)
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

    def __init__(self, desk, parent=None, dest: str | None = None) -> None:
        super().__init__(parent)
        self.folder, self.operator, self.dest = desk.data_dir, desk.operator, dest

    def run(self) -> None:
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

    def __init__(self, folder, parent=None) -> None:
        super().__init__(parent)
        self.folder = folder

    def run(self) -> None:
        state = backup.integrity(self.folder)
        if state.state == "corrupt":
            self.damaged.emit(state.detail)
        else:
            self.sound.emit()


def start(parent: QWidget, job: ExchangeJob, title: str) -> QProgressDialog:
    """Run ``job`` with a cancellable progress dialog; the dialog closes when the job ends."""
    progress = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    progress.setObjectName("exchangeProgress")
    progress.setWindowTitle(title)
    progress.setMinimumDuration(300)
    progress.canceled.connect(job.cancel)
    job.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
    job.finished.connect(progress.reset)
    job.failed.connect(lambda text: dialogs.inform(parent, title, text, error=True))
    job.start()
    return progress
