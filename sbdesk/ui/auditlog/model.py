"""The audit log's rows as a table model: a page at a time, newest first, the next page
fetched from the last row shown (keyset paging) as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...services import audit_log
from ...services.audit_log import Entry, Where
from ...services.desk import Desk
from . import labels

_DISPLAY = Qt.ItemDataRole.DisplayRole
NUMBER, WHEN, CLERK, ACTION, PERSON, DETAIL = range(6)


class AuditModel(QAbstractTableModel):
    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.where = Where()
        self.entries: list[Entry] = []
        self.more = False
        self.revealed: dict[int, str] = {}  # person id → the full number shown (audited)
        self.broken_from: int | None = None  # the chain breaks at this row: it and later ones in red

    def load(self, where: Where) -> None:
        """The first page of what ``where`` matches."""
        self.beginResetModel()
        self.where = where
        self.entries = audit_log.page(self.desk, where)
        self.more = len(self.entries) == audit_log.PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self.more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt's name
        if not self.more or not self.entries:
            return
        found = audit_log.page(self.desk, self.where, self.entries[-1].key)
        self.more = len(found) == audit_log.PAGE
        if found:
            self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries) + len(found) - 1)
            self.entries.extend(found)
            self.endInsertRows()

    def entry(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def reveal(self, person_id: int, number: str) -> None:
        self.revealed[person_id] = number
        self.dataChanged.emit(self.index(0, PERSON), self.index(max(len(self.entries) - 1, 0), PERSON))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 6

    def mark_broken(self, row: int | None) -> None:
        self.broken_from = row
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, DETAIL))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if self.broken_from is not None and e.id >= self.broken_from else None
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == NUMBER:
            return str(e.id)
        if column == WHEN:
            return e.at[:19].replace("T", " ")
        if column == CLERK:
            return e.operator
        if column == ACTION:
            return labels.label(e.action)
        if column == PERSON:
            pid = audit_log.person_id(e)
            if pid in self.revealed and e.person:
                return f"{e.person.split(' ')[0]} {self.revealed[pid]}"
            return e.person
        return labels.detail(e.detail)

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802 - Qt's name
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("No."),
            self.tr("When"),
            self.tr("Clerk"),
            self.tr("Action"),
            self.tr("Person"),
            self.tr("Detail"),
        )[section]
