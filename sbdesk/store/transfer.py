"""Copying a SQLite file into an empty branch database (``sbdesk migrate-to URL``).

Rows are copied as they are, ids included, table by table in the order their references
need, in one server transaction with the schema; the identity counters are moved past the
copied ids; then the target's audit chain and seals are verified inside that transaction
(the same rows on the same columns hash the same, migrations/postgresql/0009_schema.sql),
so a copy that does not verify is rolled back whole.
"""

from __future__ import annotations

from collections.abc import Callable

from . import audit, seals, server
from .connection import Connection

#: references first; row_counts and the schema's own bookkeeping are the server's
ORDER = (
    "region_batches",
    "regions",
    "resource_editions",
    "policy_overrides",
    "people",
    "relations",
    "applications",
    "attachments",
    "service_passwords",
    "contributions",
    "bindings",
    "audit",
    "seals",
)
SKIP = {"row_counts", "database_identity"}  # the server has an identity of its own
#: the server's checks of a new seal (it belongs to the audit row just appended and matches the
#: row as it stands) do not hold for history: off while it is copied, which is verified whole below
HISTORY = (("seals", "seals_valid"), ("audit", "audit_sealed"))
CHUNK = 2000


class NotEmpty(Exception):
    """The target holds tables already; ``detail`` names a few."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Unverified(Exception):
    """The copy on the server does not verify (``detail`` says how); it was rolled back."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def target_tables(conn: server.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    ]


def source_tables(source: Connection) -> list[str]:
    names = [
        r[0]
        for r in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    rest = [n for n in names if n not in ORDER and n not in SKIP]
    return [n for n in ORDER if n in names] + rest


def copy(
    source: Connection, target: server.Connection, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Schema and rows into ``target`` (which must have no tables), verified; returns the
    rows copied per table. Raises NotEmpty, or Unverified with the problems
    when the copy does not verify (nothing is left on the server then)."""
    found = target_tables(target)
    if found:
        raise NotEmpty(", ".join(found[:5]) + (" …" if len(found) > 5 else ""))
    counts: dict[str, int] = {}
    with target.writing():
        server.apply_migrations(target)
        target.execute("INSERT INTO sbdesk_schema (version) VALUES (?)", (server.LATEST,))
        for table, trigger in HISTORY:
            target.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        for table in source_tables(source):
            if table in server.ID_TABLES:  # identity ids (region_batches.id is a code), moved past
                top = source.execute(f"SELECT max(id) FROM {table}").fetchone()[0]  # noqa: S608 - the copied ones
                if top:  # before the copy: the audit chain takes only ids the identity gave out
                    target.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), ?)", (top,))
            order = " ORDER BY id" if table in server.ID_TABLES else ""  # the chain takes audit rows in order
            cur = source.execute(f"SELECT * FROM {table}{order}")  # noqa: S608 - names read from sqlite_master
            names = [d[0] for d in cur.description]
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"  # noqa: S608
            done = 0
            while rows := cur.fetchmany(CHUNK):
                target.executemany(sql, [tuple(r) for r in rows])
                done += len(rows)
                if progress:
                    progress(table, done)
            counts[table] = done
        for table, trigger in HISTORY:
            target.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
        problems = audit.verify(target) + seals.verify(target)
        for table, n in counts.items():
            there = target.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            if there != n:
                problems.append(f"{table}: {n} rows read, {there} on the server")
        if problems:
            raise Unverified("; ".join(problems[:5]))
    return counts
