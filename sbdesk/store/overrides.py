"""Policy an office imported (relationship policy, local pension figures), stored as JSON
beside the data so it survives program updates and travels with a backup."""
from __future__ import annotations

import json
import sqlite3


def get(conn: sqlite3.Connection, key: str):
    row = conn.execute("SELECT value FROM policy_overrides WHERE key=?", (key,)).fetchone()
    return json.loads(row["value"]) if row else None


def put(conn: sqlite3.Connection, key: str, value, source: str, now: str) -> None:
    conn.execute("INSERT INTO policy_overrides (key, value, source, updated_at) VALUES (?,?,?,?)"
                 " ON CONFLICT(key) DO UPDATE SET value=excluded.value, source=excluded.source,"
                 " updated_at=excluded.updated_at", (key, json.dumps(value, ensure_ascii=False), source, now))
