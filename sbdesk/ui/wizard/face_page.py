"""Step 5 — the member's face recognition (人脸识别).

What the e-card really does (长沙县人民政府 2024-12-04, "二、亲情服务",
https://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs007-/2024-1204001.htm; the seed
article's step 4): in the card holder's 电子社保卡 亲情服务, after the credential is uploaded,
the person being added passes a face recognition themselves, in front of the phone's camera.
This window cannot do or check that; it only records that it passed and when. At home the
record is the member's own (no clerk words); at a counter the clerk also records who saw it.
Without it the application waits (pending)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ...services import qinqing
from ...services.errors import InputError
from ..common import dialogs
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text
from .completion import Completion
from .reserve import MessageLine


class FacePage(Completion, Retranslating, QWizardPage):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.explain = Label(self)
        self.explain.setObjectName("faceExplain")
        self.explain.setWordWrap(True)
        self.performed = QCheckBox(self)
        self.performed.setObjectName("facePerformed")
        self.performed.toggled.connect(self._toggled)
        self.operator = QLineEdit(self)  # at a counter: who saw it pass
        self.operator.setObjectName("faceOperator")
        self.operator.textChanged.connect(self.update_complete)
        self.operator_label = Label(self)
        self.operator_label.setBuddy(self.operator)
        self.when = Label(self)
        self.when.setObjectName("faceTime")
        self.when_label = Label(self)
        self.capture = QPushButton(self)
        self.capture.setObjectName("faceCaptureUpload")
        self.capture.clicked.connect(self.choose_capture)
        self.capture_label = Label(self)
        self.capture_label.setObjectName("faceCaptureFile")
        self.error = MessageLine(self)
        self.error.setObjectName("faceError")
        self.form = QFormLayout()
        self.form.addRow(self.operator_label, self.operator)
        self.form.addRow(self.when_label, self.when)
        row = QHBoxLayout()
        row.addWidget(self.capture)
        row.addWidget(self.capture_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.performed)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.performed_at: str | None = None
        self.retranslate()

    def at_home(self) -> bool:
        w = self.wizard()
        return bool(w and w.at_home)

    def member_name(self) -> str:
        w = self.wizard()
        return w.member_page.name.text().strip() if w else ""

    def first_field(self):
        return self.performed

    def initializePage(self) -> None:  # noqa: N802
        home = self.at_home()
        if not self.operator.text() and not home:
            self.operator.setText(self.desk.operator)
        self.form.setRowVisible(self.operator, not home)  # at home nobody else sees it: no clerk field
        self.error.clear()
        self.retranslate()

    def _toggled(self, on: bool) -> None:
        self.performed_at = datetime.now().astimezone().isoformat(timespec="seconds") if on else None
        self.when.setText(self.performed_at[:16].replace("T", " ") if self.performed_at else "—")
        for widget in (self.operator, self.capture):
            widget.setEnabled(on)
        self.setButtonText(
            QWizard.WizardButton.NextButton, self.tr("Rec&ord as done") if on else self.tr("Save as &pending")
        )
        self.update_complete()

    def retranslate(self) -> None:
        home, member = self.at_home(), self.member_name() or self.tr("the person being added")
        self.setTitle(self.tr("Step 5 of 6 — face recognition (人脸识别)"))
        self.setSubTitle(
            self.tr("{member} must pass the face recognition themselves; nobody can do it for them.").format(
                member=member
            )
        )
        if home:
            self.explain.setText(
                self.tr(
                    "On the phone where the 亲情服务 is being added (电子社保卡 → 我的 → 亲情服务), {member} faces the "
                    "camera and passes the face recognition. This window cannot do or check it: it only records that "
                    "it passed and when. If it has not passed yet, save the application as pending and finish it here "
                    "afterwards (family members tab, Resume 亲情服务); until then this window records it as waiting."
                ).format(member=member)
            )
            self.performed.setText(
                self.tr("{member} has passed the face &recognition on the phone").format(member=member)
            )
        else:
            self.explain.setText(
                self.tr(
                    "On the phone where the 亲情服务 is being added (电子社保卡 → 我的 → 亲情服务), {member} faces the "
                    "camera and passes the face recognition. This window cannot do or check it: record here that you "
                    "saw it pass, and who saw it. If {member} is not here, save the application as pending and finish "
                    "it later from the family members tab; until then this window records it as waiting."
                ).format(member=member)
            )
            self.performed.setText(self.tr("I saw {member} pass the face &recognition").format(member=member))
        self.performed.setAccessibleName(self.performed.text().replace("&", ""))
        self.operator_label.setText(self.tr("Seen by (&clerk)"))
        self.operator.setAccessibleName(self.tr("Seen by (clerk)"))
        self.when_label.setText(self.tr("Recorded at"))
        self.when.setAccessibleName(self.tr("Recorded at"))
        self.capture.setText(self.tr("Add a picture of the passed check (optional)…"))
        self.capture.setAccessibleName(self.tr("Add a picture of the passed check (optional)"))
        self._toggled(self.performed.isChecked())

    def ready(self) -> bool:
        return not self.performed.isChecked() or self.at_home() or bool(self.operator.text().strip())

    def choose_capture(self) -> None:
        path = dialogs.open_path(
            self, self.tr("Picture of the passed face recognition"), self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if not path:
            return
        try:
            item, _ = qinqing.read_attachment(self.desk, "face_capture", path)
        except InputError as exc:
            self.error.setText(error_text(exc))
            return
        self.wizard().files["face_capture"] = item
        self.capture_label.setText(item.filename)
        self.error.clear()

    def verified_by(self) -> str:
        """Who the record names: at home the member, who did it; at a counter the clerk who saw it."""
        return self.member_name() if self.at_home() else self.operator.text().strip()

    def validatePage(self) -> bool:  # noqa: N802
        """The one write of the whole wizard."""
        w = self.wizard()
        on = self.performed.isChecked()
        if not on:
            w.files.pop("face_capture", None)
        try:
            w.submitted = qinqing.submit(
                self.desk,
                w.application(
                    face_verified_by=self.verified_by() if on else None,
                    face_verified_at=self.performed_at if on else None,
                ),
                list(w.files.values()),
                face_photo_confirmed=w.face_note is not None,
                confirm_unusual=w.member_page.confirm_unusual.isChecked(),
                place=w.place,
            )
        except Exception as exc:  # noqa: BLE001 - any failure is a sentence on the page; nothing was written
            self.error.setText(error_text(exc))
            return False
        return True
