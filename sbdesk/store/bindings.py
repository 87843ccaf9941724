"""Bindings between an owner's personal account and a member."""

from __future__ import annotations

import sqlite3
from datetime import date

from ..domain import relations
from ..domain.models import Binding
from . import rows
from .connection import Connection
from .rows import DamagedRow

# LEFT joins: a binding whose person is gone (edited by hand) is a DamagedRow, never a row
# an export or a listing leaves out without a word
SELECT = (
    "SELECT b.*, o.name AS owner_name, m.name AS member_name FROM bindings b "
    "LEFT JOIN people o ON o.id = b.owner_id LEFT JOIN people m ON m.id = b.member_id"
)
# the bindings columns as sbdesk writes them (another value there is a DamagedRow)
SHAPE = rows.Shape(
    "bindings",
    (
        ("id", rows.INT, False),
        ("owner_id", rows.INT, False),
        ("member_id", rows.INT, False),
        ("relation", rows.TEXT, False),
        ("channel", rows.TEXT, False),
        ("status", rows.TEXT, False),
        ("bound_on", rows.DAY, False),
        ("ended_on", rows.DAY, True),
        ("operator", rows.TEXT, False),
        ("end_reason", rows.TEXT, False),
    ),
    {"status": ("active", "ended"), "relation": tuple(relations.KINDS)},
)
_READ = SHAPE.names


def from_row(row: sqlite3.Row) -> Binding:
    values = tuple(row[c] for c in _READ)
    rid = values[0]
    SHAPE.check(values, rid)
    keys = row.keys()  # a Row's `in` looks at its values
    owner = _name(row, "owner", values[1], rid) if "owner_name" in keys else ""
    member = _name(row, "member", values[2], rid) if "member_name" in keys else ""
    return Binding(
        id=rid,
        owner_id=values[1],
        member_id=values[2],
        relation=values[3],
        channel=values[4],
        status=values[5],
        bound_on=rows.day(values[6], "bindings", rid, "bound_on"),
        ended_on=rows.day(values[7], "bindings", rid, "ended_on"),
        operator=values[8],
        owner_name=owner,
        member_name=member,
        end_reason=values[9],
    )


def _name(row: sqlite3.Row, role: str, person_id: int, rid: int) -> str:
    name = row[f"{role}_name"]
    if name is None:  # the LEFT JOIN found nobody: the binding points at a person not on record
        raise DamagedRow("bindings", rid, f"{role}_id", "a person on record")
    return rows.text(name, "people", person_id, "name")


def damaged(conn: Connection):
    """Every binding row that cannot be read back (what `sbdesk check` reports), streamed;
    a damaged name of a person is the people table's finding, not repeated here."""
    where = f"WHERE {SHAPE.suspects}" if conn.engine == "sqlite" else ""
    for row in conn.execute(f"SELECT * FROM bindings {where} ORDER BY id"):  # noqa: S608 - from the schema spec
        try:
            from_row(row)
        except DamagedRow as exc:
            yield exc


def insert(conn: Connection, b: Binding, now: str, application_id: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO bindings (owner_id, member_id, relation, channel, status, bound_on, operator,"
        " application_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            b.owner_id,
            b.member_id,
            b.relation,
            b.channel,
            b.status,
            b.bound_on.isoformat(),
            b.operator,
            application_id,
            now,
        ),
    )
    return cur.lastrowid


def end(conn: Connection, binding_id: int, day: date, reason: str) -> None:
    conn.execute(
        "UPDATE bindings SET status='ended', ended_on=?, end_reason=? WHERE id=?", (day.isoformat(), reason, binding_id)
    )


def get(conn: Connection, binding_id: int) -> Binding | None:
    row = conn.execute(f"{SELECT} WHERE b.id=?", (binding_id,)).fetchone()
    return from_row(row) if row else None


def active_for_member(conn: Connection, member_id: int) -> list[Binding]:
    return [from_row(r) for r in conn.execute(f"{SELECT} WHERE b.member_id=? AND b.status='active'", (member_id,))]


def for_person(conn: Connection, person_id: int, damaged: list[DamagedRow] | None = None) -> list[Binding]:
    """Bindings where the person is owner or member, newest first, ended ones included. A row
    that cannot be read raises DamagedRow (a write must know every binding it ends), or with
    a ``damaged`` list is left out and added to it (a detail shows the rest)."""
    found = []
    try:
        with rows.readable():
            for r in conn.execute(
                f"{SELECT} WHERE b.owner_id=? OR b.member_id=? ORDER BY b.id DESC", (person_id, person_id)
            ):
                try:
                    found.append(from_row(r))
                except DamagedRow as exc:
                    if damaged is None or isinstance(exc, rows.DamagedText):
                        raise
                    damaged.append(exc)
    except rows.DamagedText as exc:  # the query stopped there: the rest is not known
        if damaged is None:
            raise
        damaged.append(exc)
    return found


def count_active_for(conn: Connection, person_id: int) -> int:
    return conn.execute(
        "SELECT count(*) FROM bindings WHERE status='active' AND (owner_id=? OR member_id=?)", (person_id, person_id)
    ).fetchone()[0]


def list_by_channel(
    conn: Connection, channel: str | None = None, status: str | None = None, limit: int = -1
) -> list[Binding]:
    sql, args = f"{SELECT} WHERE 1=1", []
    if channel:
        sql += " AND b.channel=?"
        args.append(channel)
    if status:
        sql += " AND b.status=?"
        args.append(status)
    return [from_row(r) for r in conn.execute(sql + " ORDER BY b.id DESC LIMIT ?", (*args, limit))]


def insert_many(conn: Connection, items: list[Binding], now: str) -> None:
    conn.executemany(
        "INSERT INTO bindings (owner_id, member_id, relation, channel, status, bound_on, operator, created_at)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            (b.owner_id, b.member_id, b.relation, b.channel, b.status, b.bound_on.isoformat(), b.operator, now)
            for b in items
        ),
    )


def iterate_with_numbers(conn: Connection):
    """(binding, owner's ID number, member's ID number), streamed."""
    found = conn.execute(
        "SELECT b.*, o.name AS owner_name, m.name AS member_name, o.id_number AS owner_number,"
        " m.id_number AS member_number FROM bindings b LEFT JOIN people o ON o.id = b.owner_id"
        " LEFT JOIN people m ON m.id = b.member_id ORDER BY b.id"
    )
    for row in found:
        binding = from_row(row)
        yield (
            binding,
            rows.text(row["owner_number"], "people", binding.owner_id, "id_number"),
            rows.text(row["member_number"], "people", binding.member_id, "id_number"),
        )
