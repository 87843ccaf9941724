"""The schema a file of each version must have, and how a file differs from it.

A file carries its own schema, and a trigger or view in it runs with the file's data: a
backup with an extra trigger could hide audit rows or rewrite data during a restore, a
dropped trigger lets the audit log be edited. The expected schema of version N is what the
migrations 1..N build in an empty database, compared object by object.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from . import sqlite_engine
from .connection import Connection
from .migrate import migrate

Entry = tuple[str, str, str, str]  # (type, name, table, sql with spaces collapsed)


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def objects(conn: Connection | sqlite3.Connection, schema: str = "main") -> set[Entry]:
    """Tables, indexes, triggers and views; SQLite's own tables (sqlite_stat1 …) aside."""
    rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master")  # noqa: S608 - schema is "main" or a fixed attach name
    return {(t, n, tb, _normal(s)) for t, n, tb, s in rows if not n.startswith("sqlite_")}


@cache
def expected(version: int) -> frozenset[Entry]:
    conn = sqlite_engine.plain(":memory:")
    try:
        migrate(conn, 0, upto=version)
        return frozenset(objects(conn))
    finally:
        conn.close()


def differences(conn: Connection, version: int, schema: str = "main") -> list[str]:
    """One line per object missing, extra or changed; empty when the schema is as built.
    (A server's schema is checked by server.integrity, through db.integrity.)"""
    if conn.engine != "sqlite":
        return []
    if version < 1:
        return ["no sbdesk schema"]
    want = {(t, n): e for t, n, *_ in expected(version) for e in [(t, n, *_)]}
    have = {(e[0], e[1]): e for e in objects(conn, schema)}
    problems = []
    for key in sorted(want.keys() - have.keys()):
        problems.append(f"{key[0]} {key[1]} is missing")
    for key in sorted(have.keys() - want.keys()):
        problems.append(f"{key[0]} {key[1]} is not part of sbdesk")
    for key in sorted(want.keys() & have.keys()):
        if want[key] != have[key]:
            problems.append(f"{key[0]} {key[1]} was changed")
    return problems
