"""The audit log's words (domain/audit_words.py) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import audit_words
from ..common.texts import channel_label


def label(action: str) -> str:
    return audit_words.label(action, QCoreApplication.translate)


def detail(values: dict) -> str:
    return audit_words.detail(values, QCoreApplication.translate, channel_label)
