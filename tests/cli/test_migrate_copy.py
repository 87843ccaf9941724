"""`migrate-to` with COPY: one transaction, whatever happens to the process. A real CLI process
stops itself at a chosen point of the copy (SIGSTOP from its own progress callback: no timing
guessed) and is then killed with SIGKILL or interrupted with Ctrl+C's SIGINT: the server keeps
nothing, the file is left byte for byte as it was, and the next try copies everything."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.cli.test_migrate_to import without_password

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 12_000  # more than transfer.CHUNK: the first report comes mid-way through people

#: the CLI, its progress callback wrapped so the process stops itself once at STAGE (after a first report)
STOPPING = """
import os, signal, sys
from sbdesk.store import transfer
from sbdesk.cli import main
copy, stage, stopped = transfer.copy, os.environ["STOP_AT"], []
def stopping(source, target, progress=None, before_commit=None):
    def tell(at, done, total):
        if at == stage and done and not stopped:
            stopped.append(at)
            os.kill(os.getpid(), signal.SIGSTOP)
        if progress:
            progress(at, done, total)
    return copy(source, target, tell, before_commit)
transfer.copy = stopping
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A data folder of 12,000 people and 6,000 bindings (benchmarks/generate.py), made once."""
    folder = tmp_path_factory.mktemp("generated") / "office"
    subprocess.run(
        [sys.executable, "benchmarks/generate.py", str(folder), "--people", str(PEOPLE)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SBDESK_DATABASE": ""},
        check=True,
        capture_output=True,
    )
    return folder


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / "sbdesk.db").read_bytes()).hexdigest()


def stopped_at(stage: str, folder: Path, url: str) -> subprocess.Popen:
    """The CLI copying ``folder`` to ``url``, stopped by itself at ``stage``."""
    bare, password = without_password(url)
    child = subprocess.Popen(
        [sys.executable, "-c", STOPPING, "migrate-to", bare, "--data-dir", str(folder), "--lang", "zh_CN"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SBDESK_DATABASE": "", "PGPASSWORD": password, "STOP_AT": stage},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal
    )
    _, status = os.waitpid(child.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), (status, child.stderr.read().decode() if child.stderr else "")
    return child


def tables_on(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]


def migrate(folder: Path, url: str) -> subprocess.CompletedProcess:
    bare, password = without_password(url)
    return subprocess.run(
        [sys.executable, "-m", "sbdesk", "migrate-to", bare, "--data-dir", str(folder), "--json"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SBDESK_DATABASE": "", "PGPASSWORD": password},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("stage", ["copy", "keys", "verify"])
def test_kill_9_anywhere_in_the_copy_leaves_the_server_empty_and_a_retry_works(
    tmp_path, generated, empty_server_db, stage
):
    folder = tmp_path / "office"
    shutil.copytree(generated, folder)
    before = digest(folder)
    child = stopped_at(stage, folder, empty_server_db)
    child.kill()  # SIGKILL: no handler, no rollback by the client
    assert child.wait(30) == -signal.SIGKILL
    assert tables_on(empty_server_db) == 0
    assert digest(folder) == before
    again = migrate(folder, empty_server_db)  # waits for the killed one's lock until its session is gone
    assert again.returncode == 0, again.stderr
    assert '"people": 12000' in again.stdout
    assert digest(folder) == before  # the file is never changed


def test_ctrl_c_mid_copy_stops_with_one_line_and_nothing_written(tmp_path, generated, empty_server_db):
    folder = tmp_path / "office"
    shutil.copytree(generated, folder)
    before = digest(folder)
    child = stopped_at("copy", folder, empty_server_db)
    child.send_signal(signal.SIGINT)  # pending until it runs again
    child.send_signal(signal.SIGCONT)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 130, err.decode()
    assert err.decode().strip().splitlines()[-1] == "已中断；未完成的修改没有写入。" and b"Traceback" not in err
    assert out == b""
    assert tables_on(empty_server_db) == 0
    assert digest(folder) == before


def test_the_copy_writes_the_counter_and_the_audit_head_once_not_once_a_row(tmp_path, generated, empty_server_db):
    """The quadratic copy: a row updated once per person (the counter) or per audit row (the
    chain's head) in one transaction leaves a version per update that each next update walks."""
    folder = tmp_path / "office"
    shutil.copytree(generated, folder)
    assert migrate(folder, empty_server_db).returncode == 0
    with psycopg.connect(empty_server_db, autocommit=True) as conn:
        for _ in range(600):  # the copying session's figures are in once it has gone (at most a few seconds)
            if not conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchone()[0]:
                break
            conn.execute("SELECT pg_sleep(0.05)")
        conn.execute("SELECT pg_stat_clear_snapshot()")
        written = dict(
            conn.execute(
                "SELECT relname, n_tup_upd + n_tup_ins FROM pg_stat_user_tables WHERE relname IN ('row_counts', 'audit_head')"
            ).fetchall()
        )
    assert written == {"row_counts": 2, "audit_head": 2}, written  # the row made by the schema, and one update


SCHEMA = (
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    (
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint"
        " WHERE connamespace = 'public'::regnamespace"
    ),
    (
        "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " WHERE c.relnamespace = 'public'::regnamespace AND NOT tgisinternal"
    ),
)


def test_the_copy_ends_with_the_schema_a_new_branch_database_has(tmp_path, empty_server_db, server_db):
    """Indexes and foreign keys dropped for the copy are made again with their names and
    definitions; every trigger turned off is on again."""
    from tests.cli.test_migrate_to import office

    folder = tmp_path / "office"
    office(folder)
    assert migrate(folder, empty_server_db).returncode == 0
    with psycopg.connect(empty_server_db) as copied, psycopg.connect(server_db) as made:
        for sql in SCHEMA:
            assert sorted(copied.execute(sql).fetchall()) == sorted(made.execute(sql).fetchall()), sql


def test_a_second_copy_at_once_waits_for_the_first_then_finds_it(tmp_path, generated, empty_server_db):
    """Two moves into one empty database: the second looks for tables only once it holds the
    write lock, so it finds the first's copy instead of copying over it."""
    first_folder, second_folder = tmp_path / "one", tmp_path / "two"
    shutil.copytree(generated, first_folder)
    shutil.copytree(generated, second_folder)
    first = stopped_at("copy", first_folder, empty_server_db)
    bare, password = without_password(empty_server_db)
    second = subprocess.Popen(
        [sys.executable, "-m", "sbdesk", "migrate-to", bare, "--data-dir", str(second_folder), "--lang", "en"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SBDESK_DATABASE": "", "PGPASSWORD": password},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with psycopg.connect(empty_server_db, autocommit=True) as conn:
        for _ in range(2000):  # until the second waits for the write lock (it waits up to 15 s)
            if conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").fetchone()[0]:
                break
            conn.execute("SELECT pg_sleep(0.005)")
        else:
            raise AssertionError("the second copy never waited for the lock")
    first.send_signal(signal.SIGCONT)
    assert first.wait(120) == 0, first.stderr.read().decode() if first.stderr else ""
    _, err = second.communicate(timeout=120)
    assert second.returncode == 2 and "not empty" in err.decode(), err.decode()
    with psycopg.connect(empty_server_db) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == PEOPLE
        assert conn.execute("SELECT count(*) FROM sbdesk_schema").fetchone()[0] == 1
