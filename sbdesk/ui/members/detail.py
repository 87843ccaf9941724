"""The selected person: who they are, their family, and their bindings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QListWidget, QScrollArea, QVBoxLayout, QWidget

from ...domain.idnumber import mask
from ...services import people
from ...services.people import PersonDetail
from ..common.guard import guarded
from ..common.plain import Label, rich_label, tip
from ..common.retranslate import Retranslating
from ..common.texts import account_label, channel_label, error_text, insurance_label, relation_label, sex_label
from ..common.widgets import colour
from ..common.wrapping import wrap_items
from .drafts import DraftsList

REMINDER_COLOURS = {"text": "#5c4400", "background": "#fff3cd"}  # dark on pale yellow: a reminder, not an error


class DetailPane(Retranslating, QWidget):
    def __init__(self, region_name, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetail")
        self._region_name = region_name
        self._detail: PersonDetail | None = None
        self._revealed = False
        self.box = QGroupBox(self)
        form = QFormLayout(self.box)
        self.values = {k: Label(self.box) for k in ("name", "id", "sex", "region", "insurance", "card", "accounts")}
        for label in self.values.values():  # data, never markup: an <img> in it made Qt open the file it names
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.captions = {k: Label(self.box) for k in self.values}
        for key, value in self.values.items():
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            value.setWordWrap(True)  # a narrow pane (长辈模式) wraps "社保账户 … · 金融账户 …" rather than cutting it
            form.addRow(self.captions[key], value)
        self.reminder = rich_label(self)  # markup on purpose: _reminder escapes every piece of data
        self.reminder.setObjectName("activationReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setMargin(6)
        colour(self.reminder, **REMINDER_COLOURS)
        self._reminder_kind = "reminder"  # which colours the reminder has now
        self.reminder.hide()
        self.drafts = DraftsList(self)  # unfinished 亲情服务 applications, each with Continue
        self.family_caption = Label(self)
        self.family = QListWidget(self)
        self.family.setObjectName("memberFamily")
        self.bindings_caption = Label(self)
        self.bindings = QListWidget(self)
        self.bindings.setObjectName("memberBindings")
        # in a small window (or 长辈模式) the pane scrolls rather than squeezing the details and the
        # card reminder until they are cut off
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.scroller)
        for w in (
            self.box,
            self.drafts,
            self.reminder,
            self.family_caption,
            self.family,
            self.bindings_caption,
            self.bindings,
        ):
            w.setParent(inner)
        for lst in (self.family, self.bindings):  # room for a few rows when the pane scrolls
            lst.setMinimumHeight(lst.fontMetrics().height() * 4)
            wrap_items(lst)  # a binding's channel and dates wrap, never cut off at the pane's edge
        self.scroller.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.box)
        layout.addWidget(self.drafts)  # above the card reminder: what this person left unfinished
        layout.addWidget(self.reminder)
        layout.addWidget(self.family_caption)
        layout.addWidget(self.family)
        layout.addWidget(self.bindings_caption)
        layout.addWidget(self.bindings)
        self.retranslate()

    def language(self) -> str:
        return "zh_CN" if QLocale().name().startswith("zh") else "en"

    def show_detail(self, detail: PersonDetail | None, revealed: bool = False) -> None:
        self._detail, self._revealed = detail, revealed
        self._fill()

    def _fill(self) -> None:
        d = self._detail
        self.family.clear()
        self.bindings.clear()
        if d is None:
            for v in self.values.values():
                v.clear()
            self.box.setTitle(self.tr("Nobody selected"))
            self.reminder.hide()
            return
        p = d.person
        self.box.setTitle(p.name)
        self.values["name"].setText(p.name)
        self.values["id"].setText(p.id_number if self._revealed else mask(p.id_number))
        self.values["sex"].setText(f"{sex_label(p.sex)}  {p.birth_date.isoformat() if p.birth_date else ''}")
        self.values["region"].setText(self._region_name(p.region_code))
        self.values["insurance"].setText(insurance_label(p.insurance))
        self.values["card"].setText(p.card_number or "—")
        self.values["accounts"].setText(
            self.tr("社保账户 {ss} · 金融账户 {fin}").format(
                ss=account_label(p.ss_account), fin=account_label(p.financial_account)
            )
        )
        self._show_activation(p)
        for kind, relative in d.relatives:
            self.family.addItem(f"{relation_label(kind)}: {relative.name}  {mask(relative.id_number)}")
        for damage in d.damaged_relatives:  # a row the database cannot give back: named, not skipped
            self.family.addItem(error_text(damage))
        if not d.relatives and not d.damaged_relatives:
            self.family.addItem(self.tr("No family members on record"))
        for b in d.bindings:
            role = self.tr("pays for {name}") if b.owner_id == p.id else self.tr("paid for by {name}")
            other = b.member_name if b.owner_id == p.id else b.owner_name
            status = (
                self.tr("active")
                if b.status == "active"
                else self.tr("ended {date}").format(date=b.ended_on.isoformat() if b.ended_on else "")
            )
            self.bindings.addItem(  # the status first: it is what a narrow pane must never lose
                f"#{b.id}  {status}  {role.format(name=other)}  {channel_label(b.channel)}  "
                + self.tr("bound {date}").format(date=b.bound_on.isoformat())  # two dates: each says which
            )
        for damage in d.damaged_bindings:
            self.bindings.addItem(error_text(damage))
        if not d.bindings and not d.damaged_bindings:
            self.bindings.addItem(self.tr("No bindings"))

    def _show_activation(self, p) -> None:
        """Which card function still needs enabling, and the routes that enable each: the
        社保功能 is needed before use; the 金融功能 is optional and only at the bank's counter."""
        rules = guarded(self, people.card_activation)
        lang = self.language()
        if rules is None or (p.ss_account == "active" and p.financial_account == "active"):
            self.reminder.hide()
            return

        def routes(function: str) -> str:
            return "".join(f"<li>{escape(r.says(lang), quote=False)}</li>" for r in rules.routes_for(function))

        optional = self.tr("(optional)")
        financial = (
            f"<b>{escape(rules.label('financial', lang), quote=False)}</b> {escape(optional)}"
            f"<ul style='margin: 2px'>{routes('financial')}</ul>"
        )
        if p.ss_account != "active":
            headline = self.tr("The social-security function is not known to be enabled.")
            advice = self.tr("The card cannot be used for medical insurance until it is. Ways to enable it:")
            self.reminder.setText(
                f"<b>{escape(headline, quote=False)}</b> {escape(advice, quote=False)}"
                f"<ol style='margin: 2px'>{routes('social_security')}</ol>"
                + (financial if p.financial_account != "active" else "")
            )
            kind = "reminder"
        else:
            self.reminder.setText(financial)
            kind = "note"
        if self._reminder_kind != kind:  # a new palette re-polishes: only on a change
            self._reminder_kind = kind
            colour(self.reminder, **(REMINDER_COLOURS if kind == "reminder" else {}))
        self.reminder.setToolTip(tip("\n".join(sorted({r.source for r in rules.routes if r.source}))))
        self.reminder.show()

    def retranslate(self) -> None:
        captions = {
            "name": self.tr("Name"),
            "id": self.tr("ID number"),
            "sex": self.tr("Sex, born"),
            "region": self.tr("Region"),
            "insurance": self.tr("Insurance"),
            "card": self.tr("Card number"),
            "accounts": self.tr("Card accounts"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
            self.values[key].setAccessibleName(text)
        self.family_caption.setText(self.tr("Family members"))
        self.family.setAccessibleName(self.tr("Family members"))
        self.bindings_caption.setText(self.tr("Bindings"))
        self.bindings.setAccessibleName(self.tr("Bindings"))
        self._fill()
