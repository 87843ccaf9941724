"""Both engines' connections offer one way to stop long work: ``stop_when(stop)`` (asked
between steps) and ``cancel_statement()`` (ends the statement running, from any thread).
The window's check job calls these on whichever connection it has, never asking which
engine it is; a method one engine lacked made Check database fail every time on a branch
server."""

import inspect
import sqlite3
import threading

import pytest

from sbdesk.store import db, server

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
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
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
    assert isinstance(outcome[0], sqlite3.OperationalError) and "interrupted" in str(outcome[0])  # not "busy"
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0  # the connection still works
