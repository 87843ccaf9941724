"""Restore is one atomic step, trusts no schema, leaves nothing."""

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from sbdesk.services import backup
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
from sbdesk.store import audit, db
from tests.safety.helpers import cli, count, leftovers, populate

BIG = 20_000


@pytest.fixture
def office(tmp_path):
    """A live folder with 3 people, and a backup file of another folder with 20,000."""
    live, other = tmp_path / "live", tmp_path / "other"
    populate(live, 3)
    populate(other, BIG, start=100)
    desk = open_desk(other, operator="t")
    source = backup.backup(desk, tmp_path / "big-backup.db")
    desk.close()
    return live, source


def test_restore_is_one_step_a_kill_anywhere_leaves_old_or_new_data(office):
    live, source = office
    command = [sys.executable, "-m", "sbdesk", "restore", str(source), "--data-dir", str(live)]
    started = time.perf_counter()
    calibrate = subprocess.run(command + ["--data-dir", str(live.parent / "calib")], capture_output=True, text=True)
    duration = time.perf_counter() - started
    assert calibrate.returncode == 0, calibrate.stderr
    rnd = random.Random(12)
    seen = set()
    for _ in range(8):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=rnd.uniform(0.05, duration))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        conn = sqlite3.connect(live / "sbdesk.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        conn.close()
        assert people in (3, BIG)
        seen.add((people, proc.returncode))
        listed = cli("person", "list", "--limit", "1", "--data-dir", live)  # the next command works ...
        assert listed.returncode == 0, listed.stderr
        assert leftovers(live) == []  # ... and no half-copy of anyone's ID numbers stays behind
        if people == BIG:  # back to the small office for the next round
            [before] = sorted((live / "backups").glob("before-restore-*.db"))[:1]
            assert cli("restore", before, "--data-dir", live).returncode == 0
    assert any(code == -9 for _, code in seen)  # some runs really were cut short


@pytest.mark.parametrize("delay", [0.1, 0.3, 0.6])
def test_a_writer_during_a_restore_waits_or_is_refused_never_writes_into_a_file_set_aside(office, tmp_path, delay):
    live, source = office
    csv = tmp_path / "one.csv"
    csv.write_text("name,id_number,region\n李四,11010519491231002X,成都市\n", encoding="utf-8")
    restore = subprocess.Popen(
        [sys.executable, "-m", "sbdesk", "restore", str(source), "--data-dir", str(live)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)  # the restore is under way (a race is the point; either order is checked)
    imported = cli("import", csv, "--data-dir", live)
    assert restore.wait(timeout=300) == 0, restore.stderr.read()
    assert imported.returncode in (0, 3), imported.stderr
    conn = sqlite3.connect(live / "sbdesk.db")
    here = conn.execute("SELECT count(*) FROM people WHERE name='李四'").fetchone()[0]
    conn.close()
    if imported.returncode == 0 and not here:  # it went in before the restore: kept in the copy set aside
        [before] = (live / "backups").glob("before-restore-*.db")
        kept = sqlite3.connect(before)
        assert kept.execute("SELECT count(*) FROM people WHERE name='李四'").fetchone()[0] == 1
        kept.close()
    assert not list(live.glob("sbdesk.db.*"))  # the live file was never renamed aside


def test_a_missing_database_with_backups_is_never_recreated(office):
    live, _ = office
    desk = open_desk(live, operator="t")
    made = backup.backup(desk, automatic=True)
    desk.close()
    for part in live.glob("sbdesk.db*"):
        part.unlink()
    out = cli(
        "person", "add", "--name", "王五", "--id-number", "11010519491231002X", "--region", "成都市", "--data-dir", live
    )
    assert out.returncode == 3
    assert made.name in out.stderr and "missing" in out.stderr
    assert not (live / "sbdesk.db").exists()
    assert cli("restore", made, "--data-dir", live).returncode == 0
    assert count(live) == 3


def backup_with(tmp_path, sql):
    folder = tmp_path / "evil"
    populate(folder, 2)
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    conn.execute(sql)
    conn.close()
    return folder / "sbdesk.db"


@pytest.mark.parametrize(
    "sql",
    [
        ("CREATE TRIGGER hide AFTER INSERT ON audit WHEN new.action = 'person.reveal_id' BEGIN SELECT 1; END"),
        "CREATE TRIGGER rewrite AFTER INSERT ON audit BEGIN UPDATE people SET name = 'x'; END",
        "CREATE VIEW everyone AS SELECT id_number FROM people",
        "CREATE INDEX extra ON people(insurance)",
        "DROP TRIGGER audit_no_delete",
    ],
)
def test_a_backup_whose_schema_is_not_sbdesks_is_refused(tmp_path, sql):
    source = backup_with(tmp_path, sql)
    live = tmp_path / "live"
    populate(live, 3)
    with pytest.raises(InputError) as err:
        backup.restore(live, source)
    assert "nothing was restored" in err.value.messages()[0]
    assert count(live) == 3


def test_a_failed_backup_leaves_no_file_and_a_killed_one_leaves_no_copy(tmp_path, monkeypatch):
    folder = tmp_path / "office"
    populate(folder, 50)
    desk = open_desk(folder, operator="t")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    real = db.os.replace
    monkeypatch.setattr(db.os, "replace", full)
    with pytest.raises(db.DiskFull):
        backup.backup(desk, automatic=True)
    monkeypatch.setattr(db.os, "replace", real)
    desk.close()
    assert list((folder / "backups").iterdir()) == []  # no 0-byte or partial copy
    killer = (
        "import os, signal, sys\nfrom sbdesk.services import backup\nfrom sbdesk.store import db\n"
        "from sbdesk.services.desk import open_desk\n"
        "def die(*args):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)  # the whole copy is written, not yet renamed\n"
        "db.os.replace = die\n"
        "backup.backup(open_desk(sys.argv[1], operator='t'), automatic=True)\n"
    )
    proc = subprocess.run([sys.executable, "-c", killer, str(folder)], capture_output=True, text=True)
    assert proc.returncode == -9, proc.stderr
    assert [p.name for p in (folder / "backups").iterdir() if not p.name.startswith(".sbdesk-tmp-")] == []
    assert cli("person", "list", "--data-dir", folder).returncode == 0  # the next start sweeps the copy
    assert leftovers(folder) == []
    assert list((folder / "backups").iterdir()) == []


def test_restore_leaves_no_staging_files_and_records_itself_in_the_restored_file(office):
    live, source = office
    out = cli("restore", source, "--data-dir", live, "--operator", "clerk9")
    assert out.returncode == 0, out.stderr
    assert leftovers(live) == []
    conn = sqlite3.connect(live / "sbdesk.db")
    conn.row_factory = sqlite3.Row
    last = audit.entries(conn, limit=1)[0]
    conn.close()
    assert (last["action"], last["operator"]) == ("backup.restore", "clerk9")
    assert cli("check", "--data-dir", live).returncode == 0


def test_a_restore_the_disk_stops_midway_says_so_and_keeps_the_data(office, monkeypatch):
    """SQLite's backup API is no cursor: its 'database or disk is full' (the restored pages
    written into the live file) is the store's DiskFull, as every other full-disk failure is;
    the CLI prints it as a line, not as sqlite3's traceback."""
    live, source = office
    before = count(live)
    real = db.Connection.backup

    def full(self, target, *args, **kwargs):
        if getattr(target, "path", None) == live / "sbdesk.db":  # writing into the live file
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, target, *args, **kwargs)

    monkeypatch.setattr(db.Connection, "backup", full)
    with pytest.raises(db.DiskFull):
        backup.restore(live, source)
    monkeypatch.undo()
    assert count(live) == before
