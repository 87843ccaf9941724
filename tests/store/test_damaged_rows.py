"""The SQL that picks `sbdesk check`'s suspect rows (store/rows.py) never misses a row the
Python reading refuses: values tried against both, by hand-picked cases and by hypothesis."""

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbdesk.store import bindings, db
from sbdesk.store import people as people_store
from sbdesk.store.rows import DamagedRow

GOOD = (1, "11010519491231002X", "张伟", "male", "1949-12-31", "110105", "employee", None, None, "unknown", "unknown")
DAYS = [
    "2024-02-29",
    "2023-02-29",
    "2024-02-30",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-1-01",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2024-01-01 ",
    " 2024-01-01",
    "2024-01-01T00:00",
    "20240101",
    "2024-W01-1",
    "２０２４-01-01",
    "",
    "19(0-01-01",
    20240101,
    2024.5,
    b"2024-01-01",
    None,
]


def verdicts(values: list, column: int) -> list[tuple[bool, bool]]:
    """(Python refuses it, SQL calls it a suspect) for a people row holding each value."""
    conn = db.plain(":memory:")
    names = [c.strip() for c in people_store.COLUMNS.split(",")]
    conn.execute(f"CREATE TABLE people ({', '.join(names)})")  # no affinity: a value stays as given
    found = []
    for value in values:
        row = list(GOOD)
        row[column] = value
        conn.execute("DELETE FROM people")
        conn.execute(f"INSERT INTO people VALUES ({', '.join('?' * len(row))})", row)
        try:
            people_store._from_tuple(tuple(row))
            refused = False
        except DamagedRow:
            refused = True
        suspect = conn.execute(f"SELECT count(*) FROM people WHERE {people_store.SHAPE.suspects}").fetchone()[0]
        found.append((refused, bool(suspect)))
    return found


def test_every_date_python_refuses_is_a_suspect_and_real_dates_are_not():
    for value, (refused, suspect) in zip(DAYS, verdicts(DAYS, 4), strict=True):
        assert not refused or suspect, value
        if isinstance(value, str) and value in ("2024-02-29", "0001-01-01", "9999-12-31"):
            assert not refused and not suspect, value


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=10),
    st.one_of(
        st.text(max_size=12),
        st.binary(max_size=6),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=False),
        st.none(),
        st.sampled_from(["male", "female", "employee", "resident", "none", "active", "inactive", "unknown"]),
        st.dates().map(date.isoformat),
    ),
)
def test_no_value_in_any_column_is_refused_by_python_and_missed_by_the_sql(column, value):
    [(refused, suspect)] = verdicts([value], column)
    assert not refused or suspect


def test_the_bindings_suspects_are_valid_sql():
    conn = db.plain(":memory:")
    conn.execute(f"CREATE TABLE bindings ({', '.join(bindings.SHAPE.names)})")
    assert conn.execute(f"SELECT count(*) FROM bindings WHERE {bindings.SHAPE.suspects}").fetchone() == (0,)


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "19(0-01-01", b"\xe7", 5])
def test_a_bad_binding_day_is_a_damaged_row_naming_its_column(value):
    conn = db.plain(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute(f"CREATE TABLE bindings ({', '.join(bindings.SHAPE.names)})")
    conn.execute("INSERT INTO bindings VALUES (1, 1, 2, 'spouse', 'window', 'active', ?, NULL, '', '')", (value,))
    assert [(e.table, e.row, e.column) for e in bindings.damaged(conn)] == [("bindings", 1, "bound_on")]
