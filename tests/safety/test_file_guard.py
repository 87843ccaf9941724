"""What a file must be before sbdesk writes to it."""

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys

import pytest

from sbdesk.services.desk import open_desk
from tests.safety.helpers import cli, count, populate

ADD = ("person", "add", "--name", "王五", "--id-number", "11010519491231002X", "--region", "成都市")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_zero_byte_database_is_damage_not_a_new_office(tmp_path):
    folder = tmp_path / "office"
    populate(folder, 3)
    desk = open_desk(folder, operator="t")
    from sbdesk.services import backup

    made = backup.backup(desk, automatic=True)
    desk.close()
    (folder / "sbdesk.db").write_bytes(b"")
    for args in (("check",), ADD, ("person", "list")):
        out = cli(*args, "--data-dir", folder)
        assert out.returncode == 3, (args, out.stdout, out.stderr)
        assert "empty" in out.stderr and made.name in out.stderr
        assert "sound" not in out.stdout
    assert (folder / "sbdesk.db").stat().st_size == 0  # left as found, for recovery
    assert cli("restore", made, "--data-dir", folder).returncode == 0
    assert count(folder) == 3


def flipped(tmp_path, seed):
    """A real office file with random bits flipped in its table and index pages until
    SQLite's integrity_check fails."""
    folder = tmp_path / f"flip{seed}"
    populate(folder, 400)
    path = folder / "sbdesk.db"
    rnd = random.Random(seed)
    size = path.stat().st_size
    while True:
        data = bytearray(path.read_bytes())
        for _ in range(8):
            at = rnd.randrange(4096 * 2, size)  # past the header page: the file still opens
            data[at] ^= 1 << rnd.randrange(8)
        path.write_bytes(bytes(data))
        conn = sqlite3.connect(path)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            ok = False
        conn.close()
        if not ok:
            return folder


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_write_goes_into_a_file_with_flipped_bits(tmp_path, seed):
    folder = flipped(tmp_path, seed)
    before = digest(folder / "sbdesk.db")
    for args in (ADD, ("backup",)):
        out = cli(*args, "--data-dir", folder)
        assert out.returncode == 3, (args, out.stdout, out.stderr)
        assert "damaged" in out.stderr and "Traceback" not in out.stderr
    assert digest(folder / "sbdesk.db") == before
    assert not list((folder / "backups").glob("*.db")) if (folder / "backups").exists() else True


def test_a_damage_mark_left_by_check_stops_writes_even_where_the_quick_look_passes(tmp_path):
    folder = flipped(tmp_path, 4)
    assert cli("check", "--data-dir", folder).returncode in (1, 3)
    from sbdesk.store import db

    old = db.FULL_CHECK_PAGES, db.QUICK_CHECK_PAGES
    db.FULL_CHECK_PAGES = db.QUICK_CHECK_PAGES = 0  # as for a million people: no scan before writes
    try:
        desk = open_desk(folder, operator="t")
        from sbdesk.services import people

        with pytest.raises(db.KnownDamage):
            people.add(desk, name="王五", id_number="11010519491231002X", region="成都市")
        desk.close()
    finally:
        db.FULL_CHECK_PAGES, db.QUICK_CHECK_PAGES = old


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "sbdesk.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")  # it even has a schema version sbdesk knows
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    before = digest(path)
    out = cli(*ADD, "--data-dir", folder)
    assert out.returncode == 3 and "another program" in out.stderr
    assert digest(path) == before
    assert not (folder / "backups").exists() or not list((folder / "backups").iterdir())


def test_a_wal_left_by_another_database_is_not_replayed(tmp_path):
    mine, other = tmp_path / "mine", tmp_path / "other"
    populate(mine, 3)
    other.mkdir()
    conn = sqlite3.connect(other / "x.db", isolation_level=None)  # another program's file, in WAL mode
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (zeroblob(20000))")
    shutil.copy(other / "x.db-wal", mine / "sbdesk.db-wal")  # copied while the other is still open
    conn.close()
    before = digest(mine / "sbdesk.db")
    out = cli("person", "list", "--data-dir", mine)
    assert out.returncode == 3 and "write-ahead log" in out.stderr, out.stderr
    assert digest(mine / "sbdesk.db") == before
    (mine / "sbdesk.db-wal").unlink()
    assert cli("check", "--data-dir", mine).returncode == 0


