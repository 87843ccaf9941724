"""The Qt half of the window's start: the steps of startup.py call these (through
``Start.door``), so startup.py stays Qt-free and app.py, the door that runs them, is the
only one to know both."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QProcess
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import i18n, paths
from ..domain.messages import Problem
from ..services import backup
from ..services.backup import LOCK_NAME
from ..services.desk import open_desk
from . import branch_setting, protection
from .common import plain
from .common.texts import error_text, problem_text
from .language import LanguageManager
from .main_window import MainWindow
from .settings import Settings

__all__ = ["error_text"]  # startup.py's steps call it through the door


def ask_password(url: str) -> str | None:
    """The branch server's password, asked when the address holds none."""
    return branch_setting.ask_password(url)


def retry_away(text: str) -> bool:
    """The branch server is away: try again?"""
    return branch_setting.retry_away(text)


def chosen_database(folder: Path) -> str | None:
    """The branch server chosen in the window's settings (Settings → Branch database…)."""
    return Settings(folder).database


def build_main_window(
    data_dir: str | Path | None = None,
    *,
    lang: str | None = None,
    today: Callable[[], date] | None = None,
    operator: str | None = None,
    ask_password: Callable[[str], str | None] | None = None,
):
    """The main window on ``data_dir``, not shown and with no event loop (needs a QApplication)."""
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
    db_file = paths.db_path(folder)
    state = backup.health(db_file, deep=deep)
    if state.state == "too_new":
        return problem_text(Problem("db.too_new", found=state.detail, known=backup.LATEST))
    if state.state == "unavailable" and state.error is not None:  # a full disk: no restore is offered
        return error_text(state.error)
    missing = state.state == "missing" and bool(backup.backups(folder))  # never a silent new office
    if state.state != "corrupt" and not missing:
        return None
    good = backup.latest_good(folder)
    damaged = (
        problem_text(Problem("db.missing", path=str(db_file), backup=good.name if good else "-"))
        if missing
        else problem_text(Problem("db.corrupt", path=str(db_file)))
    )
    if good is None:
        return damaged + " " + problem_text(Problem("backup.none", folder=str(paths.backup_dir(folder))))
    ask_text = QCoreApplication.translate(
        "recovery",
        "Restore the latest sound backup ({name}, {when})? The damaged file is kept beside it, renamed, and is never overwritten.",
    )
    question = (
        damaged
        + "\n\n"
        + ask_text.format(name=good.name, when=datetime.fromtimestamp(good.stat().st_mtime).strftime("%Y-%m-%d %H:%M"))
    )
    if not ask(question):
        return damaged
    try:
        backup.restore_recorded(folder, good, label="damaged")
    except Exception as exc:  # noqa: BLE001 - told to the person, then stop
        return error_text(exc)
    return None


def ask_place(folder: Path, args):
    """First start: before the main window, where it works and who works (see ui/signin.py).
    Returns the answer, None when nothing needs asking (already chosen; ``--operator`` names
    who works; the bundle's self-test), or False when the person closed the question."""
    if Settings(folder).place is not None or args.operator or os.environ.get("SBDESK_SMOKE"):
        return None
    from .signin import SignInDialog  # only on a first start: keeps it off every other start

    dialog = SignInDialog(Settings(folder), first=True)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else False
    finally:
        dialog.deleteLater()


def protected(folder: Path) -> bool:
    """The folder's data is encrypted (services/keys.py): its key is needed before it opens."""
    return protection.protected(folder)


def unlock(folder: Path) -> str | None:
    """The key of a protected folder (key file, keyring, else the person's password or
    recovery key, ui/protection/unlock.py): how it was unlocked, or None when cancelled."""
    from .protection import unlock as asked  # only a protected folder's start needs it

    how = asked.unlock_at_start(folder)
    if how == "recovery":
        asked.opened_with_recovery_key()
    return how


def ask_protection(folder: Path) -> bool | None:
    """A new folder's first start: the paragraph and the choice (ui/protection/first_start.py)."""
    if not protection.first_start_needed(folder):
        return None
    from .protection import first_start  # only a first start needs it

    return first_start.ask(folder)


def yes_or_no(parent, text: str) -> bool:
    """The start-up and recovery questions: plain text (they name the data folder), Yes first."""
    box = plain.message_box(
        parent,
        QMessageBox.Icon.Question,
        "sbdesk",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return plain.answer(box) == QMessageBox.StandardButton.Yes


def restart_after_recovery(window, folder: Path) -> None:
    """The background check found damage: offer the latest good backup, then start afresh."""

    def ask(text: str) -> bool:
        return yes_or_no(window, text)

    window.desk.close()
    stop = open_or_recover(folder, ask, deep=True)
    if stop:  # declined or impossible: say so and close; the damaged file stays as it is
        plain.answer(plain.message_box(window, QMessageBox.Icon.Critical, "sbdesk", stop))
        QApplication.quit()
        return
    # Start afresh on the restored file (a bundle's argv[0] is the program itself).
    program, arguments = (sys.executable, sys.argv[1:]) if getattr(sys, "frozen", False) else (sys.executable, sys.argv)
    QProcess.startDetached(program, arguments)
    QApplication.quit()
