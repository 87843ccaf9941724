"""The one face of a database connection, whichever engine is behind it.

The SQLite file's connection (db.Connection) and the branch server's (server.Connection)
both implement ``Connection``; the repositories, the services and the window are written
against it. What differs between the engines is asked of the connection itself, never
guessed from its attributes: ``engine`` names it, ``writing()`` is each engine's write
transaction, ``integrity()`` and ``schema_version()`` each engine's checks. Both raise the
store's own errors (errors.py): ``Refused`` for a write one of the database's rules
refused, ``Interrupted`` for work ended by ``stop_when`` or ``cancel_statement``, a
``StoreError`` for the rest; never sqlite3's or psycopg's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Literal, Protocol

Engine = Literal["sqlite", "postgresql"]


class Cursor(Protocol):
    """sqlite3's cursor as both engines give it: rows by name and position (``row_factory =
    None`` for plain tuples), ``lastrowid`` after an INSERT into a table with an id."""

    row_factory: Any
    arraysize: int  # rows a fetch asks for at a time

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor: ...

    def executemany(self, sql: str, seq: Iterable[Any], /) -> Cursor: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = 100, /) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __next__(self) -> Any: ...

    def close(self) -> None: ...


class Connection(Protocol):
    """What the store, the services and the window may ask of a connection."""

    row_factory: Any

    @property
    def engine(self) -> Engine:
        """ "sqlite" for the data folder's file, "postgresql" for a branch server."""

    @property
    def path(self) -> Path | str:
        """What messages name: the file's path, or the server's address without a password."""

    @property
    def url(self) -> str:
        """The branch server's address as given (the status bar describes it); "" for the file."""

    @property
    def user(self) -> str | None:
        """The signed-in database user the audit log names on a server; None for the file,
        where the operator is the name the clerk gave."""

    @property
    def in_transaction(self) -> bool: ...

    def cursor(self) -> Cursor: ...

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor: ...

    def executemany(self, sql: str, seq: Iterable[Any], /) -> Cursor: ...

    def writing(self) -> AbstractContextManager[Any]:
        """One write use case's transaction with this engine's write lock (db.transaction)."""

    def stop_when(self, stop: Callable[[], bool] | None) -> None:
        """Long work ends with ``Interrupted`` once ``stop()`` is true."""

    def cancel_statement(self) -> None:
        """End the statement running now with ``Interrupted``; any thread may call it."""

    def integrity(self) -> list[str]:
        """The problems this engine's own checks find; empty when sound."""

    def schema_version(self) -> int:
        """The version of sbdesk's schema in the database (0: none)."""

    def close(self) -> None: ...
