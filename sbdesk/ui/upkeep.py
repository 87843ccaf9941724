"""The database's upkeep off the GUI thread: Tools → Check database, and the start's purge of
pictures kept past their days, deep check and automatic backup, each a job of the window's
one runner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMainWindow

from ..services import backup, retention
from ..services.desk import Desk, open_desk
from ..services.errors import ServiceError, StoreError
from .common import dialogs
from .common.guard import guarded
from .common.texts import error_text
from .jobs import BackupJob, CheckJob, IntegrityJob, JobRunner, yield_to_the_window

log = logging.getLogger(__name__)


class PurgeJob(QThread):
    """The pictures of applications past their days deleted (services/retention.py), on a
    connection of its own: one transaction and one audit row when something was due."""

    purged = Signal(object)  # retention.Purged
    failed = Signal(str)
    kind = "purge"
    cancellable = False

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.folder, self.operator = desk.data_dir, desk.operator

    def run(self) -> None:
        yield_to_the_window()
        try:
            desk = open_desk(self.folder, self.operator)
            try:
                self.purged.emit(retention.purge(desk))
            finally:
                desk.close()
        except Exception as exc:  # said in the status bar, never fatal; tried again at the next start
            if not isinstance(exc, ServiceError | StoreError):
                log.exception("the purge of pictures failed")
            self.failed.emit(error_text(exc))


class Upkeep(QObject):
    def __init__(self, desk: Desk, runner: JobRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk, self.runner, self.window = desk, runner, window
        self.backup_job: BackupJob | None = None
        self.integrity_job: IntegrityJob | None = None
        self.check_job: CheckJob | None = None
        self.purge_job: PurgeJob | None = None

    def check_database(self) -> CheckJob:
        """Off the GUI thread: the check reads every page (seconds at a million people)."""
        job = CheckJob(self.desk, self.window)
        job.checked.connect(self._checked)
        job.failed.connect(lambda text: dialogs.inform(self.window, self.tr("Check database"), text, error=True))
        self.check_job = job
        self.runner.add(job, self.tr("Checking the database…"))
        return job

    def _checked(self, result: dict) -> None:
        if result["ok"]:
            dialogs.inform(
                self.window,
                self.tr("Check database"),
                self.tr(
                    "The database is sound: {people} people, {bindings} bindings, {audit} audit entries, "
                    "audit chain unbroken."
                ).format(**result["counts"]),
            )
        else:
            dialogs.inform(
                self.window,
                self.tr("Check database"),
                self.tr("The database has problems:") + "\n" + "\n".join(result["problems"]),
                error=True,
            )

    def back_up_later(self) -> BackupJob:
        """The start-up backup, off the GUI thread: copying a big file takes a second or more."""
        self.backup_job = BackupJob(self.desk, self.window)
        self.backup_job.failed.connect(lambda text: self.window.statusBar().showMessage(text, 15000))
        self.runner.add(self.backup_job, self.tr("Backing up…"))
        return self.backup_job

    def check_integrity_later(self, on_damage, backup_due: bool = True) -> IntegrityJob:
        """Run SQLite's full integrity_check off the GUI thread; when it passes, make the
        automatic backup (if ``backup_due``); when it fails, call ``on_damage``."""
        self.integrity_job = IntegrityJob(self.desk.data_dir, self.window)
        self.integrity_job.damaged.connect(lambda detail: on_damage())
        self.integrity_job.unavailable.connect(lambda text: self.window.statusBar().showMessage(text, 30000))
        if backup_due:
            self.integrity_job.sound.connect(self.back_up_later)
        self.runner.add(self.integrity_job, self.tr("Checking the database…"))
        return self.integrity_job

    def purge_later(self) -> PurgeJob | None:
        """The pictures past their days deleted, queued only when some may be due (one indexed
        read here, no rules loaded) and this login may write the audit row (a branch's auditor
        may not)."""
        if not guarded(self.window, lambda: retention.maybe_due(self.desk) and retention.may_purge(self.desk)):
            return None
        self.purge_job = PurgeJob(self.desk, self.window)
        self.purge_job.purged.connect(self._purged)
        self.purge_job.failed.connect(lambda text: self.window.statusBar().showMessage(text, 15000))
        self.runner.add(self.purge_job, self.tr("Deleting pictures past their days…"))
        return self.purge_job

    def _purged(self, done: retention.Purged) -> None:
        if done.images:
            self.window.statusBar().showMessage(
                self.tr("{images} pictures of finished or abandoned applications deleted after {days} days.").format(
                    images=done.images, days=done.days
                ),
                15000,
            )

    def maintain_later(self, on_damage) -> IntegrityJob | None:
        """The start's background work, only when due: the purge of pictures past their days
        (purge_later), then (services/backup.due_at_start) the deep check at most daily, the
        automatic copy when the data changed and at most daily."""
        self.purge_later()
        due = guarded(self.window, lambda: backup.due_at_start(self.desk))
        check, copy = due if due is not None else (False, False)
        return self.check_integrity_later(on_damage, copy) if check else None
