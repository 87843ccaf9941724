"""People and their family relations."""

from __future__ import annotations

import sqlite3

from ..domain.models import ACCOUNT_STATES, INSURANCE, DamagedPerson, Person
from . import rows
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


def insert(conn: sqlite3.Connection, p: Person, now: str) -> int:
    return conn.execute(_INSERT, _values(p, now)).lastrowid


def update(conn: sqlite3.Connection, p: Person, now: str) -> None:
    conn.execute(
        "UPDATE people SET name=?, region_code=?, insurance=?, card_number=?, computer_number=?,"
        " ss_account=?, financial_account=?, updated_at=?, name_key=? WHERE id=?",
        (
            p.name,
            p.region_code,
            p.insurance,
            p.card_number,
            p.computer_number,
            p.ss_account,
            p.financial_account,
            now,
            name_key(p.name),
            p.id,
        ),
    )


def delete(conn: sqlite3.Connection, person_id: int) -> None:
    """The person, the bindings they ended and their closed 亲情服务 applications with the
    attachments (the audit log keeps the masked history)."""
    conn.execute("DELETE FROM bindings WHERE owner_id=? OR member_id=?", (person_id, person_id))
    conn.execute("DELETE FROM applications WHERE owner_id=? OR member_id=?", (person_id, person_id))
    conn.execute("DELETE FROM people WHERE id=?", (person_id,))


def unfinished_applications(conn: sqlite3.Connection, person_id: int) -> int:
    return conn.execute(
        "SELECT count(*) FROM applications WHERE (owner_id=? OR member_id=?) AND status IN ('draft', 'pending_face')",
        (person_id, person_id),
    ).fetchone()[0]


def get(conn: sqlite3.Connection, person_id: int) -> Person | None:
    with rows.readable("people", person_id):
        row = conn.execute(f"SELECT {COLUMNS} FROM people WHERE id=?", (person_id,)).fetchone()
    return from_row(row) if row else None


def by_id_number(conn: sqlite3.Connection, id_number: str) -> Person | None:
    with rows.readable():
        row = conn.execute(f"SELECT {COLUMNS} FROM people WHERE id_number=?", (id_number,)).fetchone()
    return from_row(row) if row else None


def by_card(conn: sqlite3.Connection, card_number: str) -> Person | None:
    with rows.readable():
        row = conn.execute(f"SELECT {COLUMNS} FROM people WHERE card_number=?", (card_number,)).fetchone()
    return from_row(row) if row else None


def _upper(prefix: str) -> str:
    """The smallest string above every string starting with ``prefix``."""
    return prefix + "\U0010ffff"


# What a list can be ordered by: the column of the people table, pinyin order for names.
# Every order ends with the row id, so equal values keep one stable order.
ORDERS = {
    "name": "name_key",
    "id_number": "id_number",
    "sex": "sex",
    "birth_date": "birth_date",
    "region": "region_code",
    "insurance": "insurance",
    "card_number": "card_number",
}
PAGEABLE = ("name", "id_number")  # indexed and never NULL: everyone can be paged in these orders


def _order(order: str, descending: bool) -> str:
    way = " DESC" if descending else ""
    return f"ORDER BY {ORDERS[order]}{way}, id{way}"


def search_sql(text: str, what: str = "id", order: str = "name", descending: bool = False) -> tuple[str, tuple]:
    """The one query behind every people search, as (sql, args) — also used by the
    benchmark's raw baseline. ``what`` is "id" (row ids, for lazy tables) or "rows".
    Results come in ``order`` (pinyin order of names unless asked otherwise), sorted by
    SQLite: no Python runs per comparison."""
    columns = "id" if what == "id" else COLUMNS
    if not text:
        return f"SELECT {columns} FROM people {_order(order, descending)} LIMIT ?", ()
    if what == "id" and order == "name":
        # The table's search as you type: two covering index ranges (column, name_key), so
        # SQLite reads index entries only and sorts the keys, never a table row (3-5x
        # faster than one OR query, which fetched every matching row to sort it)
        column = "id_number" if text[0] in "0123456789" else "name"
        first = text
        card = text if column == "id_number" else text.upper()
        way = " DESC" if descending else ""
        return (
            (
                f"SELECT id, name_key FROM people WHERE {column} >= ? AND {column} < ? UNION"
                f" SELECT id, name_key FROM people WHERE card_number >= ? AND card_number < ?"
                f" ORDER BY 2{way}, 1{way} LIMIT ?"
            ),
            (first, _upper(first), card, _upper(card)),
        )
    if text[0] in "0123456789":
        return (
            (
                f"SELECT {columns} FROM people WHERE (id_number >= ? AND id_number < ?)"
                f" OR (card_number >= ? AND card_number < ?) {_order(order, descending)} LIMIT ?"
            ),
            (text, _upper(text), text, _upper(text)),
        )
    return (
        (
            f"SELECT {columns} FROM people WHERE (name >= ? AND name < ?)"
            f" OR (card_number >= ? AND card_number < ?) {_order(order, descending)} LIMIT ?"
        ),
        (text, _upper(text), text.upper(), _upper(text.upper())),
    )


