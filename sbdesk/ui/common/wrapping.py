"""List items drawn whole: a reason, a refusal, a channel's name or a binding's line wraps over
as many lines as the list's width needs and is never cut with "…".

Qt's own list wraps only at spaces, sizes an item for one width and draws it at another, and
then elides what is left: a rule's source ending in a URL, "医保钱包 (national healthcare
security app)" in a narrow list, a binding's status at the end of its line. Here the height of
an item is computed from the same line breaking that draws it, at the list's current width.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere  # a URL breaks where it must; words at spaces


def text_layout(text: str, font: QFont, width: float, mode=WRAP) -> tuple[QTextLayout, float]:
    """The lines ``text`` takes at ``width`` pixels, and their height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y


class WrapDelegate(QStyledItemDelegate):
    """Each item as tall as its text needs at the list's width; the text drawn whole."""

    wrap_mode = WRAP  # what tests measure with

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def margin(self) -> int:
        """The room Qt's style keeps at each side of an item's text."""
        return self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1

    def text_width(self) -> int:
        return self.view.viewport().width() - 2 * self.margin()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        _, height = text_layout(opt.text, opt.font, self.text_width())
        return QSize(self.view.viewport().width(), int(height + 0.999) + 2)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)  # background, selection
        layout, _ = text_layout(text, opt.font, opt.rect.width() - 2 * self.margin())
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText))
        elif isinstance(brush, QBrush):
            painter.setPen(brush.color())
        else:
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        layout.draw(painter, QPointF(opt.rect.left() + self.margin(), opt.rect.top() + 1))
        painter.restore()


def wrap_items(view: QListView) -> WrapDelegate:
    """Make ``view`` draw every item whole, relaid out whenever its width changes."""
    delegate = WrapDelegate(view)
    view.setItemDelegate(delegate)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return delegate
