"""The audit chain's head, written down outside the database.

Anyone who can write the file can also rewrite the whole hash chain or cut its tail. So the
head (row id and hash) is appended to ``logs/audit-anchors.log`` whenever a desk closes,
a backup is made or a backup restored, and every backup file carries the head of its own
copy. ``verify`` then asks the database: is each anchored row still there with that hash?

Each line names the database it was taken from (its identity, schema 14): a data folder used
with its own file and with a branch server holds two histories, and each database is asked
only its own. A restore starts a new line of history: anchors older than the last restore
are not asked. ``sbdesk restore`` writes an intent line naming the restored chain's head
before it commits, so a restore killed between its commit and its anchor is still known for
one (the restored file holds that head; a restore that did not commit does not). A database
brought back to an earlier head by anything else (pg_restore of an older dump, a file copied
over) is reported as restored (``Restored``) until someone accepts it
(``sbdesk check --accept-restore``, an audit row of its own and a line here).

A branch server is restored by its administrator (pg_restore), under every desk at once. The
documented restore ends with ``sbdesk restored``, which records the restored head in the
database itself (``database_restores``, schema 18); each line then also names the newest such
restore the database held when it was written (its generation). A desk's anchors that the
database's declared restores put in a superseded history are not asked; a rollback nobody
declared (an older dump restored without that step, rows cut by a superuser) still is, at
every desk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import portable
from . import sqlite_engine
from .connection import Connection
from .errors import DatabaseCorrupt, StoreError

NAME = "audit-anchors.log"
RESETS = ("restore", "restore-accepted")  # lines that start a new line of history
INTENT = "restore-intent"


@dataclass(frozen=True)
class Anchor:
    event: str
    row: int
    digest: str
    identity: str = ""  # "" on a line written before schema 14: the folder's own file
    at: float = 0.0
    generation: str = ""  # the newest declared restore of the database then ("" none; schema 18)


@dataclass(frozen=True)
class Restored:
    """The database holds an earlier state of its own history: every anchor it fails recorded
    rows after ``row`` that are gone, or that differ where another anchor at or after that row
    matches (the history went back to ``row``, and may have gone on from there)."""

    row: int
    event: str
    anchored: int


def log_path(folder: Path) -> Path:
    return folder / "logs" / NAME


def identity(conn: Connection) -> str:
    """The database's identity; "" for a copy from before schema 14."""
    try:
        row = conn.execute("SELECT id FROM database_identity").fetchone()
    except DatabaseCorrupt:  # "no such table" in a file from before schema 14
        return ""
    return str(row[0]) if row else ""


def generation(conn: Connection) -> str:
    """The newest restore declared on a branch server (``sbdesk restored``); "" for none or a file.
    Read before the head a line records: a restore between the two then only makes an anchor
    of the old generation at or below the restored head, which the restore keeps."""
    if conn.engine != "postgresql":
        return ""
    row = conn.execute("SELECT max(id) FROM database_restores").fetchone()
    return str(row[0]) if row and row[0] else ""


def restores(conn: Connection) -> list[tuple[str, int]]:
    """(id, restored audit head) of each declared restore, oldest first; [] for a file."""
    if conn.engine != "postgresql":
        return []
    return [(str(r[0]), int(r[1])) for r in conn.execute("SELECT id, audit_id FROM database_restores ORDER BY id")]


