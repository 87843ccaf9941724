"""Copying a SQLite file into an empty branch database (``sbdesk migrate-to URL``).

Rows are copied as they are, ids included, table by table with COPY (psycopg's
``cursor.copy``, a stream, not a statement a row), in one server transaction with the schema;
the identity counters are moved past the copied ids first. The per-row checks and the indexes
are off while the rows stream in and the whole copy is then verified on the server inside that
transaction (transfer_checks.py says why that is as strict as the triggers), so a copy that
does not verify is rolled back whole, and a copy killed anywhere leaves the target empty: the
server rolls back a transaction whose client is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from . import server, transfer_checks
from .connection import Connection
from .people import count as people_counter

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
SKIP = {"row_counts", "database_identity"}  # the server has an identity of its own; the counter is set
CHUNK = 5000
#: how often the server looks whether the client is still there during a long statement (a copy
#: killed while the server builds an index is rolled back then, not when the build ends)
CHECK_CLIENT = "2s"


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
    source: Connection,
    target: server.Connection,
    progress: Callable[[str, int, int], None] | None = None,
    before_commit: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Schema and rows into ``target`` (which must have no tables), verified; returns the
    rows copied per table. Raises NotEmpty, or Unverified with the problems when the copy
    does not verify (nothing is left on the server then). ``progress(stage, done, total)``:
    ("copy", rows copied, rows in all), ("keys", step, steps), ("verify", step, steps); what
    it raises rolls the copy back, as ``before_commit``'s does (the file's own check)."""
    tell = progress or (lambda stage, done, total: None)
    tables = source_tables(source)
    total = sum(source.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)  # noqa: S608
    counts: dict[str, int] = {}
    with target.writing():
        found = target_tables(target)  # under the write lock: a second copy at once waits, then finds the first
        if found:
            raise NotEmpty(", ".join(found[:5]) + (" …" if len(found) > 5 else ""))
        if int(target.raw.info.server_version) >= 140000:
            target.execute(f"SET LOCAL client_connection_check_interval = '{CHECK_CLIENT}'")
        server.apply_migrations(target)
        target.execute("INSERT INTO sbdesk_schema (version) VALUES (?)", (server.LATEST,))
        held = transfer_checks.hold(target, tables)
        tell("copy", 0, total)
        for table in tables:
            counts[table] = _stream(source, target, table, lambda n: tell("copy", sum(counts.values()) + n, total))
        transfer_checks.release(target, held, tell)
        problems = transfer_checks.verify(target, counts, people_counter(source), tell)
        if problems:
            raise Unverified("; ".join(problems[:5]))
        if before_commit:
            before_commit()
    return counts


def _stream(source: Connection, target: server.Connection, table: str, tell: Callable[[int], None]) -> int:
    """One table's rows in id order (the chain takes audit rows in order) through COPY."""
    if table in server.ID_TABLES:  # identity ids (region_batches.id is a code), moved past
        top = source.execute(f"SELECT max(id) FROM {table}").fetchone()[0]  # noqa: S608 - the copied ones
        if top:  # before the copy: the audit chain takes only ids the identity gave out
            target.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), ?)", (top,))
    order = " ORDER BY id" if table in server.ID_TABLES else ""
    cur = source.cursor()
    cur.row_factory = None
    cur.execute(f"SELECT * FROM {table}{order}")  # noqa: S608 - names read from sqlite_master
    names = ", ".join(transfer_checks.ident(d[0]) for d in cur.description)
    done = 0
    with target.errors(), target.raw.cursor().copy(f"COPY {transfer_checks.ident(table)} ({names}) FROM STDIN") as out:
        while rows := cur.fetchmany(CHUNK):
            for row in rows:
                out.write_row(row)
            done += len(rows)
            tell(done)
    return done
