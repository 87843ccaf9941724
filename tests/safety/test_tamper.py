"""`sbdesk check` sees edits made behind sbdesk's back with another tool."""

import json
import sqlite3
from datetime import date

import pytest

from sbdesk.services import backup, binding, people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id
from tests.safety.helpers import cli

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)
OTHER = make_id(date(1990, 2, 2), "510104", 33)


@pytest.fixture
def office(tmp_path):
    folder = tmp_path / "office"
    desk = open_desk(folder, operator="clerk")
    people.add(desk, name="张伟", id_number=OWNER, region="成都市")
    people.add(desk, name="李娜", id_number=WIFE, region="成都市", insurance="resident", card_number="A12345678")
    people.add(desk, name="王芳", id_number=OTHER, region="成都市", insurance="resident")
    binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
    backup.backup(desk, automatic=True)
    people.reveal(desk, people.find(desk, WIFE), "test")
    desk.close()
    assert cli("check", "--data-dir", folder).returncode == 0
    return folder


def check(folder, code=1):
    """The findings of a check that exits ``code``: 1 edits made behind sbdesk's back, 3 damage too."""
    out = cli("check", "--json", "--data-dir", folder)
    assert out.returncode == code, (out.stdout, out.stderr)
    return " | ".join(json.loads(out.stdout)["problems"])


def sql(folder, *statements):
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_a_name_changed_with_sqlite3_is_reported(office):
    sql(office, "UPDATE people SET name='张冒' WHERE name='张伟'")
    assert "changed outside sbdesk" in check(office)


def test_an_id_number_changed_with_sqlite3_is_reported(office):
    sql(office, f"UPDATE people SET id_number='{make_id(date(1978, 3, 4), '320505', 17)}' WHERE name='张伟'")
    assert "changed outside sbdesk" in check(office)


def test_a_binding_inserted_with_sqlite3_is_reported(office):
    sql(
        office,
        "INSERT INTO bindings (owner_id, member_id, relation, channel, status, bound_on, created_at) "
        "VALUES (1, 3, 'spouse', 'window', 'active', '2026-01-01', 'now')",
    )
    assert "binding:2 is not in the audit log" in check(office)


def test_a_person_deleted_with_sqlite3_is_reported(office):
    sql(office, "DELETE FROM people WHERE name='王芳'")
    assert "deleted outside sbdesk" in check(office)


def test_dropped_append_only_triggers_are_reported(office):
    sql(office, "DROP TRIGGER audit_no_delete", "DROP TRIGGER audit_no_update")
    problems = check(office)
    assert "trigger audit_no_delete is missing" in problems and "trigger audit_no_update is missing" in problems


def test_a_deleted_audit_tail_is_reported(office):
    sql(
        office,
        "DROP TRIGGER audit_no_delete",
        "DELETE FROM audit WHERE action='person.reveal_id'",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    )
    found = check(office, 3)  # the seals of the deleted rows lost their audit row: damage
    assert "restored to an earlier state at audit row 5" in found and "no audit row records them" in found, found


def test_a_chain_rewritten_from_the_start_is_caught_by_the_anchors_outside_the_file(office):
    """An attacker who edits a name, its seal and every hash after it leaves a chain that is
    sound in itself; only the heads written down outside the file show it."""
    from sbdesk.store import audit, db, seals

    conn = db.plain(office / "sbdesk.db")  # sbdesk's own code, run by the attacker on the file
    conn.row_factory = sqlite3.Row
    for trigger in ("audit_no_update", "audit_no_delete", "seals_no_update", "seals_no_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("UPDATE people SET name='张冒' WHERE name='张伟'")
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY id")]
    conn.execute("DELETE FROM seals")
    conn.execute("DELETE FROM audit")
    for r in rows:  # replay every write with fresh seals, as sbdesk itself would have
        detail = json.loads(r["detail"])
        detail.pop("seals", None), detail.pop("sealed", None)
        audit.append(conn, r["at"], r["operator"], r["action"], r["subject"], detail)
    for table, what in (("audit", "the audit log"), ("seals", "seals")):
        for verb in ("UPDATE", "DELETE"):
            conn.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table}\n"
                f"BEGIN SELECT RAISE(ABORT, '{what} {'is' if table == 'audit' else 'are'} append-only'); END"
            )
    assert seals.verify(conn) == [] and audit.verify(conn) == []
    conn.close()
    problems = check(office)
    assert "the chain was rewritten" in problems and "schema" not in problems


def test_a_service_that_forgets_to_name_what_it_wrote_is_still_sealed(office):
    """The lead's 'editing a person ends their bindings' and any later use case: rows written
    through sbdesk's connection are sealed by the next audit row, named or not."""
    from sbdesk.store import db

    desk = open_desk(office, operator="clerk")
    with db.transaction(desk.conn):
        desk.conn.execute("UPDATE bindings SET status='ended', ended_on='2026-11-20'")
        desk.conn.execute("UPDATE people SET name='张伟伟' WHERE name='张伟'")
        desk.audit("person.edit", "person:999")  # names neither row
    desk.close()
    assert cli("check", "--data-dir", office).returncode == 0
