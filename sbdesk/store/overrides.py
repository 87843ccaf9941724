"""Policy an office imported (relationship policy, local pension figures), stored as JSON
beside the data so it survives program updates and travels with a backup."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .connection import Connection


def get(conn: Connection, key: str):
    row = conn.execute("SELECT value FROM policy_overrides WHERE key=?", (key,)).fetchone()
    return json.loads(row["value"]) if row else None


def put(conn: Connection, key: str, value, source: str, now: str) -> None:
    conn.execute(
        "INSERT INTO policy_overrides (key, value, source, updated_at) VALUES (?,?,?,?)"
        " ON CONFLICT(key) DO UPDATE SET value=excluded.value, source=excluded.source,"
        " updated_at=excluded.updated_at",
        (key, json.dumps(value, ensure_ascii=False), source, now),
    )


def peek(path: Path, key: str):
    """One value from a database file that nothing in this process has open (``sbdesk
    --version``): read-only, no migration, no lock kept; None when there is no such file,
    table or row, or the file cannot be read."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM policy_overrides WHERE key=?", (key,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None
