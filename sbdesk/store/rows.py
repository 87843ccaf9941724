"""Reading a stored row back into a record, for rows another tool may have edited.

sbdesk writes every column as text, a whole number or NULL, and dates as YYYY-MM-DD. A value
that is none of these (a BLOB, a number in a text column, ``19(0-01-01``) was put there by
hand or by damage: it becomes one ``DamagedRow`` naming the table, the row and the column,
never a ValueError or TypeError from deep inside a listing, an export or a check.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import product
from operator import itemgetter

from ..domain.messages import QT_TRANSLATE_NOOP, Term
from .connection import Connection
from .errors import StoreError

TEXT, INT, DAY = "text", "number", "date"  # what a column must hold (DAY: YYYY-MM-DD text)
TABLES = {
    "people": QT_TRANSLATE_NOOP("tables", "people"),
    "bindings": QT_TRANSLATE_NOOP("tables", "bindings"),
    "applications": QT_TRANSLATE_NOOP("tables", "applications"),
    "contributions": QT_TRANSLATE_NOOP("tables", "contribution periods"),
}  # their names in a message


class DamagedRow(StoreError):
    """A stored value sbdesk cannot have written; ``why`` says what it should have been."""

    code = "db.row_damaged"

    def __init__(self, table: str, row: object, column: str, why: str = "") -> None:
        super().__init__("", table=Term("tables", TABLES.get(table, table)), row=row, column=column)
        self.table, self.row, self.column, self.why = table, row, column, why
        self.args = (self.line(),)

    def line(self) -> str:
        """The finding as `sbdesk check` lists it (its lines are in English, as every check line)."""
        return f"{self.table} row {self.row}: {self.column} is not {self.why or 'readable'}"


_ALLOWED = {TEXT: (str,), INT: (int,), DAY: (str,)}


def kinds(spec: Iterable[tuple[str, str, bool]]) -> tuple[tuple[str, ...], tuple[tuple[type, ...], ...]]:
    """(column names, the Python types each may arrive as) from (name, kind, may be NULL)."""
    names, types = [], []
    for name, kind, nullable in spec:
        names.append(name)
        types.append(_ALLOWED[kind] + ((type(None),) if nullable else ()))
    return tuple(names), tuple(types)


class Shape:
    """The columns of one table as read: checks a tuple's value types in one set look-up
    for the shapes already seen (a listing or an export reads a million rows through here);
    ``suspects`` is the same test as SQL, for `sbdesk check`."""

    def __init__(
        self, table: str, spec: tuple[tuple[str, str, bool], ...], choices: dict[str, Iterable[object]] | None = None
    ) -> None:
        self.table = table
        self.names, self.types = kinds(spec)
        # columns that hold one of a few words (a CHECK constraint another tool can switch
        # off): every allowed combination in one set, read with one C-level itemgetter
        self.choices = tuple(
            (self.names.index(name), name, frozenset(values)) for name, values in (choices or {}).items()
        )
        places = [i for i, _, _ in self.choices]
        self._pick = itemgetter(*places, places[0]) if places else None  # always a tuple
        self._combos = (
            frozenset((*combo, combo[0]) for combo in product(*(w for _, _, w in self.choices)))
            if places
            else frozenset()
        )
        self._seen: set[tuple[type, ...]] = set()
        self.suspects = _suspects(spec, choices or {})

    def check(self, values: tuple, rowid: object) -> None:
        """Raise DamagedRow for the first value of a type sbdesk never stores there."""
        shape = tuple(map(type, values))
        if shape not in self._seen:
            for name, value, types in zip(self.names, values, self.types, strict=True):
                if type(value) not in types:
                    raise DamagedRow(self.table, rowid, name, "text" if str in types else "a number")
            if len(self._seen) < 64:
                self._seen.add(shape)
        if self._pick is not None and self._pick(values) not in self._combos:
            for i, name, words in self.choices:
                if values[i] not in words:
                    raise DamagedRow(self.table, rowid, name, "one of " + ", ".join(sorted(map(str, words - {None}))))


def _quote(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _suspects(spec: tuple[tuple[str, str, bool], ...], choices: dict[str, Iterable[object]]) -> str:
    """A WHERE clause true for every row ``Shape.check`` or ``day`` could refuse (and, rarely,
    a few it accepts): SQLite finds the candidates of `sbdesk check` in C, Python judges them."""
    tests = []
    for name, kind, nullable in spec:
        allowed = ["'integer'" if kind == INT else "'text'"] + (["'null'"] if nullable else [])
        tests.append(f"typeof({name}) NOT IN ({', '.join(allowed)})")
        if kind == DAY:  # anything but a real YYYY-MM-DD comes back changed, or as NULL ('+0 days'
            # makes SQLite carry 2024-02-30 over into March; date() alone keeps it); Python has no year 0
            tests.append(f"({name} IS NOT NULL AND (date({name}, '+0 days') IS NOT {name} OR {name} < '0001'))")
    for name, values in choices.items():
        words = [v for v in values if v is not None]
        tests.append(f"({name} IS NOT NULL AND {name} NOT IN ({', '.join(map(_quote, words))}))")
    return " OR ".join(tests)


def day(value: object, table: str, rowid: object, column: str) -> date | None:
    """A stored date, exactly YYYY-MM-DD, or None; anything else is a DamagedRow."""
    if value is None:
        return None
    if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise DamagedRow(table, rowid, column, "a date")


def text(value: object, table: str, rowid: object, column: str, nullable: bool = False) -> str:
    """A stored text value (a name shown beside a binding, a status): anything else is damage."""
    if isinstance(value, str) or (nullable and value is None):
        return value
    raise DamagedRow(table, rowid, column, "text")


class DamagedText(DamagedRow):
    """Text stored as bytes that are not UTF-8: sqlite3 stops the whole query, so the row is
    not known here; `sbdesk check` names it."""

    code = "db.text_damaged"

    def __init__(self, column: str) -> None:
        StoreError.__init__(self, "", column=column)
        self.table, self.row, self.column, self.why = "", None, column, "UTF-8 text"
        self.args = (self.line(),)

    def line(self) -> str:
        return f"a row's {self.column} is not UTF-8 text (sbdesk check names it)"


@contextmanager
def readable(table: str = "", rowid: object = None) -> Iterator[None]:
    """Text that is not UTF-8 (DamagedText, as the SQLite connection raises it) named as the
    DamagedRow of ``table`` row ``rowid`` where the query read that one row."""
    try:
        yield
    except DamagedText as exc:
        if not table:
            raise
        raise DamagedRow(table, rowid, exc.column, "UTF-8 text") from None


def not_utf8(exc: BaseException) -> str | None:
    """The column named by sqlite3's "Could not decode to UTF-8 column 'name' with text …"
    (None for any other error): text another tool stored as invalid bytes."""
    text = str(exc)
    if "decode to UTF-8 column" not in text:
        return None
    return text.split("'")[1] if text.count("'") >= 2 else "?"


def undecodable(conn: Connection, table: str) -> Iterator[DamagedRow]:
    """The rows of ``table`` with text that is not UTF-8, which sqlite3 cannot even read (it
    stops a whole query at the first): every text column read as bytes and decoded here."""
    if conn.engine != "sqlite":
        return  # the server refuses such text on the way in
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    cursor = conn.cursor()
    cursor.row_factory = None
    blobs = ", ".join(f"CASE WHEN typeof({n}) = 'text' THEN CAST({n} AS BLOB) END" for n in names)
    for values in cursor.execute(f"SELECT rowid, {blobs} FROM {table} ORDER BY rowid"):  # noqa: S608 - names from the schema
        for name, value in zip(names, values[1:], strict=True):
            try:
                if value is not None:
                    value.decode("utf-8")
            except UnicodeDecodeError:
                yield DamagedRow(table, values[0], name, "text")
                break
