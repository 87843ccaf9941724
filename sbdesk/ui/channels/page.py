"""One binding channel as a page: its real steps, the fields it asks for, the live
eligibility decision, and Bind, enabled only when every rule passed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.eligibility import FAIL
from ...domain.glossary import gloss
from ...domain.idnumber import mask
from ...domain.messages import Problem
from ...domain.models import Person
from ...services import binding, channels, people, qinqing
from ...services.desk import Desk
from ...services.errors import NotFound, ServiceError, StoreError
from ..common import dialogs
from ..common.guard import guarded
from ..common.plain import Label
from ..common.relation_pick import RelationPicker
from ..common.retranslate import Retranslating
from ..common.texts import channel_label, error_text, problem_text, relation_label
from ..common.whole_number import set_hint, whole_number
from ..common.widgets import replace
from ..common.wrapping_check import WrappingCheckBox
from ..members.empty_hint import typed_fields
from ..members.person_dialog import PersonDialog
from .decision_view import DecisionView

FIXES = ("member.card_number", "member.computer_number", "owner.insurance", "member.insurance")


def name_is_card(field: str) -> bool:
    """A field a card reader types into (channels.json names them ``*_card``)."""
    return field.endswith("_card")


class BindingPage(Retranslating, QWidget):
    """Subclasses say which fields there are and how owner and member are found."""

    bound = Signal(object)  # Binding
    person_edited = Signal(object)  # Changes: a record corrected from a ✗'s fix button
    channel = ""
    field_names: tuple[str, ...] = ()

    def __init__(self, desk: Desk, language, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.language = desk, language
        self.setObjectName(f"{self.channel}Page")
        self.title = Label(self)
        bold = QFont()  # only the weight is set, so the size still follows the application's (长辈模式);
        bold.setBold(True)  # a style sheet font would freeze the size the title had when first shown
        self.title.setFont(bold)
        self.title.setWordWrap(True)  # a long channel name wraps in 长辈模式 on a small screen
        self.steps = Label(self)
        self.steps.setWordWrap(True)
        self.steps.setObjectName(f"{self.channel}Steps")
        self.fields: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.found: dict[str, QLabel] = {}
        self.adds: dict[str, QPushButton] = {}  # 新增人员 beside a field whose number finds no one
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field below its caption when narrow
        for name in self.field_names:
            edit = whole_number(QLineEdit(self))  # all 18 characters in sight, 长辈模式 included
            edit.setObjectName(f"{self.channel}_{name}")
            self.fields[name] = edit
            self.captions[name] = Label(self)
            self.captions[name].setBuddy(edit)
            self.found[name] = Label(self)
            self.found[name].setObjectName(f"{self.channel}_{name}_found")
            self.found[name].setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never markup
            self.adds[name] = add = QPushButton(self)  # made after its field: Tab reaches it next
            add.setObjectName(f"{self.channel}_{name}_add")
            add.hide()
            add.clicked.connect(lambda _=False, n=name: self.add_person(n))
            beside = QHBoxLayout()  # the button takes the name's room, never the field's
            beside.addWidget(self.found[name])
            beside.addWidget(add)  # right after 未登记, where the eye is
            beside.addStretch(1)
            row = QHBoxLayout()
            row.addWidget(edit, 2)
            row.addLayout(beside, 3)
            form.addRow(self.captions[name], row)
            edit.textChanged.connect(self.schedule)
        self.relation = RelationPicker(self, lambda: desk.policy.allowed_relations("", desk.today()))
        self.relation.setObjectName(f"{self.channel}_relation")
        self.relation.currentIndexChanged.connect(self.schedule)
        self.relation_caption = Label(self)
        self.relation_caption.setBuddy(self.relation)
        form.addRow(self.relation_caption, self.relation)
        self.decision = DecisionView(self)
        self.decision.setObjectName(f"{self.channel}Decision")
        # A ✗ a clerk can fix on the spot (a member's card number missing, the wrong insurance on
        # record) gets a button right under the reasons that opens the person at that field.
        self.fixes = {k: QPushButton(self) for k in FIXES}
        fix_row = QHBoxLayout()
        for key, button in self.fixes.items():
            button.setObjectName(f"{self.channel}Fix_{key.replace('.', '_')}")
            button.hide()
            button.clicked.connect(lambda _=False, k=key: self.open_fix(k))
            fix_row.addWidget(button)
        fix_row.addStretch(1)
        self._fix_people: dict[str, Person] = {}
        self.fix_dialog: PersonDialog | None = None
        self._prefilled: dict[str, tuple[str, int]] = {}  # field: (text shown, the person's row id)
        self.confirm_unusual = WrappingCheckBox(self)  # shown when the birth dates make the relation unusual
        self.confirm_unusual.setObjectName(f"{self.channel}ConfirmUnusual")
        self.confirm_unusual.setVisible(False)
        self.confirm_unusual.toggled.connect(self.schedule)
        self.action = QPushButton(self)
        self.action.setObjectName(f"{self.channel}BindButton")
        self.action.setEnabled(False)
        self.action.clicked.connect(self.act)
        self.result = Label(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # names and a typed reason: never markup Qt would load
        self.result.setObjectName(f"{self.channel}Result")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        layout.addLayout(form)
        layout.addWidget(self.decision, 1)
        layout.addLayout(fix_row)
        layout.addWidget(self.confirm_unusual)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.action)
        layout.addLayout(buttons)
        self._chain_enter()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.evaluate)
        self.owner: Person | None = None
        self.member: Person | None = None
        self.allowed = False
        self.stale = False  # a write elsewhere may change the decision: decided again when shown
        self.retranslate()

    def _chain_enter(self) -> None:
        """A keyboard-wedge card reader types the number and Enter: move on to the next field."""
        edits = [self.fields[n] for n in self.field_names]
        following_widgets: list[QLineEdit | QComboBox] = [*edits[1:], self.relation]
        for edit, following in zip(edits, following_widgets, strict=False):  # each field and the next
            edit.returnPressed.connect(lambda f=following: (self.evaluate(), f.setFocus()))
        if self.field_names:
            self.fields[self.field_names[-1]].returnPressed.connect(self._enter_on_last)

    def _enter_on_last(self) -> None:
        self.evaluate()
        if self.action.isEnabled():
            self.action.setFocus()

    # -- what subclasses define -------------------------------------------------
    def find_parties(self):
        """(owner, member, extra problems) from the fields; raise NotFound for a missing one."""
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        raise NotImplementedError

    # -- behaviour --------------------------------------------------------------
    def schedule(self) -> None:
        self.timer.start()

    def lookup(self, field: str) -> Person | None:
        """The person a field names, shown beside it; None while not (yet) found."""
        text = self.fields[field].text().strip()
        label = self.found[field]
        self.adds[field].hide()
        if not text:
            label.clear()
            return None
        shown, person_id = self._prefilled.get(field, ("", 0))
        try:
            person = people.get(self.desk, person_id) if text == shown else people.find(self.desk, text)
        except NotFound:
            label.setText(self.tr("not on record"))
            self.adds[field].show()
            return None
        except (ServiceError, StoreError) as exc:
            label.setText(error_text(exc))
            return None
        label.setText(f"{person.name}  {mask(person.id_number)}")
        return person

    def mark_stale(self) -> None:
        """A write elsewhere: decide again now if on screen, else when shown."""
        if self.isVisible():
            self.evaluate()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self.stale:
            self.evaluate()
        super().showEvent(event)

    def evaluate(self) -> None:
        self.timer.stop()
        self.stale = False
        owner, member, extra = self.find_parties()
        self.owner, self.member = owner, member
        self._show_fixes(None)
        if owner is None or member is None:
            self.decision.show_decision(None, note=self.tr("Fill in both people to see whether they may share."))
            self._set_allowed(False)
            return
        relation = self.relation.currentData()
        if relation is None:
            self.decision.show_decision(None, extra, note=self.tr("Choose the relationship."))
            self._set_allowed(False)
            return
        confirm = self.confirm_unusual.isChecked()
        decision = guarded(self, lambda: self.decide(owner, member, relation, confirm))
        self.decision.show_decision(decision, extra)
        self._show_fixes(decision)
        self.confirm_unusual.setVisible(bool(decision) and (decision.requires("confirm_unusual") or confirm))
        self._set_allowed(bool(decision) and decision.allowed and not extra and self.ready(decision))

    def decide(self, owner: Person, member: Person, relation: str, confirm: bool):
        return binding.evaluate(self.desk, owner, member, relation, self.channel, confirm_unusual=confirm)

    def ready(self, decision) -> bool:
        return not decision.pending  # the clerk's check in the local system blocks nothing here

    def _set_allowed(self, ok: bool) -> None:
        self.allowed = ok
        self.action.setEnabled(ok)

    def refused_for_operator(self) -> bool:
        """At a counter nobody has signed in to, say so beside the button instead of binding."""
        if self.desk.needs_operator:
            self.result.setText(problem_text(Problem("operator.missing")))
            return True
        return False

    def act(self) -> None:
        self.evaluate()
        if not self.allowed or self.refused_for_operator():
            return
        summary = self.tr(
            "{owner} (共济人) pays for {member} (被共济人) from the personal account.\n"
            "Relationship: {member} is {owner}'s {relation}.\nChannel: {channel}.\n\nBind?"
        ).format(
            owner=self.owner.name,
            member=self.member.name,
            relation=relation_label(self.relation.currentData()),
            channel=channel_label(self.channel),
        )
        if not dialogs.ask(self, self.tr("Confirm the binding"), summary):
            return
        confirm = self.confirm_unusual.isChecked()
        made = guarded(
            self,
            lambda: binding.bind(
                self.desk,
                self.owner.id,
                self.member.id,
                self.relation.currentData(),
                self.channel,
                confirm_unusual=confirm,
            ),
        )
        if made:
            self.result.setText(
                self.tr("Bound: {owner} pays for {member} (binding #{id}).").format(
                    owner=made.owner_name, member=made.member_name, id=made.id
                )
            )
            for name in self.field_names[1:]:
                self.fields[name].clear()
            self.relation.setCurrentIndex(0)  # the next member's relationship is asked, not assumed
            self.confirm_unusual.setChecked(False)
            self.bound.emit(made)
            self.evaluate()

    # -- from a person to a binding ---------------------------------------------------
    def prefill(self, person: Person, role: str) -> None:
        """Start a binding with ``person`` as the owner or the member: their card number in a
        card field, else their masked ID number (never the full one on screen); the other
        fields are cleared and the first empty one takes the focus."""
        self._prefilled.clear()
        for name in self.field_names:
            self.fields[name].clear()
        self.relation.setCurrentIndex(0)
        self.confirm_unusual.setChecked(False)
        self.result.clear()
        field = next((n for n in self.field_names if self.finds(n) == role), None)
        if field is not None:
            text = person.card_number if name_is_card(field) and person.card_number else mask(person.id_number)
            self._prefilled[field] = (text, person.id or 0)
            self.fields[field].setText(text)
        self.evaluate()
        empty = [self.fields[n] for n in self.field_names if not self.fields[n].text()]
        (empty[0] if empty else self.relation).setFocus()

    def finds(self, field: str) -> str | None:
        """Whom a field finds: "owner", "member" or None (a number it verifies)."""
        return None

    def _show_fixes(self, decision) -> None:
        wanted = {c.fix for c in decision.checks if c.status == FAIL and c.fix} if decision else set()
        self._fix_people = {"owner": self.owner, "member": self.member} if wanted else {}
        for key, button in self.fixes.items():
            person = self._fix_people.get(key.split(".")[0])
            button.setVisible(key in wanted and person is not None)
            if person is not None:
                button.setText(self.fix_text(key, person.name))
                button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    def fix_text(self, key: str, name: str) -> str:
        return {
            "member.card_number": self.tr("Add {name}'s &card number…"),
            "member.computer_number": self.tr("Add {name}'s 社保电脑号 (&K)…"),
            "owner.insurance": self.tr("Correct {name}'s insurance &type…"),
            "member.insurance": self.tr("Correct {name}'s ins&urance…"),
        }[key].format(name=name)

    def open_fix(self, key: str) -> PersonDialog | None:
        """The person dialog opened at the field the ✗ is about; saving re-decides."""
        role, field = key.split(".")
        person = self._fix_people.get(role)
        if person is None:
            return None
        self.fix_dialog = replace(self.fix_dialog, PersonDialog(self.desk, person, self, focus=field))
        self.fix_dialog.saved.connect(self._fixed)
        self.fix_dialog.open()
        return self.fix_dialog

    def _fixed(self, _person: Person) -> None:
        self.evaluate()
        if self.fix_dialog is not None:
            self.person_edited.emit(self.fix_dialog.changes)

    def add_person(self, field: str) -> PersonDialog:
        """The person dialog with the number typed filled in (the ID number, or the card
        number of a card field); saving decides again with the new person and moves on."""
        text = self.fields[field].text().strip()
        typed = typed_fields(text) if name_is_card(field) else {"id_number": text}
        self.fix_dialog = replace(self.fix_dialog, PersonDialog(self.desk, None, self, prefill=typed))
        self.fix_dialog.saved.connect(lambda person: self._added(field, person))
        self.fix_dialog.open()
        return self.fix_dialog

    def _added(self, field: str, person: Person) -> None:
        """What was typed stays when it now finds the person; else the number saved is shown
        (masked, as a person put in by the window). Then on to the next field."""
        text = self.fields[field].text().strip()
        try:
            same = people.find(self.desk, text).id == person.id
        except (ServiceError, StoreError):
            same = False
        if not same:
            shown = person.card_number if name_is_card(field) and person.card_number else mask(person.id_number)
            self._prefilled[field] = (shown, person.id or 0)
            self.fields[field].setText(shown)
        self._fixed(person)
        later = [self.fields[n] for n in self.field_names[self.field_names.index(field) + 1 :]]
        next((e for e in later if not e.text()), self.relation).setFocus()

    def retranslate(self) -> None:
        texts = self.texts()
        self.title.setText(texts["title"])
        lang = "en" if self.language.current == "en" else "zh_CN"
        steps = [gloss(s) if lang == "en" else s for s in channels.steps(self.channel, lang)]  # the record's 统筹区
        self.steps.setText("\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
        for name in self.field_names:
            self.captions[name].setText(texts[name])
            self.fields[name].setAccessibleName(texts[name].replace("&", ""))
            set_hint(self.fields[name], texts.get(f"{name}_hint", ""))
            owner = self.finds(name) == "owner"  # two keys: both may be shown at once
            self.adds[name].setText(self.tr("&New person…") if owner else self.tr("Ne&w person…"))
            self.adds[name].setAccessibleName(
                self.tr("New person: {field}").format(field=texts[name].replace("&", "").rstrip("…"))
            )
        self.relation_caption.setText(self.tr("&Relationship (the member to the owner)"))
        self.relation.setAccessibleName(self.tr("Relationship"))
        self.relation.setItemText(0, self.tr("— choose —"))
        for i in range(1, self.relation.count()):
            self.relation.setItemText(i, relation_label(self.relation.itemData(i)))
        self.decision.setAccessibleName(self.tr("Whether they may share, and why"))
        for key, name in {
            "member.card_number": self.tr("Add the member's card number"),
            "member.computer_number": self.tr("Add the member's 社保电脑号"),
            "owner.insurance": self.tr("Correct the owner's insurance"),
            "member.insurance": self.tr("Correct the member's insurance"),
        }.items():
            self.fixes[key].setAccessibleName(name)  # named by the person once shown
        self.confirm_unusual.setText(
            self.tr("I have checked the documents: the unusual relationship is real (recorded in the audit log)")
        )
        self.confirm_unusual.setAccessibleName(self.tr("Confirm the unusual relationship"))
        pays = self.desk.policy.pays_for

        def line(caption: str, items) -> str:  # full-width colon needs no space after it
            return caption + ("" if caption.endswith("：") else " ") + "；".join(t.pick(lang) for t in items)

        self.decision.set_info([
            line(self.tr("The owner's account pays for the member:"), pays.covers),
            line(self.tr("Not for:"), pays.excludes),
            pays.difference.pick(lang),
        ])
        self.action.setText(texts.get("action", self.tr("&Bind")))
        self.action.setAccessibleName(self.action.text().replace("&", ""))
        self.evaluate()


class ChannelPage(BindingPage):
    """A page built from the channel's record in resources/channels.json: its fields, labels,
    steps and how the binding is carried out (here, or step by step in the 亲情服务 wizard)."""

    wizard_requested = Signal(object, object, str)  # owner, member, relation

    def __init__(self, desk: Desk, language, channel: str, parent=None) -> None:
        self.record = channels.get(channel)
        self.channel, self.field_names = channel, self.record.fields
        self.field_kinds = {name: channels.catalogue().fields[name] for name in self.field_names}
        super().__init__(desk, language, parent)
        if not self.record.sets_up_sharing:
            self.decision.kind = "qinqing"
            self.retranslate()

    def _lang(self) -> str:
        return "en" if self.language.current == "en" else "zh_CN"

    def find_parties(self):
        found = {f.finds: self.lookup(name) for name, f in self.field_kinds.items() if f.finds}
        owner, member = found.get("owner"), found.get("member")
        extra = []
        for name, f in self.field_kinds.items():
            if f.verifies and member is not None:
                extra += binding.verify_identifier(member, f.verifies, self.fields[name].text())
        return owner, member, extra

    def lookup(self, field: str) -> Person | None:
        return super().lookup(field) if self.field_kinds[field].finds else None

    def finds(self, field: str) -> str | None:
        return self.field_kinds[field].finds

    def decide(self, owner: Person, member: Person, relation: str, confirm: bool):
        """A channel that sets up no 家庭共济 (the e-card 亲情服务) answers its own question: may
        the holder add this relative's own e-card; whether they may share is not asked here."""
        if self.record.sets_up_sharing:
            return super().decide(owner, member, relation, confirm)

        return qinqing.evaluate(self.desk, owner, member, relation, confirm)

    def ready(self, decision) -> bool:
        if self.record.carried_out_by == "wizard":  # the wizard collects the face photo a child needs
            return not decision.requires("confirm_unusual")
        return super().ready(decision)

    def act(self) -> None:
        if self.record.carried_out_by != "wizard":
            super().act()
            return
        self.evaluate()
        if self.allowed and not self.refused_for_operator():
            self.wizard_requested.emit(self.owner, self.member, self.relation.currentData())

    def retranslate(self) -> None:
        super().retranslate()
        if not self.record.sets_up_sharing:  # no account is spent: say what it is instead of what it pays for
            lang = self._lang()
            self.decision.set_info([
                self.record.not_for.pick(lang)
                + ("" if lang == "zh_CN" else " ")
                + self.tr("家庭共济 is set up through {channels}.").format(
                    channels=self.tr(", ").join(c.pick(lang) for c in self.record.instead)
                ),
                self.tr("It lets the card holder:")
                + ("" if lang == "zh_CN" else " ")
                + ("；" if lang == "zh_CN" else "; ").join(self.record.what_list(lang)),
            ])
            self.decision.setAccessibleName(self.tr("Whether the family account may be added, and why"))
            self.relation_caption.setText(self.tr("&Relationship (the relative to the holder)"))

    def texts(self) -> dict[str, str]:
        lang = self._lang()
        out = {"title": self.record.title.pick(lang)}
        for name, f in self.field_kinds.items():
            out[name] = f.label.pick(lang)
            out[f"{name}_hint"] = f.hint.pick(lang)
        if self.record.action is not None:
            out["action"] = self.record.action.pick(lang)
        return out
