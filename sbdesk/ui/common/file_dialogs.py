"""Qt's own file dialog, the same on every desk and keyboard-first, with icons and types told
from a file's name alone. Apart from dialogs.py so that the window's start does not make
QFileDialog's and QStyle's enums (PySide6 makes a class's enums when the class is first named);
dialogs.open_path and dialogs.save_path, which tests replace, come here when first used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QHeaderView, QStyle, QTreeView, QWidget


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
