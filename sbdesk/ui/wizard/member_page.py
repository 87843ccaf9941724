"""Step 4 — 添加亲情账户: the member's name, 社保号码 and relationship, checked as typed,
with the identity credential (front, and back where it has one) and, under the policy's age,
a frontal face photo. The checks are the 亲情服务's own, not 家庭共济's: the service is for the
relative's own e-card and shares nothing; where sources disagree (the face photo's age, how
many relatives) the page shows each with its source. The member's 统筹区 is suggested from the member's own ID number, never copied
from the owner's (relatives often live elsewhere); until then it stays empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.attachments import Attachment
from ...domain.idnumber import mask
from ...domain.models import INSURANCE
from ...services import qinqing
from ...services.errors import InputError
from ..channels.decision_view import DecisionView
from ..common import dialogs
from ..common.guard import guarded
from ..common.plain import Label, tip
from ..common.region_pick import RegionFollower, RegionPicker
from ..common.relation_pick import RelationPicker
from ..common.retranslate import Retranslating
from ..common.texts import error_text, insurance_label, problem_text
from ..common.widgets import id_number_field
from . import about
from .completion import Completion
from .picture import PictureDialog
from .reserve import MessageLine
from .thumbs import Thumbnail

FIELDS = ("name", "id_number", "relation", "region", "insurance")
SLOTS = ("credential", "credential_back", "face_photo")  # upload rows: (kind, side) below
SLOT_FILE = {
    "credential": ("credential", "front"),
    "credential_back": ("credential", "back"),
    "face_photo": ("face_photo", ""),
}


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
        self.relation = RelationPicker(self, lambda: desk.policy.allowed_relations("", desk.today()))
        self.relation.setObjectName("memberRelation")
        self.region = self._region_box(desk)
        self.insurance = QComboBox(self)
        self.insurance.setObjectName("memberInsurance")
        for kind in INSURANCE:
            self.insurance.addItem("", kind)
        self.insurance.insertItem(0, "", None)  # 请选择: no kind is assumed, the member is asked
        self.insurance.setCurrentIndex(0)
        self.inputs: dict[str, QLineEdit | QComboBox] = {
            "name": self.name,
            "id_number": self.id_number,
            "relation": self.relation,
            "region": self.region,
            "insurance": self.insurance,
        }
        self.labels = {k: Label(self) for k in FIELDS}
        self.errors = {
            k: MessageLine(self, 2 if k == "id_number" else 1) for k in FIELDS + SLOTS
        }  # a check digit's message takes two
        for key, line in self.errors.items():
            line.setObjectName(f"{key}Error")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 长辈模式: a long label goes above its field
        for key in FIELDS:
            self.labels[key].setBuddy(self.inputs[key])
            self.labels[key].setWordWrap(True)  # 长辈模式 in a small window: the label wraps, the field stays wide
            form.addRow(self.labels[key], self.inputs[key])
            form.addRow(self.errors[key])  # under its field, the page's whole width: fewer lines to wrap
        self.decision = DecisionView(self, kind="qinqing")  # adding a relative's own e-card, not sharing
        self.decision.setObjectName("memberDecision")
        self.rules = Label(self)  # the rules stated, with what each source says where they differ
        self.rules.setObjectName("memberRules")
        self.rules.setWordWrap(True)
        self.rules.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long sources wrap
        self.decision.setFixedHeight(
            130
        )  # fixed (to the font, see _fit): a longer list scrolls, the fields below stay put
        self.upload = {k: QPushButton(self) for k in SLOTS}
        self.file_label = {k: Label(self) for k in SLOTS}
        self.thumb = {k: Thumbnail(self) for k in SLOTS}
        for key, button in self.upload.items():
            button.setObjectName(f"{key}Upload")
            button.clicked.connect(lambda _=False, k=key: self.choose(k))
            self.file_label[key].setObjectName(f"{key}File")
            self.file_label[key].setWordWrap(True)
            # a long file name must not widen the page past the window: it wraps or is cut, the tooltip has it all
            self.file_label[key].setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.thumb[key].setObjectName(f"{key}Thumb")
            self.thumb[key].opened.connect(lambda k=key: self.open_picture(k))
        self.confirm_by_eye = QCheckBox(self)
        self.confirm_by_eye.setObjectName("faceConfirmByEye")
        self.confirm_by_eye.toggled.connect(self.validate)  # confirmed by eye: the under-16 line passes
        self.confirm_unusual = QCheckBox(self)  # the birth dates make the relation unusual
        self.confirm_unusual.setObjectName("memberConfirmUnusual")
        self.confirm_unusual.setVisible(False)
        self.confirm_unusual.toggled.connect(self.validate)
        self.files = QGridLayout()
        self.files_wide: bool | None = None
        self.arrange_files(True)
        body = QWidget(self)  # scrolls in 长辈模式 or a small window instead of squeezing the fields
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addWidget(self.decision)
        column.addWidget(self.rules)
        column.addLayout(self.files)
        column.addWidget(self.confirm_by_eye)
        column.addWidget(self.confirm_unusual)
        column.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("memberScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # wraps, never scrolls sideways
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
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
        self.region_follower = RegionFollower(self.region, self.id_number, lambda: desk.catalogue, self.member_id_text)
        self.retranslate()

    def arrange_files(self, wide: bool) -> None:
        """Front and back side by side with the face photo below them; one under the other
        when the page is too narrow for that (长辈模式 in a small window)."""
        if wide == self.files_wide:
            return
        self.files_wide = wide
        grid = self.files
        for key in SLOTS:
            for widget in (self.upload[key], self.thumb[key], self.file_label[key], self.errors[key]):
                grid.removeWidget(widget)
        places = (
            (("credential", 0, 0, 1), ("credential_back", 0, 3, 1), ("face_photo", 2, 0, 4))
            if wide
            else (("credential", 0, 0, 1), ("credential_back", 2, 0, 1), ("face_photo", 4, 0, 1))
        )
        for key, row, col, span in places:
            grid.addWidget(self.upload[key], row, col)
            grid.addWidget(self.thumb[key], row, col + 1, 2, 1)
            grid.addWidget(self.file_label[key], row, col + 2, 1, span)
            grid.addWidget(self.errors[key], row + 1, col + 2, 1, span)
        for col in range(6):
            grid.setColumnStretch(col, 1 if col in (2, 5) and (wide or col == 2) else 0)

    def _fit(self) -> None:
        """Sizes that follow the font (长辈模式) and the page's width."""
        fm = self.fontMetrics()
        for thumb in self.thumb.values():
            thumb.fit(fm.lineSpacing())
        self.decision.setFixedHeight(7 * fm.lineSpacing() + 2 * self.decision.frameWidth() + 4)
        button = max(self.upload[k].sizeHint().width() for k in SLOTS)
        self.arrange_files(self.width() >= 2 * (button + self.thumb["credential"].width() + 16 * fm.averageCharWidth()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit()

    def _region_box(self, desk) -> RegionPicker:
        """The member's region picker; it starts empty: nothing is known about the member's
        region before their ID number."""
        box = RegionPicker(lambda: desk.catalogue, self, desk.region_use)  # a name, pinyin initials (css) or a code
        box.setObjectName("memberRegion")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)  # not as wide as the longest of 400 names
        return box

    def first_field(self):
        """The first field still empty (the name, unless prefilled)."""
        for widget in (self.name, self.id_number):
            if not widget.text().strip():
                return widget
        return self.relation if self.relation.currentData() is None else self.name

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
        self.region_follower.update()  # a number already typed suggests its own region
        self.validate()
        self.first_field().setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 4 of 6 — 添加亲情账户"))
        limit = self.desk.policy.face_photo_under
        self.setSubTitle(
            self.tr(
                "Enter the family member's name, 社保号码 and relationship, and upload an "
                "identity credential (under {limit}: also a frontal face photo)."
            ).format(limit=limit)
        )
        self.rules.setText(about.rules_text(limit))
        self.decision.set_info([about.not_sharing()])
        texts = {
            "name": self.tr("Na&me"),
            "id_number": self.tr("社保号码 (&ID number)"),
            "relation": self.tr("&Relationship (the relative to the holder)"),
            "region": self.tr("Insured in (统筹区)"),
            "insurance": self.tr("In&surance"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.inputs[key].setAccessibleName(text.replace("&", ""))
        self.insurance.setItemText(0, self.tr("— choose —"))
        for i, kind in enumerate(INSURANCE, start=1):
            self.insurance.setItemText(i, insurance_label(kind))
        self.upload["credential"].setText(self.tr("&Credential, front…"))
        self.upload["credential_back"].setText(self.tr("Credential, bac&k…"))
        self.upload["face_photo"].setText(self.tr("Upload &face photo…"))
        self.credential_hint = self.tr(
            "An identity credential of the member (ID card, 户口簿 page or birth "
            "certificate): the front, and the back where it has one."
        )
        self.upload["credential"].setToolTip(self.credential_hint)
        self.upload["credential_back"].setToolTip(self.credential_hint)
        for key in SLOTS:
            self.thumb[key].setAccessibleName(
                self.tr("Thumbnail: {what}").format(what=self.upload[key].text().replace("&", "").rstrip("…"))
            )
            self.thumb[key].setToolTip(
                self.tr("Click to see it at full size. Opening a picture kept on record is logged.")
            )
            if self.wizard() is not None and key in self.wizard().files:
                self.show_file(key, self.wizard().files[key])
        for button in self.upload.values():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.decision.setAccessibleName(self.tr("Whether the family account may be added, and why"))
        self.confirm_by_eye.setText(self.tr("I have looked: the photo shows the child's face from the front"))
        self.confirm_unusual.setText(
            self.tr("I have checked the documents: the unusual relationship is real (recorded in the audit log)")
        )
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
                self.desk,
                owner,
                name=self.name.text(),
                id_number=self.member_id_text(),
                relation=self.relation.currentData(),
                region=self.region.currentData() or "",
                insurance=self.insurance.currentData(),
                confirm_unusual=self.confirm_unusual.isChecked(),
                face_photo_passed=self.face_photo_passed(),
            )
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
            typed = not isinstance(widget, QLineEdit) or bool(widget.text())
            if key == "region" and not self.id_number.text().strip():
                typed = False  # the region follows the ID number: nothing to say before it
            if key == "insurance" and self.insurance.currentData() is None:
                typed = bool(
                    self.name.text().strip() or self.id_number.text().strip()
                )  # 请选择: said once typing began
            self._say(key, "\n".join(by_field.get(key, [])) if typed else "")
        self.decision.show_decision(self.check.decision)
        decision = self.check.decision
        self.confirm_unusual.setVisible(
            bool(decision) and (decision.requires("confirm_unusual") or self.confirm_unusual.isChecked())
        )
        needs = self.check.needs_face_photo
        for shown in (
            self.upload["face_photo"],
            self.file_label["face_photo"],
            self.thumb["face_photo"],
            self.errors["face_photo"],
        ):
            shown.setVisible(needs)
        if not needs:
            self._say("face_photo", "")
        self.confirm_by_eye.setVisible(needs and w.face_note is not None)
        if self.check.on_record and self.check.person is not None:  # what the record says, not a guess
            self.region.setCurrentIndex(self.region.findData(self.check.person.region_code))
            self.insurance.setCurrentIndex(self.insurance.findData(self.check.person.insurance))
        self.region.setEnabled(not self.check.on_record)
        self.insurance.setEnabled(not self.check.on_record)
        self.update_complete()

    def face_photo_passed(self) -> bool:
        """The under-16 photo is in and passed: found one frontal face, or confirmed by eye."""
        w = self.wizard()
        return bool(w and "face_photo" in w.files and (w.face_note is None or self.confirm_by_eye.isChecked()))

    def choose(self, slot: str) -> None:
        filters = (
            self.tr("Images or PDF (*.jpg *.jpeg *.png *.pdf)")
            if slot != "face_photo"
            else self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        path = dialogs.open_path(self, self.upload[slot].text().replace("&", "").rstrip("…"), filters)
        if path:
            self.attach(slot, path)

    def show_file(self, slot: str, item: Attachment | None, passed: str = "") -> None:
        """The file's name, size and digest beside its thumbnail; ``passed`` what its check found."""
        self.thumb[slot].show_item(item)
        if item is None:
            self.file_label[slot].clear()
            self.file_label[slot].setToolTip("")
            return
        text = self.tr("{name} ({kb} KB)").format(name=item.filename, kb=max(1, item.size // 1024))
        self.file_label[slot].setText(text + (f"  ✓ {passed}" if passed else ""))
        w = self.wizard()
        self.file_label[slot].setToolTip(  # a hash means something to a desk, nothing to a home user
            tip(
                text
                if w is not None and w.at_home
                else self.tr("{name}: {kb} KB, SHA-256 {digest}").format(
                    name=item.filename, kb=max(1, item.size // 1024), digest=item.sha256
                )
            )
        )

    def open_picture(self, slot: str) -> PictureDialog | None:
        """The file at full size. One read back from the record (a resumed application) is
        stored data: read through qinqing.open_picture, which audits the look; one taken in
        this wizard is not stored yet, so nothing is recorded."""
        w = self.wizard()
        item = w.files.get(slot) if w is not None else None
        if item is None:
            return None
        if w.app_id and w.stored.get(slot) == item.sha256:
            app_id, kind, side = w.app_id, item.kind, item.side
            item = guarded(self, lambda: qinqing.open_picture(self.desk, app_id, kind, side))
            if item is None:
                return None
        what = self.upload[slot].text().replace("&", "").rstrip("…")
        dialog = PictureDialog(item, self.tr("{what}: {name}").format(what=what, name=item.filename), self)
        dialog.open()
        return dialog

    def attach(self, slot: str, path: str) -> None:
        w = self.wizard()
        kind, side = SLOT_FILE[slot]
        try:
            item, note = qinqing.read_attachment(self.desk, kind, path, side)
        except InputError as exc:
            w.files.pop(slot, None)
            self.show_file(slot, None)
            self._say(slot, error_text(exc))
            if slot == "face_photo":
                w.face_note = None
            self.validate()
            return
        w.files[slot] = item
        self._say(slot, "")
        passed = ""
        if slot == "face_photo":
            unchecked = note is not None and note.code == "face.unchecked"
            w.face_note = note if unchecked else None
            self.confirm_by_eye.setChecked(False)
            self._say(slot, problem_text(note) if unchecked else "")
            passed = problem_text(note) if note and not unchecked else ""
        self.show_file(slot, item, passed)
        self.validate()

    def ready(self) -> bool:
        w = self.wizard()
        if w is None or not (self.check and self.check.ok and "credential" in w.files):
            return False
        if self.check.needs_face_photo:
            return self.face_photo_passed()
        return True
