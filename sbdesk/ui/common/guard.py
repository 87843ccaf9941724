"""Run a service call from a widget; a failure becomes a translated message, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.errors import ServiceError, StoreError
from . import dialogs
from .texts import error_text

T = TypeVar("T")
log = logging.getLogger(__name__)


def guarded(parent: QWidget, fn: Callable[[], T]) -> T | None:
    try:
        return fn()
    except (ServiceError, StoreError) as exc:
        if isinstance(exc, StoreError) and exc.params.get("detail"):  # SQLite's own report: the log, not the box
            log.warning("%s: %s", exc.code, exc.params["detail"])
        dialogs.inform(parent, QCoreApplication.translate("errors", "Not done"), error_text(exc), error=True)
    except Exception as exc:  # a bug: log it (no ID numbers reach the log), tell the person plainly
        log.exception("unexpected error in %s", getattr(fn, "__qualname__", fn))
        dialogs.inform(parent, QCoreApplication.translate("errors", "Not done"), error_text(exc), error=True)
    return None
