"""The few places the program waits for a person's answer. Tests replace these functions
(never ``exec()`` in a test); everything else opens dialogs with ``open()``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QGridLayout, QMessageBox, QWidget

from . import plain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes or no; the text is plain (it names people, regions, files: never markup, ui/common/plain.py)."""
    box = plain.message_box(
        parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return plain.answer(box) == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    return plain.typed(plain.input_dialog(parent, title, label))


def inform(parent: QWidget, title: str, text: str, error: bool = False) -> None:
    """A message to read, in plain text (see ask)."""
    plain.answer(
        plain.message_box(parent, QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, title, text)
    )


def file_dialog(parent: QWidget | None, title: str, where: str, filters: str, save: bool) -> QFileDialog:
    """Qt's own file dialog with plain icons (ui/common/file_dialogs.py). Imported when a file
    is first chosen: naming QFileDialog and QStyle makes their enums, 8 ms of the window's start."""
    from .file_dialogs import file_dialog

    return file_dialog(parent, title, where, filters, save)


def _chosen(dialog: QFileDialog) -> str | None:
    try:
        return dialog.selectedFiles()[0] if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    return _chosen(file_dialog(parent, title, suggested, filters, save=True)) or None


def export_dialog(parent: QWidget | None, title: str, suggested: str, filters: str, full_ids: str):
    """The save dialog of an export with the checkbox ``full_ids`` below the file list:
    unticked (the default) the file holds masked ID numbers; ticked, full ones, which the
    audit log records. (dialog, checkbox)."""
    dialog = file_dialog(parent, title, suggested, filters, save=True)
    box = QCheckBox(full_ids, dialog)
    box.setObjectName("exportFullIds")
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        layout.addWidget(box, layout.rowCount(), 0, 1, -1)
    return dialog, box


def save_export(parent: QWidget, title: str, suggested: str, filters: str, full_ids: str) -> tuple[str, bool] | None:
    """Where an export goes and whether with full ID numbers (export_dialog)."""
    dialog, box = export_dialog(parent, title, suggested, filters, full_ids)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        path, full = (dialog.selectedFiles() or [""])[0], box.isChecked()
    finally:
        dialog.deleteLater()
    return (path, full) if accepted and path else None


def open_path(parent: QWidget, title: str, filters: str) -> str | None:
    return _chosen(file_dialog(parent, title, "", filters, save=False)) or None


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    """Why a binding ends, from the list (ui/common/reason_dialog.py): the text as recorded."""
    from .reason_dialog import ask

    return ask(parent, title, text)
