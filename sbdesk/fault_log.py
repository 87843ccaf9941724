"""Native crashes in the log folder: a crash inside Qt, SQLite or a driver kills
the process before Python's crash hook can run, so :mod:`faulthandler` writes the Python
stack of every thread to ``logs/native-crash.log`` as it dies.

The file is opened once at start (faulthandler writes from the signal handler, where nothing
can be opened), user-only, never through a link, with a line saying when the run began, so a
traceback can be matched to a start. A faulthandler traceback holds file names, line numbers
and function names only, never a value, so no ID number or name can appear in it.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
from datetime import datetime
from pathlib import Path
from typing import IO

from . import __version__, crash

NAME = "native-crash.log"
_file: IO[str] | None = None  # kept open for the life of the process: faulthandler writes to its descriptor


def enable(folder: Path) -> Path | None:
    """Point faulthandler at the data folder's logs/native-crash.log (turned over at start
    like sbdesk.log). A log that cannot be opened costs the native-crash record, never the
    start: faulthandler then writes to stderr."""
    global _file
    path = folder / "logs" / NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            crash.turn_over(path)
        file = crash.open_log(path)  # user-only, never through a link, as sbdesk.log
        file.write(
            f"--- sbdesk {__version__} started {datetime.now().isoformat(timespec='seconds')}, "
            f"pid {os.getpid()} (a native crash's Python stack follows; it names no person) ---\n"
        )
        file.flush()
    except OSError:
        faulthandler.enable()
        return None
    faulthandler.enable(file, all_threads=True)
    if _file is not None:  # a second start in one process (tests): the earlier file, once replaced
        _file.close()
    _file = file
    return path
