"""The bindings made through one channel: end one, see its history, preview and print its receipt."""

from __future__ import annotations

import os

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.messages import QT_TRANSLATE_NOOP, Problem
from ...domain.models import Binding
from ...services import binding, channels, receipts
from ...services.changes import BINDING
from ...services.desk import Desk
from ..common import dialogs, printing
from ..common.columns import Column
from ..common.guard import guarded
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import channel_label, problem_text, relation_label
from ..common.widgets import ErrorLabel, list_table, replace
from ..common.wrapping import wrap_items
from .receipt import file_name, local_day, receipt_html

SHOWN = 1000  # newest bindings listed; older ones are reached through a person
BindingRole = Qt.ItemDataRole.UserRole + 1
FILTERS = ("active", "ended", None)  # the filter's entries: a binding's status, or all


def _prints_receipt(channel: str) -> bool:
    return channel in channels.catalogue() and channels.get(channel).receipt


_CONTEXT = "BindingsModel"
COLUMNS = (  # once: the cell's text from (model, binding) and the header
    Column(_CONTEXT, QT_TRANSLATE_NOOP("BindingsModel", "No."), lambda m, b: f"#{b.id}"),
    Column(_CONTEXT, QT_TRANSLATE_NOOP("BindingsModel", "Owner (pays)"), lambda m, b: b.owner_name),
    Column(_CONTEXT, QT_TRANSLATE_NOOP("BindingsModel", "Member (uses)"), lambda m, b: b.member_name),
    Column(_CONTEXT, QT_TRANSLATE_NOOP("BindingsModel", "Relationship"), lambda m, b: relation_label(b.relation)),
    Column(_CONTEXT, QT_TRANSLATE_NOOP("BindingsModel", "Bound on"), lambda m, b: b.bound_on.isoformat()),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("BindingsModel", "Status"),
        lambda m, b: (
            QCoreApplication.translate("BindingsModel", "active")
            if b.status == "active"
            else QCoreApplication.translate("BindingsModel", "ended")
        ),
    ),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("BindingsModel", "Ended on"),
        lambda m, b: b.ended_on.isoformat() if b.ended_on else "",
    ),
)


class BindingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Binding] = []

    def set_rows(self, rows: list[Binding]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        if role == BindingRole:
            return b
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].text(self, b)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        return None


