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

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Term
from ..store import db, fileguard
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


def write_whole(
    path: str | Path, folder: Path | None, write: Callable[[Path], None], whole: Callable[[Path], bool]
) -> None:
    """Have ``write`` fill a new 0600 file beside ``path`` and rename it over ``path`` once
    ``whole`` finds it complete: no moment where another user can read it (a umask is the
    whole process's, and an existing file keeps its old mode), and a full disk, a crash or a
    writer that gave up (Qt's PDF engine reports nothing) leaves no half a file."""
    target = Path(os.path.abspath(path))
    writable(target, folder)
    if not target.parent.is_dir():
        raise write_error(target, OSError(errno.ENOENT, "the folder does not exist"))
    if target.is_symlink():  # replaced by the rename, not followed: refused as an export is
        raise write_error(target, OSError(errno.ELOOP, "it is a link"))
    try:
        temp = fileguard.create_temp(target.parent, "print")
    except OSError as exc:
        raise write_error(target, exc) from None
    try:
        write(temp)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        if not whole(temp):
            raise OSError(errno.EIO, "the file was not written whole")
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise write_error(target, exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


#: why a file could not be written, in the reader's words (the system's are English)
REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("messages", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("messages", "the folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("messages", "it is a folder or a device, not a file"),
    errno.ELOOP: QT_TRANSLATE_NOOP("messages", "it is a link"),
    errno.EACCES: QT_TRANSLATE_NOOP("messages", "this computer's account may not write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("messages", "this computer's account may not write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("messages", "the disk can only be read"),
    errno.EIO: QT_TRANSLATE_NOOP("messages", "the file was not written whole"),
}


def reason(exc: OSError) -> Term | str:
    known = REASONS.get(exc.errno or 0)
    return Term("messages", known) if known else exc.strerror or str(exc)


def write_error(path: Path, exc: OSError) -> Exception:
    """A file that could not be written, said as the clerk can act on it (a full disk is its own)."""
    if exc.errno == errno.ENOSPC:
        return db.DiskFull(path)
    return InputError([("file", Problem("export.target", path=str(path), detail=reason(exc)))])
