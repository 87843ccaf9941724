"""At the start of a protected folder: its key from SBDESK_KEY_FILE or the keyring, else the
person's password or recovery key, before anything opens the database (services/keys.unlock
tries them in that order and asks only when the first two did not open it). A wrong one is
said next to the field and the dialog stays for another try; Cancel closes the program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import keys
from ...services.errors import InputError
from ..common import plain
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text
from ..common.widgets import ErrorLabel
from .fields import LIMIT, TextFits


class UnlockDialog(TextFits, Retranslating, QDialog):
    """Asked with ``typed()``, which waits while the dialog stays shown: a wrong password
    comes back to the same dialog, with the reason under the field, and no flicker."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.folder = folder
        self.recovery = False  # typing the recovery key instead of the password
        self.cancelled = False
        self.asked = 0  # how many times it waited for an answer
        self._waiting: QEventLoop | None = None
        self.intro = Label(self)
        self.intro.setWordWrap(True)
        self.caption = Label(self)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("unlockSecret")
        self.secret.setMaxLength(LIMIT)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.caption.setBuddy(self.secret)
        self.error = ErrorLabel(self)
        self.error.setObjectName("unlockError")
        self.hint = Label(self)
        self.hint.setWordWrap(True)
        self.switch = QPushButton(self)
        self.switch.setObjectName("useRecoveryKey")
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.toggle_recovery)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(lambda: self._answer(False))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.caption)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # wider in 长辈模式
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open the protected data"))
        self.intro.setText(
            self.tr("The data in {folder} is protected with a password. Type it to open the data.").format(
                folder=self.folder
            )
        )
        if self.recovery:
            self.caption.setText(self.tr("&Recovery key"))
            self.hint.setText(
                self.tr(
                    "The recovery key was shown once, when the protection was set up: eight groups of four "
                    "letters and digits, as printed or written down."
                )
            )
            self.switch.setText(self.tr("Use the pass&word instead"))
        else:
            self.caption.setText(self.tr("Pass&word"))
            self.hint.setText(self.tr("Password forgotten? The recovery key opens the data too."))
            self.switch.setText(self.tr("Use the recovery &key instead"))
        self.secret.setAccessibleName(self.caption.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))

    def toggle_recovery(self) -> None:
        """The recovery key is typed in the open (8 groups of 4, read off paper); the password as dots."""
        self.recovery = not self.recovery
        self.secret.clear()
        self.error.clear()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if self.recovery else QLineEdit.EchoMode.Password)
        self.retranslate()
        self.secret.setFocus()

    def typed(self) -> str | None:
        """Show the dialog (it stays) and wait for Open (the text) or Cancel (None)."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.secret.setFocus()
        self.setEnabled(True)
        self.asked += 1
        self._waiting = QEventLoop(self)
        self._waiting.exec()
        self._waiting = None
        if self.cancelled:
            return None
        self.setEnabled(False)  # while the key is worked out from what was typed
        QApplication.processEvents()
        return self.secret.text()

    def wrong(self, text: str) -> None:
        self.error.show_text(text)
        self.secret.selectAll()

    def _answer(self, cancel: bool) -> None:
        self.cancelled = cancel
        if self._waiting is not None:
            self._waiting.quit()

    def reject(self) -> None:  # Cancel, Escape, the close button
        self._answer(True)
        super().reject()


def unlock_at_start(folder: Path, parent: QWidget | None = None) -> str | None:
    """How the folder was unlocked (services/keys.unlock's word), or None when the person
    cancelled. A key file that is refused (its mode, its content) raises the InputError: it
    is not the person's to fix in this dialog."""
    dialog: UnlockDialog | None = None
    asked: list[UnlockDialog] = []  # this round asked the person (else the key file or keyring failed)

    def ask(_what: str) -> str | None:
        nonlocal dialog
        dialog = dialog or UnlockDialog(folder, parent)
        asked.append(dialog)
        return dialog.typed()

    try:
        while True:
            asked.clear()
            try:
                return keys.unlock(folder, ask=ask)
            except InputError as exc:
                if not asked:
                    raise
                if asked[0].cancelled:
                    return None
                asked[0].wrong(error_text(exc))
    finally:
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()


def opened_with_recovery_key(parent: QWidget | None = None) -> None:
    """Said once the recovery key opened the data: the forgotten password is replaced in Settings."""
    text = QCoreApplication.translate(
        "protection",
        "The data was opened with the recovery key. If the password is forgotten, choose a new one: "
        "Settings → Change password…",
    )
    plain.answer(plain.message_box(parent, QMessageBox.Icon.Information, "sbdesk", text))
