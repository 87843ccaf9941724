"""The people table: holds only row ids and fetches people a block at a time, so a table
of a million people opens at once and scrolls by fetching only what is shown."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.idnumber import mask
from ...domain.models import Person
from ..common.texts import insurance_label, sex_label

NAME, ID_NUMBER, SEX, BIRTH, REGION, INSURANCE, CARD = range(7)
PersonRole = Qt.ItemDataRole.UserRole + 1
BLOCK = 256


class PeopleModel(QAbstractTableModel):
    def __init__(self, fetch: Callable[[list[int]], list[Person]], region_name: Callable[[str], str],
                 parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._region_name = region_name
        self._ids: list[int] = []
        self._more: Callable[[int], list[int]] | None = None
        self._blocks: dict[int, dict[int, Person]] = {}
        self._revealed: set[int] = set()

    def set_ids(self, ids: list[int], more: Callable[[int], list[int]] | None = None) -> None:
        """The rows to show; ``more(after_id)`` pages in further ids as the view scrolls down."""
        self.beginResetModel()
        self._ids, self._blocks, self._more = ids, {}, more
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._more is None:
            return
        page = self._more(self._ids[-1] if self._ids else 0)
        if not page:
            self._more = None
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(page) - 1)
        self._ids.extend(page)
        self.endInsertRows()

    def refresh(self) -> None:
        """Drop cached rows (after an edit) without losing the row list."""
        self._blocks = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, CARD))

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
            ids = self._ids[block * BLOCK:(block + 1) * BLOCK]
            self._blocks[block] = {p.id: p for p in self._fetch(ids)}
            if len(self._blocks) > 64:  # keep memory flat while scrolling far
                self._blocks.pop(next(iter(self._blocks)))
        return self._blocks[block].get(self._ids[row])

    def row_of(self, person_id: int) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else CARD + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        p = self.person(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role == PersonRole:
            return p
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            col = index.column()
            if col == NAME:
                return p.name
            if col == ID_NUMBER:
                return p.id_number if p.id in self._revealed else mask(p.id_number)
            if col == SEX:
                return sex_label(p.sex)
            if col == BIRTH:
                return p.birth_date.isoformat() if p.birth_date else ""
            if col == REGION:
                return self._region_name(p.region_code)
            if col == INSURANCE:
                return insurance_label(p.insurance)
            if col == CARD:
                return p.card_number or ""
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("ID number"), self.tr("Sex"), self.tr("Born"),
                    self.tr("Region"), self.tr("Insurance"), self.tr("Card number")][section]
        return super().headerData(section, orientation, role)
