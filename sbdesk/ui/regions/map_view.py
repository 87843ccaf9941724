"""A schematic map of China's provinces, drawn with QPainter from resources/map/provinces.json.

Provinces with 统筹区 open for cross-province sharing are filled; hovering shows a
province's regions, clicking picks the province (the list beside it filters to it).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ... import paths

OPEN_FILL = QColor("#2e7d32")
SOME_FILL = QColor("#81c784")
NONE_FILL = QColor("#eceff1")
HOVER_PEN = QColor("#0d47a1")
LAT0 = math.radians(35)  # the projection's standard parallel: keeps shapes near right


@lru_cache(maxsize=1)
def outlines() -> dict:
    return json.loads((paths.resource_dir() / "map" / "provinces.json").read_text(encoding="utf-8"))


def _project(lon: float, lat: float) -> QPointF:
    return QPointF(lon * math.cos(LAT0), -lat)


def _centroid(points: list[QPointF]) -> QPointF:
    """Area centroid of a ring (falls back to the mean of its points when flat)."""
    area = cx = cy = 0.0
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        cross = a.x() * b.y() - b.x() * a.y()
        area += cross
        cx += (a.x() + b.x()) * cross
        cy += (a.y() + b.y()) * cross
    if abs(area) < 1e-9:
        return QPointF(sum(p.x() for p in points) / len(points), sum(p.y() for p in points) / len(points))
    return QPointF(cx / (3 * area), cy / (3 * area))


class MapView(QWidget):
    province_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("regionMap")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        data = outlines()
        self.shapes: dict[str, QPainterPath] = {}
        for name, rings in data["provinces"].items():
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for ring in rings:
                path.addPolygon(QPolygonF([_project(x, y) for x, y in ring]))
                path.closeSubpath()
            self.shapes[name] = path
        self.lines = []
        for line in data["lines"]:
            path = QPainterPath(_project(*line[0]))
            for x, y in line[1:]:
                path.lineTo(_project(x, y))
            self.lines.append(path)
        self.bounds = QRectF()
        for path in self.shapes.values():
            self.bounds = self.bounds.united(path.boundingRect())
        self.regions: dict[str, list[tuple[str, bool]]] = {}  # province -> [(region name, opened)]
        self.hover: str | None = None
        self.selected: str | None = None

    def set_regions(self, by_province: dict[str, list[tuple[str, bool]]]) -> None:
        self.regions = by_province
        self.update()

    def fill_for(self, province: str) -> QColor:
        entries = self.regions.get(province, [])
        opened = sum(1 for _, is_open in entries if is_open)
        if not opened:
            return NONE_FILL
        return OPEN_FILL if opened == len(entries) else SOME_FILL

    # -- geometry ---------------------------------------------------------------------
    def _scale(self) -> tuple[float, QPointF]:
        margin = 8
        sx = (self.width() - 2 * margin) / self.bounds.width()
        sy = (self.height() - 2 * margin) / self.bounds.height()
        s = min(sx, sy)
        offset = QPointF(margin + (self.width() - 2 * margin - self.bounds.width() * s) / 2 - self.bounds.left() * s,
                         margin + (self.height() - 2 * margin - self.bounds.height() * s) / 2 - self.bounds.top() * s)
        return s, offset

    def province_at(self, pos: QPointF) -> str | None:
        s, offset = self._scale()
        point = QPointF((pos.x() - offset.x()) / s, (pos.y() - offset.y()) / s)
        for name, path in self.shapes.items():
            if path.contains(point):
                return name
        return None

    def centre_of(self, province: str) -> QPointF:
        """Widget point inside the province's largest part (for labels and tests)."""
        s, offset = self._scale()
        biggest = max(outlines()["provinces"][province], key=len)
        points = [_project(x, y) for x, y in biggest]
        c = _centroid(points)
        if not self.shapes[province].contains(c):  # a crescent: walk from a vertex towards the middle
            c = next((p * (1 - t) + c * t for p in points for t in (0.2, 0.4)
                      if self.shapes[province].contains(p * (1 - t) + c * t)), c)
        return QPointF(c.x() * s + offset.x(), c.y() * s + offset.y())

    # -- drawing and interaction ---------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        s, offset = self._scale()
        painter.translate(offset)
        painter.scale(s, s)
        border = QPen(QColor("#78909c"), 0)
        for name, path in self.shapes.items():
            painter.setBrush(self.fill_for(name))
            painter.setPen(QPen(HOVER_PEN, 0) if name in (self.hover, self.selected) else border)
            painter.drawPath(path)
        painter.setPen(QPen(QColor("#90a4ae"), 0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for line in self.lines:
            painter.drawPath(line)
        painter.resetTransform()
        painter.setPen(self.palette().text().color())
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        for name, entries in self.regions.items():
            opened = sum(1 for _, is_open in entries if is_open)
            if opened and name in self.shapes:
                c = self.centre_of(name)
                painter.drawText(QRectF(c.x() - 40, c.y() - 8, 80, 16), Qt.AlignmentFlag.AlignCenter, f"{name[:2]} {opened}")
        self._legend(painter)
        painter.end()

    def legend_rows(self) -> tuple[tuple[QColor, str], ...]:
        # the pale fill covers "reported not open" and "no report" alike: it must not say "not open"
        return ((OPEN_FILL, self.tr("every listed 统筹区 open across provinces")),
                (SOME_FILL, self.tr("some open")), (NONE_FILL, self.tr("none reported open")))

    def _legend(self, painter: QPainter) -> None:
        rows = self.legend_rows()
        line = painter.fontMetrics().height() + 4
        y = self.height() - 8 - line * len(rows)
        for colour, text in rows:
            painter.setBrush(colour)
            painter.setPen(QColor("#78909c"))
            painter.drawRect(QRectF(10, y + 2, 14, line - 6))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(30, y + line - 6), text)
            y += line

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        name = self.province_at(event.position())
        if name != self.hover:
            self.hover = name
            self.update()
        if name:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(name), self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        name = self.province_at(event.position())
        if name:
            self.selected = name
            self.update()
            self.province_clicked.emit(name)

    def describe(self, province: str) -> str:
        entries = self.regions.get(province, [])
        opened = [n for n, is_open in entries if is_open]
        text = province
        if opened:
            text += "\n" + self.tr("Open across provinces: {names}").format(names="、".join(opened))
        else:
            text += "\n" + self.tr("No 统筹区 reported open across provinces yet")
        return text
