"""Backups an office can rely on: automatic rotating copies, restore, and recovery of a
damaged file without ever overwriting it (it is moved aside, named, and kept)."""

from __future__ import annotations

import errno
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import paths, portable
from ..domain.messages import Problem
from ..store import anchors, audit, backup_files, cipher, db, fileguard
from . import doors, protection
from .desk import Desk, default_operator
from .errors import InputError

#: the newest schema this sbdesk knows: the window names it when a file is newer
LATEST = db.LATEST

KEEP_AUTOMATIC = 7
DAY = 24 * 3600  # the automatic copy and the deep check each run at most once in this many seconds
CHECKED = "integrity-checked"  # in logs/: touched when the deep check last passed


@dataclass(frozen=True)
class Health:
    state: str  # ok / missing / corrupt / too_new / unavailable (the disk, not the file: see error)
    detail: str = ""
    error: db.StoreError | None = None  # why an unavailable file could not be read (disk full, busy, …)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup(desk: Desk, dest: str | Path | None = None, automatic: bool = False) -> Path:
    """A consistent copy (SQLite's backup API); automatic copies rotate, named ones stay.

    A file known or found damaged is not copied (a damaged copy could push the good ones out
    of the rotation); a copy that cannot be written leaves nothing under its name."""
    if backup_files.file_of(desk.conn) is None:  # no file to copy: the server's administrator runs pg_dump
        raise InputError([("", Problem("backup.server", path=str(desk.conn.path)))])
    folder = paths.backup_dir(desk.data_dir)
    target = Path(dest) if dest else folder / f"{'auto' if automatic else 'manual'}-{_stamp()}.db"
    db.check_before_writes(desk.conn)
    if dest and fileguard.own_file(target, desk.data_dir) != "backup":  # backups/ takes copies (never over one)
        doors.writable(target, desk.data_dir, field="dest")
    try:
        if target.is_dir() or (dest and str(dest).endswith(("/", os.sep))) or target == folder:
            target = target / f"sbdesk-{_stamp()}.db"  # a folder, made if it is not there yet
        made = db.backup(desk.conn, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise db.DiskFull(target) from None
        raise InputError([
            ("dest", Problem("export.target", path=str(target), detail=exc.strerror or str(exc)))
        ]) from None
    if dest and protection.mark(desk.data_dir).exists() and made.resolve().parent != folder.resolve():
        protection.carry(desk.data_dir, made)  # its keys go with it: another computer can open it
    if not automatic:  # a copy with every full ID number, to a place the clerk chose
        with db.transaction(desk.conn):
            desk.audit("backup.manual", "database", destination=str(made.resolve()))
    anchors.record(desk.data_dir, audit.head(desk.conn), f"backup:{made.name}", identity=anchors.identity(desk.conn))
    if automatic:
        for old in sorted(folder.glob("auto-*.db"))[:-KEEP_AUTOMATIC]:
            old.unlink()
    return made


def last_automatic(folder: Path) -> Path | None:
    """The newest automatic copy (their names carry the time they were made)."""
    return max(paths.backup_dir(folder).glob("auto-*.db"), default=None)


def automatic_due(folder: Path, head: tuple[int, str], now: float | None = None) -> bool:
    """Whether the window's start should make an automatic copy: none yet, or the last one is
    a day old and the data changed since (its audit head differs from ``head``). A start on
    unchanged data, or a second start the same day, copies nothing (a 450 MB file at a
    million people used to be copied on every start)."""
    last = last_automatic(folder)
    if last is None:
        return True
    try:
        if (now or time.time()) - last.stat().st_mtime < DAY:
            return False
    except OSError:
        return True
    made = [(row, digest) for event, row, digest in anchors.read(folder) if event == f"backup:{last.name}"]
    return not made or made[-1] != head


def due_at_start(desk: Desk) -> tuple[bool, bool]:
    """(deep check due, automatic copy due) for a window that just started: a copy is only
    made after a passing deep check, so a due copy makes the check due too."""
    copy = automatic_due(desk.data_dir, audit.head(desk.conn))
    return copy or check_due(desk.data_dir), copy


def check_due(folder: Path, now: float | None = None) -> bool:
    """Whether the deep integrity check (seconds of reading every page) is due: at most daily."""
    try:
        return (now or time.time()) - (folder / "logs" / CHECKED).stat().st_mtime >= DAY
    except OSError:
        return True


def mark_checked(folder: Path) -> None:
    marker = folder / "logs" / CHECKED
    try:
        marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        marker.touch(mode=0o600)
        os.utime(marker)
    except OSError:
        pass  # the check runs again next start: slower, never wrong


def health(path: Path, deep: bool = True) -> Health:
    """Whether the file can be opened as an sbdesk database, without changing it.

    ``deep`` runs SQLite's integrity_check (seconds on a million people, so start-up runs it
    in the background); the shallow check catches a file that is not a database or was cut
    short."""
    if not path.exists():
        return Health("missing")
    found = backup_files.examine(path, deep)
    if isinstance(found, backup_files.Unreadable):  # a full disk, a lock, an I/O error: the file may be sound
        return Health("corrupt" if found.damaged else "unavailable", found.reason, found.error)
    version, problems = found
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
    """The deep check of the data folder's database, on a connection of its own (any thread).
    Damage found is remembered beside the file, so no later write goes into it."""
    state = health(paths.db_path(folder), deep=True)
    if state.state == "corrupt":  # never "unavailable": a full disk is not damage
        fileguard.mark_damaged(paths.db_path(folder), [state.detail])
    elif state.state == "ok":
        mark_checked(folder)
    return state


def _move_aside(path: Path, label: str) -> Path | None:
    """Keep a damaged file (and its WAL) under a new name; nothing is deleted."""
    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.{label}-{_stamp()}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            os.replace(part, Path(str(aside) + suffix))
    return aside


def _bad(source: Path, state: str) -> InputError:
    return InputError([("", Problem("backup.bad_source", path=str(source), state=state))])


def stage(source: Path, folder: Path | None = None) -> backup_files.Staged:
    """The backup, copied into memory, checked (pages, schema) and migrated: what will be
    written into the live file in one step. Nothing of it touches the disk, so a kill leaves
    no copy of everyone's ID numbers behind."""
    try:
        header = fileguard.read_header(source)
    except FileNotFoundError:
        raise _bad(source, "missing") from None
    except IsADirectoryError:
        raise _bad(source, "a folder") from None
    except (fileguard.NotADatabase, fileguard.WalMismatch, OSError) as exc:
        raise _bad(source, str(exc) or "not a database") from None
    if header.application_id not in (0, db.APPLICATION_ID):
        raise _bad(source, "another program's file")
    if header.user_version > db.LATEST:
        raise _bad(source, f"schema {header.user_version} is newer than {db.LATEST}")
    try:
        return backup_files.stage(source, cipher.key_for(paths.db_path(folder)) if folder else None)
    except backup_files.OtherKey:
        raise InputError([("", Problem("backup.other_key", path=str(source)))]) from None
    except backup_files.NotRestorable as exc:
        raise _bad(source, str(exc)) from None


def restore(
    folder: Path, source: str | Path, label: str = "before-restore", operator: str | None = None
) -> Path | None:
    """Put ``source`` in place of the data folder's database, as one atomic step.

    The backup is checked and migrated in memory, the restore's audit row added to it, and
    it is written into the live file with SQLite's backup API inside the file's own locking:
    other processes wait for it or are refused, readers see the old or the new data, and a
    kill leaves the old file whole. The current data is first copied to backups/ (a damaged
    or empty file is renamed aside instead). Returns where the old data went."""
    source, target = Path(source), paths.db_path(folder)
    doors.readable(source, folder)  # the database under any name (a link, a hard link, its WAL), or a pipe
    staged = stage(source, folder)
    identity = anchors.identity(staged)
    try:
        live: db.Connection | None = None
        if label != "damaged" and not fileguard.known_damage(target):
            try:
                live = db.open_database(target, paths.backup_dir(folder), create=False)
            except db.StoreError as exc:
                if isinstance(exc, (db.DatabaseLocked, db.DiskFull, db.DiskError, db.ReadOnly, db.SchemaTooNew)):
                    raise
                # missing, empty, damaged, foreign: replaced, and kept aside if present
        try:
            aside = paths.backup_dir(folder) / f"{label}-{_stamp()}.db" if live is not None else None
            with db.transaction(staged):
                audit.append(
                    staged,
                    datetime.now().astimezone().isoformat(timespec="seconds"),
                    operator or default_operator(),
                    "backup.restore",
                    "database",
                    {"source": str(source.resolve()), "kept_aside": str(aside or "")},
                )
            # before the commit: a kill after it still leaves the log naming what the file holds
            anchors.record(folder, audit.head(staged), anchors.INTENT, identity=identity)
            if live is not None and aside is not None:
                aside = backup_files.overwrite(staged, live, target, aside)
                if aside is None:  # a one-page file cannot be an sbdesk database
                    raise _bad(target, "nothing to keep aside")
            else:
                aside = _replace_whole(staged, target, label)
        finally:
            if live is not None:
                live.close()
        fileguard.clear_damage(target)
        anchors.record(folder, audit.head(staged), "restore", identity=identity)
    finally:
        staged.close()
    return aside


def _replace_whole(staged: backup_files.Staged, target: Path, label: str) -> Path | None:
    """Where the file cannot be opened (damaged, empty, foreign, missing), the restored
    database is written whole first; only then is the old file renamed aside (kept, never
    deleted) and the new one linked into place. A disk that is full, or would not read the
    old file, stops the restore before anything is moved; a failure after the move puts
    the old file back. Returns where the old file went."""
    fileguard.private_folder(target.parent)
    temp = fileguard.create_temp(target.parent, "restored.db")
    try:
        backup_files.write_new(staged, temp, target)
        fileguard.stamp_history(temp)  # its own history: another file's WAL is told apart
        present = target.exists() or fileguard.is_empty(target)
        if present and not fileguard.is_empty(target):
            state = health(target, deep=False)
            if state.state == "unavailable" and state.error is not None:
                raise state.error  # not a verdict on the file: a sound file is never moved aside
        aside = _move_aside(target, label) if present else None
        try:
            os.link(temp, target)
        except BaseException:
            if aside is not None:
                for suffix in ("", "-wal", "-shm"):
                    moved = Path(str(aside) + suffix)
                    if moved.exists():
                        os.replace(moved, Path(str(target) + suffix))
            raise
        return aside
    except OSError as exc:
        raise db.disk_error(exc, target) from None
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(temp) + suffix).unlink(missing_ok=True)


def restore_recorded(
    folder: Path, source: str | Path, operator: str | None = None, label: str = "before-restore"
) -> Path | None:
    """Restore with its audit row (the row is part of the restore itself). Never onto a
    branch server (its administrator restores with pg_restore), nor into the file beside it."""
    if paths.database():
        from ..store import server

        raise InputError([("", Problem("backup.server", path=server.shown(paths.database())))])
    return restore(folder, source, label, operator)


def lock_holder(folder: Path) -> tuple[int, str] | None:
    """(pid, host) of a live sbdesk window holding the folder's QLockFile, read without Qt."""
    lock = folder / LOCK_NAME
    try:
        pid_text, _app, host = (lock.read_text(encoding="utf-8", errors="replace").splitlines() + ["", "", ""])[:3]
        pid = int(pid_text)
    except (OSError, ValueError):
        return None
    return (pid, host) if portable.pid_alive(pid) else None  # never os.kill: on Windows it terminates


LOCK_NAME = "sbdesk.lock"
