"""Start-up of the window: settings, language, the database, then the main window."""
from __future__ import annotations

import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from . import i18n, paths

log = logging.getLogger(__name__)


def build_main_window(data_dir: str | Path | None = None, *, lang: str | None = None,
                      today: Callable[[], date] | None = None, operator: str | None = None):
    """The main window on ``data_dir``, not shown and with no event loop (needs a QApplication)."""
    from .services.desk import open_desk
    from .ui.language import LanguageManager
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    folder = paths.data_dir(data_dir)
    settings = Settings(folder)
    language = LanguageManager()
    language.install(lang or settings.language or i18n.choose(None))
    desk = open_desk(folder, operator or settings.operator, today)
    return MainWindow(desk, settings, language)


def setup_logging(folder: Path) -> Path:
    """A rotating log beside the data, user-only; callers log masked ID numbers only."""
    from logging.handlers import RotatingFileHandler
    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = logs / "sbdesk.log"
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler, logging.StreamHandler()])
    return path


def run(args) -> int:
    """``sbdesk`` with no sub-command."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .services.errors import ServiceError, StoreError
    from .ui.common.texts import error_text

    setup_logging(paths.data_dir(args.data_dir))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("sbdesk")
    app.setOrganizationName("sbdesk")
    def unexpected(kind, value, tb) -> None:
        """A bug reached the event loop: log it, tell the person in one sentence, keep running."""
        log.error("unexpected error", exc_info=(kind, value, tb))
        QMessageBox.warning(QApplication.activeWindow(), "sbdesk", error_text(value))

    sys.excepthook = unexpected
    try:
        window = build_main_window(args.data_dir, lang=args.lang, operator=args.operator)
    except (StoreError, ServiceError) as exc:
        QMessageBox.critical(None, "sbdesk", error_text(exc))
        return 3
    window.show()
    return app.exec()
