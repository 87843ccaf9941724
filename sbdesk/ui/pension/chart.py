"""The contribution timeline up to the retirement month (paid, interruptions in red, the
projected part hatched) and the monthly estimates side by side, drawn with QPainter so it
renders the same on screen, offscreen and in print. Sizes follow the font (长辈模式)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.pension import covered, month_text
from ...services.pension import Report

PAID, GAP, PROJECTED = QColor("#43a047"), QColor("#d32f2f"), QColor("#2e7d32")
CONTINUED, STOPPED, FULL = QColor("#1e88e5"), QColor("#90a4ae"), QColor("#90caf9")
LINE = QColor("#37474f")


def runs(months: set[int], first: int, last: int) -> list[tuple[int, int]]:
    """Consecutive runs of ``months`` within first…last, as (start, end) inclusive."""
    out, start = [], None
    for m in range(first, last + 2):
        if m in months and m <= last and start is None:
            start = m
        elif (m not in months or m > last) and start is not None:
            out.append((start, m - 1))
            start = None
    return out


class PensionChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pensionChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.report: Report | None = None

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        hint = super().minimumSizeHint()
        fm = self.fontMetrics()
        legend = sum(
            fm.horizontalAdvance(t) + line * 2 + 6
            for t in (self.tr("paid"), self.tr("interruption"), self.tr("projected: paying on to retirement"))
        )
        hint.setWidth(max(hint.width(), line * 20, legend + line))  # the legend never drops an entry
        hint.setHeight(line * 13)
        return hint

    def show_report(self, report) -> None:
        self.report = report
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        r = self.report
        if r is None or not r.periods:
            p.setPen(self.palette().text().color())
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No contribution periods yet"),
            )
            p.end()
            return
        line = p.fontMetrics().height()
        margin = line // 2 + 4
        width = self.width() - 2 * margin
        self._timeline(p, QRectF(margin, margin, width, line * 5.5), line)
        if r.projection is not None:
            top = margin + line * 6
            self._bars(p, QRectF(margin, top, width, self.height() - top - margin), line)
        p.end()

    def _timeline(self, p: QPainter, area: QRectF, line: int) -> None:
        r = self.report
        j = r.projection
        first = min(x.start for x in r.periods)
        history_end = j.as_of if j else r.as_of
        last = max(j.retire_month - 1 if j else r.as_of, history_end, first)
        span = last - first + 1
        bar = QRectF(area.left(), area.top() + line * 1.3, area.width(), line * 1.5)

        def x_of(month: int) -> float:
            return bar.left() + (month - first) / span * bar.width()

        text = self.palette().text().color()
        p.setPen(text)
        title = (
            self.tr("Contributions {first} – {last}, then retirement in {retire}").format(
                first=month_text(first), last=month_text(last), retire=month_text(j.retire_month)
            )
            if j
            else self.tr("Contributions {first} – {last}").format(first=month_text(first), last=month_text(last))
        )
        p.drawText(
            QRectF(area.left(), area.top(), area.width(), line * 1.2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            p.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(area.width())),
        )
        paid = set(covered(r.periods, history_end))
        for a, b in runs(paid, first, history_end):
            p.fillRect(QRectF(x_of(a), bar.top(), x_of(b + 1) - x_of(a), bar.height()), PAID)
        for g in r.gaps:
            if g.start <= history_end:
                end = min(g.end, history_end)
                p.fillRect(QRectF(x_of(g.start), bar.top(), max(x_of(end + 1) - x_of(g.start), 2), bar.height()), GAP)
        if j and j.projected_months:
            projected = QRectF(x_of(history_end + 1), bar.top(), x_of(last + 1) - x_of(history_end + 1), bar.height())
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp hatch lines, in print too
            p.fillRect(projected, QColor("#e8f5e9"))
            p.fillRect(projected, QBrush(PROJECTED, Qt.BrushStyle.BDiagPattern))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(LINE, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        if j and j.projected_months:  # the as-of month: where the record ends and the projection begins
            x = x_of(history_end + 1)
            p.setPen(QPen(LINE, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
        # month labels under the bar: first, as-of (when projecting), last
        p.setPen(text)
        fm = p.fontMetrics()
        y = bar.bottom() + 2
        labels = [(bar.left(), month_text(first), Qt.AlignmentFlag.AlignLeft)]
        if j and j.projected_months:
            labels.append((
                x_of(history_end + 1),
                self.tr("today {month}").format(month=month_text(history_end)),
                Qt.AlignmentFlag.AlignHCenter,
            ))
        labels.append((bar.right(), month_text(last), Qt.AlignmentFlag.AlignRight))
        used: list[tuple[float, float]] = []
        for x, label, align in labels:
            w: float = fm.horizontalAdvance(label) + 6
            left = (
                x
                if align == Qt.AlignmentFlag.AlignLeft
                else x - w
                if align == Qt.AlignmentFlag.AlignRight
                else x - w / 2
            )
            left = min(max(left, bar.left()), bar.right() - w)
            if any(left < u_right and left + w > u_left for u_left, u_right in used):
                continue
            used.append((left, left + w))
            p.drawText(QRectF(left, y, w, line * 1.2), align | Qt.AlignmentFlag.AlignVCenter, label)
        # legend
        legend = [
            (PAID, Qt.BrushStyle.SolidPattern, self.tr("paid")),
            (GAP, Qt.BrushStyle.SolidPattern, self.tr("interruption")),
        ]
        if j and j.projected_months:
            legend.append((PROJECTED, Qt.BrushStyle.BDiagPattern, self.tr("projected: paying on to retirement")))
        x, y = area.left(), y + line * 1.5
        box = line * 0.9
        for colour, pattern, label in legend:
            w = box + 6 + fm.horizontalAdvance(label) + line
            if x + w > area.right() and x > area.left():
                break
            swatch = QRectF(x, y + (line * 1.2 - box) / 2, box, box)
            if pattern != Qt.BrushStyle.SolidPattern:
                p.fillRect(swatch, QColor("#e8f5e9"))
            p.fillRect(swatch, QBrush(colour, pattern))
            p.setPen(QPen(LINE, 1))
            p.drawRect(swatch)
            p.setPen(text)
            p.drawText(
                QRectF(x + box + 6, y, w, line * 1.2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
            x += w

    def _bars(self, p: QPainter, area: QRectF, line: int) -> None:
        j = self.report.projection
        if j.projected_months:
            bars = [
                (self.tr("paying on to retirement"), j.continued, CONTINUED),
                (self.tr("if paying stops now"), j.stopped, STOPPED),
            ]
        else:  # the retirement month has passed: nothing is projected
            bars = [(self.tr("from the periods on record"), j.continued, CONTINUED)]
        if j.effects and j.continued.eligible:
            bars.append((self.tr("had the interruptions been paid"), j.without_gaps, FULL))
        # short of the minimum years there is no monthly pension: no bar (the text gives the ways on)
        values = tuple((text, e.total, colour) for text, e, colour in bars if e.eligible)
        if not values:
            p.setPen(self.palette().text().color())
            p.drawText(
                area,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.tr("No monthly pension to show: fewer years paid than needed (the ways on are above)."),
            )
            return
        fm = p.fontMetrics()
        amounts = [self.tr("{value:.2f} a month").format(value=v) for _, v, _ in values]
        value_w = max(fm.horizontalAdvance(a) for a in amounts) + 12
        label_w = min(max(fm.horizontalAdvance(t) for t, _, _ in values) + 12, area.width() * 0.45)
        top = max(v for _, v, _ in values) or 1.0
        height = max(min(line * 2.2, (area.height() - 12) / 3 - 6), line * 1.1)
        for i, ((text, value, colour), amount) in enumerate(zip(values, amounts, strict=True)):
            y = area.top() + i * (height + 6)
            width = max(area.width() - label_w - value_w, 10) * value / top
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(area.left(), y, label_w, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(text, Qt.TextElideMode.ElideRight, int(label_w - 6)),
            )
            p.fillRect(QRectF(area.left() + label_w, y, width, height), colour)
            p.drawText(
                QRectF(area.left() + label_w + width + 6, y, value_w, height), Qt.AlignmentFlag.AlignVCenter, amount
            )
