"""Qt's own texts (file dialogs, standard buttons) follow the window's language."""

import re

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QFileIconProvider, QLabel, QPushButton


def file_dialog_texts(parent) -> list[str]:
    dialog = QFileDialog(parent, "export")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, the one offscreen and on most desktops
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.open()
    QApplication.processEvents()
    texts = [
        w.text() for kind in (QLabel, QPushButton) for w in dialog.findChildren(kind) if w.isVisible() and w.text()
    ]
    dialog.reject()
    dialog.deleteLater()
    return texts


def test_file_dialogs_and_standard_buttons_are_chinese_in_the_chinese_window(window, qtbot, tmp_path):
    window.set_language("zh_CN")
    QApplication.processEvents()
    texts = file_dialog_texts(window)
    assert "取消" in texts and any("文件名" in t for t in texts), texts
    english = [t for t in texts if re.search("[A-Za-z]{2,}", t.replace("&", ""))]
    assert not english, texts  # qtbase_zh_CN leaves "Look in:" and "Files of type:" in English: sbdesk fills them
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"  # the dialog's Type column
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["确定", "取消"])
    window.set_language("en")
    QApplication.processEvents()
    texts = file_dialog_texts(window)
    assert "Cancel" in texts and not any("文件" in t for t in texts), texts
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Folder"
