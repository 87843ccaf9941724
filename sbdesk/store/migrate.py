"""The schema's migrations: the SQL files in order and how they are applied to a file.

On their own so that schema.py (which builds the expected schema from them) and server.py
(which shares the common ones) need not import db.py, which imports both of them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from . import audit, seals
from .name_key import name_key

# seeds a new database inside its creation, before anyone sees it; called with the engine's own
# connection (db.Connection or server.Connection), which share no typed protocol yet
Initialise = Callable[[Any], None]


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for each file ``NNNN_name.sql``, in order."""
    folder = Path(__file__).with_name("migrations")
    found = sorted(
        (int(f.name[:4]), f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".sql")
    )
    return found


LATEST = migrations()[-1][0]


def migrate(conn: sqlite3.Connection, current: int, upto: int | None = None) -> None:
    """Apply each newer migration atomically together with its user_version (and the Python
    step some versions need, like sealing the rows already on record)."""
    conn.create_function("name_key", 1, name_key, deterministic=True)
    for version, sql in migrations():
        if version <= current or (upto is not None and version > upto):
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            if version in AFTER_MIGRATION:
                AFTER_MIGRATION[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _seal_existing(conn: sqlite3.Connection) -> None:
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


#: 7 seals the rows on record; 9 fills every person's name_key, so their seals are made again
#: (the migration's own change, recorded as such in the audit chain)
AFTER_MIGRATION: dict[int, Callable[[sqlite3.Connection], None]] = {7: _seal_existing, 9: _seal_existing}


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
