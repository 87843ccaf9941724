"""The contribution timeline (paid months, interruptions) and the two monthly estimates,
drawn with QPainter so it renders the same on screen, offscreen and in print."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.pension import month_text

PAID, GAP, OVER, WITH, WITHOUT = (QColor("#43a047"), QColor("#ffb300"), QColor("#e53935"),
                                  QColor("#1e88e5"), QColor("#90caf9"))


class PensionChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pensionChart")
        self.setMinimumSize(480, 220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.report = None

    def show_report(self, report) -> None:
        self.report = report
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        r = self.report
        if r is None or not r.periods:
            p.setPen(self.palette().text().color())
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("No contribution periods yet"))
            p.end()
            return
        line = p.fontMetrics().height()
        self._timeline(p, QRectF(12, 10, self.width() - 24, line * 4), line)
        self._bars(p, QRectF(12, line * 5 + 20, self.width() - 24, self.height() - line * 5 - 30), line)
        p.end()

    def _timeline(self, p: QPainter, area: QRectF, line: int) -> None:
        r = self.report
        first = min(x.start for x in r.periods)
        span = max(r.as_of - first + 1, 1)
        bar = QRectF(area.left(), area.top() + line + 4, area.width(), line * 1.4)

        def x_of(month: int) -> float:
            return bar.left() + (month - first) / span * bar.width()

        p.setPen(self.palette().text().color())
        p.drawText(QPointF(area.left(), area.top() + line), self.tr("Contributions {first} – {last}").format(
            first=month_text(first), last=month_text(r.as_of)))
        p.fillRect(bar, PAID)
        for g in r.gaps:
            p.fillRect(QRectF(x_of(g.start), bar.top(), x_of(g.end + 1) - x_of(g.start), bar.height()),
                       OVER if g.over_limit else GAP)
        p.setPen(QPen(QColor("#455a64"), 1))
        p.setBrush(Qt.NoBrush)
        p.drawRect(bar)
        p.setPen(self.palette().text().color())
        y = bar.bottom() + line
        for g in r.gaps:
            p.drawText(QPointF(x_of(g.start), y), f"{month_text(g.start)}–{month_text(g.end)}")

    def _bars(self, p: QPainter, area: QRectF, line: int) -> None:
        r = self.report
        values = ((self.tr("with the interruptions"), r.actual.total, WITH),
                  (self.tr("if paid without interruption"), r.without_gaps.total, WITHOUT))
        top = max(v for _, v, _ in values) or 1.0
        amounts = [self.tr("{value:.2f} /month").format(value=v) for _, v, _ in values]
        label_w = max(p.fontMetrics().horizontalAdvance(t) for t, _, _ in values) + 12
        value_w = max(p.fontMetrics().horizontalAdvance(a) for a in amounts) + 12
        height = min(line * 2.0, area.height() / 2 - 6)
        for i, ((text, value, colour), amount) in enumerate(zip(values, amounts)):
            y = area.top() + i * (height + 10)
            width = max(area.width() - label_w - value_w, 10) * value / top
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(area.left(), y, label_w, height), Qt.AlignVCenter | Qt.AlignLeft, text)
            p.fillRect(QRectF(area.left() + label_w, y, width, height), colour)
            p.drawText(QRectF(area.left() + label_w + width + 6, y, value_w, height), Qt.AlignVCenter, amount)
