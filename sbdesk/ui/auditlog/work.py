"""The audit view's long reads off the window's thread: verifying the whole chain (seconds at
a million rows) and an export. Each opens its own connection, as every job does (ui/jobs.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from ...services.desk import Desk, open_desk
from ...services.errors import ServiceError, StoreError
from ..common.texts import error_text

log = logging.getLogger(__name__)


class AuditJob(QThread):
    """``work(desk)`` on a desk of its own; its answer is ``done``, a failure ``failed``."""

    done = Signal(object)
    failed = Signal(str)
    cancellable = False

    def __init__(self, desk: Desk, work: Callable[[Desk], object], parent=None) -> None:
        super().__init__(parent)
        self.folder, self.operator, self.today = desk.data_dir, desk.operator, desk.today
        self.work = work

    def run(self) -> None:
        try:
            desk = open_desk(self.folder, self.operator, self.today)
            try:
                self.done.emit(self.work(desk))
            finally:
                desk.close()
        except Exception as exc:  # said as a sentence; a bug's trace goes to the log
            if not isinstance(exc, ServiceError | StoreError):
                log.exception("the audit log job failed")
            self.failed.emit(error_text(exc))
