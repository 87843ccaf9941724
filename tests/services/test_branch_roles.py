"""Branch mode: each clerk signs in with their own login; what a role may do is the server's
grants (migrations/postgresql/0012_roles.sql), not sbdesk's good manners."""

import json
import os
import secrets
import stat
from datetime import date

import psycopg
import pytest

from sbdesk.services import binding, people, policy_import
from sbdesk.services.desk import open_desk
from sbdesk.store import audit, server
from tests.conftest import TODAY, make_id, need_server, pg_admin, pg_url

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "320505", 22)


def desk_as(url, tmp_path, name="desk"):
    return open_desk(tmp_path / name, operator="whoever-the-client-says", today=lambda: TODAY, database=url)


def test_the_audit_log_names_the_signed_in_clerk_not_the_name_the_client_sends(logins, tmp_path):
    url, clerk, _ = logins("clerk")
    desk = desk_as(url, tmp_path)
    people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    people.add(desk, name="李四", id_number=WIFE, region="苏州市", insurance="resident", card_number="B00000001")
    b = binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
    assert {e["operator"] for e in audit.entries(desk.conn)[:3]} == {clerk}
    assert b.operator == clerk
    # a client that sends another name is refused by the server's trigger
    with pytest.raises(server.NotAllowed):
        desk.conn.execute(
            "INSERT INTO audit (at, operator, action, subject, detail, prev_hash, hash)"
            " VALUES ('now', 'somebody-else', 'x', 'x', '{}', 'x', 'x')"
        )
    desk.close()


def test_a_clerks_role_cannot_touch_the_audit_log(logins, tmp_path):
    url, _, _ = logins("clerk")
    desk = desk_as(url, tmp_path)
    people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    desk.close()
    with psycopg.connect(url, autocommit=True) as conn:  # straight at the server, no sbdesk in between
        for sql in (
            "UPDATE audit SET detail = '{}'",
            "DELETE FROM audit",
            "TRUNCATE audit",
            "UPDATE seals SET hash = 'x'",
            "DELETE FROM seals",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] >= 2  # but reads it
    with psycopg.connect(pg_url(url.rsplit("/", 1)[1]), autocommit=True) as owner:
        # the owner of the tables is refused too: the log is append-only for everyone
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            owner.execute("UPDATE audit SET detail = '{}'")
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            owner.execute("DELETE FROM audit")


def test_a_clerk_cannot_import_policy_and_a_supervisor_can(logins, tmp_path):
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps({"relations": {"provinces": {"江苏省": ["spouse"]}}}, ensure_ascii=False), encoding="utf-8"
    )
    clerk = desk_as(logins("clerk")[0], tmp_path, "clerk")
    before = len(audit.entries(clerk.conn, limit=1000))
    with pytest.raises(server.NotAllowed):
        policy_import.import_file(clerk, policy)
    assert len(audit.entries(clerk.conn, limit=1000)) == before  # nothing written, not even the audit row
    clerk.close()
    boss = desk_as(logins("supervisor")[0], tmp_path, "boss")
    assert policy_import.import_file(boss, policy).provinces == 1
    boss.close()


