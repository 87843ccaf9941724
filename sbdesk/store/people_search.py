"""Finding people for a list: the search as you type and the pages of the members table.

The SQL here reads index ranges only (ID-number, card-number and name prefixes, pinyin
order through name_key), so a list of a million people pages as fast as one of a hundred;
people.py holds the rows themselves, their writes and the family relations.
"""

from __future__ import annotations

from ..domain.models import DamagedPerson, Person
from .connection import Connection
from .name_key import name_key
from .people import COLUMNS, listed
from .rows import DamagedText


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
    text: str,
    size: int,
    order: str = "name",
    descending: bool = False,
    after: int = 0,
    wide: frozenset[str] = frozenset(),
    engine: str = "sqlite",
) -> tuple[str, tuple]:
    """``size`` ids of a search after the person ``after`` (0: the first page), as (sql,
    args). Also used by benchmarks/keystroke.py.

    Each kind of match is an arm of a UNION in list order that stops after a page, however
    many people match. SQLite merges the arms in order itself and stops them at the LIMIT. The
    server cannot (its UNION hashes every match of every arm first: 100,000 rows for one
    digit, 120-240 ms at a million people), so there each arm is limited to a page on its own
    and the UNION merges and de-duplicates at most a page from each. (SQLite given the same
    keeps a page-sized heap per arm where it sorted: 3-4 ms slower for a narrow ID prefix.)
    Within an arm:
    - a prefix of Han characters is a range of name_key itself (a name's key starts with the
      key of every prefix of the name, store/name_key.py): read in order;
    - an ID-number, card or Latin name prefix with few matches is a range of its own
      (column, name_key) index, whose keys are sorted with a page-sized heap;
    - the same with many matches (``wide``, e.g. one digit: 10-30% of everyone) walks
      people_name_key (name_key, id, id_number, card_number, name) in order and tests each
      entry, which finds a page after a few thousand entries instead of sorting them all.
    SQLite is told which (``wide``, counted by wide_arms); the server's planner chooses
    from its statistics, each time anew (server.connect: plan_cache_mode).
    """
    key = ORDERS[order]
    way = " DESC" if descending else ""
    keyset = (
        f" AND ({key}, id) {'<' if descending else '>'} ((SELECT {key} FROM people WHERE id = ?), ?)" if after else ""
    )
    selects, args = [], ()  # type: list[str], tuple
    for n, (column, low, high, test, values) in enumerate(_arms(text)):
        # each arm names its index: with a page's keyset (name_key, id) > …, SQLite would
        # otherwise walk people_name_key from there for every arm, narrow ones too
        walk = f" INDEXED BY {'people_name_key' if order == 'name' and column in wide else RANGE_INDEX[column]}"
        arm = f"SELECT id, {key} AS k FROM people{walk} WHERE {column} >= ? AND {column} < ?{test}{keyset}"
        args += (low, high, *values, *((after, after) if after else ()))
        if engine == "postgresql":
            arm = f"SELECT id, k FROM ({arm} ORDER BY {key}{way}, id{way} LIMIT ?) AS arm{n}"
            args += (size,)
        selects.append(arm)
    return f"{' UNION '.join(selects)} ORDER BY 2{way}, 1{way} LIMIT ?", (*args, size)


def wide_arms(conn: Connection, text: str) -> frozenset[str]:
    """Which of the text's ranges hold WIDE entries or more: each counted up to WIDE on its
    own covering index (a few ms at most). SQLite's alone: the server's planner knows."""
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
    conn: Connection, text: str, after: int, size: int, order: str = "name", descending: bool = False
) -> list[int]:
    """The next ``size`` ids of a search after the person ``after`` (0: the first page), in
    ``order`` (one of PAGED_SEARCH): what the table shows first, and what it pages in as the
    clerk scrolls. Its cost follows the page, not the number of matches."""
    engine = conn.engine
    probe = order == "name" and engine == "sqlite"
    sql, args = page_sql(text, size, order, descending, after, wide_arms(conn, text) if probe else frozenset(), engine)
    return [r[0] for r in conn.execute(sql, args)]


def _after(order: str, descending: bool) -> str:
    column = ORDERS[order]
    return f"({column}, id) {'<' if descending else '>'} ((SELECT {column} FROM people WHERE id = ?), ?)"


def id_page(conn: Connection, after: int, size: int, order: str = "name", descending: bool = False) -> list[int]:
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
    conn: Connection, person_id: int, size: int, order: str = "name", descending: bool = False
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
    conn: Connection, before: int, size: int, order: str = "name", descending: bool = False
) -> list[int]:
    """The ``size`` ids just above the person ``before``, in list order (scrolling up)."""
    return ids_around(conn, before, size, order, descending)[0]


def search_ids(
    conn: Connection, text: str = "", limit: int = -1, order: str = "name", descending: bool = False
) -> list[int]:
    """Row ids only, for lazy tables: an ID-number, card-number or name prefix.

    Every match is a prefix searched as an index range, so it stays fast at a million rows.
    The text arrives normalised (full-width digits, spaces and case as typed are folded).
    """
    sql, args = search_sql(text, "id", order, descending)
    return [r[0] for r in conn.execute(sql, (*args, limit))]


def search(conn: Connection, text: str = "", limit: int = 200) -> list[Person]:
    return list(stream(conn, text, limit))


def stream(conn: Connection, text: str = "", limit: int = 200):
    """search() one row at a time: a listing of a million people never holds them all. A row
    whose text is not UTF-8 stops sqlite3's query: the rest of the list is then read by id,
    one row at a time, that row marked as every damaged row is."""
    if text and limit >= 0:
        # the ids from the covering index ranges first (search_ids), then only those rows: the
        # one OR query read every match to sort it (105,615 rows for "1" at a million people;
        # 0.49 s plain, 2.6 s encrypted, where each page read is decrypted)
        ids = search_ids(conn, text, limit)
        for start in range(0, len(ids), 500):
            yield from get_many(conn, ids[start : start + 500])
        return
    sql, args = search_sql(text, "rows")
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.arraysize = 1000
    done = 0
    try:
        for t in cursor.execute(sql, (*args, limit)):
            yield listed(t)
            done += 1
    except DamagedText:
        for person_id in search_ids(conn, text, limit)[done:]:
            person = _one_listed(conn, person_id)
            if person is not None:
                yield person


def get_many(conn: Connection, ids: list[int]) -> list[Person]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    cursor = conn.cursor()
    cursor.row_factory = None  # positional rows: a table block builds 256 of these at a time
    try:
        found = {t[0]: listed(t) for t in cursor.execute(f"SELECT {COLUMNS} FROM people WHERE id IN ({marks})", ids)}
    except DamagedText:  # text that is not UTF-8 stops the whole block
        found = {i: _one_listed(conn, i) for i in ids}
    return [found[i] for i in ids if found.get(i) is not None]


def _one_listed(conn: Connection, person_id: int) -> Person | None:
    """One person of a block that could not be read whole: a row whose text is not UTF-8
    stands in the list as a DamagedPerson, as a row of another damage does."""
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        row = cursor.execute(f"SELECT {COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
    except DamagedText as exc:
        return DamagedPerson.of(person_id, exc.column)
    return listed(row) if row else None
