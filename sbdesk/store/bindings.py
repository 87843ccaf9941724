"""Bindings between an owner's personal account and a member."""
from __future__ import annotations

import sqlite3
from datetime import date

from ..domain.models import Binding

SELECT = ("SELECT b.*, o.name AS owner_name, m.name AS member_name FROM bindings b "
          "JOIN people o ON o.id = b.owner_id JOIN people m ON m.id = b.member_id")


def from_row(row: sqlite3.Row) -> Binding:
    return Binding(id=row["id"], owner_id=row["owner_id"], member_id=row["member_id"],
                   relation=row["relation"], channel=row["channel"], status=row["status"],
                   bound_on=date.fromisoformat(row["bound_on"]),
                   ended_on=date.fromisoformat(row["ended_on"]) if row["ended_on"] else None,
                   operator=row["operator"], owner_name=row["owner_name"],
                   member_name=row["member_name"], end_reason=row["end_reason"])


def insert(conn: sqlite3.Connection, b: Binding, now: str, application_id: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO bindings (owner_id, member_id, relation, channel, status, bound_on, operator,"
        " application_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (b.owner_id, b.member_id, b.relation, b.channel, b.status, b.bound_on.isoformat(),
         b.operator, application_id, now))
    return cur.lastrowid


def end(conn: sqlite3.Connection, binding_id: int, day: date, reason: str) -> None:
    conn.execute("UPDATE bindings SET status='ended', ended_on=?, end_reason=? WHERE id=?",
                 (day.isoformat(), reason, binding_id))


def get(conn: sqlite3.Connection, binding_id: int) -> Binding | None:
    row = conn.execute(f"{SELECT} WHERE b.id=?", (binding_id,)).fetchone()
    return from_row(row) if row else None


def active_for_member(conn: sqlite3.Connection, member_id: int) -> list[Binding]:
    return [from_row(r) for r in conn.execute(
        f"{SELECT} WHERE b.member_id=? AND b.status='active'", (member_id,))]


def for_person(conn: sqlite3.Connection, person_id: int) -> list[Binding]:
    """Bindings where the person is owner or member, newest first, ended ones included."""
    return [from_row(r) for r in conn.execute(
        f"{SELECT} WHERE b.owner_id=? OR b.member_id=? ORDER BY b.id DESC", (person_id, person_id))]


def count_active_for(conn: sqlite3.Connection, person_id: int) -> int:
    return conn.execute("SELECT count(*) FROM bindings WHERE status='active' AND "
                        "(owner_id=? OR member_id=?)", (person_id, person_id)).fetchone()[0]


def list_by_channel(conn: sqlite3.Connection, channel: str | None = None,
                    status: str | None = None, limit: int = -1) -> list[Binding]:
    sql, args = f"{SELECT} WHERE 1=1", []
    if channel:
        sql += " AND b.channel=?"
        args.append(channel)
    if status:
        sql += " AND b.status=?"
        args.append(status)
    return [from_row(r) for r in conn.execute(sql + " ORDER BY b.id DESC LIMIT ?", (*args, limit))]


def insert_many(conn: sqlite3.Connection, items: list[Binding], now: str) -> None:
    conn.executemany(
        "INSERT INTO bindings (owner_id, member_id, relation, channel, status, bound_on, operator, created_at)"
        " VALUES (?,?,?,?,?,?,?,?)",
        ((b.owner_id, b.member_id, b.relation, b.channel, b.status, b.bound_on.isoformat(), b.operator, now)
         for b in items))


def iterate_with_numbers(conn: sqlite3.Connection):
    """(binding, owner's ID number, member's ID number), streamed."""
    rows = conn.execute("SELECT b.*, o.name AS owner_name, m.name AS member_name, o.id_number AS owner_number,"
                        " m.id_number AS member_number FROM bindings b JOIN people o ON o.id = b.owner_id"
                        " JOIN people m ON m.id = b.member_id ORDER BY b.id")
    for row in rows:
        yield from_row(row), row["owner_number"], row["member_number"]