class HistoryDialog(QDialog):
    def __init__(self, entries: list[dict], title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        wrap_items(self.list)  # an unbinding's reason is read whole
        for e in entries:
            self.list.addItem(f"{e['at'][:16].replace('T', ' ')}  {e['operator']}  {self.describe(e)}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.resize(640, 300)

    def describe(self, entry: dict) -> str:
        d = entry["detail"]
        if entry["action"] == "binding.add":
            return self.tr("bound through {channel} as {relation}, from {day}").format(
                channel=channel_label(d["channel"]), relation=relation_label(d["relation"]), day=d["bound_on"]
            )
        if entry["action"] == "binding.end":
            return self.tr("ended on {day}; reason: {reason}").format(day=d["ended_on"], reason=d["reason"] or "—")
        return entry["action"]


class BindingsPanel(Retranslating, QWidget):
    changed = Signal(object)  # Changes: a binding ended here
    ended = Signal(object)  # the Binding as ended, for the page to say so

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("bindingsPanel")
        self.desk = desk
        self.channel = "ecard"
        self.caption = Label(self)
        self.caption.setWordWrap(True)  # wraps rather than widening the window in 长辈模式
        self.status = QComboBox(self)
        self.status.setObjectName("bindingStatusFilter")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # follows 长辈模式's font
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never squeezed
        for value in FILTERS:
            self.status.addItem("", value)
        self.status.currentIndexChanged.connect(lambda _i: self.reload(follow=False))
        self.status_label = Label(self)  # a label with an access key: Alt+W reaches the filter
        self.status_label.setBuddy(self.status)
        self.model = BindingsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("bindingsTable")
        self.table.activated.connect(self.show_history)  # Enter or double-click on a row
        self.table.setModel(self.model)
        list_table(self.table, QHeaderView.ResizeMode.ResizeToContents)
        self.selected = Label(self)  # whose binding the buttons below act on, whose receipt they make
        self.selected.setObjectName("selectedBinding")
        self.selected.setWordWrap(True)
        self.buttons = {k: QPushButton(self) for k in ("unbind", "history", "pdf", "preview", "print")}
        for key, button in self.buttons.items():
            button.setObjectName(f"{key}BindingButton")
        self.buttons["unbind"].clicked.connect(self.unbind)
        self.buttons["history"].clicked.connect(self.show_history)
        self.buttons["pdf"].clicked.connect(self.save_pdf)
        self.buttons["preview"].clicked.connect(self.preview_receipt)
        self.buttons["print"].clicked.connect(self.print_receipt)
        # from anywhere on the channels tab while a receipt can be made: the pages as they will print
        QShortcut(
            QKeySequence(printing.PREVIEW_KEY), self, self._preview_key, context=Qt.ShortcutContext.WindowShortcut
        )
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.notice = ErrorLabel(self)  # why a receipt cannot be printed, beside its buttons
        self.notice.setObjectName("receiptNotice")
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.status)
        actions = QHBoxLayout()  # under the list, in reading and Tab order: choose a row, then act on it
        actions.addWidget(self.notice, 1)
        actions.addStretch()  # the buttons keep their size, on the right, when there is no notice
        for button in self.buttons.values():
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.selected)  # a line of its own: two names and a state are never cut in 长辈模式
        layout.addLayout(actions)
        self.history: HistoryDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Bindings made through this channel (newest {n})").format(n=SHOWN))
        for i, text in enumerate((self.tr("Active"), self.tr("Ended"), self.tr("All"))):
            self.status.setItemText(i, text)
        self.status_label.setText(self.tr("&View:"))
        self.status.setAccessibleName(self.tr("Show bindings"))
        self.table.setAccessibleName(self.tr("Bindings"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._update_buttons()

    def set_channel(self, channel: str) -> None:
        self.channel = channel
        self.reload(follow=False)  # another channel's list: nothing there to follow

    def reload(self, keep: int | None = None, follow: bool = True) -> None:
        """List the bindings again, the selection staying on the binding it was on (or ``keep``,
        the one just made or ended). When ``follow`` and that binding's new state is filtered
        out, the filter switches to its state: a receipt button never falls on another family."""
        if not self.desk.needs_operator:
            self.notice.clear()
        was = self.current()
        keep = keep if keep is not None else (was.id if was else None)
        rows = guarded(self, lambda: binding.listing(self.desk, self.channel, self.status.currentData(), SHOWN)) or []
        if follow and keep is not None and self.status.currentData() and all(b.id != keep for b in rows):
            everything = guarded(self, lambda: binding.listing(self.desk, self.channel, None, SHOWN)) or []
            moved = next((b for b in everything if b.id == keep), None)
            if moved is not None:
                self.status.blockSignals(True)  # the switch is this reload's, not the clerk's
                self.status.setCurrentIndex(FILTERS.index(moved.status))
                self.status.blockSignals(False)
                rows = [b for b in everything if b.status == moved.status]
        self.model.set_rows(rows)
        row = next((i for i, b in enumerate(rows) if b.id == keep), 0)
        if rows:
            self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> Binding | None:
        index = self.table.currentIndex()
        return index.data(BindingRole) if index.isValid() else None

    def _update_buttons(self, *_) -> None:
        """Each button says whose binding it acts on: the line beside them names the two people,
        the receipt buttons say which receipt (a binding's, or an unbinding's) and for whom."""
        b = self.current()
        self.buttons["unbind"].setEnabled(bool(b) and b.status == "active")
        self.buttons["history"].setEnabled(bool(b))
        ended = bool(b) and b.status == "ended"
        texts = {
            "unbind": self.tr("&Unbind…"),
            "history": self.tr("Histor&y"),
            "pdf": self.tr("Unbinding receipt as P&DF…") if ended else self.tr("Receipt as P&DF…"),
            "preview": self.tr("Pr&eview…"),  # short: five buttons fit one row in 长辈模式 at 1024
            "print": self.tr("&Print unbinding receipt…") if ended else self.tr("&Print receipt…"),
        }
        who = (
            self.tr("#{id} {owner} pays for {member}").format(id=b.id, owner=b.owner_name, member=b.member_name)
            if b
            else ""
        )
        spoken = {  # what a screen reader says for the short button
            "preview": self.tr("Print preview of the unbinding receipt")
            if ended
            else self.tr("Print preview of the receipt")
        }
        for key, text in texts.items():
            button = self.buttons[key]
            button.setText(text)
            plain = spoken.get(key) or text.replace("&", "").rstrip("…")
            button.setAccessibleName(self.tr("{action}: {who}").format(action=plain, who=who) if b else plain)
        for key in ("pdf", "preview", "print"):
            self.buttons[key].setEnabled(bool(b) and _prints_receipt(b.channel))
            self.buttons[key].setVisible(_prints_receipt(self.channel))
        if not b:
            self.selected.setText(self.tr("No binding selected."))
        elif ended:
            self.selected.setText(
                self.tr("Selected: {who} (ended {day})").format(
                    who=who, day=local_day(b.ended_on) if b.ended_on else ""
                )
            )
        else:
            self.selected.setText(self.tr("Selected: {who}").format(who=who))

    def unbind(self) -> None:
        b = self.current()
        if not b:
            return
        reason = dialogs.ask_reason(
            self,
            self.tr("Unbind"),
            self.tr("End the binding of {member} to {owner}'s account? Reason:").format(
                member=b.member_name, owner=b.owner_name
            ),
        )
        if reason is None:
            return
        ended = guarded(self, lambda: binding.unbind(self.desk, b.id, reason))
        if ended:
            self.reload(keep=ended.id)  # still selected, now as ended: its 解除回执 is one key away
            self.ended.emit(ended)
            self.changed.emit(BINDING)
            if self.buttons["pdf"].isVisible():
                self.buttons["pdf"].setFocus()

    def show_history(self) -> None:
        b = self.current()
        entries = guarded(self, lambda: binding.history(self.desk, b.id)) if b else None
        if entries is not None:
            self.history = replace(
                getattr(self, "history", None),
                HistoryDialog(entries, self.tr("History of binding #{id}").format(id=b.id), self),
            )
            self.history.open()

    def refused_for_operator(self) -> bool:
        """A receipt names its 经办人: at a counter nobody signed in to, say so here."""
        self.notice.show_text(problem_text(Problem("operator.missing")) if self.desk.needs_operator else "")
        return self.desk.needs_operator

    def save_pdf(self) -> None:
        b = self.current()
        if not b or self.refused_for_operator():
            return
        r = guarded(self, lambda: receipts.receipt(self.desk, b.id))
        if r is None:
            return
        path = dialogs.save_path(
            self, self.tr("Save receipt"), os.path.expanduser(f"~/{file_name(r)}"), self.tr("PDF files (*.pdf)")
        )
        if path and guarded(self, lambda: printing.write_pdf(receipt_html(r), path, self.desk.data_dir) or True):
            dialogs.inform(self, self.tr("Receipt"), self.tr("Saved {path}").format(path=path))

    def _receipt_html(self) -> str | None:
        b = self.current()
        if not b or self.refused_for_operator():
            return None
        r = guarded(self, lambda: receipts.receipt(self.desk, b.id))
        return receipt_html(r) if r else None

    def print_receipt(self) -> None:
        html = self._receipt_html()
        if html:
            printing.print_html(self, html, self.desk.data_dir)

    def preview_receipt(self) -> None:
        html = self._receipt_html()
        if html:
            printing.preview_html(self, html, self.desk.data_dir)

    def _preview_key(self) -> None:
        if self.isVisible() and self.buttons["preview"].isEnabled():
            self.preview_receipt()
