"""`sbdesk migrate-to URL`: a one-desk office moves onto the branch server, history and all."""

import json
import sqlite3
from datetime import date
from urllib.parse import unquote, urlsplit

import psycopg

from sbdesk.services import maintenance, people
from sbdesk.services.desk import open_desk
from sbdesk.store import audit
from tests.cli.test_cli import run
from tests.conftest import TODAY, make_id

OWNER = make_id(date(1978, 3, 4), "510104", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)


def without_password(url):
    """(the URL without its password, the password): for PGPASSWORD."""
    parts = urlsplit(url)
    return url.replace(f":{parts.password}@", "@", 1), unquote(parts.password or "")


def office(folder):
    for args in (
        ("person", "add", "--name", "张伟", "--id-number", OWNER, "--region", "成都市", "--card", "A10000001"),
        (
            "person",
            "add",
            "--name",
            "李娜",
            "--id-number",
            WIFE,
            "--region",
            "成都市",
            "--insurance",
            "resident",
            "--card",
            "B20000002",
        ),
        (
            "bind",
            "--owner",
            OWNER,
            "--member",
            WIFE,
            "--relation",
            "spouse",
            "--channel",
            "window",
            "--operator",
            "窗口3",
        ),
        ("unbind", "1", "--reason", "录入错误"),
        ("bind", "--owner", OWNER, "--member", WIFE, "--relation", "spouse", "--channel", "hospital"),
    ):
        out = run(*args, data_dir=folder, env={"SBDESK_DATABASE": ""})
        assert out.returncode == 0, out.stderr


def test_an_office_moves_to_an_empty_server_with_its_audit_chain_verified(tmp_path, empty_server_db):
    folder = tmp_path / "office"
    office(folder)
    out = run("migrate-to", empty_server_db, "--json", data_dir=folder, env={"SBDESK_DATABASE": ""})
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (result["rows"]["people"], result["rows"]["bindings"]) == (2, 2)
    assert empty_server_db.split("@")[0].split(":")[-1] not in out.stdout  # the URL's password is never shown
    local = open_desk(folder, today=lambda: TODAY, database="")
    branch = open_desk(tmp_path / "desk", today=lambda: TODAY, database=empty_server_db)
    try:
        assert (
            audit.head(branch.conn)
            == audit.head(local.conn)
            == (result["audit_head"]["id"], result["audit_head"]["hash"])
        )
        assert maintenance.check(branch)["ok"]
        assert "窗口3" in {e["operator"] for e in audit.entries(branch.conn, limit=100)}  # history kept as written
        assert [b.status for b in people.detail(branch, people.find(branch, WIFE).id).bindings] == ["active", "ended"]
        assert people.count(branch) == 2
        # the copy goes on as a branch database: new ids follow the copied ones
        people.add(branch, name="王五", id_number=make_id(date(1990, 1, 1), "510104", 33), region="成都市")
        assert people.find(branch, make_id(date(1990, 1, 1), "510104", 33)).id == 3
        assert maintenance.check(branch)["ok"]
    finally:
        local.close()
        branch.close()


def test_a_non_empty_target_is_refused_and_left_alone(tmp_path, empty_server_db):
    folder = tmp_path / "office"
    office(folder)
    with psycopg.connect(empty_server_db, autocommit=True) as conn:
        conn.execute("CREATE TABLE their_data (x int)")
    bare, password = without_password(empty_server_db)  # a password in the address is warned about (L8)
    out = run("migrate-to", bare, "--lang", "en", data_dir=folder, env={"SBDESK_DATABASE": "", "PGPASSWORD": password})
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "their_data" in out.stderr and "not empty" in out.stderr
    with psycopg.connect(empty_server_db) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 1
    # and a second move onto a branch database that already holds the first
    with psycopg.connect(empty_server_db, autocommit=True) as conn:
        conn.execute("DROP TABLE their_data")
    assert run("migrate-to", empty_server_db, data_dir=folder, env={"SBDESK_DATABASE": ""}).returncode == 0
    again = run("migrate-to", empty_server_db, "--lang", "zh_CN", data_dir=folder, env={"SBDESK_DATABASE": ""})
    assert again.returncode == 2 and "不是空的" in again.stderr and "Traceback" not in again.stderr


def test_a_file_that_fails_its_check_is_not_copied(tmp_path, empty_server_db):
    folder = tmp_path / "office"
    office(folder)
    conn = sqlite3.connect(folder / "sbdesk.db")
    conn.execute("UPDATE people SET name = '张大伟' WHERE id = 1")  # behind sbdesk's back
    conn.commit()
    conn.close()
    out = run("migrate-to", empty_server_db, "--lang", "en", data_dir=folder, env={"SBDESK_DATABASE": ""})
    assert out.returncode == 2 and "does not pass its check" in out.stderr, out.stderr
    with psycopg.connect(empty_server_db) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