def test_a_newer_schema_in_rollback_mode_is_refused_before_the_journal_mode_changes(tmp_path):
    folder = tmp_path / "office"
    populate(folder, 2)
    path = folder / "sbdesk.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = digest(path)
    out = cli("person", "list", "--data-dir", folder)
    assert out.returncode == 3 and "newer sbdesk" in out.stderr
    assert digest(path) == before  # header byte 18/19 still says rollback journal
    assert not (folder / "sbdesk.db-wal").exists()


def test_many_first_starts_at_once_make_one_sound_office(tmp_path):
    folder = tmp_path / "new"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "sbdesk", "regions", "--json", "--data-dir", str(folder), "--lang", "en"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(40)
    ]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert [r for r in results if r[0] != 0] == []
    assert count(folder, "audit") == 1  # the regions were seeded once
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    assert cli("check", "--data-dir", folder).returncode == 0


def _write_people_and_keep_wal(folder, n, start, then=""):
    """A child process writes ``n`` people into the folder with checkpoints off, runs ``then``
    and is killed with SIGKILL: its WAL is left beside the file, as after a power cut."""
    script = (
        "import os, signal, sys\nfrom pathlib import Path\n"
        "from tests.safety import helpers\nfrom sbdesk.services import desk as desk_module\n"
        "opened = desk_module.open_desk\n"
        "def open_desk(*a, **k):\n"
        "    d = opened(*a, **k)\n"
        "    d.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "    d.close = lambda: (exec(sys.argv[4], {'conn': d.conn}), os.kill(os.getpid(), signal.SIGKILL))\n"
        "    return d\n"
        "helpers.open_desk = open_desk\n"
        "helpers.populate(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(n), str(start), then],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == -9, proc.stderr
    assert (folder / "sbdesk.db-wal").stat().st_size > 0


def test_another_sbdesk_files_wal_is_refused_and_the_file_left_as_it_was(tmp_path):
    """Every sbdesk file has the same page size and application_id; the WAL's copies of page 1
    must continue this file's own history (its change counter) to be replayed into it."""
    mine, other = tmp_path / "mine", tmp_path / "other"
    populate(mine, 3)
    populate(other, 3)
    _write_people_and_keep_wal(other, 300, 100)
    shutil.copy(other / "sbdesk.db-wal", mine / "sbdesk.db-wal")
    before = digest(mine / "sbdesk.db")
    for args in (("check",), ("person", "list")):
        out = cli(*args, "--data-dir", mine)
        assert out.returncode == 3 and "write-ahead log" in out.stderr and "another database" in out.stderr, (
            out.returncode,
            out.stdout[-300:],
            out.stderr,
        )
        assert len(out.stderr.strip().splitlines()) == 1
        assert digest(mine / "sbdesk.db") == before
    (mine / "sbdesk.db-wal").unlink()
    assert cli("check", "--data-dir", mine).returncode == 0 and count(mine) == 3


@pytest.mark.parametrize(
    "then",
    [
        "",
        "conn.execute('PRAGMA wal_checkpoint(PASSIVE)')",
        (
            "conn.execute('PRAGMA wal_checkpoint(PASSIVE)'); "
            "conn.execute(\"UPDATE regions SET name = name || '' WHERE rowid < 500\")"
        ),
    ],
)
def test_the_files_own_wal_left_by_a_kill_is_replayed_with_nothing_lost(tmp_path, then):
    from sbdesk.store import fileguard

    folder = tmp_path / "office"
    populate(folder, 3)
    _write_people_and_keep_wal(folder, 300, 100, then)
    header = fileguard.parse_header((folder / "sbdesk.db").read_bytes()[:100])
    assert fileguard._wal_page_one(folder / "sbdesk.db-wal", header) is not None  # page 1 is in the WAL
    out = cli("check", "--data-dir", folder)
    assert out.returncode == 0, out.stdout + out.stderr
    assert count(folder) == 303
