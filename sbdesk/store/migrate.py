"""The schema's migrations: the SQL files in order and how they are applied to a file.

On their own so that schema.py (which builds the expected schema from them) and server.py
(which shares the common ones) need not import db.py, which imports both of them."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from . import audit, seals, sqlite_engine
from .connection import Connection
from .name_key import name_key

# seeds a new database inside its creation, before anyone sees it, through either engine's connection
Initialise = Callable[[Connection], None]


#: the migrations' folder (its postgresql/ holds the server's own); a test points it at a copy
FOLDER = Path(__file__).with_name("migrations")


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for each file ``NNNN_name.sql``, in order."""
    found = sorted(
        (int(f.name[:4]), f.read_text(encoding="utf-8")) for f in FOLDER.iterdir() if f.name.endswith(".sql")
    )
    return found


LATEST = migrations()[-1][0]


def migrate(conn: sqlite_engine.Connection, current: int, upto: int | None = None) -> None:
    """Apply each newer migration atomically together with its user_version (and the Python
    step some versions need, like sealing the rows already on record)."""
    conn.create_function("name_key", 1, name_key, deterministic=True)
    reseal = Reseal(conn, "sbdesk")
    for version, sql in migrations():
        if version <= current or (upto is not None and version > upto):
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            reseal.before(version, sql)
            for statement in _statements(sql):
                conn.execute(statement)
            if version in AFTER_MIGRATION:
                AFTER_MIGRATION[version](conn)
            reseal.after(version, sql)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _seal_existing(conn: Connection) -> None:
    subjects = [
        f"{kind}:{rid}"
        for kind, table in seals.TABLES.items()
        for (rid,) in conn.execute(f"SELECT id FROM {table} ORDER BY id")  # noqa: S608 - seals.TABLES
    ]
    if subjects:
        audit.append(
            conn,
            datetime.now().astimezone().isoformat(timespec="seconds"),
            "sbdesk",
            "audit.seal_existing",
            "database",
            {"rows": len(subjects)},
            sealed=subjects,
        )


def _purged_at(conn: Connection) -> None:
    """Schema 21 (its file says why): the column and index, each only when missing."""
    if "purged_at" not in {r[1] for r in conn.execute("PRAGMA table_info(attachments)")}:
        conn.execute("ALTER TABLE attachments ADD COLUMN purged_at TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS attachments_kept ON attachments(application_id) WHERE purged_at IS NULL")


#: 7 seals the rows on record (before it there are no seals to check them against); 21 adds
#: a column that SQLite cannot add "if not exists" in SQL
AFTER_MIGRATION: dict[int, Callable[[Connection], None]] = {7: _seal_existing, 21: _purged_at}

#: a migration that names a sealed table may change its rows' hashes (a column added, a value
#: filled in): a word in a comment only costs one needless check
_SEALED_TABLE = re.compile(r"\b(" + "|".join(seals.TABLES.values()) + r")\b", re.IGNORECASE)


class Reseal:
    """Seal again, on either engine, the rows a migration changed, and only those that matched
    their seals before it: a row changed behind sbdesk's back before the migration keeps its old
    seal, so `check` still names it, and the audit row counts it. (A seal covers every column,
    so a column added to people changes every person's hash: without this every row would
    show as changed outside sbdesk.)"""

    def __init__(self, conn: Connection, operator: str) -> None:
        self.conn, self.operator = conn, operator
        self.unsound: set[str] | None = None  # mismatched before the first such migration

    def before(self, version: int, sql: str) -> None:
        if self.unsound is None and _SEALED_TABLE.search(sql) and seals.has_table(self.conn):
            self.unsound = seals.mismatched(self.conn)

    def after(self, version: int, sql: str) -> None:
        if self.unsound is None or not _SEALED_TABLE.search(sql):
            return
        changed = sorted(seals.mismatched(self.conn) - self.unsound)
        if not changed:
            return
        seals.untouch(self.conn)  # the migration's own writes noted by triggers: only `changed` is sealed
        left = sorted(self.unsound)
        audit.append(
            self.conn,
            datetime.now().astimezone().isoformat(timespec="seconds"),
            self.operator,
            "audit.seal_migrated",
            "database",
            {"version": version, "rows": len(changed), "not_sealed": len(left), "not_sealed_rows": left[:100]},
            sealed=changed,
        )


def _statements(sql: str) -> Iterator[str]:
    """Split a script into complete statements (triggers hold semicolons of their own)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
