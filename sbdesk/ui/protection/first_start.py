"""The paragraph and the password: at the first start of a new data folder (what is kept,
where, how it is protected, how to delete it, then protect with a password, recommended and
preselected, or keep it unencrypted), and under Settings to encrypt a folder or change its
password. A protection made here shows its recovery key once (recovery.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QRadioButton, QVBoxLayout, QWidget

from ...domain.messages import sentences
from ...services import keychain, keys, protection
from ...services.errors import ServiceError, StoreError
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text
from ..common.widgets import ErrorLabel
from . import first_start_needed
from .fields import PasswordFields, TextFits
from .notice import lost_sentence, paragraph
from .recovery import RecoveryKeyDialog

FIRST, ENCRYPT, CHANGE = "first", "encrypt", "change"


class ProtectDialog(TextFits, Retranslating, QDialog):
    """``mode``: FIRST (the paragraph and the choice), ENCRYPT (Settings → Encrypt this data
    folder…) or CHANGE (Settings → Change password…). ``values()`` after it was accepted."""

    def __init__(self, folder: Path, mode: str = FIRST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName({FIRST: "firstStartDialog", ENCRYPT: "encryptDialog", CHANGE: "changePasswordDialog"}[mode])
        self.folder, self.mode = folder, mode
        self.intro = Label(self)
        self.intro.setObjectName("protectionParagraph")
        self.intro.setWordWrap(True)
        self.protect = QRadioButton(self)
        self.protect.setObjectName("protectWithPassword")
        self.plain = QRadioButton(self)
        self.plain.setObjectName("keepUnencrypted")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.protect)
        self.choice.addButton(self.plain)
        self.protect.setChecked(True)  # recommended, at a counter and at home alike
        offered = mode == FIRST and keys.can_encrypt()
        for radio in (self.protect, self.plain):
            radio.setVisible(offered)
        self.fields = PasswordFields(self, new=mode == CHANGE)
        if mode == CHANGE and not self.fields.remember.isHidden():
            self.fields.remember.setChecked(remembered(folder))  # unticked, a new password is no longer kept
        self.fields.setVisible(mode != FIRST or offered)
        self.protect.toggled.connect(self.fields.setVisible)
        self.protect.toggled.connect(lambda _on: self.adjustSize())
        self.error = ErrorLabel(self)  # what the service refused
        self.error.setObjectName("protectError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().height() // 2)  # the paragraph read first, then the choice
        layout.addWidget(self.protect)
        layout.addWidget(self.plain)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # wider in 长辈模式
        self.retranslate()
        (self.protect if offered else self.fields.password).setFocus()

    def retranslate(self) -> None:
        self.fields.retranslate()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.mode == FIRST:
            self.setWindowTitle(self.tr("Your data and how it is kept"))
            self.intro.setText(paragraph(self.folder, None if keys.can_encrypt() else False))
            ok.setText(self.tr("&Continue"))
        elif self.mode == ENCRYPT:
            self.setWindowTitle(self.tr("Encrypt this data folder"))
            self.intro.setText(
                sentences(
                    self.tr(
                        "Everything in {folder}, its backups and its photos included, will be encrypted with a "
                        "password. The window closes while this is done and opens again after."
                    ).format(folder=self.folder),
                    lost_sentence(),
                )
            )
            ok.setText(self.tr("&Encrypt"))
        else:
            self.setWindowTitle(self.tr("Change password"))
            self.intro.setText(
                self.tr(
                    "From now on the new password opens the data in {folder}. The recovery key stays the same."
                ).format(folder=self.folder)
            )
            ok.setText(self.tr("C&hange"))
        self.protect.setText(self.tr("&Protect it with a password (recommended)"))
        self.plain.setText(self.tr("&Keep it unencrypted"))

    def protecting(self) -> bool:
        return self.mode != FIRST or (self.protect.isChecked() and keys.can_encrypt())

    def values(self) -> tuple[bool, str, bool]:
        """(protect, password, remember)."""
        password, remember = self.fields.values()
        return self.protecting(), password, remember

    def try_accept(self) -> None:
        """Problems next to the fields; at the first start the protection is made here, so a
        refusal is said in this dialog and the person can try again."""
        if self.protecting() and not self.fields.check():
            return
        if self.mode == FIRST and self.protecting():
            try:
                self.recovery_key = keys.create(self.folder, *self.fields.values())
            except ServiceError as exc:
                self.error.show_text(error_text(exc))
                return
        self.accept()


def remembered(folder: Path) -> bool:
    """The folder's key is in this computer's keyring now."""
    try:
        return keychain.recall(protection.read(folder).folder_id) is not None
    except StoreError:  # protection.json unreadable: the change of password will say so
        return False


def ask(folder: Path) -> bool | None:
    """The first start's question, as startup.py's Protect step asks it: None when not
    needed, True when answered (and, if protected, the recovery key shown and ticked), False
    when the person closed it (the start stops; nothing was written)."""
    if not first_start_needed(folder):
        return None
    dialog = ProtectDialog(folder, FIRST)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        key = getattr(dialog, "recovery_key", None)
    finally:
        dialog.deleteLater()
    if key:
        shown = RecoveryKeyDialog(folder, key)
        try:
            shown.exec()
        finally:
            shown.deleteLater()
    return True
