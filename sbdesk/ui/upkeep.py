"""The database's upkeep off the GUI thread: Tools → Check database, and the start's deep
check and automatic backup, each a job of the window's one runner."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from ..services import backup
from ..services.desk import Desk
from .common import dialogs
from .common.guard import guarded
from .jobs import BackupJob, CheckJob, IntegrityJob, JobRunner


class Upkeep(QObject):
    def __init__(self, desk: Desk, runner: JobRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk, self.runner, self.window = desk, runner, window
        self.backup_job: BackupJob | None = None
        self.integrity_job: IntegrityJob | None = None
        self.check_job: CheckJob | None = None

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

    def maintain_later(self, on_damage) -> IntegrityJob | None:
        """The start's background work, only when due (services/backup.due_at_start): the deep
        check at most daily, the automatic copy when the data changed and at most daily."""
        due = guarded(self.window, lambda: backup.due_at_start(self.desk))
        check, copy = due if due is not None else (False, False)
        return self.check_integrity_later(on_damage, copy) if check else None
