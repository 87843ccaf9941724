"""Qt's own messages in the log: Qt's warnings went to stderr only, which nobody
sees at a desk. Routed through Python logging, they pass the handlers' filter that masks ID
numbers and names (crash.MaskIds), as every other log line does."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("sbdesk.qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def handle(kind: QtMsgType, context, message: str) -> None:
    """One Qt message as one log record; its category (qt.qpa.xcb …) kept in front."""
    category = getattr(context, "category", None)
    prefix = f"{category}: " if category and category != "default" else ""
    log.log(LEVELS.get(kind, logging.WARNING), "%s%s", prefix, message)


def install() -> None:
    qInstallMessageHandler(handle)
