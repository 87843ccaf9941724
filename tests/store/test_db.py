import hashlib
import os
import sqlite3
import stat

import pytest

from sbdesk.store import audit, db, migrate


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_database_is_private_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "x.db"
    conn = db.open_database(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('b', 'b', '2026-01-01')")
    conn.execute("COMMIT")
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    for extra in ("-wal", "-shm"):
        assert mode(path.with_name(path.name + extra)) == 0o600
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.LATEST
    with pytest.raises(db.Refused):  # the store's error, as the server's refusal is
        conn.execute("INSERT INTO regions (code, name, province, batch) VALUES ('1', 'a', 'b', 'missing')")
    conn.close()


def test_a_newer_schema_is_refused_and_the_file_left_alone(tmp_path):
    path = tmp_path / "x.db"
    db.open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {db.LATEST + 1}")
    raw.close()
    before = digest(path)
    with pytest.raises(db.SchemaTooNew) as err:
        db.open_database(path)
    assert err.value.params["found"] == db.LATEST + 1
    assert digest(path) == before


@pytest.mark.parametrize("content", [os.urandom(4096), b"SQLite format 3\x00" + b"\x00" * 50])
def test_a_file_that_is_not_a_database_is_reported_and_untouched(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(db.DatabaseCorrupt):
        db.open_database(path)
    assert path.read_bytes() == content


def test_migrations_copy_the_file_first_and_are_atomic(tmp_path, monkeypatch):
    path = tmp_path / "x.db"
    conn = db.open_database(path)
    conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('keep', 'k', '2026-01-01')")
    conn.close()
    original = db.migrations()
    broken = original + [(db.LATEST + 1, "CREATE TABLE extra (a);\nINSERT INTO nowhere VALUES (1);")]
    monkeypatch.setattr(migrate, "migrations", lambda: broken)
    monkeypatch.setattr(db, "LATEST", db.LATEST + 1)
    with pytest.raises(db.StoreError):
        db.open_database(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == original[-1][0]
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name='extra'").fetchone()[0] == 0
    raw.close()
    copies = list((tmp_path / "backups").glob(f"x-schema{original[-1][0]}-*.db"))
    assert len(copies) == 1
    saved = sqlite3.connect(copies[0])
    assert saved.execute("SELECT id FROM region_batches").fetchall() == [("keep",)]
    saved.close()

    fixed = original + [(db.LATEST, "CREATE TABLE extra (a);")]
    monkeypatch.setattr(migrate, "migrations", lambda: fixed)
    conn = db.open_database(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.LATEST
    assert conn.execute("SELECT id FROM region_batches").fetchall()[0][0] == "keep"
    conn.close()


def test_transaction_rolls_back_everything_on_error(tmp_path):
    conn = db.open_database(tmp_path / "x.db")
    with pytest.raises(RuntimeError), db.transaction(conn):
        conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('a', 'a', '2026-01-01')")
        raise RuntimeError("power cut")
    assert conn.execute("SELECT count(*) FROM region_batches").fetchone()[0] == 0


def test_a_second_writer_waits_then_gets_a_clear_error(tmp_path):
    path = tmp_path / "x.db"
    conn = db.open_database(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(db.DatabaseLocked), db.transaction(conn):
        pass
    other.execute("ROLLBACK")


def test_audit_log_is_append_only_and_chained(tmp_path):
    conn = db.open_database(tmp_path / "x.db")
    with db.transaction(conn):
        for i in range(3):
            audit.append(conn, f"2026-11-25T10:0{i}", "tester", "thing", f"s:{i}", {"n": i})
    assert audit.verify(conn) == []
    with pytest.raises(db.Refused, match="append-only"):
        conn.execute("UPDATE audit SET operator='mallory'")
    with pytest.raises(db.Refused, match="append-only"):
        conn.execute("DELETE FROM audit")
    # Someone bypasses the triggers with another tool: the chain shows it.
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail='{\"n\": 9}' WHERE id=2")
    assert audit.verify(conn) == ["audit row 2: content does not match its hash"]


def test_backup_is_a_consistent_private_copy(tmp_path):
    conn = db.open_database(tmp_path / "x.db")
    conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('a', 'a', '2026-01-01')")
    dest = db.backup(conn, tmp_path / "b" / "copy.db")
    assert mode(dest) == 0o600
    copy = sqlite3.connect(dest)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT id FROM region_batches").fetchall() == [("a",)]


def test_the_fast_search_rows_are_the_same_people_as_the_ordinary_ones(tmp_path):
    from datetime import date

    from sbdesk.domain.models import Person
    from sbdesk.store import people, people_search

    conn = db.open_database(tmp_path / "x.db")
    conn.execute("INSERT INTO region_batches (id, name, opened_on) VALUES ('b', 'b', '2026-01-01')")
    conn.execute("INSERT INTO regions (code, name, province) VALUES ('320500', '苏州市', '江苏省')")
    pid = people.insert(
        conn,
        Person(
            None,
            "11010519491231002X",
            "张三",
            "320500",
            "resident",
            "A12345678",
            "123456",
            date(1949, 12, 31),
            "female",
            "active",
            "inactive",
        ),
        "now",
    )
    people.insert(conn, Person(None, "110105194912310037", "张四", "320500"), "now")
    assert people_search.search(conn, "1101", 10) == people_search.get_many(
        conn, people_search.search_ids(conn, "1101")
    )
    assert people_search.search(conn, "张", 10)[0] == people.get(conn, pid)
