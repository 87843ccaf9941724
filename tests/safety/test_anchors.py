"""Never lose what was saved: the anchors outside the database belong to one database,
know about restores, and survive a restore killed between its commit and its anchor."""

import glob
import shutil
import sqlite3
import subprocess
import sys
from datetime import date

import psycopg
import pytest

from sbdesk.services import backup
from sbdesk.services.desk import open_desk
from tests.conftest import make_id
from tests.safety.helpers import cli, count, populate
from tests.services.conftest import logins  # noqa: F401 - a fixture (server_db is the root conftest's)

RESTORED = "restored to an earlier state at audit row"


def add(folder, i, database=""):
    out = cli(
        "person",
        "add",
        "--name",
        f"新{i}",
        "--id-number",
        make_id(date(1960, 1, 1 + i), "510104", 200 + i),
        "--region",
        "成都市",
        "--data-dir",
        folder,
        env={"SBDESK_DATABASE": database},
    )
    assert out.returncode == 0, out.stderr


def check(folder, *more, database=""):
    return cli("check", *more, "--data-dir", folder, env={"SBDESK_DATABASE": database})


def findings(out):
    return out.stdout.strip().splitlines()[1:]


def restore_killed_at(folder, source, event):
    """``sbdesk restore`` in a child process that SIGKILLs itself when it is about to write
    the anchor line ``event``: after the commit for "restore", before it for the intent."""
    killer = (
        "import os, signal, sys\nfrom sbdesk.services import backup\nfrom sbdesk.store import anchors\n"
        "real = anchors.record\n"
        "def record(folder, head, event, **kw):\n"
        "    if event == sys.argv[3]:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(folder, head, event, **kw)\n"
        "anchors.record = record\n"
        "from pathlib import Path\nbackup.restore_recorded(Path(sys.argv[1]), sys.argv[2])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", killer, str(folder), str(source), event], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == -9, proc.stderr


@pytest.fixture
def office(tmp_path):
    """A folder with 3 people, a backup of it, and 2 people added since."""
    folder = tmp_path / "office"
    populate(folder, 3)
    desk = open_desk(folder, operator="t")
    copy = backup.backup(desk, tmp_path / "three.db")
    desk.close()
    add(folder, 1)
    add(folder, 2)
    return folder, copy


def test_a_restore_killed_after_its_commit_is_known_for_one_and_a_rollback_still_shows(office):
    folder, copy = office
    restore_killed_at(folder, copy, "restore")
    assert count(folder) == 3  # the restore committed
    out = check(folder)
    assert out.returncode == 0, out.stdout  # not "the chain was rewritten" for ever
    add(folder, 3)  # the restored history goes on, and is anchored
    [before] = (folder / "backups").glob("before-restore-*.db")
    shutil.copy(before, folder / "sbdesk.db")  # someone puts the file back as it was before the restore
    out = check(folder)
    assert out.returncode == 1 and count(folder) == 5
    assert len(findings(out)) == 1 and RESTORED in out.stdout and "--accept-restore" in out.stdout, out.stdout


def test_a_restore_killed_before_its_commit_leaves_the_data_and_the_anchors_as_they_were(office):
    folder, copy = office
    restore_killed_at(folder, copy, "restore-intent")
    assert count(folder) == 5
    assert check(folder).returncode == 0
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)")
    conn.close()
    out = check(folder)
    assert (
        out.returncode == 3 and RESTORED in out.stdout
    )  # a cut tail is still found (its seals lost their audit rows: damage)


def test_a_file_put_back_to_an_earlier_state_is_reported_until_someone_accepts_it(office):
    """A real rollback: same database, older head, no restore recorded."""
    folder, copy = office
    for suffix in ("-wal", "-shm"):
        (folder / f"sbdesk.db{suffix}").unlink(missing_ok=True)
    shutil.copy(copy, folder / "sbdesk.db")
    for _ in range(2):
        out = check(folder)
        assert out.returncode == 1 and len(findings(out)) == 1 and RESTORED in out.stdout, out.stdout
    accepted = check(folder, "--accept-restore")
    assert accepted.returncode == 0 and "sound" in accepted.stdout, accepted.stdout + accepted.stderr
    assert check(folder).returncode == 0
    conn = sqlite3.connect(folder / "sbdesk.db")
    assert conn.execute("SELECT count(*) FROM audit WHERE action = 'audit.restore_accepted'").fetchone()[0] == 1
    conn.close()
    again = check(folder, "--accept-restore")
    assert again.returncode == 2 and "no restore to accept" in again.stderr, again.stdout + again.stderr


def test_a_rewritten_chain_is_not_acceptable_as_a_restore(office):
    folder, _copy = office
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute(  # another first digit: 'f' alone left one hash in 16 as it was
        "UPDATE audit SET hash = (CASE substr(hash, 1, 1) WHEN 'f' THEN '0' ELSE 'f' END) || substr(hash, 2)"
        " WHERE id = (SELECT max(id) FROM audit)"
    )
    conn.close()
    out = check(folder, "--accept-restore")
    assert out.returncode == 2 and "no restore to accept" in out.stderr
    assert "the chain was rewritten" in check(folder).stdout


# --- one data folder, two databases: the file and a branch server --------------------------------


def test_one_data_folder_used_with_its_file_and_a_server_keeps_two_histories(tmp_path, server_db):
    folder = tmp_path / "office"
    populate(folder, 3)
    add(folder, 1)
    add(folder, 2, database=server_db)
    add(folder, 3)
    add(folder, 4, database=server_db)
    for database in ("", server_db):
        out = check(folder, database=database)
        assert out.returncode == 0, (database[:10], out.stdout)


def pg_tool(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        pytest.skip(f"{name} is not installed")
    return found[-1]


def test_pg_restore_of_an_older_dump_is_reported_until_accepted_and_a_rollback_stays_reported(tmp_path, server_db):
    folder, dump = tmp_path / "desk", tmp_path / "branch.dump"
    add(folder, 1, database=server_db)
    subprocess.run([pg_tool("pg_dump"), "-Fc", "-f", str(dump), "-d", server_db], check=True, capture_output=True)
    add(folder, 2, database=server_db)
    add(folder, 3, database=server_db)
    subprocess.run(
        [pg_tool("pg_restore"), "--clean", "--if-exists", "-d", server_db, str(dump)], check=True, capture_output=True
    )
    out = check(folder, database=server_db)
    assert out.returncode == 1 and len(findings(out)) == 1 and RESTORED in out.stdout, out.stdout
    add(folder, 4, database=server_db)  # the branch works on from the restored state before anyone checks
    out = check(folder, database=server_db)
    assert out.returncode == 1 and len(findings(out)) == 1 and RESTORED in out.stdout, out.stdout
    accepted = check(folder, "--accept-restore", database=server_db)
    assert accepted.returncode == 0 and "sound" in accepted.stdout, accepted.stdout + accepted.stderr
    assert check(folder, database=server_db).returncode == 0


def test_a_clerks_desk_anchors_the_servers_identity_and_an_auditor_checks_it(logins, tmp_path):  # noqa: F811
    clerk, _, _ = logins("clerk")
    auditor, _, _ = logins("auditor")
    folder = tmp_path / "desk"
    add(folder, 1, database=clerk)
    with psycopg.connect(clerk) as conn:
        [(identity,)] = conn.execute("SELECT id FROM database_identity").fetchall()
    assert len(identity) == 32
    assert (folder / "logs" / "audit-anchors.log").read_text().split()[-1] == identity
    out = check(folder, database=auditor)
    assert out.returncode == 0, out.stdout + out.stderr
