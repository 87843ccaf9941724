"""Unfinished 亲情服务 applications in words a person knows, and their list under a person.

A draft kept when the wizard was left, or an application waiting for the member's face
recognition, is found again where people look: under the person in the family members tab
("未完成的申请：… 继续"), and in the line the window shows on start (ui/home_bar.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ...domain.qinqing import STEPS, Application
from ..common.plain import Label
from ..common.retranslate import Retranslating


def step_label(step: str) -> str:
    """Where the wizard stopped, as its page is titled."""
    names = {
        "start": QCoreApplication.translate("drafts", "whose e-card"),
        "password": QCoreApplication.translate("drafts", "the 亲情服务 password"),
        "notice": QCoreApplication.translate("drafts", "the notice"),
        "member": QCoreApplication.translate("drafts", "the family member's details"),
        "face": QCoreApplication.translate("drafts", "face recognition"),
        "done": QCoreApplication.translate("drafts", "done"),
    }
    number = STEPS.index(step) + 1 if step in STEPS else 1
    return QCoreApplication.translate("drafts", "step {n} of 6, {step}").format(n=number, step=names.get(step, step))


def describe(app: Application) -> str:
    """``#3 张伟 for 赵敏: stopped at step 4 of 6, the family member's details``."""
    member = app.member_name or QCoreApplication.translate("drafts", "a family member not named yet")
    where = (
        QCoreApplication.translate("drafts", "waiting for face recognition")
        if app.status == "pending_face"
        else QCoreApplication.translate("drafts", "stopped at {step}").format(step=step_label(app.step))
    )
    return QCoreApplication.translate("drafts", "#{id} {owner} for {member}: {where}").format(
        id=app.id, owner=app.owner_name, member=member, where=where
    )


class DraftsList(Retranslating, QWidget):
    """Under a person: each unfinished application with its Continue button (Tab reaches it;
    no access key, as there may be several)."""

    resume_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDrafts")
        self.apps: list[Application] = []
        self.caption = Label(self)
        self.caption.setObjectName("memberDraftsCaption")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(self.caption, 0, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.rows: list[tuple[Label, QPushButton]] = []
        self.hide()
        self.retranslate()

    def show_applications(self, apps: list[Application]) -> None:
        self.apps = list(apps)
        for label, button in self.rows:
            label.deleteLater()
            button.deleteLater()
        self.rows = []
        for i, app in enumerate(self.apps, start=1):
            label = Label(self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            label.setWordWrap(True)
            button = QPushButton(self)
            button.setObjectName(f"resumeDraft{app.id}")
            button.clicked.connect(lambda _=False, app_id=app.id: self.resume_requested.emit(app_id))
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(button, i, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.append((label, button))
        self.setVisible(bool(self.apps))
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Unfinished applications:"))
        for app, (label, button) in zip(self.apps, self.rows, strict=True):
            label.setText(describe(app))
            button.setText(self.tr("Continue…"))
            button.setAccessibleName(self.tr("Continue application #{id}").format(id=app.id))
