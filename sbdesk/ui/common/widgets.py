"""Small widgets used across dialogs and pages."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView


class ErrorLabel(QLabel):
    """A problem shown next to what caused it: red, wrapped, and hidden while empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")

    show_text = setText


def list_table(view: QTableView, resize: QHeaderView.ResizeMode = QHeaderView.Interactive) -> QTableView:
    """A table of records: whole rows selected one at a time, Tab moves on, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(resize)
    view.horizontalHeader().setStretchLastSection(True)
    return view
