"""The e-card 亲情服务 as a wizard, one page per real step. Closing it early keeps a draft."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from ...domain.messages import Problem
from ...domain.qinqing import Application
from ...services import qinqing
from ..common.guard import guarded
from ..common.retranslate import Retranslating
from .done_page import DonePage
from .face_page import FacePage
from .member_page import MemberPage
from .notice_page import NoticePage
from .password_page import PasswordPage
from .start_page import StartPage

STEP_OF_PAGE = ("start", "password", "notice", "member", "face", "done")


class QinqingWizard(Retranslating, QWizard):
    drafted = Signal(object)   # Application kept as a draft
    finished_ok = Signal(object)  # Application submitted (opened or pending)

    def __init__(self, desk, language, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("qinqingWizard")
        self.desk = desk
        self.files: dict = {}
        self.face_note: Problem | None = None
        self.submitted: Application | None = None  # not ``result``: that would hide QDialog.result()
        self.app_id: int | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # named *_page: a plain ``done`` attribute would hide QDialog.done() from Qt
        self.start_page, self.password_page = StartPage(desk, self), PasswordPage(desk, self)
        self.notice_page, self.member_page = NoticePage(desk, language, self), MemberPage(desk, self)
        self.face_page, self.done_page = FacePage(desk, self), DonePage(desk, self)
        for page in (self.start_page, self.password_page, self.notice_page, self.member_page, self.face_page,
                     self.done_page):
            self.addPage(page)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("电子社保卡亲情服务 — add a family account"))

    # -- state shared by the pages ----------------------------------------------------
    def owner(self):
        return self.start_page.owner

    def application(self, **changes) -> Application:
        m = self.member_page
        app = Application(self.app_id, self.owner().id, member_name=m.name.text().strip(),
                          member_id_number=m.member_id_text(), relation=m.relation.currentData() or "",
                          member_region=m.region.currentData() or "", member_insurance=m.insurance.currentData(),
                          step=STEP_OF_PAGE[max(self.currentId(), 0)])
        return replace(app, **changes)

    # -- entry points ---------------------------------------------------------------------
    def prefill(self, owner=None, member=None, relation: str | None = None) -> None:
        """From the e-card channel page: both people known, start at the password."""
        if owner:
            self.start_page.key.setText(f"#{owner.id}")  # the row id: the full number is not shown
        if member:
            self.member_page.name.setText(member.name)
            self.member_page.set_known_id(member.id_number)
        if relation:
            self.member_page.relation.setCurrentIndex(self.member_page.relation.findData(relation))

    def resume(self, app_id: int) -> None:
        app, items = qinqing.load(self.desk, app_id)
        self.app_id = app.id
        self.start_page.key.setText(f"#{app.owner_id}")
        self.member_page.name.setText(app.member_name)
        if app.member_id_number:
            self.member_page.set_known_id(app.member_id_number)
        if app.relation:
            self.member_page.relation.setCurrentIndex(self.member_page.relation.findData(app.relation))
        if app.member_region:
            self.member_page.region.setCurrentIndex(self.member_page.region.findData(app.member_region))
        self.member_page.insurance.setCurrentIndex(self.member_page.insurance.findData(app.member_insurance))
        self.files = {x.kind: x for x in items}
        for kind, item in self.files.items():
            if kind in self.member_page.file_label:
                self.member_page.file_label[kind].setText(item.filename)
        photo = self.files.get("face_photo")
        if photo is not None:  # the by-eye confirmation is asked for again, never carried over
            note = guarded(self, lambda: qinqing.face_check(photo))
            self.face_note = note if note is not None and note.code == "face.unchecked" else None

    def cleanupPage(self, page_id: int) -> None:  # noqa: N802
        """Going back keeps what was typed (Qt's default would blank the page)."""

    # -- leaving early ------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Esc or the close box: keep what was entered as a draft, never a binding."""
        if self.submitted is None and self.owner() is not None:
            kept = guarded(self, lambda: qinqing.save_draft(self.desk, self.application(), list(self.files.values())))
            if kept:
                self.app_id = kept.id
                self.drafted.emit(kept)
        super().reject()

    def accept(self) -> None:
        super().accept()
        if self.submitted is not None:
            self.finished_ok.emit(self.submitted)
