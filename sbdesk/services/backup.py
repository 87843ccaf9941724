"""Backups an office can rely on: automatic rotating copies, restore, and recovery of a
damaged file without ever overwriting it (it is moved aside, named, and kept)."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import paths
from ..domain.messages import Problem
from ..store import db
from .desk import Desk, open_desk
from .errors import InputError

KEEP_AUTOMATIC = 7


@dataclass(frozen=True)
class Health:
    state: str  # ok / missing / corrupt / too_new
    detail: str = ""


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup(desk: Desk, dest: str | Path | None = None, automatic: bool = False) -> Path:
    """A consistent copy (SQLite's backup API); automatic copies rotate, named ones stay."""
    folder = paths.backup_dir(desk.data_dir)
    target = Path(dest) if dest else folder / f"{'auto' if automatic else 'manual'}-{_stamp()}.db"
    if target.is_dir():
        target = target / f"sbdesk-{_stamp()}.db"
    made = db.backup(desk.conn, target)
    if not automatic:  # a copy with every full ID number, to a place the clerk chose
        with db.transaction(desk.conn):
            desk.audit("backup.manual", "database", destination=str(made))
    if automatic:
        for old in sorted(folder.glob("auto-*.db"))[:-KEEP_AUTOMATIC]:
            old.unlink()
    return made


def health(path: Path, deep: bool = True) -> Health:
    """Whether the file can be opened as an sbdesk database, without changing it.

    ``deep`` runs SQLite's integrity_check (seconds on a million people, so start-up runs it
    in the background); the shallow check catches a file that is not a database or was cut
    short."""
    if not path.exists():
        return Health("missing")
    try:
        version, problems = db.inspect(path, deep)
    except sqlite3.DatabaseError as exc:
        return Health("corrupt", str(exc))
    if version > db.LATEST:
        return Health("too_new", str(version))
    if problems:
        return Health("corrupt", "; ".join(problems[:3]))
    return Health("ok")


def backups(folder: Path) -> list[Path]:
    """Every copy in the backup folder, newest first."""
    found = list(paths.backup_dir(folder).glob("*.db"))
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def latest_good(folder: Path) -> Path | None:
    return next((p for p in backups(folder) if health(p).state == "ok"), None)


def integrity(folder: Path) -> Health:
    """The deep check of the data folder's database, on a connection of its own (any thread)."""
    return health(paths.db_path(folder), deep=True)


def _move_aside(path: Path, label: str) -> Path | None:
    """Keep the current file (and its WAL) under a new name; nothing is deleted."""
    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.{label}-{_stamp()}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            os.replace(part, Path(str(aside) + suffix))
    return aside


def restore(folder: Path, source: str | Path, label: str = "before-restore") -> Path | None:
    """Put ``source`` in place of the data folder's database; the old file is kept aside.

    The copy is made and checked beside the target first and swapped in with a rename, so a
    failure (disk full, a bad source) leaves the current file where it was. Call with the
    database closed. Returns where the old file went."""
    source, target = Path(source), paths.db_path(folder)
    if source.resolve() == target.resolve():
        raise InputError([("", Problem("backup.bad_source", path=str(source), state="the database itself"))])
    state = health(source)
    if state.state != "ok":
        raise InputError([("", Problem("backup.bad_source", path=str(source), state=state.state))])
    staging = target.with_name(f"{target.name}.restoring-{_stamp()}")
    try:
        db.copy_into(source, staging)
        if health(staging).state != "ok":
            raise InputError([("", Problem("backup.bad_source", path=str(source), state="copy failed"))])
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    aside = _move_aside(target, label)
    os.replace(staging, target)
    return aside


def restore_recorded(folder: Path, source: str | Path, operator: str | None = None,
                     label: str = "before-restore") -> Path | None:
    """Restore, then open the result (migrating an older backup) and audit the restore in it."""
    aside = restore(folder, source, label)
    desk = open_desk(folder, operator)
    try:
        with db.transaction(desk.conn):
            desk.audit("backup.restore", "database", source=str(source), kept_aside=str(aside or ""))
    finally:
        desk.close()
    return aside




def lock_holder(folder: Path) -> tuple[int, str] | None:
    """(pid, host) of a live sbdesk window holding the folder's QLockFile, read without Qt."""
    lock = folder / LOCK_NAME
    try:
        pid_text, _app, host = (lock.read_text(encoding="utf-8", errors="replace").splitlines() + ["", "", ""])[:3]
        pid = int(pid_text)
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return pid, host


LOCK_NAME = "sbdesk.lock"
