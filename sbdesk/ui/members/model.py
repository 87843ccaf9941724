"""The people table: holds only row ids and fetches people a block at a time, so a table
of a million people opens at once and scrolls by fetching only what is shown. The ids come
already ordered by the database (pinyin order of names, or the column clicked): a header
click asks for the ids again in that order, nothing is sorted here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.idnumber import mask
from ...domain.messages import QT_TRANSLATE_NOOP
from ...domain.models import INSURANCE as INSURANCE_KINDS
from ...domain.models import DamagedPerson, Person
from ..common.columns import Column, headers
from ..common.texts import insurance_label, sex_label

_CONTEXT = "PeopleModel"
# The columns, once: text of a cell from (model, person), the store's order a header click
# asks for (store/people.py ORDERS), and the widest texts each may hold (for the widths).
COLUMNS = (
    Column(_CONTEXT, QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda m, p: p.name, "name", lambda: ["王欧阳秀英"]),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PeopleModel", "ID number"),
        lambda m, p: p.id_number if p.id in m._revealed else mask(p.id_number),
        "id_number",
        lambda: ["110105********002X"],
    ),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PeopleModel", "Sex"),
        lambda m, p: sex_label(p.sex),
        "sex",
        lambda: [sex_label("male"), sex_label("female")],
    ),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PeopleModel", "Born"),
        lambda m, p: p.birth_date.isoformat() if p.birth_date else "",
        "birth_date",
        lambda: ["1949-12-31"],
    ),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PeopleModel", "Region"),
        lambda m, p: m._region_name(p.region_code),
        "region",
        lambda: ["恩施土家族苗族自治州"],
    ),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PeopleModel", "Insurance"),
        lambda m, p: insurance_label(p.insurance),
        "insurance",
        lambda: [insurance_label(k) for k in INSURANCE_KINDS],
    ),
    Column(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PeopleModel", "Card number"),
        lambda m, p: p.card_number or "",
        "card_number",
        lambda: ["A12345678"],
    ),
)
NAME, ID_NUMBER, SEX, BIRTH, REGION, INSURANCE, CARD = range(len(COLUMNS))
ORDER_OF = tuple(c.order for c in COLUMNS)
PersonRole = Qt.ItemDataRole.UserRole + 1
BLOCK = 64  # rows fetched at once: about two screens (a keystroke waits for the first)
KEPT = 256  # blocks kept while scrolling far (16,384 rows), so memory stays flat
# data() runs for every role of every cell painted (a dozen roles): roles as plain ints and
# each row's texts made once keep a repaint cheap
_DISPLAY, _ACCESSIBLE, _PERSON = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
    int(PersonRole),
)


class PeopleModel(QAbstractTableModel):
    def __init__(
        self, fetch: Callable[[list[int]], list[Person]], region_name: Callable[[str], str], parent=None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._region_name = region_name
        self._ids: list[int] = []
        self._more: Callable[[int], list[int]] | None = None
        self._less: Callable[[int], list[int]] | None = None
        self._rows: dict[int, int] | None = None  # id -> row, made when first asked for
        self._blocks: dict[int, dict[int, Person]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # person id -> the row's seven texts
        self._headers: list[str] | None = None
        self._revealed: set[int] = set()
        self.sorter: Callable[[int, Qt.SortOrder], None] | None = None

    def set_ids(
        self,
        ids: list[int],
        more: Callable[[int], list[int]] | None = None,
        less: Callable[[int], list[int]] | None = None,
    ) -> None:
        """The rows to show; ``more(after_id)`` pages in further ids as the view scrolls down,
        ``less(before_id)`` the ids above when the list starts mid-way (see page_up)."""
        self.beginResetModel()
        self._ids, self._blocks, self._more, self._less, self._rows = ids, {}, more, less, None
        self._texts = {}
        self.endResetModel()

    def replace_ids(self, ids: list[int], more: Callable[[int], list[int]] | None = None) -> None:
        """The rows again after another desk wrote, as a layout change, not a reset: each
        selected or current row follows its person (by id) and the view keeps its scroll;
        a person no longer listed drops out of the selection. Rows are fetched again."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows = {pid: row for row, pid in enumerate(ids)}
        moved = []
        for index in old:
            row = rows.get(self._ids[index.row()], -1) if 0 <= index.row() < len(self._ids) else -1
            moved.append(self.createIndex(row, index.column()) if row >= 0 else QModelIndex())
        self._ids, self._more, self._less, self._rows = ids, more, None, rows
        self._blocks, self._texts = {}, {}
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the tab asks the database for the ids in that order."""
        if self.sorter is not None:
            self.sorter(column, order)

    def _append(self, page: list[int]) -> None:
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(page) - 1)
        if self._ids:  # the last block was fetched short: fetch it again with the new rows
            self._blocks.pop((len(self._ids) - 1) // BLOCK, None)
        if self._rows is not None:
            self._rows.update(zip(page, range(len(self._ids), len(self._ids) + len(page)), strict=True))
        self._ids.extend(page)
        self.endInsertRows()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._more is None:
            return
        page = self._more(self._ids[-1] if self._ids else 0)
        if not page:
            self._more = None
            return
        self._append(page)

    def can_page_up(self) -> bool:
        return self._less is not None and bool(self._ids)

    def page_up(self) -> int:
        """Put the page above the first row in front (the view scrolled to the top of a list
        that starts mid-way); the number of rows added."""
        page = self._less(self._ids[0]) if self.can_page_up() else []
        if not page:
            self._less = None
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
        self._ids[:0] = page
        self._blocks, self._rows = {}, None  # every row moved down
        self.endInsertRows()
        return len(page)

    def refresh(self) -> None:
        """Drop cached rows (after an edit or a change of language) without losing the row list."""
        self._blocks, self._texts, self._headers = {}, {}, None
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def reveal(self, person_id: int) -> None:
        self._revealed.add(person_id)
        self.refresh()

    def is_revealed(self, person_id: int) -> bool:
        return person_id in self._revealed

    def person(self, row: int) -> Person | None:
        if not 0 <= row < len(self._ids):
            return None
        block = row // BLOCK
        if block not in self._blocks:
            ids = self._ids[block * BLOCK : (block + 1) * BLOCK]
            self._blocks[block] = {p.id: p for p in self._fetch(ids)}
            if len(self._blocks) > KEPT:  # keep memory flat while scrolling far
                self._blocks.pop(next(iter(self._blocks)))
        return self._blocks[block].get(self._ids[row])

    def row_of(self, person_id: int) -> int:
        if self._rows is None:
            self._rows = {pid: row for row, pid in enumerate(self._ids)}
        return self._rows.get(person_id, -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if role != _DISPLAY and role != _ACCESSIBLE and role != _PERSON:
            return None
        p = self.person(index.row())
        if p is None:
            return None
        if role == _PERSON:
            return p
        texts = self._texts.get(p.id)
        if texts is None:
            if len(self._texts) > 4096:  # as flat as the blocks while scrolling far
                self._texts.clear()
            texts = self._texts[p.id] = (
                self._damaged(p) if type(p) is DamagedPerson else tuple(c.text(self, p) for c in COLUMNS)
            )
        return texts[index.column()]

    def _damaged(self, p: DamagedPerson) -> tuple[str, ...]:
        """A row the database cannot give back keeps its place, marked, with nothing else."""
        mark = self.tr("Damaged row #{id} ({column}): run sbdesk check, then restore a backup")
        return (mark.format(id=p.id, column=p.damaged),) + ("",) * (len(COLUMNS) - 1)

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if self._headers is None:
                self._headers = headers(COLUMNS)
            return self._headers[section]
        return super().headerData(section, orientation, role)
