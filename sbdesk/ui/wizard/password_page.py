"""Step 2 — 添加: the owner's 亲情服务 password; set it the first time.

On the phone this step asks for the e-card password. sbdesk cannot check that offline and
should never be handed it, so it keeps a password of its own for the service, called the
亲情服务密码 in every text, and only a hash of it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWizardPage

from ...services import qinqing
from ...services.errors import InputError
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text
from .completion import Completion
from .reserve import MessageLine


class PasswordPage(Completion, Retranslating, QWizardPage):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.first_time = False
        self.verified = False  # passed in this session: from here on, leaving asks about a draft
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.again = QLineEdit(self)
        self.again.setObjectName("passwordAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(64)
            edit.textChanged.connect(self.update_complete)
        self.labels = (Label(self), Label(self))
        self.labels[0].setBuddy(self.password)
        self.labels[1].setBuddy(self.again)
        self.about = Label(self)
        self.about.setObjectName("passwordAbout")
        self.about.setWordWrap(True)
        self.error = MessageLine(self)
        self.error.setObjectName("passwordError")
        form = QFormLayout()
        form.addRow(self.labels[0], self.password)
        form.addRow(self.labels[1], self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.about)
        layout.addStretch(1)
        self.retranslate()

    def owner(self):
        return self.wizard().owner()

    def first_field(self):
        return self.password

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
        w = self.wizard()
        home = bool(w and w.at_home)
        owner = w.owner() if w else None
        name = owner.name if owner else ""
        self.setTitle(self.tr("Step 2 of 6 — 添加: the 亲情服务 password"))
        rule = self.desk.policy.password
        if self.first_time:
            self.setSubTitle(
                (
                    self.tr("No 亲情服务 password has been set for {owner} yet: choose one (at least {n} characters).")
                    if home
                    else self.tr("{owner} has no 亲情服务 password yet: let them choose one (at least {n} characters).")
                ).format(owner=name, n=rule.min_length)
            )
            self.labels[0].setText(self.tr("New 亲情服务 &password"))
        else:
            self.setSubTitle(
                (
                    self.tr("Type the 亲情服务 password of {owner}. {n} wrong tries lock it for {m} minutes.")
                    if home
                    else self.tr("Ask {owner} to type the 亲情服务 password. {n} wrong tries lock it for {m} minutes.")
                ).format(owner=name, n=rule.max_tries, m=rule.lock_minutes)
            )
            self.labels[0].setText(self.tr("亲情服务 &password"))
        self.labels[1].setText(self.tr("亲情服务 password &again"))
        self.about.setText(
            self.tr(
                "On the phone this step asks for the e-card password. This window keeps a 亲情服务 password of its "
                "own instead: never type the e-card password here. Only a value that cannot be turned back into "
                "the password is kept."
            )
        )
        self.password.setAccessibleName(self.labels[0].text().replace("&", ""))
        self.again.setAccessibleName(self.labels[1].text().replace("&", ""))

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
        self.verified = True
        return True
