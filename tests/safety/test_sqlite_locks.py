"""SQLite's locks belong to SQLite. On POSIX, closing any descriptor of a file drops every
lock the process holds on it; the next sbdesk process then thinks it is the file's last
user and deletes the WAL under the open connection, and what was saved after that is lost
at the next kill (sqlite.org, "How To Corrupt An SQLite Database File", 2.2)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sbdesk.services import backup, doors, exchange, people
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
from sbdesk.store import fileguard
from tests.safety.helpers import cli, populate

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
ENV.pop("SBDESK_DATA_DIR", None)

# A desk whose start-up check runs, then waits for the word to add a person.
DESK = """
import sys
from pathlib import Path
from sbdesk.services import backup, people
from sbdesk.services.desk import open_desk
folder = Path(sys.argv[1])
desk = open_desk(folder, operator="t")
backup.integrity(folder)  # the window's background check, on a connection of its own
print("ready", flush=True)
sys.stdin.readline()
person = people.add(desk, name="张三", id_number="11010519491231002X", region="北京市")
print("added", person.id, flush=True)
sys.stdin.readline()  # killed here
"""


def test_a_write_made_after_another_process_read_the_folder_survives_kill_9(tmp_path):
    folder = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", DESK, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        assert cli("person", "list", "--data-dir", folder).returncode == 0  # another process reads the folder
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().startswith("added")
        held = [os.readlink(f"/proc/{child.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{child.pid}/fd")]
        assert not [f for f in held if "sbdesk.db" in f and "(deleted)" in f]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    listed = cli("person", "list", "--data-dir", folder)
    assert listed.returncode == 0 and "张三" in listed.stdout


def test_a_windows_day_opens_its_database_only_through_sqlite_and_loses_nothing_to_kill_9(tmp_path):
    """Start-up with its background check and copy, every job, the refused doors, the soak's
    actions, a second process, a person added: then kill -9, and the person is there."""
    folder = tmp_path / "data"
    day = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "safety" / "locks_day.py"), str(folder), "150"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    try:
        line = day.stdout.readline()
        assert line, day.stderr.read()[-3000:]
        report = json.loads(line)
    finally:
        day.send_signal(signal.SIGKILL)
        day.wait()
    assert report["opened"] == []  # nothing but SQLite opened the database, its WAL or its index
    assert report["deleted_files_held"] == []
    assert len(report["told_before_refusals"]) == 5 and "数据库完好" in report["told_before_refusals"][0]
    assert report["refusals"][-1].startswith(str(folder / "sbdesk.db"))
    assert all("自己的数据库" in r for r in report["refusals"] if "Error" not in r)
    assert report["refusals"].count("InputError") == 3  # two credential images and a receipt
    assert sum(report["actions"].values()) >= 150 and report["other_process"] == 0
    assert list((folder / "backups").glob("auto-*.db"))  # the start's copy was made
    listed = cli("person", "list", "--data-dir", folder)
    assert listed.returncode == 0 and "赵六" in listed.stdout and "王芳" in listed.stdout


def test_an_open_of_a_held_database_file_is_refused_under_any_name(tmp_path):
    desk = open_desk(tmp_path / "data", operator="t")
    db = tmp_path / "data" / "sbdesk.db"
    (tmp_path / "link.csv").symlink_to(db)
    os.link(db, tmp_path / "hard.csv")
    try:
        for name in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), tmp_path / "link.csv", tmp_path / "hard.csv"):
            assert fileguard.is_held(name)
            with pytest.raises(PermissionError):
                open(name, "rb").close()
        assert not fileguard.is_held(tmp_path / "other.csv")
    finally:
        desk.close()
    assert not fileguard.is_held(db)
    open(db, "rb").close()  # no connection holds it: a plain file again


def test_a_wal_made_after_the_registry_last_looked_is_refused_at_once(tmp_path):
    """The inodes of the held files are looked at again only every half second: a -wal or
    -shm that SQLite made after that look (its first read after connecting) was not refused
    under its own name until the next look, and closing that open() dropped the locks."""
    from sbdesk.store import db as store_db

    populate(tmp_path / "data", 3)
    path = tmp_path / "data" / "sbdesk.db"
    conn = store_db.connect(path)
    try:
        assert not Path(f"{path}-wal").exists()
        assert fileguard.is_held(path)  # an open() anywhere in the process looks now
        conn.execute("SELECT count(*) FROM people").fetchone()  # SQLite makes the -wal and -shm
        for suffix in ("-wal", "-shm"):
            with pytest.raises(PermissionError):
                open(f"{path}{suffix}", "rb").close()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "target",
    [
        "sbdesk.db",
        "sbdesk.db-wal",
        "sbdesk.db-shm",
        "backups/x.csv",
        "logs/audit-anchors.log",
        "settings.ini",
        "sbdesk.lock",
    ],
)
def test_an_export_onto_sbdesks_own_files_is_refused_and_changes_nothing(tmp_path, target):
    folder = tmp_path / "data"
    assert (
        cli(
            "person", "add", "--name", "张三", "--id", "11010519491231002X", "--region", "北京市", "--data-dir", folder
        ).returncode
        == 0
    )
    assert cli("backup", "--data-dir", folder).returncode == 0
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "-shm" not in p.name}
    for args in (("export", folder / target, "--data-dir", folder), ("--data-dir", folder, "export", folder / target)):
        done = cli(*args)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and "sbdesk's own" in done.stderr
    after = {p: p.read_bytes() for p in before}
    assert after == before
    assert "张三" in cli("person", "list", "--data-dir", folder).stdout


def test_the_database_under_another_name_is_refused_as_an_import_a_restore_or_an_export(desk, tmp_path):
    db = desk.data_dir / "sbdesk.db"
    os.link(db, tmp_path / "people.csv")
    with pytest.raises(InputError, match="own database"):
        exchange.import_file(desk, tmp_path / "people.csv")
    with pytest.raises(InputError, match="own database"):
        exchange.export_file(desk, tmp_path / "people.csv")
    with pytest.raises(InputError, match="own database"):
        backup.restore(desk.data_dir, tmp_path / "people.csv")
    doors.writable(tmp_path / "other.csv", desk.data_dir)  # any other file is fine
    assert people.count(desk) == 0


def test_a_backup_into_a_folder_that_is_not_there_yet_makes_the_folder(desk, tmp_path):
    made = backup.backup(desk, str(tmp_path / "new") + os.sep)
    assert made.parent == tmp_path / "new" and made.suffix == ".db"
    made = backup.backup(desk, desk.data_dir / "backups")  # the backup folder, before any copy was made
    assert made.parent == desk.data_dir / "backups"


def deleted_database_files() -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [f for f in found if "sbdesk.db" in f and "(deleted)" in f]


@pytest.mark.parametrize("save", [False, True])
def test_the_file_dialog_shown_on_the_data_folder_leaves_the_windows_locks_alone(qtbot, desk, save):
    """Qt's file dialog read the first bytes of every file it listed to pick an icon, the
    database and its WAL too; another process then deleted the WAL the window writes into."""
    from PySide6.QtWidgets import QListView

    from sbdesk.ui.common import dialogs

    people.add(desk, name="张三", id_number="11010519491231002X", region="北京市")
    dialog = dialogs.file_dialog(None, "Import", str(desk.data_dir), "", save=save)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    listing = dialog.findChild(QListView, "listView")
    qtbot.waitUntil(lambda: listing.model().rowCount(listing.rootIndex()) >= 3)  # sbdesk.db, -wal, -shm, logs
    for row in range(listing.model().rowCount(listing.rootIndex())):  # what a person sees, icons and all
        listing.model().index(row, 0, listing.rootIndex()).data(0x1)
    listing.viewport().repaint()
    assert cli("person", "list", "--data-dir", desk.data_dir).returncode == 0  # another desk reads the folder
    assert deleted_database_files() == []


@pytest.mark.parametrize("command", ["import", "export", "restore", "backup"])
def test_a_pipe_or_a_device_is_refused_at_every_door(tmp_path, command):
    """A FIFO made an import wait forever; an export "into" /dev/null renamed a file over it."""
    folder = tmp_path / "data"
    assert (
        cli(
            "person", "add", "--name", "张三", "--id", "11010519491231002X", "--region", "北京市", "--data-dir", folder
        ).returncode
        == 0
    )
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    for target in (fifo, Path(os.devnull)):
        done = cli(command, target, "--data-dir", folder)
        assert done.returncode == 2, done.stderr
        assert "not a file but a pipe or a device" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert Path(os.devnull).is_char_device()


def test_a_connection_collected_while_the_registry_is_busy_does_not_hang_the_program():
    """A garbage collection can run a dead connection's finalizer (release) at any allocation,
    also inside hold() or release() of the same thread: the whole test run once hung there."""
    import threading

    done = threading.Event()

    def collect_inside() -> None:
        with fileguard._held_lock:
            fileguard.release(-1)  # what a finalizer does when a collection runs here
        done.set()

    worker = threading.Thread(target=collect_inside, daemon=True)
    worker.start()
    worker.join(10)
    assert done.is_set()


def test_a_backup_into_a_shared_or_chosen_folder_leaves_that_folders_mode_alone(desk, tmp_path):
    """A backup into /tmp as root made /tmp 0700 for every user of the machine."""
    shared, chosen = tmp_path / "shared", tmp_path / "documents"
    shared.mkdir()
    chosen.mkdir()
    os.chmod(shared, 0o1777)  # noqa: S103 - a shared folder such as /tmp is what is tested
    os.chmod(chosen, 0o755)  # noqa: S103 - a folder a person chose, open to read
    for folder in (shared, chosen):
        made = backup.backup(desk, folder / "copy.db")
        assert made.stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o7777 == 0o1777 and chosen.stat().st_mode & 0o777 == 0o755
    fileguard.private_folder(shared)  # not even as a data folder: a shared folder is never tightened
    assert shared.stat().st_mode & 0o7777 == 0o1777


def test_markup_in_a_region_name_shown_in_the_detail_pane_leaves_the_windows_locks_alone(qtbot, desk):
    """A QLabel shows text that looks like HTML as HTML: a region name carrying
    <img src=".../sbdesk.db"> (from an office's update file) made Qt open and close the live
    database each time a person of that region was shown; another process then deleted the
    WAL, and what the window saved next was lost at a kill."""
    from sbdesk.ui.members.detail import DetailPane

    person = people.add(desk, name="张三", id_number="11010519491231002X", region="北京市")
    db = desk.data_dir / "sbdesk.db"
    pane = DetailPane(lambda code: f'<img src="{db}">杭州市')
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_detail(people.detail(desk, people.find(desk, person.id_number).id))
    pane.repaint()
    assert pane.values["region"].text() == f'<img src="{db}">杭州市'  # shown as it is, never loaded
    assert cli("person", "list", "--data-dir", desk.data_dir).returncode == 0  # another desk reads the folder
    assert deleted_database_files() == []


def own_locks(path: Path) -> int:
    """How many POSIX locks this process holds on ``path`` (/proc/locks names the inode)."""
    inode = os.stat(path).st_ino
    with open("/proc/locks", encoding="ascii") as fh:
        return sum(
            1 for line in fh if line.split()[4:5] == [str(os.getpid())] and line.split()[5].endswith(f":{inode}")
        )


def test_markup_in_an_unbinding_reason_shown_on_the_channel_page_leaves_the_windows_locks_alone(qtbot, desk):
    """The reason a clerk types for an unbinding is shown on the channel page's result line:
    <img src=".../sbdesk.db"> there made Qt open and close the live database (see above)."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from sbdesk.ui.channels.tab import ChannelsTab
    from sbdesk.ui.language import LanguageManager

    people.add(desk, name="张三", id_number="11010519491231002X", region="北京市")
    db = desk.data_dir / "sbdesk.db"
    tab = ChannelsTab(desk, LanguageManager())
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    held = own_locks(db)
    assert held  # SQLite keeps a shared lock on a WAL database while the connection is open
    channel = next(iter(tab.pages))
    ended = SimpleNamespace(
        id=1,
        channel=channel,
        owner_name="张伟",
        member_name="王芳",
        ended_on=date(2026, 12, 1),
        end_reason=f'<img src="{db}">本人申请',
    )
    tab._ended(ended)
    tab.stack.setCurrentWidget(tab.pages[channel])
    tab.pages[channel].result.repaint()
    QApplication.processEvents()
    assert f'<img src="{db}">本人申请' in tab.pages[channel].result.text()
    assert own_locks(db) == held
