"""Step 1 — 我的 → 亲情服务: whose e-card is this? An existing person or a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from ...domain.idnumber import mask
from ...domain.models import Person
from ...services import people
from ...services.errors import NotFound
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.widgets import replace
from ..members.empty_hint import typed_fields
from ..members.person_dialog import PersonDialog
from . import about
from .completion import Completion


class StartPage(Completion, Retranslating, QWizardPage):
    person_added = Signal(object)  # Changes: the card holder added here, for the window to show

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.owner: Person | None = None
        self._shown: tuple[str, int] = ("", 0)  # (the row id as shown, the id) of an owner put in by the window
        self.intro = Label(self)
        self.intro.setWordWrap(True)
        self.caption = Label(self)
        self.key = QLineEdit(self)
        self.key.setObjectName("ownerKey")
        self.caption.setBuddy(self.key)
        self.found = Label(self)
        self.found.setObjectName("ownerFound")
        self.new = QPushButton(self)
        self.new.setObjectName("newOwnerButton")
        self.new.clicked.connect(self.add_owner)
        self.dialog: PersonDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addStretch(1)
        self.registerField("owner*", self.key)
        self.key.textChanged.connect(self.lookup)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 1 of 6 — 我的 → 亲情服务"))
        self.setSubTitle(self.tr("Whose electronic social-security card is adding a family account?"))
        self.intro.setText(
            self.tr(
                "On the e-card this is: open the home page, tap 我的 (Me) at the top right, "
                "then 亲情服务 (family service) and 添加 (Add)."
            )
            + "\n\n"
            + about.not_sharing()
        )
        self.caption.setText(self.tr("&Card holder (adds the family account): ID number or card number"))
        self.key.setAccessibleName(self.tr("Card holder's ID number or card number"))
        self.new.setText(self.tr("Ne&w person…"))
        self.new.setAccessibleName(self.tr("New person"))
        self.lookup()

    def first_field(self):
        return self.key

    def show_owner(self, person_id: int) -> None:
        """An owner the window already knows, shown by row id (the full number is not shown)."""
        self._shown = (f"#{person_id}", person_id)
        self.key.setText(self._shown[0])

    def lookup(self) -> None:
        text = self.key.text().strip()
        self.owner = None
        if text:
            shown, person_id = self._shown
            try:
                self.owner = people.get(self.desk, person_id) if text == shown else people.find(self.desk, text)
                self.found.setText(f"{self.owner.name}  {mask(self.owner.id_number)}")
            except NotFound:
                self.found.setText(self.tr("Not on record: add the card holder as a new person first."))
        else:
            self.found.clear()
        self.update_complete()

    def ready(self) -> bool:
        return self.owner is not None

    def add_owner(self) -> None:
        """The person dialog with what was typed filled in (an ID number, or the card number
        swiped); saving finds the new person at once and the task goes on."""
        text = self.key.text().strip()
        typed = typed_fields(text) if text and text != self._shown[0] else {}
        self.dialog = replace(self.dialog, PersonDialog(self.desk, None, self, prefill=typed))
        self.dialog.saved.connect(self._added)
        self.dialog.open()

    def _added(self, person: Person) -> None:
        """Keep what was typed when it now finds the new person, else show the number saved;
        looked up again either way (setting the same text again would not)."""
        text = self.key.text().strip()
        try:
            same = bool(text) and text != self._shown[0] and people.find(self.desk, text).id == person.id
        except NotFound:
            same = False
        if not same:
            self._shown = ("", 0)
            self.key.setText(person.id_number)
        self.lookup()
        if self.dialog is not None:
            self.person_added.emit(self.dialog.changes)
