"""Tools → Check database on a branch server: the window's check job runs the same check as
`sbdesk check` (it used SQLite's progress handler, which a server connection lacked, and
failed every time with nothing in the log), and Cancel stops it on the server too."""

import threading

from PySide6.QtCore import Qt

from sbdesk.services import maintenance
from tests.conftest import TODAY
from tests.ui.conftest import dispose
from tests.ui.test_jobs import ENDLESS


def branch_window(tmp_path, server_db, monkeypatch):
    from sbdesk.app import build_main_window

    monkeypatch.setenv("SBDESK_DATABASE", server_db)
    return build_main_window(tmp_path / "window3", lang="en", today=lambda: TODAY)


def test_check_database_works_on_a_branch_server(qtbot, tmp_path, server_db, monkeypatch, answers):
    window = branch_window(tmp_path, server_db, monkeypatch)
    try:
        window.actions["check"].trigger()
        qtbot.waitUntil(lambda: bool(answers.informed), timeout=30000)
        title, text, error = answers.informed[0]
        assert error is False and "The database is sound" in text, text
    finally:
        dispose(window)


def test_cancel_stops_a_check_running_on_the_server(qtbot, tmp_path, server_db, monkeypatch, answers):
    started = threading.Event()

    def check(desk, translate=None):
        started.set()
        desk.conn.execute(ENDLESS).fetchone()  # runs on the server until it is cancelled there
        raise AssertionError("not interrupted")

    monkeypatch.setattr(maintenance, "check", check)
    window = branch_window(tmp_path, server_db, monkeypatch)
    try:
        job = window.upkeep.check_database()
        assert started.wait(20)
        with qtbot.waitSignal(job.finished, timeout=20000):
            qtbot.mouseClick(window.status.job_cancel, Qt.LeftButton)
        assert answers.informed == []  # a cancelled check says nothing
    finally:
        dispose(window)