PAGED_SEARCH = ("name", "id_number")  # orders a search pages through (the others are capped)


RANGE_INDEX = {
    "name_key": "people_name_key",
    "id_number": "people_id_number_key",
    "card_number": "people_card",
    "name": "people_name",
}  # the covering index each kind of prefix is a range of
WIDE = 20_000  # a prefix range with this many entries is walked in pinyin order, not sorted


def _arms(text: str) -> list[tuple[str, str, str, str, tuple]]:
    """The kinds of match of a typed prefix: (column ranged, its low and high bound, extra
    test, its arguments)."""
    arms: list[tuple[str, str, str, str, tuple]]
    if text[0] in "0123456789":
        arms = [("id_number", text, _upper(text), "", ())]
    elif name_key(text[0]) != text[0].casefold():  # a Han character: its reading leads the key
        typed = name_key(text)
        # the key range finds the names; the exact prefix test keeps the typed case
        arms = [("name_key", typed, _upper(typed), " AND substr(name, 1, ?) = ?", (len(text), text))]
    else:  # Latin letters: a name range (a key range "w" would walk every 王 and 吴 by reading)
        arms = [("name", text, _upper(text), "", ())]
    card = text.upper()
    arms.append(("card_number", card, _upper(card), "", ()))
    return arms


def page_sql(
    text: str, order: str = "name", descending: bool = False, after: int = 0, wide: frozenset[str] = frozenset()
) -> tuple[str, tuple]:
    """One page of a search's row ids after the person ``after`` (0: the first page), as
    (sql, args), the LIMIT still to be added. Also used by benchmarks/keystroke.py.

    Each kind of match is an arm of a UNION that SQLite merges in list order, so the LIMIT
    stops every arm after a page, however many people match:
    - a prefix of Han characters is a range of name_key itself (a name's key starts with the
      key of every prefix of the name, store/name_key.py): read in order;
    - an ID-number, card or Latin name prefix with few matches is a range of its own
      (column, name_key) index, whose keys SQLite sorts with a page-sized heap;
    - the same with many matches (``wide``, e.g. one digit: 10-30% of everyone) walks
      people_name_key (name_key, id, id_number, card_number, name) in order and tests each
      entry, which finds a page after a few thousand entries instead of sorting them all.
    """
    key = ORDERS[order]
    way = " DESC" if descending else ""
    keyset = (
        f" AND ({key}, id) {'<' if descending else '>'} ((SELECT {key} FROM people WHERE id = ?), ?)" if after else ""
    )
    selects, args = [], ()  # type: list[str], tuple
    for column, low, high, test, values in _arms(text):
        # each arm names its index: with a page's keyset (name_key, id) > …, SQLite would
        # otherwise walk people_name_key from there for every arm, narrow ones too
        walk = f" INDEXED BY {'people_name_key' if order == 'name' and column in wide else RANGE_INDEX[column]}"
        selects.append(f"SELECT id, {key} FROM people{walk} WHERE {column} >= ? AND {column} < ?{test}{keyset}")
        args += (low, high, *values, *((after, after) if after else ()))
    return f"{' UNION '.join(selects)} ORDER BY 2{way}, 1{way} LIMIT ?", args


def wide_arms(conn: sqlite3.Connection, text: str) -> frozenset[str]:
    """Which of the text's ranges hold WIDE entries or more: each counted up to WIDE on its
    own covering index (a few ms at most)."""
    return frozenset(
        column
        for column, low, high, _, _ in _arms(text)
        if column != "name_key"
        and conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM people WHERE {column} >= ? AND {column} < ? LIMIT {WIDE}) AS probe",
            (low, high),
        ).fetchone()[0]
        >= WIDE
    )


