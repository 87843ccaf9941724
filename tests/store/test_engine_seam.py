"""Both engines behind one face (store/connection.py). Their connections offer one way to
stop long work: ``stop_when(stop)`` (asked between steps) and ``cancel_statement()`` (ends
the statement running, from any thread); the window's check job calls these on whichever
connection it has, never asking which engine it is (a method one engine lacked made Check
database fail every time on a branch server). Both raise the store's own errors: the same
``Refused`` for a write a rule refused, the same ``Interrupted`` for a stopped statement
(the server's used to come dressed as sqlite3's). And the SQLite-to-PostgreSQL rewrite
refuses what it cannot translate instead of sending another statement."""

import inspect
import sqlite3
import threading

import pytest

from sbdesk.store import audit, db, errors, server
from sbdesk.store.pg_dialect import Untranslatable, translate

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.fixture(params=["sqlite", "postgresql"])
def conn(request, tmp_path):
    if request.param == "sqlite":
        opened = db.open_database(tmp_path / "sbdesk.db")
    else:
        opened = server.open_database(request.getfixturevalue("server_db"))
    yield opened
    opened.close()


def test_both_engines_have_the_same_stop_methods():
    for name in ("stop_when", "cancel_statement"):
        assert inspect.signature(getattr(db.Connection, name)) == inspect.signature(getattr(server.Connection, name))


def test_stop_when_ends_the_work_with_interrupted(conn):
    conn.stop_when(lambda: True)
    with pytest.raises(errors.Interrupted):
        conn.execute(ENDLESS).fetchone()
    conn.stop_when(None)  # and the connection goes on working
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_cancel_statement_from_another_thread_ends_a_running_statement(conn):
    outcome: list[BaseException] = []

    def run():
        try:
            conn.execute(ENDLESS).fetchone()
        except BaseException as exc:  # noqa: BLE001 - what the statement ended with
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    for _ in range(400):  # cancel until it lands: the statement may not have begun yet
        conn.cancel_statement()
        worker.join(0.05)
        if not worker.is_alive():
            break
    assert not worker.is_alive() and outcome, "the statement was not cancelled"
    assert isinstance(outcome[0], errors.Interrupted), outcome  # not "busy", and not sqlite3's
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0  # the connection still works


def test_both_engines_name_themselves(conn):
    assert conn.engine in ("sqlite", "postgresql")
    assert (conn.engine == "postgresql") == bool(conn.url) == (conn.user is not None)
    assert conn.schema_version() == db.LATEST == server.LATEST
    assert conn.integrity() == []


def test_a_refused_write_is_the_same_store_error_on_both_engines_and_nothing_is_saved(conn):
    before = [r[0] for r in conn.execute("SELECT id FROM region_batches ORDER BY id")]
    with db.transaction(conn):
        conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('b', 'b', '2026-01-01')")
    with pytest.raises(errors.Refused) as refused, db.transaction(conn):
        conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('c', 'c', '2026-01-01')")
        conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('b', 'again', '2026-01-01')")
    assert refused.value.bad_input  # the CLI's exit 2: the request was refused, the database is sound
    assert not isinstance(refused.value, sqlite3.Error)
    assert [r[0] for r in conn.execute("SELECT id FROM region_batches ORDER BY id")] == sorted([*before, "b"])


def test_a_row_the_audit_log_refuses_is_the_same_store_error_on_both_engines(conn):
    kept = len(audit.entries(conn))
    with db.transaction(conn):
        audit.append(conn, "2026-12-06T10:00:00+08:00", conn.user or "tester", "thing", "s:1", {})
    with pytest.raises(errors.Refused, match="append-only"), db.transaction(conn):
        conn.execute("DELETE FROM audit")
    assert len(audit.entries(conn)) == kept + 1


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT id FROM people WHERE name = '?'",  # a mark inside a string
        'SELECT "?" FROM people',  # inside a quoted name
        "SELECT id FROM people -- the one asked for?\nWHERE id = ?",  # inside a comment
        "SELECT id FROM people /* which? */ WHERE id = ?",
        "SELECT $$it's ?$$",  # a dollar-quoted string
        "SELECT id FROM people WHERE id = $1",
        "SELECT id FROM people WHERE id = ?1",  # SQLite's numbered and named parameters
        "SELECT id FROM people WHERE id = :id",
        "SELECT id FROM people WHERE name = 'open",  # a string or a comment left open
        "SELECT id FROM people /* open",
    ],
)
def test_the_rewrite_refuses_what_it_cannot_translate(sql):
    with pytest.raises(Untranslatable):
        translate(sql)


def test_the_rewrite_keeps_strings_comments_and_casts():
    assert translate("SELECT x::regclass, ? FROM t WHERE a LIKE '100%' -- a % sign\n")[0] == (
        "SELECT x::regclass, %s FROM t WHERE a LIKE '100%%' -- a %% sign\n"
    )
    assert translate("SELECT 'it''s' FROM t WHERE b = ?")[0] == "SELECT 'it''s' FROM t WHERE b = %s"
