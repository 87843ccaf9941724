"""Start-up of the window: settings, language, the database, then the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from . import crash, fault_log, i18n, paths, startup
from .ui import identity, input_method, qt_log
from .ui import start as door
from .ui.common import plain
from .ui.language import LanguageManager
from .ui.settings import Settings
from .ui.start import (  # noqa: F401 - callers and tests reach these through app
    acquire_lock,
    ask_place,
    build_main_window,
    open_or_recover,
    restart_after_recovery,
    yes_or_no,
)


def run(args) -> int:
    """``sbdesk`` with no sub-command: the steps of startup.py (lock, check or recover, the
    window, background work), then the event loop."""
    folder = paths.data_dir(args.data_dir)
    crash.setup_logging(folder)
    fault_log.enable(folder)  # a native crash's stack in logs/native-crash.log
    qt_log.install()  # Qt's warnings in the log, masked
    input_method.apply()  # before the QApplication: Qt reads the input-method module then
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("sbdesk")
    app.setOrganizationName("sbdesk")
    identity.install()  # the desktop file's name and the window icon (packaging/linux/)
    # the lock and recovery questions come before the window, in the language it will have
    LanguageManager().install(args.lang or Settings(folder).language or i18n.choose(None))
    quiet = bool(os.environ.get("CI") or os.environ.get("SBDESK_NO_CRASH_DIALOG"))
    crash.install(folder, None if quiet else show_crash)

    def ask(text: str) -> bool:
        return yes_or_no(None, text)

    def tell(text: str) -> None:
        plain.answer(plain.message_box(None, QMessageBox.Icon.Critical, "sbdesk", text))

    start = startup.Start(args, folder, ask, tell, door=door)
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


def show_crash(text: str, path: Path) -> None:
    """A short dialog: what happened, where the details are, a button to copy them."""
    box = plain.message_box(
        None,
        QMessageBox.Icon.Warning,
        "sbdesk",
        QCoreApplication.translate(
            "recovery", "Something went wrong; nothing was lost. The details are in {path}."
        ).format(path=path),
        QMessageBox.StandardButton.NoButton,
    )
    box.setDetailedText(text)
    copy = box.addButton(QCoreApplication.translate("recovery", "&Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(f"{text}\n{path}")
