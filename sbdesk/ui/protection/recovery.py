"""The recovery key, shown once: large, in a monospace font, selectable, printable, and a
tick "I have written it down or printed it" before the person may go on. Nothing keeps the
key after this dialog: lost with the password, the data is lost, and the dialog says so."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ..common import printing
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.widgets import colour, tab_order
from ..common.wrapping_check import WrappingCheckBox
from .fields import TextFits
from .notice import lost_sentence

KEY_SCALE = 1.6  # the key's size against the dialog's text


class RecoveryKeyDialog(TextFits, Retranslating, QDialog):
    def __init__(self, folder: Path, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.folder, self.key_text = folder, key
        self.intro = Label(self)
        self.intro.setWordWrap(True)
        self.key = Label(key, self)
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Ctrl+C copies what is selected
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setMargin(12)
        colour(self.key, background="#ffffff")  # a slip of paper
        self.warning = Label(self)
        self.warning.setObjectName("recoveryWarning")
        self.warning.setWordWrap(True)
        colour(self.warning, "#b00020")
        self.written = WrappingCheckBox(self)
        self.written.setObjectName("recoveryWrittenDown")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        self.print_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.go_on = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go_on.setEnabled(False)
        self.written.toggled.connect(self.go_on.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)  # beside what it prints, before going on
        layout.addWidget(self.warning)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # wider in 长辈模式
        tab_order(self.key, self.print_button, self.written, self.go_on)  # as read, top to bottom
        self.retranslate()
        self.key.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The key's font follows the dialog's (larger in 长辈模式), set when it shows."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * KEY_SCALE)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setMinimumWidth(QFontMetrics(font).horizontalAdvance(self.key_text) + 2 * self.key.margin() + 24)
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your recovery key"))
        self.intro.setText(
            self.tr(
                "This recovery key opens the data in {folder} when the password is forgotten. It is shown "
                "only this once: print it or write it down now, and keep it away from this computer."
            ).format(folder=self.folder)
        )
        self.warning.setText(lost_sentence())
        self.written.setText(self.tr("I have &written it down or printed it"))
        self.print_button.setText(self.tr("&Print…"))
        self.go_on.setText(self.tr("&Continue"))

    def page(self) -> str:
        """The printed page: the folder, the key, the day, the warning."""
        words = (
            self.tr("Recovery key of the data folder {folder}").format(folder=self.folder),
            self.tr("Printed on {day}").format(day=datetime.now().strftime("%Y-%m-%d")),
            lost_sentence(),
        )
        title, day, warning = (html.escape(w) for w in words)
        key = html.escape(self.key_text)
        return (
            f"<h2>{title}</h2><p style='font-family: monospace; font-size: 22pt; font-weight: bold'>{key}</p>"
            f"<p>{day}</p><p>{warning}</p>"
        )

    def print_key(self) -> bool:
        return printing.print_html(self, self.page(), self.folder)

    def reject(self) -> None:
        """Escape and the window's close button do nothing: the key is never shown again."""
        if self.written.isChecked():
            self.accept()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.written.isChecked():
            event.ignore()
            return
        super().closeEvent(event)