def grant_database(conn: Connection) -> bool:
    """Grant the group roles CONNECT and TEMPORARY on this database (each desk keeps a temp
    table per session, server.py), as schema 18 did: a database created anew for a restore has
    lost them. Only its owner (or a superuser) may; False when this login may not."""
    row = conn.execute(
        "SELECT quote_ident(datname), pg_has_role(datdba, 'USAGE') FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    if not row or not row[1] or "?" in row[0]:
        return False
    conn.execute(f"GRANT CONNECT, TEMPORARY ON DATABASE {row[0]} TO sbdesk_auditor, sbdesk_clerk")
    return True


def declare(conn: Connection, head: tuple[int, str]) -> str:
    """Record in a branch database that it was restored with ``head`` as its audit head (the
    owner's, inside its transaction); returns the restore's id, the desks' new generation."""
    grant_database(conn)
    row = conn.execute(
        "INSERT INTO database_restores (id, audit_id, audit_hash) VALUES (to_char(clock_timestamp() AT TIME ZONE"
        " 'UTC', 'YYYYMMDD\"T\"HH24MISSUS') || '-' || substr(md5(random()::text), 1, 8), ?, ?) RETURNING id",
        (head[0], head[1]),
    ).fetchone()
    return str(row[0])


def superseded(a: Anchor, declared: list[tuple[str, int]]) -> bool:
    """Is this anchor of a history a declared restore replaced? Its row is past the head of a
    restore declared after its generation; or its generation is one the database does not hold
    (it was restored from a dump older than that restore) and a restore was declared since it
    began. An anchor of a generation newer than every restore the database holds is asked:
    the database went back past a restore without saying so."""
    ids = [r[0] for r in declared]
    if a.generation and a.generation not in ids:
        return bool(ids) and ids[-1] > a.generation
    later = declared[ids.index(a.generation) + 1 :] if a.generation else declared
    return any(a.row > head for _, head in later)


def record(folder: Path, head: tuple[int, str], event: str, *, identity: str, generation: str = "") -> None:
    """Append one anchor line (user-only file); a failure to write it never stops the work."""
    path = log_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND | portable.O_NOFOLLOW | portable.O_BINARY, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            at = datetime.now().astimezone().isoformat(timespec="seconds")
            more = f" {generation}" if generation else ""
            fh.write(f"{at} {'_'.join(event.split())} {head[0]} {head[1]} {identity or '-'}{more}\n")
            fh.flush()
            os.fsync(fh.fileno())  # an intent line must be on disk before the restore commits
    except OSError:
        pass


def _timestamp(text: str) -> float:
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return 0.0


def lines(folder: Path) -> list[Anchor]:
    """Every line of the log, oldest first."""
    found: list[Anchor] = []
    try:
        text = log_path(folder).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return found
    for line in text:
        parts = line.split()
        if len(parts) not in (4, 5, 6) or not parts[2].isdigit():
            continue
        ident = parts[4] if len(parts) >= 5 and parts[4] != "-" else ""
        gen = parts[5] if len(parts) == 6 else ""
        found.append(Anchor(parts[1], int(parts[2]), parts[3], ident, _timestamp(parts[0]), gen))
    return found


def read(folder: Path) -> list[tuple[str, int, str]]:
    """(event, row id, hash) of every line since the last restore, oldest first."""
    found: list[tuple[str, int, str]] = []
    for a in lines(folder):
        if a.event in RESETS:
            found = []
        found.append((a.event, a.row, a.digest))
    return found


def backup_heads(folder: Path) -> list[Anchor]:
    """The audit head (and identity) each backup in backups/ carries."""
    heads = []
    for copy in sorted((folder / "backups").glob("*.db")):
        if not copy.name.startswith(("auto-", "manual-")):
            continue  # copies made by a restore or a migration belong to the history before it
        try:
            made = copy.stat().st_mtime
            conn = sqlite_engine.plain(copy, read_only=True)
            try:
                row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
                ident = identity(conn)
            finally:
                conn.close()
        except (OSError, StoreError):
            continue
        if row:
            heads.append(Anchor(f"backup {copy.name}", int(row[0]), str(row[1]), ident, made))
    return heads


def collect(folder: Path) -> list[Anchor]:
    """Every anchor: the log's lines and the backups' heads. Read before the database snapshot
    is taken, so an anchor written meanwhile is not asked."""
    return lines(folder) + backup_heads(folder)


def _hash_at(conn: Connection, row: int) -> str | None:
    found = conn.execute("SELECT hash FROM audit WHERE id=?", (row,)).fetchone()
    return str(found[0]) if found else None


def asked(conn: Connection, anchors: list[Anchor]) -> list[Anchor]:
    """The anchors this database answers for: its own identity's (a line from before schema
    14 belongs to the folder's file), since its last restore, and not superseded by a restore
    declared on the server. A restore line of another identity in the file's history is asked
    too: the file was that database then."""
    mine = identity(conn)
    declared = restores(conn)
    is_file = conn.engine == "sqlite"
    kept: list[Anchor] = []
    since = 0.0
    for a in anchors:
        if a.event.startswith("backup "):
            continue
        own = a.identity == mine or (is_file and not a.identity)
        if a.event == INTENT:
            if own and _hash_at(conn, a.row) == a.digest:
                kept, since = [a], a.at  # the restore it announced committed
            continue  # else the restore never reached the file
        if a.event in RESETS and (own or (is_file and a.event == "restore")):
            kept, since = ([] if superseded(a, declared) else [a]), a.at
        elif own and not superseded(a, declared):
            kept.append(a)
    backups = [
        a
        for a in anchors
        if a.event.startswith("backup ") and a.at >= since + 1 and (a.identity == mine or (is_file and not a.identity))
    ]
    return kept + backups


def verify(conn: Connection, folder: Path, anchors: list[Anchor] | None = None) -> list[str | Restored]:
    """Anchors the database no longer matches: a rewritten chain (one line each), or one
    ``Restored`` when it holds an earlier state of its own history."""
    last = conn.execute("SELECT max(id) FROM audit").fetchone()[0] or 0
    wanted = asked(conn, collect(folder) if anchors is None else anchors)
    seen: set[tuple[int, str]] = set()
    matched: list[Anchor] = []
    failed: list[tuple[Anchor, bool]] = []  # (anchor, its row is gone from the end)
    for a in wanted:
        if (a.row, a.digest) in seen or a.row == 0:
            continue
        seen.add((a.row, a.digest))
        found = _hash_at(conn, a.row)
        if found == a.digest:
            matched.append(a)
        else:
            failed.append((a, found is None and a.row > last))
    if not failed:
        return []
    # A chain that fails an anchor but matches another at that row or later is a state sbdesk
    # itself anchored on another branch of this history: with a tail simply gone, the history
    # went back (and may have gone on). A rewritten chain matches nothing from its first change.
    if all(gone or any(m.row >= a.row for m in matched) for a, gone in failed):
        first = min((a for a, _ in failed), key=lambda a: a.row)
        return [Restored(max((m.row for m in matched if m.row < first.row), default=0), first.event, first.row)]
    problems: list[str | Restored] = []
    for a, gone in failed:
        if gone:
            problems.append(f"audit rows after {last} are missing (the {a.event} anchor recorded row {a.row})")
        else:
            problems.append(f"audit row {a.row} is not the one the {a.event} anchor recorded (the chain was rewritten)")
    return problems
