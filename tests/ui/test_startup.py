"""Starting up safely: one window per folder, recovery of a damaged file from a backup
(never overwriting it), the crash hook, and the bundle's smoke mode."""

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date

import pytest

from sbdesk import app, crash
from sbdesk.services import backup, people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id

OWNER = make_id(date(1978, 3, 4), "320505", 15)


def folder_with_data(tmp_path):
    folder = tmp_path / "office"
    desk = open_desk(folder, operator="t")
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    backup.backup(desk, automatic=True)
    desk.close()
    return folder


def test_smoke_mode_starts_backs_up_and_exits_cleanly(tmp_path):
    folder = tmp_path / "office"
    env = {**os.environ, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    [auto] = (folder / "backups").glob("auto-*.db")
    assert stat.S_IMODE(auto.stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "logs" / "sbdesk.log").stat().st_mode) == 0o600


def test_the_windows_start_loads_only_what_its_first_list_needs(tmp_path):
    """The start had imported every service, dialog and rule set before the window
    showed. What the members list does not use stays unloaded until it is used."""
    folder = folder_with_data(tmp_path)
    later = (
        "sbdesk.domain.policy",
        "sbdesk.domain.eligibility",
        "sbdesk.services.binding",
        "sbdesk.domain.pension",
        "sbdesk.services.faces",
        "sbdesk.ui.members.person_dialog",
        "sbdesk.ui.signin",
        "sbdesk.ui.channels.tab",
        "sbdesk.ui.regions.tab",
        "sbdesk.ui.pension.dialog",
        "sbdesk.ui.wizard.wizard",
        "logging.handlers",
        "xml.etree.ElementTree",
    )
    probe = (
        f"import sys; from sbdesk import cli; code = cli.main(['--data-dir', {str(folder)!r}]);"
        f"print('loaded:', code, *[m for m in {later!r} if m in sys.modules])"
    )
    env = {**os.environ, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.splitlines()[-1] == "loaded: 0", out.stderr[-2000:]


def test_a_damaged_rules_file_is_said_where_the_rules_are_needed_and_the_list_still_works(
    family, answers, qtbot, tmp_path, monkeypatch
):
    """The rules are read on first use, so a damaged resources/policy.json no
    longer stops the window: opening what needs them says so, every time, without a crash."""
    import shutil

    from PySide6.QtCore import Qt

    from sbdesk import paths

    damaged = tmp_path / "resources"
    shutil.copytree(paths.resource_dir(), damaged)
    (damaged / "policy.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(paths, "resource_dir", lambda: damaged)
    window = family
    window.desk._policy = None  # as a fresh start has it: adding the family read the rules
    for _ in range(2):
        window.tabs.setCurrentIndex(1)  # Binding channels
        assert answers.informed[-1][2] and "policy.json" in answers.informed[-1][1]
        window.tabs.setCurrentIndex(0)
    told = len(answers.informed)
    window.members.table.setFocus()
    qtbot.keyClick(window.members.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # bind the selected
    assert len(answers.informed) == told + 1 and "policy.json" in answers.informed[-1][1]
    for open_it in (window.start_wizard, window.members.open_pension):  # they read the rules too
        told = len(answers.informed)
        open_it()
        assert len(answers.informed) == told + 1 and "policy.json" in answers.informed[-1][1]
    window.members.search.setFocus()
    qtbot.keyClicks(window.members.search, "A1000")  # the owner's card number
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 1)  # the list still answers


def test_a_second_window_on_the_same_folder_is_told_who_holds_it(qtbot, tmp_path):
    first, message = app.acquire_lock(tmp_path)
    assert first is not None and message is None
    second, message = app.acquire_lock(tmp_path)
    assert second is None and f"process {os.getpid()}" in message
    assert backup.lock_holder(tmp_path)[0] == os.getpid()  # the CLI sees it too
    first.unlock()
    third, _ = app.acquire_lock(tmp_path)
    assert third is not None
    third.unlock()


def test_a_damaged_database_is_replaced_by_the_latest_good_backup_and_kept(qtbot, tmp_path):
    folder = folder_with_data(tmp_path)
    db_file = folder / "sbdesk.db"
    damaged = os.urandom(8192)
    db_file.write_bytes(damaged)
    for extra in ("-wal", "-shm"):
        (folder / f"sbdesk.db{extra}").unlink(missing_ok=True)
    asked = []
    assert app.open_or_recover(folder, lambda text: asked.append(text) or False) is not None
    assert db_file.read_bytes() == damaged  # declining changes nothing
    assert app.open_or_recover(folder, lambda text: asked.append(text) or True) is None
    assert "damaged" in asked[0] and "never overwritten" in asked[0]
    [kept] = folder.glob("sbdesk.db.damaged-*")
    assert kept.read_bytes() == damaged
    desk = open_desk(folder, operator="t")
    assert people.find(desk, OWNER).name == "张伟"
    assert desk.conn.execute("SELECT action FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0] == "backup.restore"
    desk.close()


def test_no_backup_or_a_newer_schema_stops_with_a_sentence(qtbot, tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "sbdesk.db").write_bytes(b"garbage" * 500)
    message = app.open_or_recover(folder, lambda text: pytest.fail("nothing to offer"))
    assert "no sound backup" in message
    newer = tmp_path / "newer"
    open_desk(newer, operator="t").close()
    conn = sqlite3.connect(newer / "sbdesk.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert "newer sbdesk" in app.open_or_recover(newer, lambda text: pytest.fail("no question"))


def test_the_crash_hook_writes_a_private_masked_file_and_tells_the_person(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(tmp_path, lambda text, path: shown.append((text, path)))
    try:
        raise ValueError(f"bad person {OWNER}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    [(text, path)] = shown
    assert OWNER not in text and OWNER[:6] + "********" + OWNER[-4:] in text
    assert OWNER not in path.read_text(encoding="utf-8") and "ValueError" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_cli_restore_is_refused_while_a_window_holds_the_folder(qtbot, tmp_path):
    folder = folder_with_data(tmp_path)
    lock, _ = app.acquire_lock(folder)
    [copy] = (folder / "backups").glob("auto-*.db")
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", "restore", str(copy), "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2 and "already open on this data folder" in out.stderr
    lock.unlock()
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", "restore", str(copy), "--data-dir", str(folder), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert list(folder.glob("backups/before-restore-*.db"))  # the current data, kept as a backup


def corrupted_copies(tmp_path):
    """The three ways a file goes wrong: cut short, overwritten, written by a newer sbdesk."""
    made = {}
    for kind in ("truncated", "random", "newer"):
        folder = tmp_path / kind
        desk = open_desk(folder, operator="t")
        for i in range(300):
            people.add(
                desk,
                name=f"人{i}",
                id_number=make_id(date(1980, 1, 1 + i % 28), f"5101{i // 28:02d}", i),
                region="成都市",
            )
        desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        desk.close()
        db_file = folder / "sbdesk.db"
        if kind == "truncated":
            db_file.write_bytes(db_file.read_bytes()[: db_file.stat().st_size // 3])
        elif kind == "random":
            db_file.write_bytes(os.urandom(db_file.stat().st_size))
        else:
            conn = sqlite3.connect(db_file)
            conn.execute("PRAGMA user_version = 42")
            conn.close()
        made[kind] = folder
    return made


@pytest.mark.parametrize("kind", ["truncated", "random", "newer"])
def test_a_broken_file_gets_a_clear_message_in_gui_and_cli_and_stays_untouched(qtbot, tmp_path, kind):
    folder = corrupted_copies(tmp_path)[kind]
    db_file = folder / "sbdesk.db"
    before = db_file.read_bytes()
    message = app.open_or_recover(folder, lambda text: False)
    assert message and ("newer sbdesk" in message if kind == "newer" else "damaged" in message)
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", "person", "list", "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 3 and "Traceback" not in out.stderr
    assert ("newer sbdesk" in out.stderr) if kind == "newer" else ("damaged" in out.stderr)
    assert db_file.read_bytes() == before


def test_the_deep_check_runs_in_the_background_and_reports_damage(qtbot, tmp_path):
    from sbdesk.ui.jobs import IntegrityJob

    folder = corrupted_copies(tmp_path)["random"]
    job = IntegrityJob(folder)
    with qtbot.waitSignal(job.damaged, timeout=30000):
        job.start()
    job.wait()
