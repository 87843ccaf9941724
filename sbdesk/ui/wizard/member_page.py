"""Step 4 — 添加亲情账户: the member's name, 社保号码 and relationship, checked as typed,
with the identity credential and, under 16, a frontal face photo."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWizardPage)

from ...domain import relations
from ...domain.idnumber import mask
from ...domain.models import INSURANCE
from ...services import qinqing
from ...services.errors import InputError
from ..channels.decision_view import DecisionView
from ..common import dialogs
from ..common.retranslate import Retranslating
from ..common.region_pick import RegionFollower, searchable
from ..common.widgets import ErrorLabel, id_number_field
from .completion import Completion
from ..common.texts import error_text, insurance_label, problem_text, relation_label

FIELDS = ("name", "id_number", "relation", "region", "insurance")


class MemberPage(Completion, Retranslating, QWizardPage):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.check: qinqing.MemberCheck | None = None
        self.known_id = ""
        self.name = QLineEdit(self)
        self.name.setObjectName("memberName")
        self.id_number = id_number_field(QLineEdit(self))
        self.id_number.setObjectName("memberIdNumber")
        self.relation = QComboBox(self)
        self.relation.setObjectName("memberRelation")
        self.relation.addItem("", None)
        for kind in relations.KINDS:
            self.relation.addItem("", kind)
        self.region = QComboBox(self)
        self.region.setObjectName("memberRegion")
        self.region.setEditable(True)  # type a name, pinyin initials (css) or a code
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for r in desk.catalogue.regions:
            self.region.addItem(r.name if r.name.startswith(r.province) else f"{r.province} {r.name}", r.code)
        searchable(self.region, desk.catalogue)
        self.insurance = QComboBox(self)
        self.insurance.setObjectName("memberInsurance")
        for kind in INSURANCE:
            self.insurance.addItem("", kind)
        self.insurance.setCurrentIndex(INSURANCE.index("resident"))
        self.inputs: dict[str, QLineEdit | QComboBox] = {"name": self.name, "id_number": self.id_number, "relation": self.relation,
                       "region": self.region, "insurance": self.insurance}
        self.labels = {k: QLabel(self) for k in FIELDS}
        self.errors = {k: ErrorLabel(self) for k in FIELDS + ("credential", "face_photo")}
        form = QFormLayout()
        for key in FIELDS:
            self.labels[key].setBuddy(self.inputs[key])
            column = QVBoxLayout()
            column.addWidget(self.inputs[key])
            column.addWidget(self.errors[key])
            form.addRow(self.labels[key], column)
        self.decision = DecisionView(self)
        self.decision.setObjectName("memberDecision")
        self.decision.setMaximumHeight(150)
        self.upload = {k: QPushButton(self) for k in ("credential", "face_photo")}
        self.file_label = {k: QLabel(self) for k in ("credential", "face_photo")}
        for key, button in self.upload.items():
            button.setObjectName(f"{key}Upload")
            button.clicked.connect(lambda _=False, k=key: self.choose(k))
            self.file_label[key].setObjectName(f"{key}File")
            self.file_label[key].setWordWrap(True)
        self.confirm_by_eye = QCheckBox(self)
        self.confirm_by_eye.setObjectName("faceConfirmByEye")
        self.confirm_by_eye.toggled.connect(self.update_complete)
        self.confirm_unusual = QCheckBox(self)  # the birth dates make the relation unusual
        self.confirm_unusual.setObjectName("memberConfirmUnusual")
        self.confirm_unusual.setVisible(False)
        self.confirm_unusual.toggled.connect(self.validate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.decision)
        for key in ("credential", "face_photo"):
            row = QHBoxLayout()
            row.addWidget(self.upload[key])
            row.addWidget(self.file_label[key], 1)
            layout.addLayout(row)
            layout.addWidget(self.errors[key])
        layout.addWidget(self.confirm_by_eye)
        layout.addWidget(self.confirm_unusual)
        self.registerField("memberName*", self.name)
        self.registerField("memberIdNumber*", self.id_number)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.validate)
        self.name.textChanged.connect(self.timer.start)
        self.id_number.textChanged.connect(self.timer.start)
        for box in (self.relation, self.region, self.insurance):
            box.currentIndexChanged.connect(self.timer.start)
        self.region_follower = RegionFollower(self.region, self.id_number, lambda: desk.catalogue,
                                              self.member_id_text)
        self.retranslate()

    def set_known_id(self, number: str) -> None:
        """A number already on record is shown masked; typing over it enters a new one."""
        self.known_id = number
        self.id_number.setText(mask(number))

    def member_id_text(self) -> str:
        typed = self.id_number.text().strip()
        return self.known_id if self.known_id and typed == mask(self.known_id) else typed

    def _say(self, key: str, text: str) -> None:
        self.errors[key].setText(text)

    def initializePage(self) -> None:  # noqa: N802
        w = self.wizard()
        if self.region.currentIndex() < 0 or not self.id_number.text():
            self.region.setCurrentIndex(self.region.findData(w.owner().region_code))
        self.region_follower.update()  # a number already typed suggests its own region
        self.validate()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 4 of 6 — 添加亲情账户"))
        self.setSubTitle(self.tr("Enter the family member's name, 社保号码 and relationship, and upload an "
                                 "identity credential (under 16: also a frontal face photo)."))
        texts = {"name": self.tr("Na&me"), "id_number": self.tr("社保号码 (&ID number)"),
                 "relation": self.tr("&Relationship (the member is the owner's …)"),
                 "region": self.tr("Insured in (统筹区)"), "insurance": self.tr("In&surance")}
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.inputs[key].setAccessibleName(text.replace("&", ""))
        self.relation.setItemText(0, self.tr("— choose —"))
        for i in range(1, self.relation.count()):
            self.relation.setItemText(i, relation_label(self.relation.itemData(i)))
        for i, kind in enumerate(INSURANCE):
            self.insurance.setItemText(i, insurance_label(kind))
        self.upload["credential"].setText(self.tr("Upload identity &credential…"))
        self.upload["face_photo"].setText(self.tr("Upload &face photo…"))
        for button in self.upload.values():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.decision.setAccessibleName(self.tr("Whether they may share, and why"))
        self.confirm_by_eye.setText(self.tr("I have looked: the photo shows the child's face from the front"))
        self.confirm_unusual.setText(self.tr("I have checked the documents: the unusual relationship is real "
                                             "(recorded in the audit log)"))
        self.confirm_by_eye.setAccessibleName(self.confirm_by_eye.text())
        self.validate()

    # -- checking ------------------------------------------------------------------
    def validate(self) -> None:
        self.timer.stop()
        w = self.wizard()
        owner = w.owner() if w else None
        if owner is None:
            return
        try:
            self.check = qinqing.check_member(
                self.desk, owner, name=self.name.text(), id_number=self.member_id_text(),
                relation=self.relation.currentData(), region=self.region.currentData() or "",
                insurance=self.insurance.currentData(), confirm_unusual=self.confirm_unusual.isChecked())
        except Exception as exc:  # noqa: BLE001 - a database problem: say it, keep the page
            self.check = None
            self._say("name", error_text(exc))
            self.update_complete()
            return
        by_field: dict[str, list[str]] = {}
        for field, problem in self.check.problems:
            by_field.setdefault(field, []).append(problem_text(problem))
        for key in FIELDS:
            widget = self.inputs[key]
            typed = not isinstance(widget, QLineEdit) or widget.text()
            self._say(key, "\n".join(by_field.get(key, [])) if typed else "")
        self.decision.show_decision(self.check.decision)
        decision = self.check.decision
        self.confirm_unusual.setVisible(bool(decision) and (decision.requires("confirm_unusual")
                                                            or self.confirm_unusual.isChecked()))
        needs = self.check.needs_face_photo
        for shown in (self.upload["face_photo"], self.file_label["face_photo"]):
            shown.setVisible(needs)
        if not needs:
            self._say("face_photo", "")
        self.confirm_by_eye.setVisible(needs and w.face_note is not None)
        self.region.setEnabled(not self.check.on_record)
        self.insurance.setEnabled(not self.check.on_record)
        self.update_complete()

    def choose(self, kind: str) -> None:
        filters = self.tr("Images or PDF (*.jpg *.jpeg *.png *.pdf)") if kind == "credential" \
            else self.tr("Photos (*.jpg *.jpeg *.png)")
        path = dialogs.open_path(self, self.upload[kind].text().replace("&", "").rstrip("…"), filters)
        if path:
            self.attach(kind, path)

    def attach(self, kind: str, path: str) -> None:
        w = self.wizard()
        try:
            item, note = qinqing.read_attachment(self.desk, kind, path)
        except InputError as exc:
            w.files.pop(kind, None)
            self.file_label[kind].clear()
            self._say(kind, error_text(exc))
            if kind == "face_photo":
                w.face_note = None
            self.validate()
            return
        w.files[kind] = item
        self.file_label[kind].setText(self.tr("{name} ({kb} KB, SHA-256 {digest}…)").format(
            name=item.filename, kb=max(1, item.size // 1024), digest=item.sha256[:12]))
        self._say(kind, "")
        if kind == "face_photo":
            unchecked = note is not None and note.code == "face.unchecked"
            w.face_note = note if unchecked else None
            self.confirm_by_eye.setChecked(False)
            self._say(kind, problem_text(note) if unchecked else "")
            if note and not unchecked:
                self.file_label[kind].setText(self.file_label[kind].text() + "  ✓ " + problem_text(note))
        self.validate()

    def ready(self) -> bool:
        w = self.wizard()
        if w is None or not (self.check and self.check.ok and "credential" in w.files):
            return False
        if self.check.needs_face_photo:
            return "face_photo" in w.files and (w.face_note is None or self.confirm_by_eye.isChecked())
        return True