def test_an_auditor_only_reads(logins, tmp_path):
    url, _, _ = logins("auditor")
    admin = desk_as(pg_url(url.rsplit("/", 1)[1]), tmp_path, "admin")  # the test server's owner
    people.add(admin, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    admin.close()
    auditor = desk_as(url, tmp_path, "auditor")
    assert people.find(auditor, OWNER).name == "张三"
    with pytest.raises(server.NotAllowed):
        people.add(auditor, name="李四", id_number=WIFE, region="苏州市", insurance="resident")
    with pytest.raises(server.NotAllowed):
        people.delete(auditor, people.find(auditor, OWNER).id)
    assert people.find(auditor, OWNER).name == "张三"
    auditor.close()


def test_the_password_comes_from_pgpass_or_a_prompt_and_is_never_written(logins, tmp_path, monkeypatch):
    url, name, password = logins("clerk", with_password=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(server.SignInFailed):
        desk_as(url, tmp_path)  # no password anywhere and nobody to ask
    asked = []
    desk = open_desk(
        tmp_path / "d", today=lambda: TODAY, database=url, ask_password=lambda where: asked.append(where) or password
    )
    assert asked and password not in asked[0] and desk.operator == name
    desk.close()
    pgpass = tmp_path / "pgpass"
    info = psycopg.conninfo.conninfo_to_dict(url)
    host, port = info["host"], info["port"]
    pgpass.write_text(f"{host}:{port}:*:{name}:{password}\n", encoding="utf-8")
    os.chmod(pgpass, stat.S_IRUSR | stat.S_IWUSR)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    desk = desk_as(url, tmp_path)
    assert desk.operator == name
    desk.close()
    found = [p for p in tmp_path.rglob("*") if p.is_file() and p != pgpass and password.encode() in p.read_bytes()]
    assert found == []  # not in the data folders, their logs or settings


def test_the_command_line_asks_for_the_password_at_a_terminal_only(logins, tmp_path):
    import pty
    import select
    import subprocess
    import sys
    import time

    url, name, password = logins("clerk", with_password=False)
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env.update(PGPASSFILE=str(tmp_path / "none"), SBDESK_DATA_DIR=str(tmp_path / "d"))
    command = [sys.executable, "-m", "sbdesk", "--database", url, "person", "list", "--json", "--lang", "en"]
    script = subprocess.run(command, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert script.returncode == 2 and "Signing in" in script.stderr  # nobody to ask: one line, no hang
    pid, fd = pty.fork()
    if pid == 0:  # the child: sbdesk on a terminal
        os.execve(sys.executable, command, env)  # noqa: S606 - sbdesk itself, on a terminal, no shell wanted
    out, sent, deadline = b"", False, time.monotonic() + 60
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], 0.5)[0]:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if b"Password for" in out and not sent:
            os.write(fd, password.encode() + b"\n")
            sent = True
    os.waitpid(pid, 0)
    text = out.decode(errors="replace")
    assert sent and "[]" in text and password not in text  # not echoed
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and password.encode() in p.read_bytes()]


def test_an_owner_without_createrole_sets_up_a_branch_whose_roles_the_administrator_made(tmp_path):
    """The set-up in docs/branch-mode.md: a role with CREATEROLE may grant itself pg_execute_server_program
    (programs run on the server) on PostgreSQL 15, so the owner has none; the administrator
    makes the group roles, and sbdesk's schema needs nothing more of the owner."""
    import subprocess
    import sys

    need_server()
    name, password, dbname = f"owner_{secrets.token_hex(4)}", secrets.token_hex(12), f"sbdesk_o_{secrets.token_hex(4)}"
    with pg_admin() as admin:  # the group roles exist on the test cluster already (made as docs/branch-mode.md says)
        admin.execute(f"CREATE ROLE {name} LOGIN NOCREATEROLE PASSWORD '{password}'")
        admin.execute(f"CREATE DATABASE {dbname} OWNER {name}")
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "sbdesk",
                "--data-dir",
                str(tmp_path / "d"),
                "--lang",
                "en",
                "regions",
                "--search",
                "北京",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "SBDESK_DATABASE": pg_url(dbname, name, password)},
        )
        assert done.returncode == 0, done.stderr
        with psycopg.connect(pg_url(dbname)) as admin:
            assert admin.execute("SELECT version FROM sbdesk_schema").fetchone()[0] == server.LATEST
            assert not admin.execute("SELECT rolcreaterole FROM pg_roles WHERE rolname = %s", (name,)).fetchone()[0]
    finally:
        with pg_admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
            admin.execute(f"DROP OWNED BY {name}")
            admin.execute(f"DROP ROLE IF EXISTS {name}")


def test_a_clerk_cannot_trust_a_key_or_install_a_pack_and_a_supervisor_can(logins, tmp_path):
    from sbdesk.services import policy_pack
    from sbdesk.services.desk import installed_pack, use_pack
    from tests.packs import keypair, make_pack

    private, public = keypair(tmp_path)
    pack = make_pack(tmp_path, private)
    clerk = desk_as(logins("clerk")[0], tmp_path, "clerk")
    before = len(audit.entries(clerk.conn, limit=1000))
    with pytest.raises(server.NotAllowed):
        policy_pack.trust_key(clerk, public)
    assert len(audit.entries(clerk.conn, limit=1000)) == before
    boss = desk_as(logins("supervisor")[0], tmp_path, "boss")
    try:
        policy_pack.trust_key(boss, public)
        with pytest.raises(server.NotAllowed):
            policy_pack.install(clerk, pack)
        assert installed_pack(clerk.conn) is None and len(audit.entries(clerk.conn, limit=1000)) == before + 1
        assert policy_pack.install(boss, pack).edition.isoformat() == "2027-03-31"
        assert audit.entries(boss.conn, limit=1)[0]["operator"] == boss.operator
    finally:
        use_pack(None, {})
        clerk.close()
        boss.close()
