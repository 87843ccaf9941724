"""The PostgreSQL engine of the store (branch mode: every desk of a branch on one database).

The repositories (people.py, bindings.py, …) speak sqlite3's DB-API: ``conn.execute(sql,
params)`` with ``?`` marks, rows by name or position, ``lastrowid``. ``Connection`` gives
them the same on a psycopg 3 connection, so one repository serves both engines, and
translates the few spellings that differ *mechanically* (``translate``). What differs in
meaning is written per engine where it lives: the schema and roles
(migrations/postgresql/), the write lock and the audit head (``writing``), the rows a
connection wrote (seals.py), the checks (``integrity``).

Errors come back as the store's own (errors.py), as the SQLite file's do: a broken rule is
``ServerRefused`` (a ``Refused``), a stopped statement ``Interrupted``, a server that cannot be
reached ``ServerAway``, a grant the signed-in role lacks ``NotAllowed`` (pg_errors.py, which
also words them in the UI's language); addresses and TLS are pg_address.py's. The class
implements connection.Connection, the face both engines share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from . import migrate as sqlite_file  # the migrations shared with the SQLite file
from .connection import Engine
from .errors import Interrupted, SchemaTooNew
from .pg_address import NOT_A_URL, SCHEMES, clear_text_warning, has_password, is_url, parse, shown, tls_default
from .pg_dialect import ID_TABLES, _named_rows, _plain_rows, translate
from .pg_errors import (
    LOST,
    BadUrl,
    NoSchema,
    NoServerDatabase,
    NotAllowed,
    SchemaBehind,
    ServerAway,
    ServerError,
    ServerRefused,
    SignInFailed,
    as_store_error,
    away_reason,
    connect_error,
)

__all__ = [
    "ID_TABLES",
    "translate",
    "NOT_A_URL",
    "SCHEMES",
    "is_url",
    "shown",
    "has_password",
    "clear_text_warning",
    "BadUrl",
    "NoSchema",
    "NoServerDatabase",
    "NotAllowed",
    "SchemaBehind",
    "ServerAway",
    "ServerError",
    "parse",
    "ServerRefused",
    "SignInFailed",
    "away_reason",
]  # the engine's face: one import for its users

ENGINE: Engine = "postgresql"
#: pg_advisory_xact_lock key of sbdesk's writers ("sbdesk" in ASCII): every write use case
#: takes it first, so writes are serial like SQLite's BEGIN IMMEDIATE. Each of them appends
#: to the one audit chain, whose head must be serial anyway; reads never wait for it.
WRITE_LOCK = 0x73626465736B
#: how long any statement waits for a lock: a login holding a table (a clerk's `LOCK TABLE
#: people` at psql) makes every desk say "busy, try again" after this, not hang
LOCK_TIMEOUT = "5s"
#: a write waits this long for the write lock: another desk's write (an import of 50,000 rows
#: takes seconds), or a login holding the lock by hand (anyone may take an advisory lock)
WRITE_WAIT = "15s"
CONNECT_TIMEOUT = 5
#: versions below this one exist on SQLite only (a branch database starts at 9)
BASE = 9


class Cursor:
    """sqlite3.Cursor's face on a psycopg cursor. ``row_factory = None`` gives plain tuples."""

    def __init__(self, conn: Connection) -> None:
        self.connection = conn
        if conn.raw.closed:  # lost earlier: nothing of this statement was sent, so a new session is safe
            if conn.open:
                conn.open = False
                raise ServerAway(conn.path, detail=LOST)
            conn.reconnect()
        self._cur = conn.raw.cursor(row_factory=_named_rows)
        self.row_factory: Any = "named"
        self.arraysize = 100  # sqlite3's knob; psycopg's client-side cursor has the rows already
        self.lastrowid: int | None = None

    def execute(self, sql: str, params=()) -> Cursor:
        text, returning = translate(sql)
        conn = self.connection
        if conn.progress is not None and conn.progress():
            raise Interrupted(conn.path)  # as SQLite's progress handler ends it
        word = sql.lstrip()[:8].upper()
        for attempt in (1, 2):
            if self.row_factory is None:
                self._cur.row_factory = _plain_rows
            try:
                with conn.errors():
                    self._cur.execute(text, tuple(params))
                    if returning:
                        self.lastrowid = int(self._cur.fetchone()[0])
                break
            except ServerAway:
                was_open, conn.open = conn.open, False
                # The server restarted or dropped us: a statement that starts something (a
                # read, a BEGIN) is tried once more on a new connection; inside a transaction
                # the work is gone and the use case fails whole (the person tries again).
                if attempt == 2 or was_open or not word.startswith(("SELECT", "BEGIN")):
                    raise
                conn.reconnect()
                self._cur = conn.raw.cursor(row_factory=_named_rows)
        if word.startswith("BEGIN"):
            conn.open = True
        elif word.startswith(("COMMIT", "ROLLBACK")):
            conn.open = False
        return self

    def executemany(self, sql: str, seq) -> Cursor:
        text, returning = translate(sql)
        if returning:
            text = text[: -len(" RETURNING id")]
        with self.connection.errors():
            self._cur.executemany(text, [tuple(p) for p in seq])
        return self

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    @property
    def description(self):
        return self._cur.description

    def fetchone(self):
        with self.connection.errors():
            return self._cur.fetchone() if self._cur.description else None

    def fetchall(self) -> list:
        with self.connection.errors():
            return self._cur.fetchall() if self._cur.description else []

    def fetchmany(self, size: int = 100) -> list:
        with self.connection.errors():
            return self._cur.fetchmany(size) if self._cur.description else []

    def __iter__(self) -> Iterator:
        return iter(self.fetchall())  # the rows are in memory already (a client-side cursor)

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self) -> None:
        self._cur.close()


