"""The paths a person hands sbdesk (an import, an export, a credential image, a policy or
pension file, a restore): never one of sbdesk's own files.

An export over ``sbdesk.db`` replaced the database with a CSV; one into ``backups/`` or
``logs/`` replaced a backup or the audit anchors. Reading the database (or its -wal/-shm)
as an import or an image opened it behind SQLite's back, and closing that descriptor
dropped the locks of the window's own connection (store/fileguard.py says why that loses
data). So each door asks here first, before anything opens the path: Qt and OpenCV read
images in C, where the process's audit hook does not see them."""
from __future__ import annotations

from pathlib import Path

from ..domain.messages import Problem
from ..store import fileguard
from .errors import InputError


def refuse_own(path: str | Path, folder: Path | None, *, writing: bool, field: str = "file") -> None:
    """Raise InputError when ``path`` is sbdesk's database (under any name: a link, a hard
    link, its -wal or -shm, or any database file this process holds open), or, for a file to
    be written, anything else of sbdesk's in ``folder`` (backups, logs, settings)."""
    what = fileguard.own_file(path, folder) if folder is not None else \
        ("database" if fileguard.is_held(path) else None)
    if what == "database":
        raise InputError([(field, Problem("file.own_database", path=str(path)))])
    if what is not None and writing:
        raise InputError([(field, Problem("file.own_files", path=str(path)))])
