"""Branch mode: the server checks what a login appends to the audit log and the seals
(migrations/postgresql/0014_identity_and_server_checks.sql). A clerk may append (every write use case
does) but nobody may delete, so a hand-made row that `check` cannot accept would fail every
check for good: the server refuses it instead, and `check` names an old one and goes on."""

import json
import os
import subprocess
import sys
from datetime import date

import psycopg
import pytest

from sbdesk.services import binding, people
from sbdesk.services.desk import open_desk
from sbdesk.store import audit
from tests.conftest import TODAY, make_id, pg_url

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "320505", 22)


def check(url, tmp_path):
    """`sbdesk check` as the owner: (exit code, stdout + stderr)."""
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(tmp_path / "checker"), "--lang", "en", "check"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SBDESK_DATABASE": pg_url(url.rsplit("/", 1)[1])},
    )
    return done.returncode, done.stdout + done.stderr


def filled(logins, tmp_path):
    """A clerk's URL on a database where the clerk added two people and bound them."""
    url, _, _ = logins("clerk")
    desk = open_desk(tmp_path / "desk", today=lambda: TODAY, database=url)
    people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    people.add(desk, name="李四", id_number=WIFE, region="苏州市", insurance="resident", card_number="B00000001")
    binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
    desk.close()
    return url


def chained(conn, detail, *, prev=None, operator=None):
    """The values of an audit row that continues the chain, computed as sbdesk does."""
    head = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    prev = head if prev is None else prev
    operator = operator or conn.execute("SELECT current_user").fetchone()[0]
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    row = ("2026-01-01T00:00:00+08:00", operator, "hand", "person:1", text, prev)
    return (*row, audit._digest(prev, row[0], operator, "hand", "person:1", text))


INSERT_AUDIT = (
    "INSERT INTO audit (at, operator, action, subject, detail, prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s)"
)
REFUSED = (
    psycopg.errors.IntegrityConstraintViolation,
    psycopg.errors.InsufficientPrivilege,
    psycopg.errors.ForeignKeyViolation,
)


@pytest.mark.parametrize(
    "attack",
    [
        "seal_person_abc",
        "seal_wrong_hash",
        "seal_on_an_old_audit_row",
        "audit_made_up_hash",
        "audit_wrong_prev",
        "audit_claims_seals_it_lacks",
        "audit_id_far_ahead",
        "audit_detail_not_json",
        "seal_after_its_row_was_checked",
        "operator_spoofed_by_a_temp_table",
    ],
)
def test_a_clerks_hand_made_audit_row_or_seal_is_refused_and_check_stays_sound(logins, tmp_path, attack):
    url = filled(logins, tmp_path)
    person = open_desk(tmp_path / "d2", today=lambda: TODAY, database=url)
    pid = people.find(person, OWNER).id
    person.close()
    with psycopg.connect(url, autocommit=True) as conn, pytest.raises(REFUSED):  # the clerk's own psql
        last = conn.execute("SELECT max(id) FROM audit").fetchone()[0]
        with conn.transaction():
            if attack == "operator_spoofed_by_a_temp_table":  # a pg_class of its own, searched first
                conn.execute("CREATE TEMP TABLE pg_class (oid oid, relowner oid)")
                conn.execute(
                    "INSERT INTO pg_temp.pg_class SELECT 'audit'::regclass, oid FROM pg_roles"
                    " WHERE rolname = current_user"
                )
                conn.execute(INSERT_AUDIT, chained(conn, {"hand": 1}, operator="somebody-else"))
            elif attack == "seal_after_its_row_was_checked":  # the claim checked at once, then a seal added
                conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
                conn.execute(INSERT_AUDIT, chained(conn, {"hand": 1}))
                head = conn.execute("SELECT max(id) FROM audit").fetchone()[0]
                row = conn.execute(
                    "SELECT hash FROM seals WHERE subject = %s ORDER BY id DESC LIMIT 1", (f"person:{pid}",)
                ).fetchone()[0]  # the row as it stands: a right hash
                conn.execute(
                    "INSERT INTO seals (audit_id, subject, hash) VALUES (%s, %s, %s)", (head, f"person:{pid}", row)
                )
            elif attack.startswith("seal"):
                conn.execute(INSERT_AUDIT, chained(conn, {"hand": 1}))
                head = conn.execute("SELECT max(id) FROM audit").fetchone()[0]
                subject, value, target = {
                    "seal_person_abc": ("person:abc", "x", head),
                    "seal_wrong_hash": (f"person:{pid}", "0" * 64, head),
                    "seal_on_an_old_audit_row": (f"person:{pid}", "deleted", last),
                }[attack]
                conn.execute(
                    "INSERT INTO seals (audit_id, subject, hash) VALUES (%s, %s, %s)", (target, subject, value)
                )
            elif attack == "audit_made_up_hash":
                conn.execute(INSERT_AUDIT, (*chained(conn, {"hand": 1})[:-1], "f" * 64))
            elif attack == "audit_wrong_prev":
                conn.execute(INSERT_AUDIT, chained(conn, {"hand": 1}, prev="0" * 64))
            elif attack == "audit_claims_seals_it_lacks":
                conn.execute(INSERT_AUDIT, chained(conn, {"seals": "0" * 64, "sealed": 1}))
            elif attack == "audit_id_far_ahead":  # no later row could follow it
                conn.execute(
                    "INSERT INTO audit (id, at, operator, action, subject, detail, prev_hash, hash)"
                    " VALUES (9000000000000000000, %s, %s, %s, %s, %s, %s, %s)",
                    chained(conn, {"hand": 1}),
                )
            else:
                conn.execute(INSERT_AUDIT, chained(conn, "not an object"))
    code, text = check(url, tmp_path)
    assert (code, text.strip()) == (0, "The database is sound.")
    desk = open_desk(tmp_path / "d3", today=lambda: TODAY, database=url)  # and sbdesk's own writes go on
    binding.unbind(desk, binding.listing(desk, None, "active")[0].id, "ended")
    desk.close()
    assert check(url, tmp_path)[0] == 0