class Connection:
    """sqlite3.Connection's face on a psycopg connection in autocommit mode: transactions
    are opened with BEGIN and closed with COMMIT/ROLLBACK, as sbdesk does with SQLite."""

    engine: Engine = ENGINE
    password: str | None = None  # a typed one (memory only), for reconnecting
    write_checked = True  # no file to check before writing: the server keeps its own pages
    row_factory: Any = None
    progress: Callable[[], bool] | None = None  # stop_when's
    cancelling = False  # cancel_statement was called since the last statement ended

    def __init__(self, raw: psycopg.Connection, url: str) -> None:
        self.raw = raw
        self.url = url
        self.path = shown(url)  # what messages name
        self.user = str(raw.execute("SELECT current_user").fetchone()[0])
        self.open = False  # a transaction sbdesk began is open
        self.options: dict[str, Any] = {}  # connect's libpq options, for reconnecting

    @property
    def in_transaction(self) -> bool:
        status = self.raw.info.transaction_status
        return status in (TransactionStatus.INTRANS, TransactionStatus.INERROR, TransactionStatus.ACTIVE)

    def reconnect(self) -> None:
        """A new session after the old one was lost (ServerAway when the server is still away)."""
        with suppress(psycopg.Error):
            self.raw.close()
        fresh = connect(self.url, **self.options)
        self.raw, fresh.raw = fresh.raw, self.raw
        self.execute('CREATE TEMP TABLE IF NOT EXISTS touched (subject TEXT COLLATE "C" PRIMARY KEY)')

    def cursor(self) -> Cursor:
        return Cursor(self)

    def execute(self, sql: str, params=()) -> Cursor:
        word = sql.strip().upper()
        if word == "BEGIN":  # a reader's one snapshot (SQLite's deferred BEGIN): REPEATABLE READ here
            sql = "BEGIN ISOLATION LEVEL REPEATABLE READ"
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, seq) -> Cursor:
        return self.cursor().executemany(sql, seq)

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    def close(self) -> None:
        with suppress(psycopg.Error):
            self.raw.close()

    def stop_when(self, stop: Callable[[], bool] | None) -> None:
        """Long work ends with "interrupted" once ``stop()`` is true (db.Connection's twin).
        Asked before each statement: the server cannot call back mid-statement, so the one
        running is ended by cancel_statement()."""
        self.progress = stop

    def cancel_statement(self) -> None:
        """Cancel the statement running now on the server; any thread may call it. It ends
        with "interrupted", as SQLite's does, not as a statement_timeout's "busy"."""
        self.cancelling = True
        with suppress(psycopg.Error):
            self.raw.cancel_safe(timeout=5)

    @contextmanager
    def errors(self) -> Iterator[None]:
        """psycopg's exceptions as sbdesk's: see the module's docstring."""
        try:
            yield
        except psycopg.errors.QueryCanceled as exc:
            if self.cancelling:  # cancel_statement's, not the server's statement_timeout
                self.cancelling = False
                raise Interrupted(self.path) from exc
            raise as_store_error(exc, self.path, self.raw.closed) from exc
        except psycopg.Error as exc:
            raise as_store_error(exc, self.path, self.raw.closed) from exc
        else:
            self.cancelling = False  # a cancel sent after this statement ended no statement

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write use case: BEGIN, then the branch's write lock, so whatever the use case
        reads next (eligibility, the audit chain's head) is the newest committed state and no
        other desk writes until this one commits or rolls back."""
        # READ COMMITTED: each statement after the lock sees what the desk before committed
        # (REPEATABLE READ would keep the snapshot taken while waiting for the lock)
        self.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        try:
            self.execute(f"SET LOCAL lock_timeout = '{WRITE_WAIT}'")
            self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            self.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            yield self
            self.execute("COMMIT")
        except BaseException:
            self.open = False
            if not self.raw.closed and self.in_transaction:
                with suppress(psycopg.Error):
                    self.raw.execute("ROLLBACK")
            raise

    def integrity(self) -> list[str]:
        """The server's constraints and the audit log's triggers (``integrity``)."""
        return integrity(self)

    def schema_version(self) -> int:
        return schema_version(self)


# --- connecting ------------------------------------------------------------------------------

AskPassword = Callable[[str], str | None]
#: a password typed at a prompt, for this process's other connections (the window's jobs):
#: kept in memory only, by the shown URL, never written anywhere
_typed: dict[str, str] = {}


def connect(url: str, ask_password: AskPassword | None = None, **options: Any) -> Connection:
    """Sign in. The password comes from the URL, PGPASSWORD or a pgpass file (libpq reads
    them), else from ``ask_password`` (a prompt); sbdesk never writes it anywhere. TLS is
    verify-full unless the address says otherwise (pg_address); the other libpq parameters
    pass through unchanged, and ``options`` are libpq's too (kept for ``reconnect``)."""
    info = parse(url)  # BadUrl, without the password
    kwargs: dict[str, Any] = {
        "autocommit": True,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "sbdesk",
        **tls_default(info),
        **options,
    }
    if shown(url) in _typed and not has_password(url):  # typed once at a prompt, this process
        kwargs["password"] = _typed[shown(url)]
    for attempt in range(2):
        try:
            raw = psycopg.connect(url, **kwargs)
            break
        except psycopg.Error as exc:
            text = str(exc)
            if "no password supplied" in text and ask_password is not None and attempt == 0:
                password = ask_password(shown(url))
                if password:
                    kwargs["password"] = password
                    continue
            raise connect_error(
                text, shown(url), info.get("dbname") or info.get("user") or "", info.get("host") or "localhost"
            ) from None
        except UnicodeError:  # a host name no name can be ("db..local", a label over 63): the resolver's
            raise connect_error(  # IDNA codec refuses it before libpq is asked
                "could not translate host name", shown(url), info.get("dbname") or "", info.get("host") or ""
            ) from None
    if "password" in kwargs:
        _typed[shown(url)] = kwargs["password"]
    conn = Connection(raw, url)
    conn.password = kwargs.get("password")
    conn.options = options
    try:
        raw.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        raw.execute("SET search_path = public")
        # planned with each run's values, also once psycopg prepares a statement: the best plan
        # of a search's page depends on the text typed (a range to sort or an index walk in
        # order, people_search.page_sql); a plan cached for "A0" took 13 ms for "A", not 3
        raw.execute("SET plan_cache_mode = force_custom_plan")
    except psycopg.Error as exc:
        conn.close()
        raise as_store_error(exc, conn.path) from None
    return conn


# --- schema ----------------------------------------------------------------------------------


def migrations() -> list[tuple[int, str]]:
    """The server's migrations: its own files below and from BASE, and the common file of any
    later version it has none of its own for (portable SQL runs on both)."""
    folder = sqlite_file.FOLDER
    own = {
        int(f.name[:4]): f.read_text(encoding="utf-8")
        for f in (folder / "postgresql").iterdir()
        if f.name.endswith(".sql")
    }
    common = {v: sql for v, sql in sqlite_file.migrations() if v > BASE and v not in own}
    return sorted({**own, **common}.items())


LATEST = migrations()[-1][0]


def schema_version(conn: Connection) -> int:
    """0 when the database has no sbdesk schema."""
    if conn.execute("SELECT to_regclass('sbdesk_schema')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT version FROM sbdesk_schema").fetchone()
    return int(row[0]) if row else 0


def is_owner(conn: Connection) -> bool:
    """May this role build and migrate the schema (create in the public schema)?"""
    return bool(conn.execute("SELECT has_schema_privilege('public', 'CREATE')").fetchone()[0])


def migrate(conn: Connection, initialise: sqlite_file.Initialise | None = None) -> None:
    """Every newer migration in one transaction, under the write lock (two desks starting at
    once: the second finds the work done); a new database gets ``initialise``'s seed in the
    same transaction, so no desk ever sees it half made."""
    with conn.writing():
        current = apply_migrations(conn)
        if current == 0:
            conn.execute("INSERT INTO sbdesk_schema (version) VALUES (?)", (LATEST,))
            conn.execute('CREATE TEMP TABLE IF NOT EXISTS touched (subject TEXT COLLATE "C" PRIMARY KEY)')
            if initialise is not None:
                initialise(conn)  # the repositories take either engine
        elif current < LATEST:
            conn.execute("UPDATE sbdesk_schema SET version = ?", (LATEST,))


def apply_migrations(conn: Connection) -> int:
    """Run the scripts newer than the database's version inside the caller's transaction;
    returns the version found (sbdesk_schema is set by the caller)."""
    current = schema_version(conn)
    reseal = sqlite_file.Reseal(conn, conn.user)  # the rows a migration changed, sealed again
    if current:  # rows on record (an empty database, or migrate-to's copy, has none yet)
        conn.execute('CREATE TEMP TABLE IF NOT EXISTS touched (subject TEXT COLLATE "C" PRIMARY KEY)')
    for version, sql in migrations():
        if version > current:
            if current:
                reseal.before(version, sql)
            with conn.errors():
                conn.raw.execute(sql)  # a whole script; plpgsql bodies keep their own semicolons
            if current:
                reseal.after(version, sql)
    return current


def open_database(
    url: str,
    *,
    create: bool = True,
    initialise: sqlite_file.Initialise | None = None,
    ask_password: AskPassword | None = None,
) -> Connection:
    """Sign in and make sure the schema is this program's. An empty database is given the
    schema (and ``initialise``'s seed) by a role that may create it; a clerk meeting an empty
    or older database is told to ask the branch's administrator."""
    conn = connect(url, ask_password)
    try:
        version = schema_version(conn)
        if version > LATEST:
            raise SchemaTooNew(conn.path, found=version, known=LATEST)
        if version < LATEST:
            if not is_owner(conn) or (version == 0 and not create):
                raise (NoSchema if version == 0 else SchemaBehind)(conn.path, user=conn.user)
            migrate(conn, initialise)
        conn.execute('CREATE TEMP TABLE IF NOT EXISTS touched (subject TEXT COLLATE "C" PRIMARY KEY)')
    except BaseException:
        conn.close()
        raise
    return conn


# --- checks ------------------------------------------------------------------------------------

#: the triggers that keep the audit log append-only and check what is appended (schema 14)
APPEND_ONLY = {
    "audit": ("audit_no_update", "audit_no_truncate", "audit_operator", "audit_valid", "audit_sealed"),
    "seals": ("seals_no_update", "seals_no_truncate", "seals_valid"),
}


def integrity(conn: Connection) -> list[str]:
    """What `check` asks the server: every table of the schema there, every constraint
    validated (a NOT VALID one does not hold for old rows), the triggers that make the audit
    log append-only present and enabled."""
    problems = []
    want = {
        "people",
        "bindings",
        "relations",
        "regions",
        "region_batches",
        "audit",
        "seals",
        "applications",
        "attachments",
        "contributions",
        "policy_overrides",
        "row_counts",
        "audit_head",
    }
    have = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    problems += [f"table {t} is missing" for t in sorted(want - have)]
    for table, name in conn.execute(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint c JOIN pg_namespace n"
        " ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND NOT convalidated"
    ):
        problems.append(f"constraint {name} of {table} is not validated")
    triggers = {
        (r[0], r[1]): r[2]
        for r in conn.execute(
            "SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            " AND NOT t.tgisinternal"
        )
    }
    for table, names in APPEND_ONLY.items():
        for name in names:
            state = triggers.get((table, name))
            if state is None:
                problems.append(f"trigger {name} is missing")
            elif state == "D":
                problems.append(f"trigger {name} is disabled")
    head = conn.execute("SELECT id, hash FROM audit_head").fetchone() if "audit_head" in have else None
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    if head is not None and tuple(head) != (tuple(last) if last else (0, "0" * 64)):
        problems.append(f"audit_head is not the last audit row (it says {head[0]})")  # every append would fail
    return problems