def search_page(
    conn: sqlite3.Connection, text: str, after: int, size: int, order: str = "name", descending: bool = False
) -> list[int]:
    """The next ``size`` ids of a search after the person ``after`` (0: the first page), in
    ``order`` (one of PAGED_SEARCH): what the table shows first, and what it pages in as the
    clerk scrolls. Its cost follows the page, not the number of matches."""
    sql, args = page_sql(text, order, descending, after, wide_arms(conn, text) if order == "name" else frozenset())
    return [r[0] for r in conn.execute(sql, (*args, size))]


def _after(order: str, descending: bool) -> str:
    column = ORDERS[order]
    return f"({column}, id) {'<' if descending else '>'} ((SELECT {column} FROM people WHERE id = ?), ?)"


def id_page(
    conn: sqlite3.Connection, after: int, size: int, order: str = "name", descending: bool = False
) -> list[int]:
    """The next ``size`` row ids after the person ``after`` (0: from the top) in ``order``
    (one of PAGEABLE): an index walk from that person on, however far down the list."""
    if not after:
        sql, args = search_sql("", "id", order, descending)
        return [r[0] for r in conn.execute(sql, (size,))]
    return [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM people WHERE {_after(order, descending)} {_order(order, descending)} LIMIT ?",
            (after, after, size),
        )
    ]


def ids_around(
    conn: sqlite3.Connection, person_id: int, size: int, order: str = "name", descending: bool = False
) -> tuple[list[int], list[int]]:
    """The ``size`` ids just before ``person_id`` and ``size`` from it on, in ``order``: two
    short index walks from the person, wherever in a million they stand."""
    column = ORDERS[order]
    back = "DESC" if not descending else ""
    key = f"((SELECT {column} FROM people WHERE id = ?), ?)"
    before = [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM people WHERE ({column}, id) {'>' if descending else '<'} {key}"
            f" ORDER BY {column} {back}, id {back} LIMIT ?",
            (person_id, person_id, size),
        )
    ]
    after = [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM people WHERE ({column}, id) {'<=' if descending else '>='} {key}"
            f" {_order(order, descending)} LIMIT ?",
            (person_id, person_id, size),
        )
    ]
    return before[::-1], after


def id_page_before(
    conn: sqlite3.Connection, before: int, size: int, order: str = "name", descending: bool = False
) -> list[int]:
    """The ``size`` ids just above the person ``before``, in list order (scrolling up)."""
    return ids_around(conn, before, size, order, descending)[0]


def search_ids(
    conn: sqlite3.Connection, text: str = "", limit: int = -1, order: str = "name", descending: bool = False
) -> list[int]:
    """Row ids only, for lazy tables: an ID-number, card-number or name prefix.

    Every match is a prefix searched as an index range, so it stays fast at a million rows.
    The text arrives normalised (full-width digits, spaces and case as typed are folded).
    """
    sql, args = search_sql(text, "id", order, descending)
    return [r[0] for r in conn.execute(sql, (*args, limit))]


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


def _listed(t: tuple) -> Person:
    """A row of a listing: a damaged row stands in the list as a DamagedPerson that names
    its column, so the clerk sees everyone else and which row needs check / restore."""
    try:
        return _from_tuple(t)
    except DamagedRow as exc:
        return DamagedPerson.of(t[0], exc.column)


def damaged(conn: sqlite3.Connection):
    """Every person row that cannot be read back (what `sbdesk check` reports), streamed. In
    the file, SQLite picks the suspect rows (a million in about a second); on the server,
    whose typed columns hold no BLOB, every row is read."""
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.arraysize = 1000
    where = f"WHERE {SHAPE.suspects}" if getattr(conn, "engine", "sqlite") == "sqlite" else ""
    for t in cursor.execute(f"SELECT {COLUMNS} FROM people {where} ORDER BY id"):
        try:
            _from_tuple(t)
        except DamagedRow as exc:
            yield exc


def search(conn: sqlite3.Connection, text: str = "", limit: int = 200) -> list[Person]:
    return list(stream(conn, text, limit))


