"""File → Import, Export and Back up now: a file chosen, then a job of the window's runner
with a progress dialog; what an import changed goes to the window to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from ..services import people
from ..services.changes import imported
from ..services.desk import Desk
from . import jobs
from .common import dialogs
from .common.guard import guarded
from .common.widgets import replace
from .jobs import BackupJob, ExchangeJob, JobRunner

# Above this many people the export suggests CSV, which streams (an XLSX of a million rows took
# 55 s); the clerk can still pick XLSX
XLSX_DEFAULT_UP_TO = 100_000


class FileActions(QObject):
    changed = Signal(object)  # Changes: what an import wrote

    def __init__(self, desk: Desk, runner: JobRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk, self.runner, self.window = desk, runner, window
        self.job: ExchangeJob | BackupJob | None = None
        self.progress: QProgressDialog | None = None

    def import_file(self) -> None:
        w = self.window
        path = dialogs.open_path(w, self.tr("Import people or bindings"), self.tr("Tables (*.csv *.xlsx)"))
        if path:
            self.job = replace(self.job, ExchangeJob(self.desk, path, None, w))
            self.job.succeeded.connect(self._imported)
            self.progress = replace(self.progress, jobs.start(w, self.job, self.tr("Importing…"), self.runner))

    def _imported(self, summary) -> None:
        self.changed.emit(imported(summary.kind))
        rows = self.tr("Imported {rows} people.") if summary.kind == "people" else self.tr("Imported {rows} bindings.")
        dialogs.inform(self.window, self.tr("Import"), rows.format(rows=summary.rows))

    def export_file(self, kind: str) -> None:
        w = self.window
        big = (guarded(w, lambda: people.count(self.desk)) or 0) > XLSX_DEFAULT_UP_TO
        excel, csv = self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")
        chosen = dialogs.save_export(
            w,
            self.tr("Export"),
            f"sbdesk-{kind}.{'csv' if big else 'xlsx'}",
            f"{csv};;{excel}" if big else f"{excel};;{csv}",
            self.tr("Full ID numbers (to import elsewhere; recorded in the audit log)"),
        )
        if chosen:
            path, full_ids = chosen
            self.job = replace(self.job, ExchangeJob(self.desk, path, kind, w))
            self.job.full_ids = full_ids
            done = (
                self.tr("{count} rows written to {path}. The file holds full ID numbers: keep it safe.")
                if full_ids
                else self.tr("{count} rows written to {path}; ID numbers are masked.")
            )
            self.job.succeeded.connect(
                lambda count: dialogs.inform(w, self.tr("Export"), done.format(count=count, path=path))
            )
            self.progress = replace(self.progress, jobs.start(w, self.job, self.tr("Exporting…"), self.runner))

    def backup_now(self) -> None:
        w = self.window
        path = dialogs.save_path(w, self.tr("Back up"), "sbdesk-backup.db", self.tr("Database (*.db)"))
        if path:
            self.job = replace(self.job, BackupJob(self.desk, w, path))
            self.job.done.connect(
                lambda made: dialogs.inform(
                    w, self.tr("Back up"), self.tr("Backup written to {path}.").format(path=made)
                )
            )
            self.job.failed.connect(lambda text: dialogs.inform(w, self.tr("Back up"), text, error=True))
            self.runner.add(self.job, self.tr("Backing up…"))
