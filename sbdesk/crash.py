"""The log file and the crash hook: written user-only, with every ID number and name masked,
so a file sent to support never carries one."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import sys
import traceback
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO

from . import portable
from .domain.idnumber import mask

_D = "0-9\uff10-\uff19"  # ASCII and full-width digits
_SEP = " \\-\u2010-\u2015\u2212\uff0d\u3000"  # spaces and dashes people type
#: An ID number as people write it: 15 or 18 digits (the last may be X), ASCII or
#: full-width, whole or split by spaces or dashes (110105 19491231 002X, 110105 - 1949…).
ID_PATTERN = re.compile(rf"(?<![{_D}])[{_D}](?:[{_SEP}]{{0,3}}[{_D}]){{13,16}}[{_SEP}]{{0,3}}[{_D}XxＸｘ](?![{_D}])")
#: A name: a run of Han characters (Chinese names, and whatever else a person typed: a
#: crash file or the log needs none of it), or the value of a field called *name in a
#: record's repr or a JSON text ("name='Zhang Wei'", '"member_name": "…"').
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u00b7\u30fb"
NAME_PATTERN = re.compile(rf"[{_HAN}]{{2,}}")
NAMED_PATTERN = re.compile(r"""(name['"]?\s*[=:]\s*)(['"])(.*?)(\2)""", re.IGNORECASE)


def _mask_match(m: re.Match[str]) -> str:
    compact = "".join(unicodedata.normalize("NFKC", m.group(0)).split()).replace("-", "")
    compact = "".join(ch for ch in compact if ch.isalnum())
    if len(compact) == 18:
        return mask(compact.upper())
    return compact[:6] + "*" * max(len(compact) - 10, 0) + compact[-4:]


def mask_ids(text: str) -> str:
    return ID_PATTERN.sub(_mask_match, text)


def _mask_name(name: str) -> str:
    """The first character kept, the rest starred (张** for 张小明), as a receipt shows a name."""
    return name[:1] + "*" * (len(name) - 1)


def mask_private(text: str) -> str:
    """ID numbers in every spelling and names masked: what a crash file or the log may hold."""
    text = NAMED_PATTERN.sub(lambda m: m.group(1) + m.group(2) + _mask_name(m.group(3)) + m.group(4), mask_ids(text))
    return NAME_PATTERN.sub(lambda m: _mask_name(m.group(0)), text)


class MaskIds(logging.Filter):
    """Every log line, and the traceback it carries, with ID numbers and names masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_private(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = mask_private("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def _private(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    return path


LOG_BYTES, LOGS_KEPT = 1_000_000, 3  # a log over LOG_BYTES is turned over at the next start


def open_log(path: Path | str, encoding: str | None = "utf-8", errors: str | None = None) -> IO[str]:
    """A log file opened for appending: user-only, never through a symlink, and never a FIFO or
    device planted in its place (O_NONBLOCK: a FIFO fails at once with ENXIO instead of
    hanging the start). A log some other tool left readable to others is made user-only again."""
    fd = os.open(
        path,
        os.O_CREAT | os.O_WRONLY | os.O_APPEND | portable.O_NOFOLLOW | portable.O_BINARY | getattr(os, "O_NONBLOCK", 0),
        0o600,
    )
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    portable.user_only(fd)
    return os.fdopen(fd, "a", encoding=encoding, errors=errors)


class PrivateFileHandler(logging.FileHandler):
    """The log file, opened by :func:`open_log`."""

    def _open(self):
        return open_log(self.baseFilename, self.encoding, self.errors)


def turn_over(path: Path, limit: int = LOG_BYTES, kept: int = LOGS_KEPT) -> None:
    """At start, a log over ``limit`` becomes sbdesk.log.1 (older ones move up, the oldest
    goes), as RotatingFileHandler would. The log holds start-up lines and errors, a few kB a
    day, so once per start is enough, and the start does not load logging.handlers (sockets,
    pickle, queues: 3% of the window's start). Renamed files keep their 0600."""
    try:
        if path.stat().st_size < limit:
            return
    except FileNotFoundError:
        return
    for n in range(kept - 1, 0, -1):
        _move(path.with_name(f"{path.name}.{n}"), path.with_name(f"{path.name}.{n + 1}"))
    _move(path, path.with_name(f"{path.name}.1"))


def _move(source: Path, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):  # not there, or another start turned it over first
        os.replace(source, target)


def setup_logging(folder: Path) -> Path:
    """The log in the data folder's logs/, user-only, ID numbers masked, turned over at start.
    A log that cannot be written (a read-only folder, a directory or link in its place) costs
    the file log, never the start: the lines still go to stderr."""
    path = folder / "logs" / "sbdesk.log"
    handlers: list[logging.Handler] = []
    unwritable = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # parents=True alone would make it 0755
        path.parent.mkdir(exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):  # not turned over this time: it grows until a start can
            turn_over(path)
        handlers.append(PrivateFileHandler(path, encoding="utf-8"))  # opened 0600, never through a link
        handlers[-1].setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    except OSError as exc:
        unwritable = exc
    handlers.append(logging.StreamHandler())
    for h in handlers:
        h.addFilter(MaskIds())
    logging.basicConfig(level=logging.INFO, handlers=handlers, force=True)
    if unwritable is not None:
        logging.getLogger("sbdesk.crash").warning("no log file: %s", unwritable)
    return path


def log_line(folder: Path, text: str) -> None:
    """One masked line appended to the data folder's log by a command that keeps no log
    open (the CLI): the details behind its one-line message. Never fails the command."""
    with contextlib.suppress(OSError):
        handler = PrivateFileHandler(_private(folder / "logs" / "sbdesk.log"), encoding="utf-8")
        try:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            handler.addFilter(MaskIds())
            handler.handle(logging.LogRecord("sbdesk.cli", logging.WARNING, "", 0, "%s", (text,), None))
        finally:
            handler.close()


def write_crash_file(folder: Path, kind, value, tb) -> Path:
    text = mask_private("".join(traceback.format_exception(kind, value, tb)))
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
            show(mask_private(f"{kind.__name__}: {value}"), path)

    sys.excepthook = hook
