"""Step 2 — 添加: verify the owner's e-card (service) password; set it the first time."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from ...services import qinqing
from ...services.errors import InputError
from ..common.retranslate import Retranslating
from ..common.widgets import ErrorLabel
from .completion import Completion
from ..common.texts import error_text


class PasswordPage(Completion, Retranslating, QWizardPage):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.first_time = False
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.again = QLineEdit(self)
        self.again.setObjectName("passwordAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(64)
            edit.textChanged.connect(self.update_complete)
        self.labels = (QLabel(self), QLabel(self))
        self.labels[0].setBuddy(self.password)
        self.labels[1].setBuddy(self.again)
        self.error = ErrorLabel(self)
        self.error.setObjectName("passwordError")
        form = QFormLayout()
        form.addRow(self.labels[0], self.password)
        form.addRow(self.labels[1], self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def owner(self):
        return self.wizard().owner()

    def initializePage(self) -> None:  # noqa: N802
        self.first_time = not qinqing.has_password(self.desk, self.owner())
        self.password.clear()
        self.again.clear()
        self.error.clear()
        self.again.setVisible(self.first_time)
        self.labels[1].setVisible(self.first_time)
        self.retranslate()
        self.update_complete()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 2 of 6 — 添加: verify the password"))
        if self.first_time:
            self.setSubTitle(self.tr("This owner has no service password yet: choose one (at least {n} "
                                     "characters). Only a scrypt hash is kept.").format(n=self.desk.policy.password.min_length))
            self.labels[0].setText(self.tr("New &password"))
        else:
            self.setSubTitle(self.tr("Ask the owner to type their e-card password. {n} wrong tries lock the "
                                     "service for {m} minutes.").format(n=self.desk.policy.password.max_tries,
                                                                        m=self.desk.policy.password.lock_minutes))
            self.labels[0].setText(self.tr("&Password"))
        self.labels[1].setText(self.tr("&Again"))
        self.password.setAccessibleName(self.labels[0].text().replace("&", ""))
        self.again.setAccessibleName(self.tr("Password again"))

    def ready(self) -> bool:
        return bool(self.password.text()) and (not self.first_time or bool(self.again.text()))

    def validatePage(self) -> bool:  # noqa: N802
        try:
            if self.first_time:
                qinqing.set_password(self.desk, self.owner(), self.password.text(), self.again.text())
            else:
                qinqing.verify_password(self.desk, self.owner(), self.password.text())
        except InputError as exc:
            self.error.setText(error_text(exc))
            self.password.selectAll()
            self.password.setFocus()
            return False
        except Exception as exc:  # noqa: BLE001 - a locked or damaged database: a sentence, not a traceback
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        return True
