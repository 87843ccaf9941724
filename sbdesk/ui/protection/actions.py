"""Settings → Encrypt this data folder… / Remove encryption… / Change password…: the same
use cases as ``sbdesk encrypt``, ``decrypt`` and ``password`` (services/keys.py). A conversion
rewrites the database file, so the window closes its own desk first (store/cipher.py refuses
while any connection is open), and a new window opens on the converted folder after; the key
stays registered in this process, so nothing is asked again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ...domain.messages import Problem, sentences
from ...services import keys
from ...services.desk import open_desk
from ...services.errors import ServiceError, StoreError
from ..common import dialogs
from ..common.guard import guarded
from ..common.texts import error_text, problem_text
from .first_start import CHANGE, ENCRYPT, ProtectDialog
from .recovery import RecoveryKeyDialog

MainWindow = Any  # ui/main_window.py's, which imports this module when a menu action is first used
log = logging.getLogger(__name__)
_kept: list[MainWindow] = []  # the window opened after a conversion (no caller holds it)


def run(window: MainWindow, action: str) -> ProtectDialog | None:
    """The menu's ``encrypt``, ``decrypt`` or ``password``."""
    folder = window.desk.data_dir
    if action == "encrypt" and not keys.can_encrypt():  # a build without SQLCipher
        dialogs.inform(window, QCoreApplication.translate("errors", "Not done"), no_engine(folder), error=True)
        return None
    if action == "decrypt":
        question = QCoreApplication.translate(
            "protection",
            "Remove the encryption of {folder}? Its data and backups are then stored unencrypted again, and "
            "anyone who can open the folder can read them. The window closes while this is done and opens again after.",
        ).format(folder=folder)
        if dialogs.ask(window, QCoreApplication.translate("protection", "Remove encryption"), question):
            operator = window.desk.operator  # the audit row's, as the CLI's --operator
            QTimer.singleShot(0, lambda: convert(window, lambda step: keys.decrypt(folder, step, operator)))
        return None
    dialog = ProtectDialog(folder, ENCRYPT if action == "encrypt" else CHANGE, window)
    window.protect_dialog = dialog  # one at a time; it goes with the window
    dialog.accepted.connect(lambda: _accepted(window, dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def no_engine(folder) -> str:
    return problem_text(Problem("keys.no_engine", folder=str(folder)))


def _accepted(window: MainWindow, dialog: ProtectDialog) -> None:
    _, password, remember = dialog.values()
    folder, operator = window.desk.data_dir, window.desk.operator
    if dialog.mode == CHANGE:
        kept = remember if dialog.fields.remember.isVisibleTo(dialog) else None  # no keyring: left be
        if guarded(window, lambda: keys.change_password(folder, password, kept, operator) or True):
            window.statusBar().showMessage(
                QCoreApplication.translate("protection", "Password changed. The recovery key stays the same."), 10000
            )
        return
    QTimer.singleShot(0, lambda: convert(window, lambda step: keys.encrypt(folder, password, remember, step, operator)))


def convert(old: MainWindow, work: Callable[[Callable], str | None]) -> MainWindow | None:
    """Close ``old`` and its desk, run ``work`` (encrypt or decrypt) with a progress window,
    and open a new window on the folder, whether the work was done or refused (said there).
    A recovery key the work returns is shown once, over the new window."""
    folder, today, needs_operator = old.desk.data_dir, old.desk.today, old.desk.needs_operator
    operator = old.desk.operator if not needs_operator else old.settings.who()
    kind, settings, language = type(old), old.settings, old.language
    quit_on_close = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)  # between the two windows none is shown
    progress = QProgressDialog(QCoreApplication.translate("protection", "Converting the data folder…"), "", 0, 0)
    progress.setObjectName("protectionProgress")
    progress.setCancelButton(None)  # kill -9 safe, but never half-stopped from here
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    old.close()
    old.desk.close()
    QApplication.setFont(old.base_font)  # the new window applies 长辈模式 itself
    old.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # nothing of it reaches the closed desk
    if old in _kept:
        _kept.remove(old)

    def step(*stage) -> None:  # (what, files done, files in all)
        counts = [n for n in stage if isinstance(n, int)]
        if len(counts) >= 2 and counts[-1] > 0:
            progress.setRange(0, counts[-1])
            progress.setValue(min(counts[-2], counts[-1]))
        QApplication.processEvents()

    key, problem = None, ""
    try:
        key = work(step)
    except (ServiceError, StoreError, OSError) as exc:
        problem = error_text(exc)
    except Exception as exc:  # a bug: logged; the window must come back all the same
        log.exception("converting the data folder")
        problem = error_text(exc)
    try:  # as ui/start.build_main_window does, in the language and with the settings kept
        desk = open_desk(folder, operator, today)
    except (ServiceError, StoreError, OSError) as exc:  # said, and the program ends: nothing else is open
        progress.close()
        dialogs.inform(
            None, QCoreApplication.translate("errors", "Not done"), sentences(problem, error_text(exc)), True
        )
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
        QApplication.quit()
        return None
    desk.needs_operator = needs_operator  # a counter nobody signed in to stays so
    window = kind(desk, settings, language)
    _kept.append(window)
    window.show()
    progress.close()
    progress.deleteLater()
    QApplication.setQuitOnLastWindowClosed(quit_on_close)
    if problem:
        dialogs.inform(window, QCoreApplication.translate("errors", "Not done"), problem, error=True)
    elif key:
        shown = RecoveryKeyDialog(folder, key, window)
        shown.finished.connect(shown.deleteLater)
        shown.open()
        window.statusBar().showMessage(QCoreApplication.translate("protection", "The data folder is encrypted."), 10000)
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate("protection", "The data folder is no longer encrypted."), 10000
        )
    return window