def test_a_row_made_by_hand_as_sbdesk_makes_it_is_accepted(logins, tmp_path):
    """What the server refuses is what `check` would not accept, not the clerk's tool: the
    server computes the chain as store/audit.py does, to the byte (quotes, controls, Chinese)."""
    url = filled(logins, tmp_path)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(INSERT_AUDIT, chained(conn, {"note": '王"\\\n\t\x01 é\u2028'}))
    assert check(url, tmp_path) == (0, "The database is sound.\n")


def test_check_names_a_seal_that_names_no_row_and_goes_on(logins, tmp_path):
    """A database from before schema 14 may hold such a seal: `check` reports it by its id
    (exit 1, not 3: the database is not unusable) along with whatever else it finds."""
    url = filled(logins, tmp_path)
    with psycopg.connect(pg_url(url.rsplit("/", 1)[1]), autocommit=True) as owner:  # the triggers off, as before
        owner.execute("ALTER TABLE seals DISABLE TRIGGER seals_valid")
        owner.execute("ALTER TABLE audit DISABLE TRIGGER audit_sealed")
        aid = owner.execute("SELECT max(id) FROM audit").fetchone()[0]
        sid = owner.execute(
            "INSERT INTO seals (audit_id, subject, hash) VALUES (%s, 'person:abc', 'x') RETURNING id", (aid,)
        ).fetchone()[0]
        owner.execute(
            "INSERT INTO seals (audit_id, subject, hash) VALUES (%s, 'person:99999999999999999999', 'x')", (aid,)
        )
        owner.execute("ALTER TABLE seals ENABLE TRIGGER seals_valid")
        owner.execute("ALTER TABLE audit ENABLE TRIGGER audit_sealed")
    code, text = check(url, tmp_path)
    assert code == 1 and "Traceback" not in text
    assert f"seal {sid}: it names no person or binding by its id" in text
    assert f"seals of audit row {aid}: they do not match the audit row" in text


def test_check_reports_a_server_check_turned_off(logins, tmp_path):
    url = filled(logins, tmp_path)
    with psycopg.connect(pg_url(url.rsplit("/", 1)[1]), autocommit=True) as owner:
        owner.execute("ALTER TABLE audit DISABLE TRIGGER audit_valid")
    code, text = check(url, tmp_path)
    assert code == 1 and "trigger audit_valid is disabled" in text
