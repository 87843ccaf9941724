"""Where a table's ids stand. An import counts what it wrote by id: a row above the last id
before it began is this file's own, so a duplicate is named by the file's row, not called a
person already on record."""

from __future__ import annotations

#: the tables an import writes; a name is put into the SQL text, so only these are taken
TABLES = ("people", "bindings")


def _named(table: str) -> str:
    if table not in TABLES:
        raise ValueError(f"not a table an import writes: {table!r}")
    return table


def last(conn, table: str) -> int:
    """The highest id on record (0 for an empty table)."""
    sql = f"SELECT coalesce(max(id), 0) FROM {_named(table)}"  # noqa: S608 - a name from TABLES
    return conn.execute(sql).fetchone()[0]


def first_after(conn, table: str, before: int) -> int:
    """The lowest id above ``before`` (0 when there is none): the first row written since."""
    sql = f"SELECT coalesce(min(id), 0) FROM {_named(table)} WHERE id > ?"  # noqa: S608 - a name from TABLES
    return conn.execute(sql, (before,)).fetchone()[0]
