"""Step 5 — the member's face recognition. Offline it is recorded as performed, by whom and
when, with an optional photo; without it the application waits (pending)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWizard, QWizardPage)

from ...services import qinqing
from ...services.errors import InputError
from ..common import dialogs
from ..common.retranslate import Retranslating
from ..common.widgets import ErrorLabel
from .completion import Completion
from ..common.texts import error_text


class FacePage(Completion, Retranslating, QWizardPage):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.performed = QCheckBox(self)
        self.performed.setObjectName("facePerformed")
        self.performed.toggled.connect(self._toggled)
        self.operator = QLineEdit(self)
        self.operator.setObjectName("faceOperator")
        self.operator.textChanged.connect(self.update_complete)
        self.operator_label = QLabel(self)
        self.operator_label.setBuddy(self.operator)
        self.when = QLabel(self)
        self.when.setObjectName("faceTime")
        self.when_label = QLabel(self)
        self.capture = QPushButton(self)
        self.capture.setObjectName("faceCaptureUpload")
        self.capture.clicked.connect(self.choose_capture)
        self.capture_label = QLabel(self)
        self.error = ErrorLabel(self)
        self.error.setObjectName("faceError")
        form = QFormLayout()
        form.addRow(self.operator_label, self.operator)
        form.addRow(self.when_label, self.when)
        row = QHBoxLayout()
        row.addWidget(self.capture)
        row.addWidget(self.capture_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.performed)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.performed_at: str | None = None
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        if not self.operator.text():
            self.operator.setText(self.desk.operator)
        self.error.clear()
        self._toggled(self.performed.isChecked())

    def _toggled(self, on: bool) -> None:
        self.performed_at = datetime.now().astimezone().isoformat(timespec="seconds") if on else None
        self.when.setText(self.performed_at[:16].replace("T", " ") if self.performed_at else "—")
        for widget in (self.operator, self.capture):
            widget.setEnabled(on)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Open the service") if on else self.tr("Save as &pending"))
        self.update_complete()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 5 of 6 — face recognition (人脸识别)"))
        self.setSubTitle(self.tr("The family member must pass face recognition themselves."))
        self.explain.setText(self.tr(
            "Offline, the face recognition is recorded as done here: by whom and when, with a photo if "
            "you have one. If the member is not here, save the application as pending and finish it later "
            "from the family members tab; no binding is made until then."))
        self.performed.setText(self.tr("The member has p&assed face recognition"))
        self.performed.setAccessibleName(self.tr("The member has passed face recognition"))
        self.operator_label.setText(self.tr("Chec&ked by (operator)"))
        self.operator.setAccessibleName(self.tr("Checked by (operator)"))
        self.when_label.setText(self.tr("Time"))
        self.when.setAccessibleName(self.tr("Time"))
        self.capture.setText(self.tr("Add a p&hoto from the check…"))
        self.capture.setAccessibleName(self.tr("Add a photo from the check"))
        self._toggled(self.performed.isChecked())

    def ready(self) -> bool:
        return not self.performed.isChecked() or bool(self.operator.text().strip())

    def choose_capture(self) -> None:
        path = dialogs.open_path(self, self.tr("Photo from the face check"), self.tr("Photos (*.jpg *.jpeg *.png)"))
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

    def validatePage(self) -> bool:  # noqa: N802
        """The one write of the whole wizard."""
        w = self.wizard()
        on = self.performed.isChecked()
        if not on:
            w.files.pop("face_capture", None)
        try:
            w.submitted = qinqing.submit(self.desk, w.application(
                face_verified_by=self.operator.text().strip() if on else None,
                face_verified_at=self.performed_at if on else None), list(w.files.values()),
                face_photo_confirmed=w.face_note is not None,
                confirm_unusual=w.member_page.confirm_unusual.isChecked())
        except Exception as exc:  # noqa: BLE001 - any failure is a sentence on the page; nothing was written
            self.error.setText(error_text(exc))
            return False
        return True
