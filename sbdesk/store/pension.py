"""Contribution periods per person."""

from __future__ import annotations

from ..domain.pension import Period, month_index, month_text
from . import rows
from .connection import Connection


def _month(value: object, rid: object, column: str) -> int:
    try:
        if type(value) is str:
            return month_index(value)
    except ValueError:
        pass
    raise rows.DamagedRow("contributions", rid, column, "a month")


def _period(r) -> Period:
    rid, start, end, base = r["id"], r["start_month"], r["end_month"], r["base_wage"]
    if type(base) not in (int, float):
        raise rows.DamagedRow("contributions", rid, "base_wage", "a number")
    return Period(_month(start, rid, "start_month"), _month(end, rid, "end_month") if end else None, base, rid)


def periods(conn: Connection, person_id: int) -> list[Period]:
    found = conn.execute(
        "SELECT id, start_month, end_month, base_wage FROM contributions WHERE person_id=? ORDER BY start_month, id",
        (person_id,),
    )
    return [_period(r) for r in found]


def damaged(conn: Connection):
    """Every contribution period that cannot be read back (what `sbdesk check` reports)."""
    for r in conn.execute("SELECT id, start_month, end_month, base_wage FROM contributions ORDER BY id"):
        try:
            _period(r)
        except rows.DamagedRow as exc:
            yield exc


def add(conn: Connection, person_id: int, p: Period) -> int:
    cur = conn.execute(
        "INSERT INTO contributions (person_id, start_month, end_month, base_wage) VALUES (?,?,?,?)",
        (person_id, month_text(p.start), month_text(p.end) if p.end is not None else None, p.base),
    )
    return cur.lastrowid


def remove(conn: Connection, person_id: int, period_id: int) -> bool:
    cur = conn.execute("DELETE FROM contributions WHERE id=? AND person_id=?", (period_id, person_id))
    return cur.rowcount == 1


def category(conn: Connection, person_id: int) -> str | None:
    """'worker', 'cadre' or None (not asked): kept apart from Person, read where it matters."""
    row = conn.execute("SELECT retirement_category FROM people WHERE id=?", (person_id,)).fetchone()
    return row[0] if row else None


def set_category(conn: Connection, person_id: int, value: str | None) -> None:
    conn.execute("UPDATE people SET retirement_category=? WHERE id=?", (value, person_id))
