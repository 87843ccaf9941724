"""The e-card 亲情服务 as a wizard, one page per real step.

Where it runs decides its words (``place``): at a counter a clerk drives it and records what
they saw; at home the card holder drives it and the added person does the face recognition on
their own phone. Leaving early asks: save a draft, discard, or go on filling it in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWizard

from ...domain.messages import Problem
from ...domain.qinqing import Application
from ...services import qinqing
from .. import screen_fit
from ..common.guard import guarded
from ..common.retranslate import Retranslating
from ..common.texts import problem_text
from ..common.widgets import replace as replace_widget
from .done_page import DonePage
from .face_page import FacePage
from .host import WizardHost
from .member_page import MemberPage
from .notice_page import NoticePage
from .password_page import PasswordPage
from .start_page import StartPage

STEP_OF_PAGE = ("start", "password", "notice", "member", "face", "done")
PLACES = ("counter", "home")  # Settings.place: a clerk at a branch or hospital desk, or a person at home


class QinqingWizard(Retranslating, WizardHost):
    drafted = Signal(object)  # Application kept as a draft
    finished_ok = Signal(object)  # Application submitted (opened or pending)
    person_added = Signal(object)  # Changes: a card holder added on the first page

    def __init__(self, desk, language, parent=None, place: str = "counter") -> None:
        super().__init__(parent)
        self.setObjectName("qinqingWizard")
        self.desk = desk
        self.place = place if place in PLACES else "counter"
        self.notice_agreed = False  # a resumed application whose notice was agreed before skips it
        self.resume_step = ""  # the step a resumed application stopped at
        self.leave_box: QMessageBox | None = None
        self.files: dict = {}
        self.stored: dict[str, str] = {}  # slot → SHA-256 of a file read back from the record (resumed)
        self.face_note: Problem | None = None
        self.submitted: Application | None = None  # not ``result``: that would hide QDialog.result()
        self.app_id: int | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setTitleFormat(Qt.TextFormat.PlainText)  # subtitles name the owner and the member: never markup
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # named *_page: a plain ``done`` attribute would hide QDialog.done() from Qt
        self.start_page, self.password_page = StartPage(desk, self), PasswordPage(desk, self)
        self.notice_page, self.member_page = NoticePage(desk, language, self), MemberPage(desk, self)
        self.face_page, self.done_page = FacePage(desk, self), DonePage(desk, self)
        self.page_id = {}
        for page in (
            self.start_page,
            self.password_page,
            self.notice_page,
            self.member_page,
            self.face_page,
            self.done_page,
        ):
            self.page_id[page] = self.addPage(page)
        self.start_page.person_added.connect(self.person_added)
        self.currentIdChanged.connect(
            lambda _: QTimer.singleShot(0, self, self.focus_first_field)
        )  # not after deletion
        self.fit_to_font()
        self.retranslate()
        for page in self.page_id:  # now that each page knows its wizard: the words for this place
            page.retranslate()

    def fit_to_font(self) -> None:
        """Larger with a larger font (长辈模式), within the screen: the fields keep their room."""
        line = self.fontMetrics().height()
        self.resize(max(760, 45 * line), max(640, 38 * line))
        screen_fit.clamp(self)  # within the screen's free area (853×533 at 150 %), frame included

    def focus_first_field(self) -> None:
        """Each page starts where a person types first (Next stays the default button for Enter)."""
        page = self.currentPage()
        first = getattr(page, "first_field", None)
        widget = first() if first else None
        if widget is not None:
            widget.setFocus()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """A resumed application goes on where it stopped once the password is verified again:
        past a notice already agreed to the member, and to the face step when it stopped there
        and the member's details still pass (a confirmation asked again keeps the member page)."""
        if self.currentPage() is self.password_page and self.notice_agreed:
            if self.resume_step == "face" and self.member_page.ready():
                return self.page_id[self.face_page]
            return self.page_id[self.member_page]
        return super().nextId()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("电子社保卡亲情服务 — add a family account"))

    # -- state shared by the pages ----------------------------------------------------
    def owner(self):
        return self.start_page.owner

    def application(self, **changes) -> Application:
        m = self.member_page
        app = Application(
            self.app_id,
            self.owner().id,
            member_name=m.name.text().strip(),
            member_id_number=m.member_id_text(),
            relation=m.relation.currentData() or "",
            member_region=m.region.currentData() or "",
            member_insurance=m.insurance.currentData() or "",  # "": not asked yet
            step=STEP_OF_PAGE[max(self.currentId(), 0)],
        )
        return replace(app, **changes)

    # -- entry points ---------------------------------------------------------------------
    def prefill(self, owner=None, member=None, relation: str | None = None) -> None:
        """From the e-card channel page: both people known, start at the password."""
        if owner:
            self.start_page.show_owner(owner.id)
        if member:
            self.member_page.name.setText(member.name)
            self.member_page.set_known_id(member.id_number)
        if relation:
            self.member_page.relation.setCurrentIndex(self.member_page.relation.findData(relation))

    def resume(self, app_id: int) -> None:
        app, items = qinqing.load_unfinished(self.desk, app_id)
        self.app_id = app.id
        self.notice_agreed = app.status == "pending_face" or app.step in ("member", "face", "done")
        self.resume_step = "face" if app.status == "pending_face" else app.step
        self.start_page.show_owner(app.owner_id)
        self.member_page.name.setText(app.member_name)
        if app.member_id_number:
            self.member_page.set_known_id(app.member_id_number)
        if app.relation:
            self.member_page.relation.setCurrentIndex(self.member_page.relation.findData(app.relation))
        if app.member_region:
            self.member_page.region.setCurrentIndex(self.member_page.region.findData(app.member_region))
        self.member_page.insurance.setCurrentIndex(
            max(0, self.member_page.insurance.findData(app.member_insurance or None))
        )
        self.files = {x.slot: x for x in items}
        self.stored = {x.slot: x.sha256 for x in items}
        for slot, item in self.files.items():
            if slot in self.member_page.upload:
                self.member_page.show_file(slot, item)
        photo = self.files.get("face_photo")
        if photo is not None:  # the by-eye confirmation is asked for again, never carried over
            note = guarded(self, lambda: qinqing.face_check(photo))
            self.face_note = note if note is not None and note.code == "face.unchecked" else None
            if note is not None and note.code == "face.one":
                self.member_page.show_file("face_photo", photo, problem_text(note))
        self.member_page.validate()  # its answer decides whether the face step is next (nextId)

    def cleanupPage(self, page_id: int) -> None:  # noqa: N802
        """Going back keeps what was typed (Qt's default would blank the page)."""

    # -- leaving early ------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Esc or the close box. Before the password is verified nothing was entered
        that a draft should keep, so the wizard just closes; after it, it asks: save a draft
        (never a binding), discard, or go on filling it in (also Esc on the question)."""
        if self.submitted is not None or self.owner() is None or not self.password_page.verified:
            super().reject()
            return
        box = self.leave_box = replace_widget(self.leave_box, QMessageBox(self))
        box.setObjectName("leaveQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the 亲情服务 application?"))
        box.setText(
            self.tr("Save what was entered as a draft to finish later, discard it, or continue filling it in?")
            if self.app_id is None
            else self.tr(
                "Save the changes to the draft, discard them (the draft saved before stays as it "
                "was), or continue filling it in?"
            )
        )
        save = box.addButton(self.tr("&Save draft"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("leaveSave")
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("leaveDiscard")
        stay = box.addButton(self.tr("&Continue filling in"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("leaveContinue")
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.buttonClicked.connect(
            lambda button: self._leave("save" if button is save else "discard" if button is discard else "continue")
        )
        box.open()

    def _leave(self, answer: str) -> None:
        if answer == "continue":
            return
        if answer == "save":
            kept = guarded(self, lambda: qinqing.save_draft(self.desk, self.application(), list(self.files.values())))
            if kept is None:  # not saved: the sentence was shown, the wizard stays open
                return
            self.app_id = kept.id
            self.drafted.emit(kept)
        super().reject()

    def accept(self) -> None:
        super().accept()
        if self.submitted is not None:
            self.finished_ok.emit(self.submitted)
