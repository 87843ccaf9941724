"""docs/branch-mode.md, followed as written. The blocks marked ```sh dba NAME``` are run in
the document's order against a cluster this test makes itself (initdb, peer for the local
superuser, nothing else: the document does the rest: its own CA and a server certificate,
hostssl + scram-sha-256, REVOKE ALL … FROM PUBLIC). Only the environment variables the
document names differ from a branch. Between the blocks, desks work as people would: a clerk
and a supervisor sign in through the preset over verify-full TLS and bind, edit and add
people with the real CLI; then the documented backup, more work, the documented restore, and
every desk's `check` passes, while a restore made without the documented last step still
fails `check` at every desk that worked past the dump."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_id, need_server

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "branch-mode.md"
ORDER = [
    "tls",
    "server",
    "roles",
    "database",
    "schema",
    "logins",
    "preset",
    "backup",
    "roles-restore",
    "restore",
    "restored",
]
BLOCK = re.compile(r"^```sh dba (\S+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
SERVER_SH = ROOT / ".ci" / "test-server.sh"
BASH = shutil.which("bash") or "/bin/bash"

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 3, 4), "320102", 22)
SON = make_id(date(2010, 7, 8), "320102", 33)
LATER = make_id(date(1975, 1, 2), "320505", 45)
AFTER = make_id(date(1990, 2, 3), "320505", 57)


def blocks() -> dict[str, str]:
    found = [(m[1], m[2]) for m in BLOCK.finditer(DOC.read_text(encoding="utf-8"))]
    assert [name for name, _ in found] == ORDER, "the document's steps, in the order this test follows them"
    return dict(found)


def test_the_document_marks_its_steps_in_order():
    blocks()


def _bash(script: str, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([BASH, "-c", script], env=env, capture_output=True, text=True, timeout=timeout, check=False)


class Cluster:
    """A new, empty cluster as a distribution installs one: the local superuser by peer, a
    socket and 127.0.0.1, and nothing else set up."""

    def __init__(self, bindir: str, server_user: str, port: str) -> None:
        self.bindir, self.server_user, self.port = bindir, server_user, port
        me = _bash("id -un", dict(os.environ)).stdout.strip()
        self.home = Path(_bash("mktemp -d /tmp/sbdesk-doc.XXXXXX", dict(os.environ)).stdout.strip())
        self.home.chmod(0o700)
        if os.geteuid() == 0:
            shutil.chown(self.home, server_user)
        made = _bash(
            f'source {SERVER_SH}; test_server_as "{bindir}/initdb" -D "{self.home}/data" -U "{me}" '
            f'--auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"{self.home}/initdb.log" && '
            f'test_server_as "{bindir}/pg_ctl" -D "{self.home}/data" -l "{self.home}/server.log" -w -t 60 '
            f'-o "-c listen_addresses=127.0.0.1 -p {port} -k {self.home} -c fsync=off" start >/dev/null',
            dict(os.environ),
        )
        log = self.home / "server.log"
        assert made.returncode == 0, made.stderr + (log.read_text(errors="replace") if log.exists() else "")

    def stop(self) -> None:
        _bash(
            f'source {SERVER_SH}; test_server_as "{self.bindir}/pg_ctl" -D "{self.home}/data" -m immediate -w stop',
            dict(os.environ),
        )
        shutil.rmtree(self.home, ignore_errors=True)


@pytest.fixture
def doc_cluster(tmp_path):
    """The environment of the document's steps, and the cluster they run against; ``new()``
    replaces it with another new cluster on the same port (a new server)."""
    need_server()  # the test command's server: PostgreSQL is installed here
    bindir = _bash(f"source {SERVER_SH}; test_server_bin", dict(os.environ)).stdout.strip()
    if not bindir:
        pytest.fail("no PostgreSQL server binaries")
    root = os.geteuid() == 0
    if root and _bash("id sbdesk-test", dict(os.environ)).returncode:
        _bash("useradd --system --no-create-home --shell /usr/sbin/nologin sbdesk-test", dict(os.environ))
    server_user = "sbdesk-test" if root else _bash("id -un", dict(os.environ)).stdout.strip()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = str(s.getsockname()[1])
    clusters = [Cluster(bindir, server_user, port)]
    wrapper = tmp_path / "bin"
    wrapper.mkdir()
    (wrapper / "sbdesk").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m sbdesk "$@"\n', encoding="utf-8")
    (wrapper / "sbdesk").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "SBDESK_"))}
    env.update(
        PATH=f"{wrapper}:{bindir}:{os.environ['PATH']}",
        PYTHONPATH=str(ROOT),
        # the variables the document names
        BRANCH_HOST="localhost",
        PGPORT=port,
        PGCONF=f"{clusters[0].home}/data",
        SERVER_USER=server_user,
        BRANCH_CA_DIR=str(tmp_path / "ca"),
        BACKUPS=str(tmp_path / "backups"),
        HANDOVER=str(tmp_path / "handover.txt"),
        SBDESK_PRESET=str(tmp_path / "preset" / "branch.ini"),
        # the administrator's own: the socket of this cluster, the owner's pgpass, their desk
        PGHOST=str(clusters[0].home),
        PGPASSFILE=str(tmp_path / "dba.pgpass"),
        SBDESK_DATA_DIR=str(tmp_path / "dba-desk"),
    )

    def new() -> None:
        clusters.pop().stop()
        clusters.append(Cluster(bindir, server_user, port))
        env.update(PGCONF=f"{clusters[0].home}/data", PGHOST=str(clusters[0].home))

    try:
        yield env, new
    finally:
        for cluster in clusters:
            cluster.stop()


def step(name: str, env: dict[str, str]) -> None:
    done = _bash("set -euo pipefail\n" + blocks()[name], env)
    assert done.returncode == 0, f"step {name}: {done.stderr}"


def desk(env: dict[str, str], tmp_path: Path, login: str) -> dict[str, str]:
    """A desk computer's environment: the preset, the person's own pgpass and sign-in name."""
    passwords = dict(line.split() for line in Path(env["HANDOVER"]).read_text(encoding="utf-8").splitlines())
    pgpass = tmp_path / f"{login}.pgpass"
    pgpass.write_text(f"localhost:*:sbdesk:{login}:{passwords[login]}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    mine = {k: v for k, v in env.items() if k not in ("PGHOST", "PGPASSFILE", "SBDESK_DATA_DIR")}
    return {**mine, "PGPASSFILE": str(pgpass), "PGUSER": login, "SBDESK_DATA_DIR": str(tmp_path / login)}


def sbdesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sbdesk", *args, "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def ok(env: dict[str, str], *args: str) -> str:
    done = sbdesk(env, *args)
    assert done.returncode == 0, f"{args}: {done.stdout} {done.stderr}"
    return done.stdout


def test_a_branch_set_up_backed_up_and_restored_as_the_document_says(doc_cluster, tmp_path):
    env, new_server = doc_cluster
    for name in ORDER[:7]:  # set-up, the logins, the desks' preset
        step(name, env)
    clerk, supervisor = desk(env, tmp_path, "zhangwei"), desk(env, tmp_path, "wangfang")

    # TLS only: the same login without TLS is refused by pg_hba
    plain = _bash("psql 'host=localhost dbname=sbdesk user=zhangwei sslmode=disable' -c 'SELECT 1'", clerk)
    assert plain.returncode != 0 and "no pg_hba.conf entry" in plain.stderr
    # a clerk's desk, through the preset, over verify-full, with REVOKE ALL … FROM PUBLIC in force
    ok(clerk, "person", "add", "--name", "张三", "--id-number", OWNER, "--region", "苏州市")
    ok(
        clerk,
        "person",
        "add",
        "--name",
        "李四",
        "--id-number",
        WIFE,
        "--region",
        "南京市",
        "--insurance",
        "resident",
        "--card",
        "B00000001",
    )
    ok(clerk, "bind", "--owner", OWNER, "--member", WIFE, "--relation", "spouse", "--channel", "window")
    assert ok(clerk, "check").startswith("The database is sound.")
    assert "张三" in ok(supervisor, "person", "list")  # one database: the other desk sees it
    assert not list(tmp_path.glob("*/sbdesk.db")), "no desk kept data in a file of its own"

    step("backup", env)
    dumps = sorted(Path(env["BACKUPS"]).glob("sbdesk-*.dump"))
    roles = sorted(Path(env["BACKUPS"]).glob("roles-*.sql"))
    assert len(dumps) == len(roles) == 1
    assert "CREATE ROLE zhangwei" in roles[0].read_text(encoding="utf-8")

    # the day goes on at both desks: their anchors now name rows the dump does not hold
    ok(supervisor, "person", "add", "--name", "王五", "--id-number", LATER, "--region", "苏州市")
    ok(
        clerk,
        "person",
        "add",
        "--name",
        "赵六",
        "--id-number",
        SON,
        "--region",
        "南京市",
        "--insurance",
        "resident",
        "--card",
        "B00000002",
    )
    ok(clerk, "bind", "--owner", OWNER, "--member", SON, "--relation", "child", "--channel", "window")
    for who in (clerk, supervisor):
        assert sbdesk(who, "check").returncode == 0

    step("restore", env)
    held = sbdesk(clerk, "person", "add", "--name", "孙八", "--id-number", AFTER, "--region", "苏州市")
    assert held.returncode == 2 and "may not do this" in held.stderr  # no write before the declaration
    step("restored", env)
    # every desk accepts the restored database, and works on it
    for who in (clerk, supervisor):
        done = sbdesk(who, "check")
        assert done.returncode == 0, done.stdout + done.stderr
    assert sbdesk(desk(env, tmp_path, "audit01"), "check").returncode == 0  # the auditor reads it all
    listing = ok(clerk, "person", "list")
    assert "王五" not in listing and "张三" in listing
    ok(clerk, "person", "add", "--name", "钱七", "--id-number", AFTER, "--region", "苏州市")
    assert sbdesk(clerk, "check").returncode == 0

    # a rollback not done as written (the dump restored into the database, nobody declares it)
    undeclared = _bash(f'pg_restore --clean --if-exists --exit-on-error -d sbdesk "{dumps[0]}"', env)
    assert undeclared.returncode == 0, undeclared.stderr
    for who in (clerk, supervisor):
        done = sbdesk(who, "check")
        assert done.returncode == 1, done.stdout + done.stderr
        assert "no restore was declared" in done.stdout

    # the server is lost: a new one, set up and restored from the backup as written
    new_server()
    for name in ("tls", "server", "roles-restore", "restore", "restored"):
        step(name, env)
    for who in (clerk, supervisor):
        done = sbdesk(who, "check")
        assert done.returncode == 0, done.stdout + done.stderr
    ok(supervisor, "person", "add", "--name", "孙八", "--id-number", AFTER, "--region", "苏州市")


def test_revoke_all_from_public_leaves_a_clerk_writing(empty_server_db, tmp_path):
    """The usual hardening, after the schema is built: a clerk still signs in and writes (each
    desk keeps a temp table, so the schema grants CONNECT and TEMPORARY to the group roles)."""
    import psycopg

    from sbdesk.services import people
    from sbdesk.services.desk import open_desk
    from tests.conftest import TODAY, pg_admin, pg_url

    open_desk(tmp_path / "owner", database=empty_server_db).close()  # the owner builds schema 18
    dbname = empty_server_db.rsplit("/", 1)[1]
    name, password = f"clerk_{os.getpid()}", "pw-" + os.urandom(6).hex()
    with pg_admin() as admin:
        admin.execute(f"REVOKE ALL ON DATABASE {dbname} FROM PUBLIC")
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE sbdesk_clerk")
    try:
        clerk = open_desk(tmp_path / "clerk", today=lambda: TODAY, database=pg_url(dbname, name, password))
        try:
            people.add(clerk, name="张三", id_number=OWNER, region="苏州市")
        finally:
            clerk.close()
        with psycopg.connect(pg_url(dbname, name, password)) as raw:
            assert raw.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    finally:
        with pg_admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
            admin.execute(f"DROP ROLE IF EXISTS {name}")


def test_which_anchors_a_declared_restore_supersedes():
    """Rows past a restore declared after the anchor's generation belong to the replaced
    history; a generation the database does not hold is replaced only if a restore was declared
    after it began (else the database went back past a restore without saying so)."""
    from sbdesk.store.anchors import Anchor, superseded

    g1, g2, g3 = "20261201T000000000000-aaaaaaaa", "20261202T000000000000-bbbbbbbb", "20261203T000000000000-cccccccc"

    def at(row: int, generation: str = "") -> Anchor:
        return Anchor("close", row, "x" * 64, "id", 0.0, generation)

    assert not superseded(at(50), [])  # nothing declared: every anchor is asked
    assert superseded(at(50), [(g1, 40)]) and not superseded(at(40), [(g1, 40)])
    assert not superseded(at(90, g1), [(g1, 40)])  # written after the restore: asked
    assert superseded(at(90, g1), [(g1, 40), (g2, 60)]) and not superseded(at(60, g1), [(g1, 40), (g2, 60)])
    assert superseded(at(30), [(g1, 40), (g2, 20)])  # the later restore went back further
    assert superseded(at(10, g2), [(g1, 40), (g3, 30)])  # g2's history was replaced by g3's restore
    assert not superseded(at(10, g3), [(g1, 40)])  # restored to before g3, undeclared: asked
    assert not superseded(at(10, g1), [])


def test_rows_cut_after_a_declared_restore_are_still_reported(server_db, tmp_path):
    """A declared restore covers the history before it, not a cut made after it: a superuser
    who removes the newest audit rows (triggers off) is reported at the desk that wrote them."""
    import psycopg

    from sbdesk.services import maintenance, people
    from sbdesk.services.desk import open_desk
    from tests.conftest import TODAY

    folder = tmp_path / "desk"

    def work(number: str, name: str) -> None:
        desk = open_desk(folder, today=lambda: TODAY, database=server_db)
        try:
            people.add(desk, name=name, id_number=number, region="苏州市")
        finally:
            desk.close()

    work(OWNER, "张三")
    admin = open_desk(tmp_path / "dba", database=server_db)
    try:
        maintenance.declare_restore(admin)  # nothing was restored: harmless, and audited
    finally:
        admin.close()
    desk = open_desk(folder, database=server_db)
    try:
        assert maintenance.check(desk)["ok"]
        [(kept,)] = desk.conn.execute("SELECT max(id) FROM audit").fetchall()
    finally:
        desk.close()
    work(LATER, "王五")
    with psycopg.connect(server_db, autocommit=True) as raw:  # the superuser cuts the newest rows
        raw.execute("ALTER TABLE audit DISABLE TRIGGER USER")
        raw.execute("ALTER TABLE seals DISABLE TRIGGER USER")
        raw.execute("DELETE FROM seals WHERE audit_id > %s", (kept,))
        raw.execute("DELETE FROM audit WHERE id > %s", (kept,))
        raw.execute("UPDATE audit_head SET id = a.id, hash = a.hash FROM audit a WHERE a.id = %s", (kept,))
        raw.execute("ALTER TABLE audit ENABLE TRIGGER USER")
        raw.execute("ALTER TABLE seals ENABLE TRIGGER USER")
    desk = open_desk(folder, database=server_db)
    try:
        found = maintenance.check(desk)
    finally:
        desk.close()
    assert not found["ok"] and found["restored"] is not None
    assert found["restored"]["row"] <= kept < found["restored"]["anchored"]  # the cut rows are named


def test_a_restore_a_desk_accepted_is_replaced_by_a_declared_one(server_db, tmp_path):
    """A desk that accepted an undeclared restore for itself, then meets a declared restore of
    an older dump: its acceptance belongs to the replaced history too, and check passes."""
    import glob

    from sbdesk.services import maintenance, people
    from sbdesk.services.desk import open_desk
    from tests.conftest import TODAY

    tools = {name: sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) for name in ("pg_dump", "pg_restore")}
    if not all(tools.values()):
        pytest.skip("pg_dump and pg_restore are not installed")
    folder, dump = tmp_path / "desk", tmp_path / "branch.dump"

    def opened():
        return open_desk(folder, today=lambda: TODAY, database=server_db)

    def work(number: str, name: str) -> None:
        desk = opened()
        try:
            people.add(desk, name=name, id_number=number, region="苏州市")
        finally:
            desk.close()

    def restore() -> None:
        subprocess.run(
            [tools["pg_restore"][-1], "--clean", "--if-exists", "-d", server_db, str(dump)],
            check=True,
            capture_output=True,
        )

    work(OWNER, "张三")
    subprocess.run([tools["pg_dump"][-1], "-Fc", "-f", str(dump), "-d", server_db], check=True, capture_output=True)
    work(WIFE, "李四")
    restore()  # nobody declares it: the desk finds it, and accepts it for itself
    desk = opened()
    try:
        assert maintenance.check(desk)["restored"] is not None
        assert maintenance.accept_restore(desk)["ok"]
    finally:
        desk.close()
    work(LATER, "王五")
    restore()  # now the administrator restores the same dump as documented
    admin = open_desk(tmp_path / "dba", database=server_db)
    try:
        maintenance.declare_restore(admin)
    finally:
        admin.close()
    desk = opened()
    try:
        found = maintenance.check(desk)
    finally:
        desk.close()
    assert found["ok"], found["problems"]
