"""A window's start copies and checks the file only when that is due: not on every
start (a 450 MB copy and seconds of reading at a million people), but when the data changed
since the last automatic copy and at most once a day."""

import os
import subprocess
import sys
import time
from datetime import date

from sbdesk.services import backup, people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id

DAYS = 24 * 3600


def start(folder):
    env = {**os.environ, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return sorted((folder / "backups").glob("auto-*.db"))


def age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_second_start_the_same_day_copies_nothing_and_a_day_later_only_changed_data_is_copied(tmp_path):
    folder = tmp_path / "office"
    [first] = start(folder)  # a new office: the first copy
    assert start(folder) == [first]  # same day: no copy, however often the window starts
    age(first, 2 * DAYS)
    age(folder / "logs" / backup.CHECKED, 2 * DAYS)
    assert start(folder) == [first]  # two days later, nothing changed: still no copy
    desk = open_desk(folder, operator="t")
    people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
    desk.close()
    copies = start(folder)  # changed and the last copy two days old: a new copy
    assert len(copies) == 2 and copies[0] == first
    assert start(folder) == copies  # and not again the same day


def test_the_due_rules(tmp_path):
    folder = tmp_path / "office"
    desk = open_desk(folder, operator="t")
    assert backup.due_at_start(desk) == (True, True)  # nothing copied or checked yet
    made = backup.backup(desk, automatic=True)
    backup.mark_checked(folder)
    assert backup.due_at_start(desk) == (False, False)
    people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
    assert backup.due_at_start(desk) == (False, False)  # changed, but copied today
    age(made, 2 * DAYS)
    assert backup.due_at_start(desk) == (True, True)  # changed and a day old: check, then copy
    backup.backup(desk, automatic=True)
    age(folder / "logs" / backup.CHECKED, 2 * DAYS)
    assert backup.due_at_start(desk) == (True, False)  # the daily check alone
    desk.close()


def test_the_start_stops_at_the_first_step_that_fails_and_says_why(qtbot, tmp_path):
    from types import SimpleNamespace

    from sbdesk import app, startup
    from sbdesk.ui import start as door

    folder = tmp_path / "office"
    open_desk(folder, operator="t").close()
    held, _ = app.acquire_lock(folder)
    told = []
    start = startup.Start(SimpleNamespace(lang="en", operator="t"), folder, lambda text: True, told.append, door=door)
    assert startup.run(start) == 3 and start.window is None  # another window holds the folder
    assert "already open" in told[0] and list(start.times) == ["lock"]
    held.unlock()
    (folder / "sbdesk.db").write_bytes(b"garbage" * 500)  # damaged, and no backup to offer
    start = startup.Start(SimpleNamespace(lang="en", operator="t"), folder, lambda text: True, told.append, door=door)
    assert startup.run(start) == 3 and start.window is None
    assert "damaged" in told[1] and list(start.times) == ["lock", "database", "check"]
    start.lock.unlock()
