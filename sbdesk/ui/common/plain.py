"""Text from data shown as typed, never as markup. QLabel, QMessageBox, QInputDialog and
tooltips decide by the start of a text whether it is HTML (Qt.mightBeRichText); a name, a
region, a reason or a policy note beginning ``<img src="…/sbdesk.db">`` was then rendered,
and Qt opened and closed the live database from C, which drops every SQLite lock the process
holds (store/fileguard.py). Every label the program makes is a ``Label``; the three that
show markup on purpose are made with ``rich_label`` and escape what they insert."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # Qt's namespace functions of QtGui: mightBeRichText, convertFromPlainText
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


class Label(QLabel):
    """A QLabel whose text is always plain (a text without markup looks the same either way)."""

    def __init__(self, text: str | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(text, str):
            super().__init__(parent)
            self.setTextFormat(Qt.TextFormat.PlainText)  # before the text: never a moment of rich text
            self.setText(text)
        else:
            super().__init__(text)
            self.setTextFormat(Qt.TextFormat.PlainText)


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A label that shows markup on purpose; its caller escapes (html.escape) every piece of data."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def tip(text: str) -> str:
    """``text`` as a tooltip shows it: a tooltip renders what looks like markup, so such a text
    goes escaped; any other text is left as it is (and keeps its plain-text look)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if GuiQt.mightBeRichText(text) else text


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A QMessageBox with plain text: messages embed names, paths and servers' words."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def input_dialog(
    parent: QWidget | None, title: str, label: str, echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal
) -> QInputDialog:
    """A QInputDialog whose question is plain (it names a server or a person)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(echo)
    dialog.setLabelText(" ")  # makes the dialog's label, still without the text
    label_widget = dialog.findChild(QLabel)
    if label_widget is not None:
        label_widget.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setLabelText(label)
    return dialog


def answer(box: QMessageBox) -> QMessageBox.StandardButton:
    """Shows ``box`` and waits: the standard button pressed (NoButton when closed otherwise)."""
    try:
        box.exec()
        clicked = box.clickedButton()
        return box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.NoButton
    finally:
        box.deleteLater()


def typed(dialog: QInputDialog) -> str | None:
    """Shows ``dialog`` and waits: the text typed, or None when cancelled."""
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
