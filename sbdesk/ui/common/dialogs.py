"""The few places the program waits for a person's answer. Tests replace these functions
(never ``exec()`` in a test); everything else opens dialogs with ``open()``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QMessageBox,
    QStyle,
    QTreeView,
    QWidget,
)

from . import plain


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


class PlainIcons(QFileIconProvider):
    """A file's icon and type from its name alone. Qt's own provider reads the first bytes of
    each listed file to guess its type; reading sbdesk.db or its -wal/-shm that way (the
    data folder shown in the dialog) dropped the window's SQLite locks when Qt closed it."""

    def icon(self, what):  # Qt's override, both overloads (a QFileInfo, or an IconType)
        if isinstance(what, QFileInfo):
            pixmap = QStyle.StandardPixmap.SP_DirIcon if what.isDir() else QStyle.StandardPixmap.SP_FileIcon
            return QApplication.style().standardIcon(pixmap)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("dialogs", "Folder")
        suffix = info.suffix().upper()
        return (
            QCoreApplication.translate("dialogs", "{suffix} file").format(suffix=suffix)
            if suffix
            else QCoreApplication.translate("dialogs", "File")
        )


_icons: PlainIcons | None = None


def file_dialog(parent: QWidget | None, title: str, where: str, filters: str, save: bool) -> QFileDialog:
    """Qt's own file dialog (the same on every desk, keyboard-first), with PlainIcons."""
    dialog = QFileDialog(parent, title, where, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    global _icons
    _icons = _icons or PlainIcons()  # Qt does not own a dialog's provider: one for the program
    dialog.setIconProvider(_icons)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # name, size, type, date: whole at any font size (长辈模式 too)
        details.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        details.header().setStretchLastSection(False)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    try:
        return dialog.selectedFiles()[0] if dialog.exec() == QFileDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    return _chosen(file_dialog(parent, title, suggested, filters, save=True)) or None


def open_path(parent: QWidget, title: str, filters: str) -> str | None:
    return _chosen(file_dialog(parent, title, "", filters, save=False)) or None


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    """Why a binding ends, from the list (ui/common/reason_dialog.py): the text as recorded."""
    from .reason_dialog import ask

    return ask(parent, title, text)
