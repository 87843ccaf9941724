"""The log file and the crash hook: written user-only, with every ID number masked, so a
file sent to support never carries one."""
from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .domain.idnumber import mask

ID_PATTERN = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


def mask_ids(text: str) -> str:
    return ID_PATTERN.sub(lambda m: mask(m.group(0)), text)


class MaskIds(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_ids(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = mask_ids("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def _private(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    return path


def setup_logging(folder: Path) -> Path:
    """A rotating log in the data folder's logs/, user-only, ID numbers masked."""
    path = _private(folder / "logs" / "sbdesk.log")
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    stream = logging.StreamHandler()
    for h in (handler, stream):
        h.addFilter(MaskIds())
    logging.basicConfig(level=logging.INFO, handlers=[handler, stream], force=True)
    return path


def write_crash_file(folder: Path, kind, value, tb) -> Path:
    text = mask_ids("".join(traceback.format_exception(kind, value, tb)))
    path = _private(folder / "logs" / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt")
    path.write_text(text, encoding="utf-8")
    return path


def install(folder: Path, show: Callable[[str, Path], None] | None) -> None:
    """Log, write a crash file, then tell the person (``show``), and keep the program running.
    ``show`` is None where nobody can answer (CI, SBDESK_NO_CRASH_DIALOG)."""
    log = logging.getLogger("sbdesk.crash")

    def hook(kind, value, tb) -> None:
        path = write_crash_file(folder, kind, value, tb)
        log.error("unexpected error, details in %s", path, exc_info=(kind, value, tb))
        if show is not None:
            show(mask_ids(f"{kind.__name__}: {value}"), path)

    sys.excepthook = hook
