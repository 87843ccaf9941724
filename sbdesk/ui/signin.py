"""Where this window works and who is working: asked once before the main window first
shows, and again at every shift change (Settings → Sign in or change shift)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import operator
from .common.plain import Label
from .common.retranslate import Retranslating
from .common.texts import problem_text
from .common.widgets import ErrorLabel
from .settings import Settings

OFFICE_LIMIT = 60


class SignInDialog(Retranslating, QDialog):
    """``first`` asks the place too (nothing pre-chosen); a shift change keeps the place and
    the office and asks the new operator's name and 工号."""

    def __init__(self, settings: Settings, first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.first = first
        self.intro = Label(self)
        self.intro.setWordWrap(True)
        self.counter = QRadioButton(self)
        self.counter.setObjectName("placeCounter")
        self.home = QRadioButton(self)
        self.home.setObjectName("placeHome")
        self.places = QButtonGroup(self)
        self.places.addButton(self.counter)
        self.places.addButton(self.home)
        self.name = QLineEdit(self)
        self.name.setObjectName("operatorName")
        self.name.setMaxLength(operator.NAME_LIMIT)
        self.staff_id = QLineEdit(self)
        self.staff_id.setObjectName("operatorStaffId")
        self.staff_id.setMaxLength(operator.STAFF_ID_LIMIT)
        self.office = QLineEdit(self)
        self.office.setObjectName("officeName")
        self.office.setMaxLength(OFFICE_LIMIT)
        self.office.setText(settings.office)
        self.errors = {k: ErrorLabel(self) for k in ("place", "name", "staff_id")}
        for key, error in self.errors.items():
            error.setObjectName(f"{key}Error")
        self.captions = {k: Label(self) for k in ("name", "staff_id", "office")}
        for key, widget in (("name", self.name), ("staff_id", self.staff_id), ("office", self.office)):
            self.captions[key].setBuddy(widget)
        self.form = QFormLayout()
        self.form.addRow(self.counter)
        self.form.addRow(self.home)
        self.form.addRow(self.errors["place"])
        self.rows = {}
        for key, widget in (("name", self.name), ("staff_id", self.staff_id)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            self.form.addRow(self.captions[key], column)
            self.rows[key] = column
        self.form.addRow(self.captions["office"], self.office)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        if settings.place == "home" or (settings.place == "counter" and not first):
            (self.home if settings.place == "home" else self.counter).setChecked(True)
        if settings.place == "home":
            self.name.setText(settings.operator or "")
        self.places.buttonToggled.connect(lambda *_: self._show_place())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # wider in 长辈模式
        self.retranslate()
        (self.counter if first else self.name).setFocus()

    def place(self) -> str | None:
        return "counter" if self.counter.isChecked() else "home" if self.home.isChecked() else None

    def _show_place(self) -> None:
        """The 工号 and the office belong to a counter; at home the name is optional."""
        home, counter = self.place() == "home", self.place() == "counter"
        self.form.setRowVisible(self.rows["staff_id"], counter)
        self.form.setRowVisible(self.office, counter)
        self.form.setRowVisible(self.rows["name"], self.place() is not None)
        self.captions["name"].setText(
            self.tr("Your &name (optional, kept in the log)") if home else self.tr("Operator's &name")
        )
        self.name.setAccessibleName(self.captions["name"].text().replace("&", ""))
        self.errors["place"].clear()
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where and who") if self.first else self.tr("Sign in or change shift"))
        self.intro.setText(
            self.tr(
                "Where is this window used? At a counter the operator signs in; the name and "
                "staff number go into the audit log and onto receipts. This can be changed "
                "later under Settings."
            )
            if self.first
            else self.tr("The operator taking over signs in; the sign-in is kept in the audit log.")
        )
        self.counter.setText(self.tr("At a &counter (social-security branch, hospital insurance office)"))
        self.home.setText(self.tr("At &home, for my own family"))
        self.captions["staff_id"].setText(self.tr("S&taff number (工号)"))
        self.captions["office"].setText(self.tr("&Office name (printed on receipts)"))
        for key, widget in (("staff_id", self.staff_id), ("office", self.office)):
            widget.setAccessibleName(self.captions[key].text().replace("&", ""))
        self.counter.setAccessibleName(self.counter.text().replace("&", ""))
        self.home.setAccessibleName(self.home.text().replace("&", ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start") if self.first else self.tr("Sign &in"))
        self._show_place()

    def values(self) -> tuple[str, str, str, str]:
        """(place, name, 工号, office) as checked; call after the dialog was accepted."""
        place = self.place() or ""
        name, staff, _ = operator.check(place, self.name.text(), self.staff_id.text())
        return place, name, staff, " ".join(self.office.text().split())[:OFFICE_LIMIT]

    def try_accept(self) -> None:
        """Every problem next to its field; the dialog stays until all are fixed."""
        _, _, problems = operator.check(self.place(), self.name.text(), self.staff_id.text())
        for key, error in self.errors.items():
            error.show_text("\n".join(problem_text(p) for field, p in problems if field == key))
        if problems:
            first = {"place": self.counter, "name": self.name, "staff_id": self.staff_id}[problems[0][0]]
            first.setFocus()
            return
        self.accept()
