"""Small widgets used across dialogs and pages."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QRegularExpression, QThread
from PySide6.QtGui import QColor, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from .plain import Label

T = TypeVar("T", bound=QObject)


class ErrorLabel(Label):
    """A problem shown next to what caused it: red, wrapped, and hidden while empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        colour(self, "#b00020")
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")

    show_text = setText


def colour(label: QLabel, text: str | None = None, background: str | None = None) -> None:
    """Colours through the palette, not a style sheet: a style sheet freezes the widget's font
    at the size it had when applied, and 长辈模式's larger font would pass it by."""
    palette = QPalette()
    if text:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    if background:
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
    label.setPalette(palette)
    label.setAutoFillBackground(background is not None)


def list_table(view: QTableView, resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive) -> QTableView:
    """A table of records: whole rows selected one at a time, Tab moves on, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(resize)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def id_number_field(edit: QLineEdit) -> QLineEdit:
    """Only what an ID number can hold: digits (full-width too, as an input method types them),
    X, the spaces people group it with, and the * of a number shown masked; the domain
    normalises and checks the rest."""
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9\uff10-\uff19Xx\uff38\uff58 *]{0,24}"), edit))
    return edit


def replace(old: QObject | None, new: T) -> T:
    """Hand back ``new`` and delete the dialog or finished job it replaces (a job still queued
    or running is left to finish): a window open all
    day would otherwise keep every dialog it ever showed, and grow with each one."""
    if old is not None and old is not new and not (isinstance(old, QThread) and not old.isFinished()):
        old.deleteLater()
    return new


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order, the order they are read on screen (Qt's
    default is the order they were made, which follows the code, not the layout)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
