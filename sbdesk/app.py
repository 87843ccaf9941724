"""Start-up of the window: settings, language, the database, then the main window."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from . import i18n, paths


def build_main_window(data_dir: str | Path | None = None, *, lang: str | None = None,
                      today: Callable[[], date] | None = None, operator: str | None = None,
                      ask_password: Callable[[str], str | None] | None = None):
    """The main window on ``data_dir``, not shown and with no event loop (needs a QApplication)."""
    from .services.desk import open_desk
    from .ui.language import LanguageManager
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    folder = paths.data_dir(data_dir)
    settings = Settings(folder)
    language = LanguageManager()
    language.install(lang or settings.language or i18n.choose(None))
    desk = open_desk(folder, operator or settings.who(), today, ask_password=ask_password)
    # at a counter nobody has signed in to, binding and receipts wait for a sign-in
    desk.needs_operator = not operator and settings.place == "counter" and settings.who() is None
    return MainWindow(desk, settings, language)


def acquire_lock(folder: Path):
    """One window per data folder: (the held QLockFile, None) or (None, who holds it)."""
    from PySide6.QtCore import QLockFile
    from .domain.messages import Problem
    from .services.backup import LOCK_NAME
    from .ui.common.texts import problem_text

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # a lock left by a crash is removed once its process is gone
    if lock.tryLock(200):
        return lock, None
    info = lock.getLockInfo()  # (pid, host, application) in PySide6
    pid, host = (info[0], info[1]) if info and info[0] else ("?", "?")
    return None, problem_text(Problem("backup.locked", pid=pid, host=host))


def open_or_recover(folder: Path, ask, deep: bool = False) -> str | None:
    """Check the database before opening it; offer the newest good backup when it is damaged.
    ``ask(text) -> bool`` is the one question; returns a message when the program must stop.
    Start-up checks shallowly; the deep integrity_check runs after the window is shown."""
    from PySide6.QtCore import QCoreApplication
    from .domain.messages import Problem
    from .services import backup
    from .ui.common.texts import error_text, problem_text

    db_file = paths.db_path(folder)
    state = backup.health(db_file, deep=deep)
    if state.state == "too_new":
        from .store.db import LATEST
        return problem_text(Problem("db.too_new", found=state.detail, known=LATEST))
    if state.state == "unavailable" and state.error is not None:  # a full disk: no restore is offered
        return error_text(state.error)
    missing = state.state == "missing" and bool(backup.backups(folder))  # never a silent new office
    if state.state != "corrupt" and not missing:
        return None
    good = backup.latest_good(folder)
    damaged = problem_text(Problem("db.missing", path=str(db_file), backup=good.name if good else "-")) \
        if missing else problem_text(Problem("db.corrupt", path=str(db_file)))
    if good is None:
        return damaged + " " + problem_text(Problem("backup.none", folder=str(paths.backup_dir(folder))))
    ask_text = QCoreApplication.translate("recovery", "Restore the latest sound backup ({name}, {when})? The damaged file is kept beside it, renamed, and is never overwritten.")
    question = damaged + "\n\n" + ask_text.format(
            name=good.name, when=datetime.fromtimestamp(good.stat().st_mtime).strftime("%Y-%m-%d %H:%M"))
    if not ask(question):
        return damaged
    try:
        backup.restore_recorded(folder, good, label="damaged")
    except Exception as exc:  # noqa: BLE001 - told to the person, then stop
        return error_text(exc)
    return None


def run(args) -> int:
    """``sbdesk`` with no sub-command: the steps of startup.py (lock, check or recover, the
    window, background work), then the event loop."""
    # sbdesk's Qt-free modules before Qt: PySide6 reads the source of every module imported
    # after it (its __feature__ check), about 0.4 ms a module at each start. Only what the
    # first window needs; the rest is imported when first used.
    from . import crash, startup
    from .services import backup, people  # noqa: F401
    from .ui import input_method
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.common import plain
    from .ui.language import LanguageManager
    from .ui.settings import Settings

    folder = paths.data_dir(args.data_dir)
    crash.setup_logging(folder)
    from . import fault_log
    from .ui import qt_log
    fault_log.enable(folder)  # a native crash's stack in logs/native-crash.log
    qt_log.install()  # Qt's warnings in the log, masked
    input_method.apply()  # before the QApplication: Qt reads the input-method module then
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("sbdesk")
    app.setOrganizationName("sbdesk")
    from .ui import identity
    identity.install()  # the desktop file's name and the window icon (packaging/linux/)
    # the lock and recovery questions come before the window, in the language it will have
    LanguageManager().install(args.lang or Settings(folder).language or i18n.choose(None))
    quiet = bool(os.environ.get("CI") or os.environ.get("SBDESK_NO_CRASH_DIALOG"))
    crash.install(folder, None if quiet else show_crash)

    def ask(text: str) -> bool:
        return yes_or_no(None, text)

    def tell(text: str) -> None:
        plain.answer(plain.message_box(None, QMessageBox.Icon.Critical, "sbdesk", text))

    start = startup.Start(args, folder, ask, tell)
    smoke = bool(os.environ.get("SBDESK_SMOKE"))  # the bundle's self-test: start, show, check, back up, quit
    steps = startup.STEPS[:-1] if smoke else startup.STEPS
    code = startup.run(start, steps)
    if code is not None:
        return code
    window = start.window
    if smoke:
        app.processEvents()
        # read by benchmarks/startup.py: the moment, and the CPU time the process spent to get there
        print(f"shown {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
        window.maintain_later(lambda: None)
        while window.runner.busy():  # the check, then (its result queues it) the backup
            app.processEvents()
            time.sleep(0.01)
        window.close()
        return 0
    return app.exec()


def ask_place(folder: Path, args):
    """First start: before the main window, where it works and who works (see ui/signin.py).
    Returns the answer, None when nothing needs asking (already chosen; ``--operator`` names
    who works; the bundle's self-test), or False when the person closed the question."""
    from .ui.settings import Settings

    if Settings(folder).place is not None or args.operator or os.environ.get("SBDESK_SMOKE"):
        return None
    from PySide6.QtWidgets import QDialog

    from .ui.signin import SignInDialog  # only on a first start: keeps it off every other start
    dialog = SignInDialog(Settings(folder), first=True)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else False
    finally:
        dialog.deleteLater()


def yes_or_no(parent, text: str) -> bool:
    """The start-up and recovery questions: plain text (they name the data folder), Yes first."""
    from PySide6.QtWidgets import QMessageBox

    from .ui.common import plain
    box = plain.message_box(parent, QMessageBox.Icon.Question, "sbdesk", text,
                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return plain.answer(box) == QMessageBox.StandardButton.Yes


def restart_after_recovery(window, folder: Path) -> None:
    """The background check found damage: offer the latest good backup, then start afresh."""
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.common import plain

    def ask(text: str) -> bool:
        return yes_or_no(window, text)

    window.desk.close()
    stop = open_or_recover(folder, ask, deep=True)
    if stop:  # declined or impossible: say so and close; the damaged file stays as it is
        plain.answer(plain.message_box(window, QMessageBox.Icon.Critical, "sbdesk", stop))
        QApplication.quit()
        return
    # Start afresh on the restored file (a bundle's argv[0] is the program itself).
    program, arguments = (sys.executable, sys.argv[1:]) if getattr(sys, "frozen", False) \
        else (sys.executable, sys.argv)
    QProcess.startDetached(program, arguments)
    QApplication.quit()


def show_crash(text: str, path: Path) -> None:
    """A short dialog: what happened, where the details are, a button to copy them."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.common import plain
    box = plain.message_box(None, QMessageBox.Icon.Warning, "sbdesk", QCoreApplication.translate(
        "recovery", "Something went wrong; nothing was lost. The details are in {path}.").format(path=path),
        QMessageBox.StandardButton.NoButton)
    box.setDetailedText(text)
    copy = box.addButton(QCoreApplication.translate("recovery", "&Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(f"{text}\n{path}")
