"""The audit chain's head, written down outside the database file.

Anyone who can write the file can also rewrite the whole hash chain or cut its tail. So the
head (row id and hash) is appended to ``logs/audit-anchors.log`` whenever a desk closes,
a backup is made or a backup restored, and every backup file carries the head of its own
copy. ``verify`` then asks the file: is each anchored row still there with that hash?
A restore starts a new line of history: anchors older than the last restore are not asked.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

NAME = "audit-anchors.log"


def log_path(folder: Path) -> Path:
    return folder / "logs" / NAME


def record(folder: Path, head: tuple[int, str], event: str) -> None:
    """Append one anchor line (user-only file); a failure to write it never stops the work."""
    path = log_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            at = datetime.now().astimezone().isoformat(timespec="seconds")
            fh.write(f"{at} {'_'.join(event.split())} {head[0]} {head[1]}\n")
    except OSError:
        pass


def read(folder: Path) -> list[tuple[str, int, str]]:
    """(event, row id, hash) since the last restore, oldest first."""
    found: list[tuple[str, int, str]] = []
    try:
        lines = log_path(folder).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return found
    for line in lines:
        parts = line.split()
        if len(parts) != 4 or not parts[2].isdigit():
            continue
        if parts[1] == "restore":
            found = []
        found.append((parts[1], int(parts[2]), parts[3]))
    return found


def backup_heads(folder: Path, since: float) -> list[tuple[str, int, str]]:
    """The audit head each backup in backups/ made after ``since`` carries."""
    heads = []
    for copy in sorted((folder / "backups").glob("*.db")):
        if not copy.name.startswith(("auto-", "manual-")):
            continue  # copies made by a restore or a migration belong to the history before it
        try:
            if copy.stat().st_mtime < since + 1:
                continue
            conn = sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            finally:
                conn.close()
        except (OSError, sqlite3.Error):
            continue
        if row:
            heads.append((f"backup {copy.name}", int(row[0]), str(row[1])))
    return heads


def last_restore(folder: Path) -> float:
    """When the last restore happened (the anchors log's line), 0 when never."""
    try:
        lines = log_path(folder).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 0.0
    for line in reversed(lines):
        parts = line.split()
        if len(parts) == 4 and parts[1] == "restore":
            try:
                return datetime.fromisoformat(parts[0]).timestamp()
            except ValueError:
                return 0.0
    return 0.0


def collect(folder: Path) -> list[tuple[str, int, str]]:
    """Every anchor since the last restore: the log's lines and the backups' heads. Read
    before the database snapshot is taken, so an anchor written meanwhile is not asked."""
    return read(folder) + backup_heads(folder, last_restore(folder))


def verify(conn: sqlite3.Connection, folder: Path,
           anchors: list[tuple[str, int, str]] | None = None) -> list[str]:
    """Anchors the file no longer matches: a deleted tail or a rewritten chain."""
    problems = []
    last = conn.execute("SELECT max(id) FROM audit").fetchone()[0] or 0
    if anchors is None:
        anchors = collect(folder)
    seen: set[tuple[int, str]] = set()
    for event, rid, digest in anchors:
        if (rid, digest) in seen or rid == 0:
            continue
        seen.add((rid, digest))
        row = conn.execute("SELECT hash FROM audit WHERE id=?", (rid,)).fetchone()
        if row is None and rid > last:
            problems.append(f"audit rows after {last} are missing (the {event} anchor recorded row {rid})")
        elif row is None or row[0] != digest:
            problems.append(f"audit row {rid} is not the one the {event} anchor recorded (the chain was rewritten)")
    return problems
