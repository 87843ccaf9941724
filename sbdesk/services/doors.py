"""The paths a person hands sbdesk (an import, an export, a credential image, a policy or
pension file, a receipt, a restore, a backup): never one of sbdesk's own files, never a
pipe or a device.

An export over ``sbdesk.db`` replaced the database with a CSV; one into ``backups/`` or
``logs/`` replaced a backup or the audit anchors. Reading the database (or its -wal/-shm)
as an import or an image opened it behind SQLite's back, and closing that descriptor
dropped the locks of the window's own connection (store/fileguard.py says why that loses
data). A FIFO waited forever for a writer; an export "into" /dev/null renamed a file over
the device. So each door asks here first, before anything opens the path: Qt and OpenCV
read images in C, where the process's audit hook does not see them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..domain.messages import Problem
from ..store import fileguard
from .errors import InputError


def readable(path: str | Path, folder: Path | None, field: str = "file") -> None:
    """Raise InputError when ``path`` is sbdesk's database (under any name: a link, a hard
    link, its -wal or -shm, or any database file this process holds open), or a pipe, socket
    or device. A missing file or a folder is left to the reader, which names it."""
    _own(path, folder, field, writing=False)
    _special(path, field)


def writable(path: str | Path, folder: Path | None, field: str = "file") -> None:
    """As ``readable``, and also anything else of sbdesk's in ``folder`` (backups, logs,
    settings): a file written there would replace one of them."""
    _own(path, folder, field, writing=True)
    _special(path, field)


def _own(path: str | Path, folder: Path | None, field: str, writing: bool) -> None:
    what = fileguard.own_file(path, folder) if folder is not None else ("database" if fileguard.is_held(path) else None)
    if what == "database":
        raise InputError([(field, Problem("file.own_database", path=str(path)))])
    if what is not None and writing:
        raise InputError([(field, Problem("file.own_files", path=str(path)))])


def _special(path: str | Path, field: str) -> None:
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise InputError([(field, Problem("file.special", path=str(path)))])
