"""People and their family relations."""

from __future__ import annotations

import sqlite3

from ..domain.models import ACCOUNT_STATES, INSURANCE, DamagedPerson, Person
from . import rows
from .connection import Connection
from .name_key import name_key
from .rows import DamagedRow

COLUMNS = (
    "id, id_number, name, sex, birth_date, region_code, insurance, card_number, computer_number, "
    "ss_account, financial_account"
)
# what each of COLUMNS holds as sbdesk writes it (another value there is a DamagedRow)
SHAPE = rows.Shape(
    "people",
    (
        ("id", rows.INT, False),
        ("id_number", rows.TEXT, False),
        ("name", rows.TEXT, False),
        ("sex", rows.TEXT, True),
        ("birth_date", rows.DAY, True),
        ("region_code", rows.TEXT, False),
        ("insurance", rows.TEXT, False),
        ("card_number", rows.TEXT, True),
        ("computer_number", rows.TEXT, True),
        ("ss_account", rows.TEXT, False),
        ("financial_account", rows.TEXT, False),
    ),
    {
        "sex": ("male", "female", None),
        "insurance": INSURANCE,
        "ss_account": ACCOUNT_STATES,
        "financial_account": ACCOUNT_STATES,
    },
)


def from_row(row: sqlite3.Row) -> Person:
    return _from_tuple(tuple(row[c] for c in _FIELDS))


