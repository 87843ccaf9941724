"""Contribution periods per person."""
from __future__ import annotations

import sqlite3

from ..domain.pension import Period, month_index, month_text


def periods(conn: sqlite3.Connection, person_id: int) -> list[Period]:
    rows = conn.execute("SELECT id, start_month, end_month, base_wage FROM contributions WHERE person_id=?"
                        " ORDER BY start_month, id", (person_id,))
    return [Period(month_index(r["start_month"]), month_index(r["end_month"]) if r["end_month"] else None,
                   r["base_wage"], r["id"]) for r in rows]


def add(conn: sqlite3.Connection, person_id: int, p: Period) -> int:
    cur = conn.execute("INSERT INTO contributions (person_id, start_month, end_month, base_wage) VALUES (?,?,?,?)",
                       (person_id, month_text(p.start), month_text(p.end) if p.end is not None else None, p.base))
    return cur.lastrowid


def remove(conn: sqlite3.Connection, person_id: int, period_id: int) -> bool:
    cur = conn.execute("DELETE FROM contributions WHERE id=? AND person_id=?", (period_id, person_id))
    return cur.rowcount == 1


def category(conn: sqlite3.Connection, person_id: int) -> str | None:
    """'worker', 'cadre' or None (not asked): kept apart from Person, read where it matters."""
    row = conn.execute("SELECT retirement_category FROM people WHERE id=?", (person_id,)).fetchone()
    return row[0] if row else None


def set_category(conn: sqlite3.Connection, person_id: int, value: str | None) -> None:
    conn.execute("UPDATE people SET retirement_category=? WHERE id=?", (value, person_id))
