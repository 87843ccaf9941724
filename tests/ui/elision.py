"""Finding texts a person cannot read whole: a label, button, table cell, header, list item,
combo box, input field (a line edit, a spin box's number, an editable combo box's text, or the
hint shown while empty) or tab whose text is wider than the room it is drawn in (Qt then elides
it with "…" or cuts it off), or a wrapped label given fewer lines than its text needs. Generic: every visible widget of a window is looked at."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _width(font_metrics: QFontMetrics, text: str) -> int:
    return max((font_metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()})"


def _visible_rows(view: QAbstractItemView, parent: QModelIndex, limit: int = 40):
    model = view.model()
    for row in range(min(model.rowCount(parent), limit)):
        index = model.index(row, 0, parent)
        rect = view.visualRect(index)
        if rect.isValid() and rect.intersects(view.viewport().rect()):
            yield row


def _cells(view: QAbstractItemView, widget_name: str) -> list[str]:
    """Cells whose text Qt elides: wider than the cell minus the item margins."""
    found = []
    model = view.model()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    columns = model.columnCount() if not isinstance(view, QListView) else 1
    for row in _visible_rows(view, QModelIndex()):
        for column in range(columns):
            if isinstance(view, QTreeView) and view.isColumnHidden(column):
                continue
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect = view.visualRect(index)
            room = view.viewport().width() - rect.left() if isinstance(view, QListView) else rect.width()
            if isinstance(view, QTableView) and rect.right() > view.viewport().width():  # scrolled out of sight
                found.append(f"{widget_name} cell ({row}, {column}) {text!r}: beyond the table's right edge")
                continue
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            metrics = QFontMetrics(font)
            if view.wordWrap():  # wrapped: cut short only where the lines need more height than the row has
                lines = metrics.boundingRect(
                    QRect(0, 0, max(room - margin, 1), 100_000),
                    Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere,
                    text,
                )
                if lines.height() > rect.height() + SLACK:
                    found.append(
                        f"{widget_name} cell ({row}, {column}) {text!r}: needs {lines.height()}px "
                        f"high, has {rect.height()}px"
                    )
                continue
            need = _width(metrics, text) + margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                need += view.iconSize().width() + 4
            if need > room + SLACK:
                found.append(f"{widget_name} cell ({row}, {column}) {text!r}: needs {need}px, has {room}px")
    return found


def _header(header: QHeaderView, widget_name: str) -> list[str]:
    found = []
    model = header.model()
    if model is None or not header.isVisible():
        return found
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        need = _width(metrics, text) + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        stretched_last = header.stretchLastSection() and section == header.count() - 1
        if need > header.sectionSize(section) + SLACK and not stretched_last:
            found.append(f"{widget_name} header {text!r}: needs {need}px, has {header.sectionSize(section)}px")
    return found


def field_room(edit: QLineEdit) -> int:
    """The pixels a line edit draws its text in: inside its frame, text margins and the 2 px
    Qt keeps on each side (the text scrolls, or the hint is cut with "…", beyond them)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inner = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return inner.width() - margins.left() - margins.right() - 2 * 2


def _field(edit: QLineEdit, name: str) -> list[str]:
    """A typed text that does not fit scrolls out of sight; an empty box's hint is cut with "…"."""
    text = edit.text() if edit.echoMode() == QLineEdit.EchoMode.Normal else ""
    shown = text or edit.placeholderText()
    if not shown:
        return []
    need, room = _width(edit.fontMetrics(), shown), field_room(edit)
    if need > room + SLACK:
        what = "text" if text else "hint"
        return [f"{name} {what} {shown!r}: needs {need}px, has {room}px"]
    return []


def elided_texts(window: QWidget) -> list[str]:
    """Every text shown cut short in ``window`` as it is on screen now."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        name = _name(widget)
        metrics = widget.fontMetrics()
        if (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.text()
            and widget.textFormat() != Qt.TextFormat.RichText
            and not ("<" in widget.text() and ">" in widget.text())
        ):
            text = (
                widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                if widget.buddy() is not None
                else widget.text()
            )
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * max(widget.indent(), 0)
            if _width(metrics, text) > room + SLACK:
                found.append(f"{name} {text!r}: needs {_width(metrics, text)}px, has {room}px")
        elif (
            isinstance(widget, QLabel)
            and widget.wordWrap()
            and widget.text()
            and widget.height() + SLACK < widget.heightForWidth(widget.width())
        ):  # wrapped, but given fewer lines than it needs: the last ones are cut off below
            text = widget.text() if len(widget.text()) <= 60 else widget.text()[:57] + "…"
            found.append(
                f"{name} {text!r}: needs {widget.heightForWidth(widget.width())}px high, has {widget.height()}px"
            )
        elif isinstance(widget, QAbstractButton) and widget.text() and not widget.inherits("QToolButton"):
            text = widget.text().replace("&", "")
            need = _width(metrics, text)
            room = widget.contentsRect().width() - 8
            if widget.inherits("QCheckBox") or widget.inherits("QRadioButton"):
                room -= widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget) + 4
            if need > room + SLACK:
                found.append(f"{name} {text!r}: needs {need}px, has {room}px")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            need = _width(metrics, widget.currentText())
            if need > field.width() + SLACK:
                found.append(f"{name} {widget.currentText()!r}: needs {need}px, has {field.width()}px")
        elif isinstance(widget, QLineEdit):  # a spin box's and an editable combo box's field too
            holder = widget.parentWidget()
            found += _field(widget, f"{_name(holder)}/{name}" if not widget.objectName() and holder else name)
        elif isinstance(widget, QHeaderView):
            found += _header(widget, _name(widget.parentWidget()))
        elif (
            isinstance(widget, QAbstractItemView)
            and widget.model() is not None
            and not isinstance(widget.parentWidget(), QComboBox)
            and not widget.inherits("QComboBoxListView")
        ):
            found += _cells(widget, name)
        elif (
            isinstance(widget, QScrollArea)
            and widget.widget() is not None
            and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and widget.widget().width() > widget.viewport().width() + SLACK
        ):
            found.append(
                f"{name}: its content is {widget.widget().width()}px wide, cut at {widget.viewport().width()}px"
            )
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                text = widget.tabText(i).replace("&", "")
                need = _width(metrics, text)
                room = (
                    widget.tabRect(i).width()
                    - 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget) // 2
                )
                if need > room + SLACK:
                    found.append(f"{name} tab {text!r}: needs {need}px, has {room}px")
    return found
