"""Background work through the one job runner: the check off the GUI thread, progress and
Cancel in the status bar, one job at a time, cancelled or finished as a whole on close."""

import threading

from PySide6.QtCore import Qt

from sbdesk.services import maintenance

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def test_check_database_runs_off_the_gui_thread(window, answers, qtbot, monkeypatch):
    ran_on = []
    real = maintenance.check

    def check(desk, *more):
        ran_on.append(threading.current_thread())
        return real(desk, *more)

    monkeypatch.setattr(maintenance, "check", check)
    window.actions["check"].trigger()
    qtbot.waitUntil(lambda: bool(answers.informed), timeout=20000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert "The database is sound" in answers.informed[0][1]


def endless_check(monkeypatch):
    started = threading.Event()

    def check(desk, *more):
        started.set()
        desk.conn.execute(ENDLESS).fetchone()  # until the job is cancelled
        raise AssertionError("not interrupted")

    monkeypatch.setattr(maintenance, "check", check)
    return started


def test_a_running_job_shows_in_the_status_bar_and_cancel_interrupts_it(window, answers, qtbot, monkeypatch):
    started = endless_check(monkeypatch)
    job = window.upkeep.check_database()
    assert started.wait(20)
    assert window.status.job_text.isVisible() and window.status.job_text.text() == "Checking the database…"
    assert window.status.job_cancel.isEnabled()
    with qtbot.waitSignal(job.finished, timeout=20000):
        qtbot.mouseClick(window.status.job_cancel, Qt.LeftButton)
    qtbot.waitUntil(lambda: not window.status.job_text.isVisible())
    assert answers.informed == []  # a cancelled check says nothing


def test_jobs_queue_one_at_a_time_and_close_cancels_or_finishes_them(window, answers, qtbot, monkeypatch, tmp_path):
    started = endless_check(monkeypatch)
    window.upkeep.check_database()
    assert started.wait(20)
    answers.path = str(tmp_path / "copy.db")
    window.files.backup_now()
    backup = window.files.job
    assert window.runner.current is window.upkeep.check_job and list(window.runner.pending) == [backup]
    assert not backup.isRunning() and "1 more waiting" in window.status.job_text.text()
    assert not window.status.job_cancel.isEnabled() or window.runner.current.cancellable
    window.close()  # the check is interrupted, the backup the clerk asked for still made
    assert window.upkeep.check_job.isFinished() and backup.isFinished()
    assert (tmp_path / "copy.db").exists()
