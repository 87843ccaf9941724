"""The few places the program waits for a person's answer. Tests replace these functions
(never ``exec()`` in a test); everything else opens dialogs with ``open()``."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def inform(parent: QWidget, title: str, text: str, error: bool = False) -> None:
    (QMessageBox.warning if error else QMessageBox.information)(parent, title, text)


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_path(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    """Why a binding ends, from the list (ui/common/reason_dialog.py): the text as recorded."""
    from .reason_dialog import ask
    return ask(parent, title, text)
