"""The audit log as an auditor reads it: a page at a time, newest first, filtered by clerk,
action, subject and date. Every filter is an index of schema 20 ending in the page's order
(at, id), and a page continues from the last row shown (keyset paging), so the first page of
a log of a million rows costs what it costs at a hundred, and so does the thousandth."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .connection import Connection

COLUMNS = "id, at, operator, action, subject, detail"
CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class Where:
    """What the rows must match. ``operators``/``subjects`` None: any; an empty tuple: none
    (a clerk or person that names nobody). ``since`` and ``before`` bound ``at`` as text
    (ISO dates: ``at >= since`` and ``at < before``)."""

    operators: tuple[str, ...] | None = None
    subjects: tuple[str, ...] | None = None
    action: str = ""
    since: str = ""
    before: str = ""

    @property
    def empty(self) -> bool:
        return self.operators == () or self.subjects == ()


def _clause(where: Where, after: tuple[str, int] | None) -> tuple[str, list]:
    parts: list[str] = []
    args: list = []
    for column, values in (("operator", where.operators), ("subject", where.subjects)):
        if values is not None:
            parts.append(f"{column} IN ({','.join('?' * len(values))})")
            args.extend(values)
    if where.action:
        parts.append("action = ?")
        args.append(where.action)
    if where.since:
        parts.append("at >= ?")
        args.append(where.since)
    if where.before:
        parts.append("at < ?")
        args.append(where.before)
    if after is not None:
        parts.append("(at, id) < (?, ?)")
        args.extend(after)
    return (" WHERE " + " AND ".join(parts)) if parts else "", args


def page(conn: Connection, where: Where, after: tuple[str, int] | None = None, size: int = 200) -> list[tuple]:
    """Up to ``size`` rows (id, at, operator, action, subject, detail) newest first, after
    the row (at, id) ``after`` (None: from the newest)."""
    if where.empty:
        return []
    sql, args = _clause(where, after)
    query = f"SELECT {COLUMNS} FROM audit{sql} ORDER BY at DESC, id DESC LIMIT ?"  # noqa: S608 - fixed fragments, ? values
    cur = conn.cursor()
    cur.row_factory = None
    return [tuple(r) for r in cur.execute(query, (*args, size))]


def every(conn: Connection, where: Where, size: int = 2000) -> Iterator[tuple]:
    """Every row that matches, newest first, a page at a time (an export never holds them all,
    on either engine)."""
    after: tuple[str, int] | None = None
    while rows := page(conn, where, after, size):
        yield from rows
        after = (rows[-1][1], rows[-1][0])


def plan(conn: Connection, where: Where, after: tuple[str, int] | None = None) -> str:
    """The engine's plan of a page's query, for the tests that hold it to its index."""
    sql, args = _clause(where, after)
    query = f"SELECT {COLUMNS} FROM audit{sql} ORDER BY at DESC, id DESC LIMIT 200"  # noqa: S608 - as page()
    if conn.engine == "postgresql":
        return "\n".join(str(r[0]) for r in conn.execute("EXPLAIN " + query, tuple(args)))
    return "\n".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + query, tuple(args)))


def distinct(conn: Connection, column: str) -> list[str]:
    """Every value of ``operator`` or ``action``, skipping through its index (a loose index
    scan: one lookup per value, not one per row)."""
    if column not in ("operator", "action"):
        raise ValueError(column)
    sql = (
        f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM audit"  # noqa: S608 - a checked column name
        f" UNION ALL SELECT (SELECT min({column}) FROM audit WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL)"
        " SELECT x FROM v WHERE x IS NOT NULL"
    )
    return [str(r[0]) for r in conn.execute(sql)]


def person_subjects(conn: Connection, person_id: int) -> tuple[str, ...]:
    """The subjects that speak of a person: the person, and each binding they are part of."""
    found = [f"person:{person_id}"]
    found += [
        f"binding:{r[0]}"
        for r in conn.execute(
            "SELECT id FROM bindings WHERE owner_id = ? OR member_id = ? ORDER BY id", (person_id, person_id)
        )
    ]
    return tuple(found)


def people_named(conn: Connection, name: str) -> list[int]:
    """The ids of everyone whose name is exactly ``name``."""
    return [int(r[0]) for r in conn.execute("SELECT id FROM people WHERE name = ? ORDER BY id LIMIT 20", (name,))]


def who(conn: Connection, subjects: list[str]) -> dict[str, tuple[str, str]]:
    """For ``person:N`` its (name, ID number); for ``binding:N`` (owner's name, member's name).
    A person or binding no longer on record is left out."""
    found: dict[str, tuple[str, str]] = {}
    wanted = {kind: sorted({int(s.split(":")[1]) for s in subjects if _is(s, kind)}) for kind in ("person", "binding")}
    for start in range(0, len(wanted["person"]), CHUNK):
        ids = wanted["person"][start : start + CHUNK]
        marks = ",".join("?" * len(ids))
        for r in conn.execute(f"SELECT id, name, id_number FROM people WHERE id IN ({marks})", tuple(ids)):  # noqa: S608
            found[f"person:{r[0]}"] = (str(r[1]), str(r[2]))
    for start in range(0, len(wanted["binding"]), CHUNK):
        ids = wanted["binding"][start : start + CHUNK]
        marks = ",".join("?" * len(ids))
        sql = (
            "SELECT b.id, o.name, m.name FROM bindings b JOIN people o ON o.id = b.owner_id"  # noqa: S608 - ? marks only
            f" JOIN people m ON m.id = b.member_id WHERE b.id IN ({marks})"
        )
        for r in conn.execute(sql, tuple(ids)):
            found[f"binding:{r[0]}"] = (str(r[1]), str(r[2]))
    return found


def _is(subject: str, kind: str) -> bool:
    head, _, key = subject.partition(":")
    return head == kind and key.isascii() and key.isdigit() and len(key) < 19


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def may_append(conn: Connection) -> bool:
    """Whether this login may write an audit row, so any write at all: on a branch server the
    auditor's role only reads; the file's user always may."""
    if conn.engine != "postgresql":
        return True
    return bool(conn.execute("SELECT has_table_privilege('audit', 'INSERT')").fetchone()[0])
