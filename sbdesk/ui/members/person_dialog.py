"""Add or edit a person, with each problem shown under the field as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain import idnumber, region_suggest
from ...domain.idnumber import mask
from ...domain.messages import Problem
from ...domain.models import ACCOUNT_STATES, INSURANCE, Person
from ...services import people
from ...services.changes import PERSON, Changes
from ...services.desk import Desk
from ...services.errors import InputError, ServiceError, StoreError
from .. import screen_fit
from ..common import dialogs
from ..common.plain import Label
from ..common.region_pick import RegionFollower, RegionPicker
from ..common.retranslate import Retranslating
from ..common.texts import account_label, error_text, insurance_label, problem_text
from ..common.widgets import ErrorLabel, id_number_field

FIELDS = (
    "name",
    "id_number",
    "region",
    "insurance",
    "card_number",
    "computer_number",
    "ss_account",
    "financial_account",
)


class PersonDialog(Retranslating, QDialog):
    saved = Signal(object)  # the Person written

    def __init__(
        self,
        desk: Desk,
        person: Person | None = None,
        parent: QWidget | None = None,
        focus: str = "name",
        prefill: dict[str, str] | None = None,
    ) -> None:
        """``focus``: the field to start at (a ✗'s fix opens the dialog where the gap is);
        ``prefill``: texts for a new person (the card number a search did not find)."""
        super().__init__(parent)
        self.changes: Changes = PERSON  # what the save changed, for the window to reload
        self.setObjectName("personDialog")
        self.desk, self.person = desk, person
        self.inputs: dict[str, Any] = {}  # a QLineEdit or a QComboBox, as each field's name says
        self.errors: dict[str, ErrorLabel] = {f: ErrorLabel(self) for f in FIELDS + ("",)}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in FIELDS:
            if name == "insurance":
                box = QComboBox(self)
                box.addItem("", None)  # 请选择: no kind is assumed, the clerk asks
                for kind in INSURANCE:
                    box.addItem("", kind)
                widget: QLineEdit | QComboBox = box
            elif name in ("ss_account", "financial_account"):
                box = QComboBox(self)
                for state in ACCOUNT_STATES:
                    box.addItem("", state)
                box.setCurrentIndex(ACCOUNT_STATES.index("unknown"))
                widget = box
            elif name == "region":
                widget = RegionPicker(lambda: desk.catalogue, self, desk.region_use)
            elif name == "id_number":
                widget = id_number_field(QLineEdit(self))
            else:
                widget = QLineEdit(self)
            widget.setObjectName(f"{name}Input")
            self.inputs[name] = widget
            self.labels[name] = Label(self)
            self.labels[name].setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[name])
            if name == "id_number":  # what kind of number it is, and why no region is suggested
                self.id_info = Label(self)
                self.id_info.setObjectName("idNumberInfo")
                self.id_info.setWordWrap(True)
                self.id_info.hide()
                column.addWidget(self.id_info)
            form.addRow(self.labels[name], column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addWidget(self.buttons)
        if person:
            self._fill(person)
        else:  # a new person: the ID number's region is pre-selected (the user may change it)
            self.region_follower = RegionFollower(
                self.inputs["region"], self.inputs["id_number"], lambda: desk.catalogue, self.inputs["id_number"].text
            )
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.validate)
            elif widget.isEditable():
                widget.editTextChanged.connect(self.validate)
            else:
                widget.currentIndexChanged.connect(self.validate)
        for name, text in (prefill or {}).items() if not person else ():
            self.inputs[name].setText(text)
        self.fit_width()
        self.retranslate()
        self.validate()
        self.inputs[focus if focus in self.inputs else "name"].setFocus()

    def fit_width(self) -> None:
        """Wide enough for the font (长辈模式 included) so the notes under the fields wrap in few lines,
        and each box for its whole hint (English's are longer: "swipe the card or type the number")."""
        metrics = self.fontMetrics()
        self.setMinimumWidth(max(520, 60 * metrics.averageCharWidth()))
        for widget in self.inputs.values():
            edit = widget if isinstance(widget, QLineEdit) else widget.lineEdit()
            if edit is not None and edit.placeholderText():  # a frame and margins; a box's arrow beside
                arrow = 0 if edit is widget else 2 * metrics.height()
                widget.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + 16 + arrow)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_width()

    def fit_height(self) -> None:
        """Taller when a note under the ID number appears, so nothing below it is cut."""
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if self.height() < need:
            self.resize(self.width(), need)
            screen_fit.clamp(self)  # never taller than the screen's free area

    def _fill(self, p: Person) -> None:
        self.inputs["name"].setText(p.name)
        self.inputs["id_number"].setText(mask(p.id_number))  # not editable, so never shown in full
        self.inputs["id_number"].setReadOnly(True)
        region = self.inputs["region"]
        region.setCurrentIndex(region.findData(p.region_code))
        self.inputs["insurance"].setCurrentIndex(self.inputs["insurance"].findData(p.insurance))
        self.inputs["card_number"].setText(p.card_number or "")
        self.inputs["computer_number"].setText(p.computer_number or "")
        self.inputs["ss_account"].setCurrentIndex(ACCOUNT_STATES.index(p.ss_account))
        self.inputs["financial_account"].setCurrentIndex(ACCOUNT_STATES.index(p.financial_account))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit person") if self.person else self.tr("Add person"))
        texts = {
            "name": self.tr("&Name"),
            "id_number": self.tr("&ID number (社会保障号码)"),
            "region": self.tr("&Region (统筹区)"),
            "insurance": self.tr("In&surance"),
            "card_number": self.tr("&Card number"),
            "computer_number": self.tr("社保电脑号 (co&mputer number)"),
            "ss_account": self.tr("Social-security &account (社保账户)"),
            "financial_account": self.tr("&Financial account (金融账户)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.inputs[name].setAccessibleName(text.replace("&", ""))
        self.inputs["insurance"].setItemText(0, self.tr("— choose —"))
        for i, kind in enumerate(INSURANCE, 1):
            self.inputs["insurance"].setItemText(i, insurance_label(kind))
        for key in ("ss_account", "financial_account"):
            for i, state in enumerate(ACCOUNT_STATES):
                self.inputs[key].setItemText(i, account_label(state))
        self.inputs["card_number"].setPlaceholderText(self.tr("swipe the card or type the number"))
        self.fit_width()
        self.validate()

    def values(self) -> dict[str, str]:
        region = self.inputs["region"]
        typed = region.currentText().strip()
        index = region.findText(typed)
        return {
            "name": self.inputs["name"].text(),
            "id_number": self.person.id_number if self.person else self.inputs["id_number"].text(),
            "region": region.itemData(index) if index >= 0 else typed.split("（")[0],
            "insurance": self.inputs["insurance"].currentData(),
            "card_number": self.inputs["card_number"].text().strip() or None,
            "computer_number": self.inputs["computer_number"].text().strip() or None,
            "ss_account": self.inputs["ss_account"].currentData(),
            "financial_account": self.inputs["financial_account"].currentData(),
        }

    def id_note(self, number: str) -> str:
        """The kind of a 外国人永久居留身份证 (nothing is read from its digits), or the split
        division code that leaves a new person's region unsuggested; empty otherwise."""
        info = idnumber.parse(number, self.desk.today())
        if info.foreign:
            return self.tr("{kind}: {note} ({source}).").format(
                kind=QCoreApplication.translate("idnumber", idnumber.KIND_LABELS[info.kind]),
                note=QCoreApplication.translate("idnumber", idnumber.NOT_READ),
                source=idnumber.KIND_SOURCES[info.kind],
            )
        split = None if self.person else region_suggest.split(info.text, self.desk.catalogue)
        if split is None:
            return ""
        return self.tr(
            "{code} ({name}) was divided in {year} between {into}: no region is suggested; choose "
            "where the person is insured now ({source})."
        ).format(
            code=split.code,
            name=split.name,
            year=split.split_in,
            into=self.tr(", ").join(split.into),
            source=split.source,
        )

    def validate(self) -> bool:
        """Show each field's problems; fields left empty so far stay quiet until typed in."""
        problems: dict[str, list[str]] = {}
        values = self.values()
        note = self.id_note(values["id_number"])
        if note != self.id_info.text():
            self.id_info.setText(note)
            self.id_info.setVisible(bool(note))
            self.fit_height()
        chosen = values["insurance"] is not None
        try:
            people.validate(self.desk, **{**values, "insurance": values["insurance"] or INSURANCE[0]})
        except InputError as exc:
            for field, problem in exc.problems:
                problems.setdefault(field, []).append(problem_text(problem))
        if not chosen:  # 请选择 is not an answer; said once anything else has been typed
            problems["insurance"] = [problem_text(Problem("insurance.choose"))]
        typed = any(isinstance(w, QLineEdit) and w.text() for w in self.inputs.values())
        for field in FIELDS:
            widget = self.inputs[field]
            untouched = isinstance(widget, QLineEdit) and not widget.text()
            if isinstance(widget, QComboBox) and widget.isEditable():
                untouched = not widget.currentText()
            if field == "insurance" and not chosen:
                untouched = not typed
            self.errors[field].show_text("" if untouched else "\n".join(problems.get(field, [])))
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        ended = []
        try:
            values = self.values()
            if self.person:
                values.pop("id_number")
                edited = people.edit(self.desk, self.person.id, **values)
                saved, ended, self.changes = edited.person, edited.notices(), edited.changes
            else:
                saved, self.changes = people.add(self.desk, **values), PERSON
        except ServiceError as exc:
            for field, problem in exc.problems:
                target = self.errors.get(field, self.errors[""])
                target.show_text(problem_text(problem))
            return
        except StoreError as exc:
            self.errors[""].show_text(error_text(exc))
            return
        self.saved.emit(saved)
        self.accept()
        if ended:  # said after the list has refreshed, so the ended bindings show as ended
            dialogs.inform(self.parentWidget(), self.tr("Bindings ended"), "\n".join(problem_text(p) for p in ended))