_INSERT = (
    "INSERT INTO people (id_number, name, sex, birth_date, region_code, insurance, card_number,"
    " computer_number, ss_account, financial_account, created_at, updated_at, name_key)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _values(p: Person, now: str) -> tuple:
    """A new person's row for _INSERT (one place for the single and the bulk insert)."""
    return (
        p.id_number,
        p.name,
        p.sex,
        p.birth_date.isoformat() if p.birth_date else None,
        p.region_code,
        p.insurance,
        p.card_number,
        p.computer_number,
        p.ss_account,
        p.financial_account,
        now,
        now,
        name_key(p.name),
    )


def insert(conn: Connection, p: Person, now: str) -> int:
    return conn.execute(_INSERT, _values(p, now)).lastrowid


#: what an edit may change (the ID number, sex and birth date are the person's identity)
EDITABLE = (
    "name",
    "region_code",
    "insurance",
    "card_number",
    "computer_number",
    "ss_account",
    "financial_account",
)
_UPDATE = "UPDATE people SET " + ", ".join(f"{c}=?" for c in EDITABLE) + ", updated_at=?, name_key=? WHERE id=?"


def update(conn: Connection, p: Person, now: str) -> None:
    conn.execute(_UPDATE, (*(getattr(p, c) for c in EDITABLE), now, name_key(p.name), p.id))


def delete(conn: Connection, person_id: int) -> None:
    """The person, the bindings they ended and their closed 亲情服务 applications with the
    attachments (the audit log keeps the masked history)."""
    conn.execute("DELETE FROM bindings WHERE owner_id=? OR member_id=?", (person_id, person_id))
    conn.execute("DELETE FROM applications WHERE owner_id=? OR member_id=?", (person_id, person_id))
    conn.execute("DELETE FROM people WHERE id=?", (person_id,))


def unfinished_applications(conn: Connection, person_id: int) -> int:
    return conn.execute(
        "SELECT count(*) FROM applications WHERE (owner_id=? OR member_id=?) AND status IN ('draft', 'pending_face')",
        (person_id, person_id),
    ).fetchone()[0]


def get(conn: Connection, person_id: int) -> Person | None:
    with rows.readable("people", person_id):
        row = conn.execute(f"SELECT {COLUMNS} FROM people WHERE id=?", (person_id,)).fetchone()
    return from_row(row) if row else None


def by_id_number(conn: Connection, id_number: str) -> Person | None:
    with rows.readable():
        row = conn.execute(f"SELECT {COLUMNS} FROM people WHERE id_number=?", (id_number,)).fetchone()
    return from_row(row) if row else None


def by_card(conn: Connection, card_number: str) -> Person | None:
    with rows.readable():
        row = conn.execute(f"SELECT {COLUMNS} FROM people WHERE card_number=?", (card_number,)).fetchone()
    return from_row(row) if row else None


_FIELDS = (
    "id",
    "id_number",
    "name",
    "sex",
    "birth_date",
    "region_code",
    "insurance",
    "card_number",
    "computer_number",
    "ss_account",
    "financial_account",
)  # COLUMNS' order, as Person's names
_new = object.__new__


def _from_tuple(t: tuple) -> Person:
    """Positional and without sqlite3.Row: searches build hundreds of these per keystroke.
    The record is filled in one step, without its __init__'s argument checks (as a frozen
    dataclass, whose __init__ set each of the eleven fields with a separate call, that was
    half the cost of a search)."""
    SHAPE.check(t, t[0])
    person = _new(Person)
    person.__dict__.update(zip(_FIELDS, t, strict=True))
    if t[4]:
        person.__dict__["birth_date"] = rows.day(t[4], "people", t[0], "birth_date")
    return person


def listed(t: tuple) -> Person:
    """A row of a listing: a damaged row stands in the list as a DamagedPerson that names
    its column, so the clerk sees everyone else and which row needs check / restore."""
    try:
        return _from_tuple(t)
    except DamagedRow as exc:
        return DamagedPerson.of(t[0], exc.column)


def damaged(conn: Connection):
    """Every person row that cannot be read back (what `sbdesk check` reports), streamed. In
    the file, SQLite picks the suspect rows (a million in about a second); on the server,
    whose typed columns hold no BLOB, every row is read."""
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.arraysize = 1000
    where = f"WHERE {SHAPE.suspects}" if conn.engine == "sqlite" else ""
    for t in cursor.execute(f"SELECT {COLUMNS} FROM people {where} ORDER BY id"):
        try:
            _from_tuple(t)
        except DamagedRow as exc:
            yield exc


def count(conn: Connection) -> int:
    """The number of people, from the counter migration 0009's triggers keep: one row read,
    where count(*) walks every page of the table (0.5 s cold at a million people)."""
    row = conn.execute("SELECT n FROM row_counts WHERE name = 'people'").fetchone()
    return row[0] if row else conn.execute("SELECT count(*) FROM people").fetchone()[0]


# an upsert both engines spell the same (SQLite's INSERT OR REPLACE is its own)
_SET_RELATION = (
    "INSERT INTO relations (person_id, relative_id, kind) VALUES (?,?,?)"
    " ON CONFLICT (person_id, relative_id) DO UPDATE SET kind = excluded.kind"
)


def set_relation(conn: Connection, person_id: int, relative_id: int, kind: str, inverse_kind: str) -> None:
    """Record both directions at once so either side's detail pane shows it."""
    conn.executemany(_SET_RELATION, ((person_id, relative_id, kind), (relative_id, person_id, inverse_kind)))


def relatives(conn: Connection, person_id: int, damaged: list[DamagedRow] | None = None) -> list[tuple[str, Person]]:
    """(kind, relative); a relative whose row cannot be read raises DamagedRow, or with a
    ``damaged`` list is left out and added to it (a detail shows the rest)."""
    found = []
    try:
        with rows.readable():
            for row in conn.execute(
                f"SELECT r.kind, {', '.join('p.' + c.strip() for c in COLUMNS.split(','))} "
                "FROM relations r JOIN people p ON p.id = r.relative_id WHERE r.person_id=? ORDER BY p.name",
                (person_id,),
            ):
                try:
                    found.append((row["kind"], from_row(row)))
                except DamagedRow as exc:
                    if damaged is None or isinstance(exc, rows.DamagedText):
                        raise
                    damaged.append(exc)
    except rows.DamagedText as exc:  # the query stopped there: the rest of the family is not known
        if damaged is None:
            raise
        damaged.append(exc)
    return found


def _chunks(values: list, size: int = 500):
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _existing(conn: Connection, column: str, values: list[str]) -> list[str]:
    """Which of ``values`` are already in ``column`` (asked 500 at a time, SQLite's limit allows)."""
    found = []
    for chunk in _chunks(values):
        marks = ",".join("?" * len(chunk))
        found += [r[0] for r in conn.execute(f"SELECT {column} FROM people WHERE {column} IN ({marks})", chunk)]
    return found


def holders(conn: Connection, column: str, values: list[str]) -> list[tuple[str, int, str]]:
    """(value, id, name) of the people whose ``column`` (id_number or card_number) is one of
    ``values``: how an import finds its duplicates, in the file and on record, by the database."""
    if column not in ("id_number", "card_number"):
        raise ValueError(column)
    found: list[tuple[str, int, str]] = []
    for chunk in _chunks(values):
        marks = ",".join("?" * len(chunk))
        found += [
            (r[0], r[1], r[2])
            for r in conn.execute(f"SELECT {column}, id, name FROM people WHERE {column} IN ({marks})", chunk)
        ]
    return found


def existing_id_numbers(conn: Connection, numbers: list[str]) -> list[str]:
    return _existing(conn, "id_number", numbers)


def existing_cards(conn: Connection, cards: list[str]) -> list[str]:
    return _existing(conn, "card_number", cards)


def insert_many(conn: Connection, persons: list[Person], now: str) -> None:
    conn.executemany(_INSERT, (_values(p, now) for p in persons))


def iterate(conn: Connection):
    """Every person, streamed in row order (an export of a million rows never holds them all)."""
    cursor = conn.cursor()
    cursor.row_factory = None  # positional rows: sqlite3.Row cost a third of an export's time
    cursor.arraysize = 1000
    for t in cursor.execute(f"SELECT {COLUMNS} FROM people ORDER BY id"):
        yield _from_tuple(t)


def set_relations(conn: Connection, rows: list[tuple[int, int, str]]) -> None:
    """Many (person, relative, kind) rows at once; the caller gives both directions."""
    conn.executemany(_SET_RELATION, rows)