def stream(conn: sqlite3.Connection, text: str = "", limit: int = 200):
    """search() one row at a time: a listing of a million people never holds them all. A row
    whose text is not UTF-8 stops sqlite3's query: the rest of the list is then read by id,
    one row at a time, that row marked as every damaged row is."""
    sql, args = search_sql(text, "rows")
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.arraysize = 1000
    done = 0
    try:
        for t in cursor.execute(sql, (*args, limit)):
            yield _listed(t)
            done += 1
    except sqlite3.OperationalError as exc:
        if rows.not_utf8(exc) is None:
            raise
        for person_id in search_ids(conn, text, limit)[done:]:
            person = _one_listed(conn, person_id)
            if person is not None:
                yield person


def get_many(conn: sqlite3.Connection, ids: list[int]) -> list[Person]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    cursor = conn.cursor()
    cursor.row_factory = None  # positional rows: a table block builds 256 of these at a time
    try:
        found = {t[0]: _listed(t) for t in cursor.execute(f"SELECT {COLUMNS} FROM people WHERE id IN ({marks})", ids)}
    except sqlite3.OperationalError as exc:  # text that is not UTF-8 stops the whole block
        if rows.not_utf8(exc) is None:
            raise
        found = {i: _one_listed(conn, i) for i in ids}
    return [found[i] for i in ids if found.get(i) is not None]


def _one_listed(conn: sqlite3.Connection, person_id: int) -> Person | None:
    """One person of a block that could not be read whole: a row whose text is not UTF-8
    stands in the list as a DamagedPerson, as a row of another damage does."""
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        row = cursor.execute(f"SELECT {COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
    except sqlite3.OperationalError as exc:
        column = rows.not_utf8(exc)
        if column is None:
            raise
        return DamagedPerson.of(person_id, column)
    return _listed(row) if row else None


def count(conn: sqlite3.Connection) -> int:
    """The number of people, from the counter migration 0009's triggers keep: one row read,
    where count(*) walks every page of the table (0.5 s cold at a million people)."""
    row = conn.execute("SELECT n FROM row_counts WHERE name = 'people'").fetchone()
    return row[0] if row else conn.execute("SELECT count(*) FROM people").fetchone()[0]


# an upsert both engines spell the same (SQLite's INSERT OR REPLACE is its own)
_SET_RELATION = (
    "INSERT INTO relations (person_id, relative_id, kind) VALUES (?,?,?)"
    " ON CONFLICT (person_id, relative_id) DO UPDATE SET kind = excluded.kind"
)


def set_relation(conn: sqlite3.Connection, person_id: int, relative_id: int, kind: str, inverse_kind: str) -> None:
    """Record both directions at once so either side's detail pane shows it."""
    conn.executemany(_SET_RELATION, ((person_id, relative_id, kind), (relative_id, person_id, inverse_kind)))


def relatives(
    conn: sqlite3.Connection, person_id: int, damaged: list[DamagedRow] | None = None
) -> list[tuple[str, Person]]:
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


def _existing(conn: sqlite3.Connection, column: str, values: list[str]) -> list[str]:
    """Which of ``values`` are already in ``column`` (asked 500 at a time, SQLite's limit allows)."""
    found = []
    for chunk in _chunks(values):
        marks = ",".join("?" * len(chunk))
        found += [r[0] for r in conn.execute(f"SELECT {column} FROM people WHERE {column} IN ({marks})", chunk)]
    return found


def holders(conn: sqlite3.Connection, column: str, values: list[str]) -> list[tuple[str, int, str]]:
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


def existing_id_numbers(conn: sqlite3.Connection, numbers: list[str]) -> list[str]:
    return _existing(conn, "id_number", numbers)


def existing_cards(conn: sqlite3.Connection, cards: list[str]) -> list[str]:
    return _existing(conn, "card_number", cards)


def insert_many(conn: sqlite3.Connection, persons: list[Person], now: str) -> None:
    conn.executemany(_INSERT, (_values(p, now) for p in persons))


def iterate(conn: sqlite3.Connection):
    """Every person, streamed in row order (an export of a million rows never holds them all)."""
    cursor = conn.cursor()
    cursor.row_factory = None  # positional rows: sqlite3.Row cost a third of an export's time
    cursor.arraysize = 1000
    for t in cursor.execute(f"SELECT {COLUMNS} FROM people ORDER BY id"):
        yield _from_tuple(t)


def set_relations(conn: sqlite3.Connection, rows: list[tuple[int, int, str]]) -> None:
    """Many (person, relative, kind) rows at once; the caller gives both directions."""
    conn.executemany(_SET_RELATION, rows)
