"""A migration that changes the rows of a sealed table (a column added to people) seals them
again on both engines, and only the rows that matched their seals before it: a person changed
behind sbdesk's back before the migration is still named by `check` after it. Without this
every person showed as "changed outside sbdesk" after such a migration, on the file and the
server alike. The migration is a scratch one, written by the test into a copy of the folder."""

import shutil
import sqlite3
from datetime import date

import psycopg
import pytest

from sbdesk.services import maintenance, people
from sbdesk.services.desk import open_desk
from sbdesk.store import audit, db, migrate, schema, seals, server
from tests.conftest import TODAY, database_of, make_id

SCRATCH = "-- a scratch column for a test: every person's hash changes\nALTER TABLE people ADD COLUMN nickname TEXT NOT NULL DEFAULT '';\n"


@pytest.fixture
def scratch_migration(tmp_path, monkeypatch):
    """The shipped migrations and one more, NEXT, that adds a column to people."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.FOLDER, folder)
    following = migrate.LATEST + 1
    (folder / f"{following:04d}_scratch.sql").write_text(SCRATCH, encoding="utf-8")
    monkeypatch.setattr(migrate, "FOLDER", folder)
    for module in (migrate, db, server):
        monkeypatch.setattr(module, "LATEST", following)
    yield following
    schema.expected.cache_clear()  # the scratch schema is no version sbdesk ships


def _tamper(desk, data_dir, name: str, new_name: str) -> None:
    """Another tool changes a person's name (no audit row, no seal)."""
    url = database_of(desk)
    desk.close()
    if url:
        with psycopg.connect(url, autocommit=True) as other:
            other.execute("UPDATE people SET name = %s WHERE name = %s", (new_name, name))
    else:
        with sqlite3.connect(data_dir / "sbdesk.db") as other:
            other.execute("UPDATE people SET name = ? WHERE name = ?", (new_name, name))
        other.close()


def test_a_new_people_column_keeps_sound_rows_sealed_and_tampered_ones_named(data_dir, desk, scratch_migration):
    people.add(
        desk, name="张三", id_number=make_id(date(1980, 5, 1), "320505", 11), region="苏州市", insurance="employee"
    )
    people.add(
        desk, name="李四", id_number=make_id(date(1982, 1, 2), "510104", 22), region="南京市", insurance="resident"
    )
    zhang, li = (
        desk.conn.execute("SELECT id FROM people WHERE name = ?", (n,)).fetchone()[0] for n in ("张三", "李四")
    )
    url = database_of(desk)
    _tamper(desk, data_dir, "李四", "王五")

    again = open_desk(data_dir, operator="tester", today=lambda: TODAY, database=url)
    try:
        assert db.schema_version(again.conn) == scratch_migration
        found = maintenance.check(again)
        assert found["problems"] == [f"person:{li} was changed outside sbdesk (it does not match the audit log)"]
        [row] = [e for e in audit.entries(again.conn, "database") if e["action"] == "audit.seal_migrated"]
        assert row["detail"]["version"] == scratch_migration
        assert (row["detail"]["rows"], row["detail"]["not_sealed_rows"]) == (1, [f"person:{li}"])
        assert row["detail"]["sealed"] == 1  # person zhang's new hash, in the chain
        assert (
            again.conn.execute("SELECT subject FROM seals ORDER BY id DESC LIMIT 1").fetchone()[0] == f"person:{zhang}"
        )
    finally:
        again.close()


def test_a_migration_that_changes_no_sealed_row_writes_no_audit_row(data_dir, desk, scratch_migration):
    people.add(
        desk, name="张三", id_number=make_id(date(1980, 5, 1), "320505", 11), region="苏州市", insurance="employee"
    )
    url = database_of(desk)
    desk.close()
    (migrate.FOLDER / f"{scratch_migration:04d}_scratch.sql").write_text(
        "-- names people but changes no row of it\nCREATE INDEX people_scratch ON people(name, id);\n", encoding="utf-8"
    )
    again = open_desk(data_dir, operator="tester", today=lambda: TODAY, database=url)
    try:
        assert maintenance.check(again)["problems"] == []
        assert [e for e in audit.entries(again.conn, "database") if e["action"] == "audit.seal_migrated"] == []
    finally:
        again.close()


@pytest.mark.sqlite_only("the server refuses a seal its audit row does not record (seals_valid)")
def test_a_row_covered_by_a_forged_seal_is_not_sealed_again(data_dir, desk, scratch_migration):
    """Another tool changes a person and adds a seal matching the change: check names the seal's
    group, not the person. The migration must not seal that person again (which would leave
    nothing naming them): after it check names them as changed."""
    people.add(
        desk, name="张三", id_number=make_id(date(1980, 5, 1), "320505", 11), region="苏州市", insurance="employee"
    )
    people.add(
        desk, name="李四", id_number=make_id(date(1982, 1, 2), "510104", 22), region="南京市", insurance="resident"
    )
    [li] = desk.conn.execute("SELECT id FROM people WHERE name = '李四'").fetchone()
    _tamper(desk, data_dir, "李四", "王五")
    other = db.plain(data_dir / "sbdesk.db")  # another tool: no sbdesk triggers, no audit row
    try:
        [(_, forged)] = seals.hashes(other, [f"person:{li}"])
        other.execute("INSERT INTO seals (audit_id, subject, hash) VALUES (1, ?, ?)", (f"person:{li}", forged))
        assert [p for p in seals.verify(other) if p.startswith("person:")] == []  # hidden before the migration
    finally:
        other.close()

    again = open_desk(data_dir, operator="tester", today=lambda: TODAY)
    try:
        problems = maintenance.check(again)["problems"]
        assert f"person:{li} was changed outside sbdesk (it does not match the audit log)" in problems
        assert any(p.startswith("seals of audit row 1:") for p in problems)
        [row] = [e for e in audit.entries(again.conn, "database") if e["action"] == "audit.seal_migrated"]
        assert (row["detail"]["rows"], row["detail"]["not_sealed_rows"]) == (1, [f"person:{li}"])
    finally:
        again.close()
