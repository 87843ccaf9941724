"""家庭成员: search people as you type, see one person's family and bindings, add/edit/delete."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import DamagedPerson
from ...services import people, qinqing
from ...services.changes import PERSON, Changes
from ...services.desk import Desk
from ..common import dialogs
from ..common.columns import size_to_widest
from ..common.guard import guarded
from ..common.plain import Label, tip
from ..common.retranslate import Retranslating
from ..common.texts import application_status_label, problem_text
from ..common.widgets import list_table, replace, tab_order
from . import listing
from .debounce import Debounce
from .detail import DetailPane
from .empty_hint import EmptyHint, typed_fields
from .listing import listed
from .model import COLUMNS, NAME, ORDER_OF, PeopleModel, PersonRole

if TYPE_CHECKING:  # imported where first used (a faster start)
    from ...domain.qinqing import Application
    from .person_dialog import PersonDialog

PAGEABLE = ("name", "id_number")  # orders everyone can be paged in (indexed); others apply to searches


class PeopleTable(QTableView):
    """Enter acts on the selected row; Tab leaves the table; typing goes to the search box
    (a card reader swiped while the table has the focus starts a new search, not Qt's
    jump-to-row that would leave Enter on the previous person)."""

    activated_row = Signal()
    typed = Signal(str)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit()
            return
        text = event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


class MembersTab(Retranslating, QWidget):
    changed = Signal(object)  # Changes: people added, edited or deleted
    resume_requested = Signal(int)  # an unfinished 亲情服务 application to go on with
    bind_requested = Signal(object)  # 办理共济绑定 for this Person
    import_requested = Signal()  # the empty list's "import a file"

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("membersTab")
        self.desk = desk
        self.dialog: PersonDialog | None = None
        self._sized = False
        self._columns_width = 0  # the people table's columns together, once measured
        self._squeezed = False  # the columns' padding shrunk to fit the table below the pane
        self.unfinished: list[Application] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.capped = Label(self)
        self.capped.setObjectName("searchCapped")
        self.capped.hide()
        self.model = PeopleModel(lambda ids: people.rows(desk, ids), self.region_name, self)
        self.order: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)  # pinyin order of names
        self.table = PeopleTable(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        list_table(self.table)
        self.table.horizontalHeader().setSortIndicator(*self.order)
        self.table.setSortingEnabled(True)  # a header click asks the database (model.sort)
        self.model.sorter = self.sort_by
        self.table.setAlternatingRowColors(True)
        self.detail = DetailPane(self.region_name, self)
        self.detail.drafts.resume_requested.connect(self.resume_requested)
        self.buttons = {k: QPushButton(self) for k in ("add", "edit", "bind", "delete", "reveal", "resume", "pension")}
        for key, button in self.buttons.items():
            button.setObjectName(f"{key}PersonButton")
        self.buttons["add"].clicked.connect(self.add_person)
        self.buttons["edit"].clicked.connect(self.edit_person)
        self.buttons["bind"].clicked.connect(self.request_binding)
        self.buttons["delete"].clicked.connect(self.delete_person)
        self.buttons["reveal"].clicked.connect(self.reveal_id)
        self.buttons["resume"].clicked.connect(self.resume_application)
        self.buttons["pension"].clicked.connect(self.open_pension)

        row = self.search_row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for button in self.buttons.values():
            row.addWidget(button)
        self.button_row = QHBoxLayout()  # the buttons, when beside the search box they would squeeze it
        self.button_row.addStretch(1)
        self._buttons_below = False
        self.empty = EmptyHint(self)  # in place of an empty list: what to do first
        self.empty.add.clicked.connect(self.add_person)
        self.empty.load.clicked.connect(self.import_requested)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.menu_actions = {k: QAction(self) for k in ("bind", "edit", "pension", "delete")}
        for key, slot in (
            ("bind", self.request_binding),
            ("edit", self.edit_person),
            ("pension", self.open_pension),
            ("delete", self.delete_person),
        ):
            self.menu_actions[key].triggered.connect(slot)
            self.table.addAction(self.menu_actions[key])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        # in a scroll area: a new person's longer texts re-lay out the pane alone, not the
        # whole window (which repainted every widget on every keystroke), and a small window
        # or 长辈模式 can scroll the pane
        self.detail_area = QScrollArea(self)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setWidget(self.detail)
        split.addWidget(self.detail_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(self.button_row)
        layout.addWidget(self.capped)
        layout.addWidget(split, 1)

        self.timer = QTimer(self)  # a burst's short wait (a person's keys search at once: see debounce.py)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_search)
        self.debounce = Debounce()
        self._last_text = self.search.text()
        self._paged: tuple[str, bool] | None = None  # everyone listed, paged in this order
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self._search_now_and_focus_table)
        self.table.selectionModel().currentRowChanged.connect(self.show_current)
        self.table.activated_row.connect(self.edit_person)
        self.table.typed.connect(self._typed_in_table)
        tab_order(self.search, *self.buttons.values(), self.table, self.detail_area)
        QShortcut(
            QKeySequence.StandardKey.Delete, self.table, self.delete_person, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.retranslate()
        self.run_search()

    def _page_down(self):
        order, descending = self._paged
        return lambda after: people.id_page(self.desk, after, listing.PAGE, order, descending)

    def _search_down(self, text: str, order: str, descending: bool):
        return lambda after: people.search_page(self.desk, text, after, listing.MATCHES_PAGE, order, descending)

    def _page_up(self):
        order, descending = self._paged
        return lambda before: people.id_page_before(self.desk, before, listing.PAGE, order, descending)

    def _scrolled(self, value: int) -> None:
        """At the top of a list that starts mid-way (after going to one person): the rows above."""
        bar = self.table.verticalScrollBar()
        if value == bar.minimum() and self.model.can_page_up():
            added = self.model.page_up()
            if added:
                per_item = self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
                bar.setValue(bar.value() + added * (1 if per_item else max(1, self.table.rowHeight(0))))

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        if (column, order) != self.order:
            self.order = (column, order)
            self.run_search()

    def region_name(self, code: str) -> str:
        region = self.desk.catalogue.get(code)
        return region.name if region else code

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, ID number or card number (Ctrl+F)"))
        self.capped.setText(
            self.tr("Showing the first {n:,} matches; type more to narrow the search.").format(n=listing.MATCHES_SHOWN)
        )
        self.search.setAccessibleName(self.tr("Search people"))
        self.table.setAccessibleName(self.tr("People"))
        labels = {
            "add": self.tr("&Add…"),
            "edit": self.tr("&Edit…"),
            "bind": self.tr("&Bind…"),
            "delete": self.tr("&Delete"),
            "reveal": self.tr("Show full &ID"),
            "resume": self.tr("&Resume 亲情服务…"),
            "pension": self.tr("&Pension…"),
        }
        for key, text in labels.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text.replace("&", "").rstrip("…"))
        self.buttons["reveal"].setToolTip(self.tr("Shows the selected person's full ID number; this is logged."))
        self.buttons["bind"].setToolTip(self.tr("Start a family-sharing binding with this person filled in (Ctrl+B)."))
        for key, text in {
            "bind": self.tr("Start a family-sharing &binding…"),
            "edit": self.tr("&Edit…"),
            "pension": self.tr("&Pension…"),
            "delete": self.tr("&Delete"),
        }.items():
            self.menu_actions[key].setText(text)
        self.empty.retranslate()
        self.model.refresh()  # sexes, insurance kinds and headers in the new language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.layout() is not None:
            self._arrange_buttons()  # the words' widths changed

    # -- search -----------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        """Search now, or after a burst's short wait (the search is synchronous and takes
        milliseconds, so a key never waits behind a running one)."""
        keys, self._last_text = abs(len(text) - len(self._last_text)) or 2, text  # same length: a replaced text
        wait = self.debounce.wait_ms(time.monotonic() * 1000, keys)
        if wait <= 0:
            self.run_search()
        else:
            self.timer.start(round(wait))

    def run_search(self) -> None:
        """Matches for the typed text; with nothing typed, everyone, paged in as the view scrolls."""
        self.timer.stop()
        text = self.search.text().strip()
        column, way = self.order
        order, descending = ORDER_OF[column], way == Qt.SortOrder.DescendingOrder
        if not text and order not in PAGEABLE:  # everyone, in an order only a search can have
            self.order, order, descending = (NAME, Qt.SortOrder.AscendingOrder), "name", False
            header = self.table.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(*self.order)
            header.blockSignals(blocked)
        found = listed(self, text, order, descending, read=lambda fn: guarded(self, fn))
        if found is None:
            return
        ids, more, capped = found
        self.capped.setVisible(capped)
        self.model.set_ids(ids, more)
        if ids and not self._sized:  # once, so columns do not jump while typing
            self.size_columns()
            self._sized = True
        self._show_empty(not ids, text)
        if ids:  # the detail pane and the buttons follow through currentRowChanged
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.detail.show_detail(None)
            self._update_buttons()

    def size_columns(self) -> None:
        """Widths from the font and the longest thing each column holds, not from reading
        rows (Qt's resize-to-contents asks a million-row model for hundreds of cells)."""
        self._columns_width = size_to_widest(self.table, COLUMNS)  # the last one stretches past it
        self._arrange()

    def _arrange_buttons(self) -> None:
        """The buttons beside the search box while the box keeps room for its whole hint; else
        on a row of their own below it (长辈模式 or a small window cut the hint to 按姓名、身…)."""
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 4 * self.search.height()
        buttons = sum(b.sizeHint().width() + self.search_row.spacing() for b in self.buttons.values())
        margins = self.layout().contentsMargins()
        below = hint + buttons > self.width() - margins.left() - margins.right()
        if below == self._buttons_below:
            return
        self._buttons_below = below
        for button in self.buttons.values():
            (self.search_row if below else self.button_row).removeWidget(button)
            if below:
                self.button_row.insertWidget(self.button_row.count() - 1, button)  # before the stretch
            else:
                self.search_row.addWidget(button)

    def _arrange(self) -> None:
        """The table beside the detail pane while every column fits; else the pane goes below
        it, so a larger font (长辈模式) or a small window never cuts an ID number or a date short."""
        self._arrange_buttons()
        if not self._columns_width:
            return
        table = self._columns_width + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        pane = 22 * self.fontMetrics().height()
        room = self.width() - self.layout().contentsMargins().left() - self.layout().contentsMargins().right()
        wanted = (
            Qt.Orientation.Horizontal if table + self.split.handleWidth() + pane <= room else Qt.Orientation.Vertical
        )
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
        # below the pane and still short of room: closer columns before a sideways scrollbar (when
        # they fit, the widths, a clerk's own too, stay as they are)
        squeezed = wanted == Qt.Orientation.Vertical and table > room
        if squeezed or self._squeezed:
            self._squeezed = squeezed
            size_to_widest(self.table, COLUMNS, room=room - table + self._columns_width if squeezed else None)
        if wanted == Qt.Orientation.Horizontal and self.split.sizes()[0] < table:  # every column shown whole
            self.split.setSizes([table, max(pane, room - table - self.split.handleWidth())])

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange) and self._sized:
            self.size_columns()  # the widths follow the font and the words (长辈模式, language)

    def _show_empty(self, empty: bool, text: str) -> None:
        self.empty.show_for(text if empty else None)
        self.table.setVisible(not empty)

    def _typed_in_table(self, text: str) -> None:
        """Typing (or a swipe) while the list has the focus starts a new search."""
        self.search.setFocus()
        self.search.setText(text)

    def _search_now_and_focus_table(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def apply(self, changes: Changes) -> None:
        """A write elsewhere: the list again for people or regions (names, region names), the
        selected person's detail for their bindings or applications; nothing else."""
        if changes.people or changes.catalogue or changes.policy:
            current = self.current_person()
            self.run_search()
            if current:
                self.select_person(current.id)
        elif changes.bindings or changes.applications:
            self.show_current()

    # -- selection --------------------------------------------------------------
    def current_person(self):
        index = self.table.currentIndex()
        person = index.data(PersonRole) if index.isValid() else None
        return None if isinstance(person, DamagedPerson) else person  # nothing to show or change

    def show_current(self, *_) -> None:
        person = self.current_person()
        self.detail.show_detail(
            guarded(self, lambda: people.detail(self.desk, person.id)) if person else None,
            revealed=bool(person) and self.model.is_revealed(person.id),
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        person = self.current_person()
        for key in ("edit", "bind", "delete", "reveal", "pension"):
            self.buttons[key].setEnabled(person is not None)
        for action in self.menu_actions.values():
            action.setEnabled(person is not None)

        self.unfinished = guarded(self, lambda: qinqing.unfinished(self.desk, person.id)) if person else []
        self.buttons["resume"].setEnabled(bool(self.unfinished))
        self.detail.drafts.show_applications(self.unfinished or [])
        self.buttons["resume"].setToolTip(
            tip(
                "\n".join(
                    self.tr("#{id} {member}: {status}").format(
                        id=a.id, member=a.member_name or "—", status=application_status_label(a.status)
                    )
                    for a in self.unfinished or []
                )
            )
        )

    def open_pension(self) -> None:
        person = self.current_person()
        if person:
            from ..pension.dialog import PensionDialog  # imported on first use

            dialog = guarded(self, lambda: PensionDialog(self.desk, person, self))  # reads the rules
            if dialog is None:
                return
            self.pension = replace(getattr(self, "pension", None), dialog)
            self.pension.open()

    def resume_application(self) -> None:
        if self.unfinished:
            self.resume_requested.emit(self.unfinished[0].id)

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0 and self._paged:  # not paged in yet: list everyone from around that person on
            order, descending = self._paged
            before, after = people.ids_around(self.desk, person_id, listing.PAGE // 2, order, descending)
            self.model.set_ids(before + after, self._page_down(), self._page_up() if before else None)
            row = self.model.row_of(person_id)
        while (
            row < 0 and not self._paged and self.model.canFetchMore() and self.model.rowCount() < listing.MATCHES_SHOWN
        ):
            self.model.fetchMore()  # a match further down than the first page: page on to them
            row = self.model.row_of(person_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    # -- actions ----------------------------------------------------------------
    def add_person(self) -> None:
        """A search that found nobody hands what was typed (swiped) to the new person."""
        text = self.search.text().strip() if self.model.rowCount() == 0 else ""
        from .person_dialog import PersonDialog  # when first used: a faster start

        self._open_dialog(PersonDialog(self.desk, None, self, prefill=typed_fields(text)))

    def request_binding(self) -> None:
        person = self.current_person()
        if person:
            self.bind_requested.emit(person)

    def edit_person(self) -> None:
        person = self.current_person()
        if person:
            from .person_dialog import PersonDialog

            self._open_dialog(PersonDialog(self.desk, person, self))

    def _open_dialog(self, dialog: PersonDialog) -> None:
        self.dialog = replace(self.dialog, dialog)
        dialog.saved.connect(self._after_save)
        dialog.open()

    def _after_save(self, person) -> None:
        self.run_search()
        self.select_person(person.id)
        self.model.refresh()
        self.show_current()
        self.changed.emit(self.dialog.changes if self.dialog is not None else PERSON)

    def delete_person(self) -> None:
        person = self.current_person()
        if not person:
            return
        blockers = guarded(self, lambda: people.delete_blockers(self.desk, person.id))
        if blockers is None:
            return
        if blockers:  # said before asking: a question whose Yes can only fail wastes a clerk's time
            dialogs.inform(self, self.tr("Delete person"), "\n".join(problem_text(p) for p in blockers), error=True)
            return
        if not dialogs.ask(
            self,
            self.tr("Delete person"),
            self.tr("Delete {name} and their ended bindings? This cannot be undone.").format(name=person.name),
        ):
            return
        if guarded(self, lambda: people.delete(self.desk, person.id) or True):
            self.run_search()
            self.changed.emit(PERSON)

    def reveal_id(self) -> None:
        person = self.current_person()
        if person and guarded(self, lambda: people.reveal(self.desk, person, "members tab")):
            self.model.reveal(person.id)
            self.show_current()
