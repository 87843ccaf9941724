"""The report's bar chart: bindings made and ended per day, two bars a day.

Drawn with QPainter: PySide6-Essentials (what sbdesk ships) has no QtCharts, and a chart of
two series of counts needs an axis, bars and a legend, not a charting library. The same
``paint`` draws on the screen and into the image the printed report carries."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MADE = QColor("#1f6fb2")  # blue and orange: told apart with any of the common colour blindnesses
ENDED = QColor("#e07b00")


def nice_top(value: int) -> int:
    """The axis's top: at least ``value``, a round number (1, 2, 5 × 10ⁿ), 1 for an empty range."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return max(1, step * factor)
        step *= 10


def paint(p: QPainter, area: QRectF, days: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
    """Bars for (day, made, ended) into ``area``, an axis with its top value, the first, middle
    and last day under it, and the legend above."""
    metrics = QFontMetrics(p.font())
    line = metrics.height()
    top = nice_top(max([m for _, m, _ in days] + [e for _, _, e in days] + [0]))
    label_width = metrics.horizontalAdvance(str(top)) + 8
    plot = QRectF(area.left() + label_width, area.top() + line * 1.6, area.width() - label_width - 4, 0)
    plot.setBottom(area.bottom() - line * 1.4)
    # grid lines at round values, as many as have room for their numbers (长辈模式's large font)
    fitting = [n for n in (5, 2, 1) if top % n == 0 and plot.height() / n >= line * 1.3]
    steps = fitting[0] if fitting else 1
    for i in range(steps + 1):
        y = plot.bottom() - plot.height() * i / steps
        p.setPen(QColor("#808080") if i == 0 else QColor("#e0e0e0"))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(Qt.GlobalColor.black)
        value = str(top * i // steps)
        p.drawText(QRectF(area.left(), y - line / 2, label_width - 6, line), Qt.AlignmentFlag.AlignRight, value)
    p.setPen(QColor("#808080"))
    p.drawLine(plot.bottomLeft(), plot.topLeft())
    p.setPen(Qt.GlobalColor.black)
    # legend: two swatches and their words, top right
    x = plot.right()
    for colour, word in reversed(list(zip((MADE, ENDED), legend, strict=True))):
        width = metrics.horizontalAdvance(word)
        x -= width
        p.drawText(QRectF(x, area.top(), width + 2, line), Qt.AlignmentFlag.AlignLeft, word)
        x -= line * 0.9
        p.fillRect(QRectF(x, area.top() + line * 0.2, line * 0.6, line * 0.6), colour)
        x -= line
    if not days or plot.height() <= 0:
        return
    slot = plot.width() / len(days)
    bar = max(1.0, slot * 0.4)
    for i, (_, made, ended) in enumerate(days):
        left = plot.left() + i * slot + (slot - 2 * bar) / 2
        for j, (count, colour) in enumerate(((made, MADE), (ended, ENDED))):
            if count:
                height = plot.height() * count / top
                p.fillRect(QRectF(left + j * bar, plot.bottom() - height, bar, height), colour)
    for i in sorted({0, len(days) // 2, len(days) - 1}):
        text = days[i][0]
        width = metrics.horizontalAdvance(text)
        centre = plot.left() + (i + 0.5) * slot
        x = min(max(centre - width / 2, plot.left()), plot.right() - width)
        p.drawText(QRectF(x, plot.bottom() + 2, width + 2, line), Qt.AlignmentFlag.AlignLeft, text)


def image(days: list[tuple[str, int, int]], legend: tuple[str, str], size: QSize) -> QImage:
    """The chart as a picture (for the printed report)."""
    picture = QImage(size, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.white)
    p = QPainter(picture)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(p.font())
        font.setPixelSize(max(12, size.height() // 16))  # read at the page's scale, not the screen's
        p.setFont(font)
        paint(p, QRectF(0, 0, size.width(), size.height()), days, legend)
    finally:
        p.end()
    return picture


class BarChart(QWidget):
    """Made and ended per day, on the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.days: list[tuple[str, int, int]] = []
        self.legend = ("", "")
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_days(self, days: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
        self.days, self.legend = days, legend
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), Qt.GlobalColor.white)
            paint(p, QRectF(self.rect()).adjusted(6, 4, -6, -4), self.days, self.legend)
        finally:
            p.end()
