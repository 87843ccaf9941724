"""Provinces as a grid of equal tiles, each in its rough position: a schematic, not a map.

A drawing of province outlines is a map in the sense of 《地图管理条例》 (art. 15: a map shown
to the public is reviewed and carries a 审图号) and would have to follow 《公开地图内容表示规范》
(the whole territory, 南海诸岛, exact boundaries). Equal tiles draw no outline, boundary or
territory, so they show the figures without pretending to be a map (README, "The map").

A tile's fill is the share of the province's 统筹区 reported open across provinces; its
label says how many (3/14). Arrow keys move between tiles, Enter or a click chooses one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: (province, short name, row, column): rough positions, no boundary is implied. 兵团 pools on
#: its own and counts beside the provinces (NHSA: "30省和兵团"), so it has a tile of its own.
LAYOUT: tuple[tuple[str, str, int, int], ...] = (
    ("黑龙江省", "黑龙江", 0, 8),
    ("内蒙古自治区", "内蒙古", 1, 5),
    ("北京市", "北京", 1, 6),
    ("辽宁省", "辽宁", 1, 7),
    ("吉林省", "吉林", 1, 8),
    ("新疆维吾尔自治区", "新疆", 2, 0),
    ("新疆生产建设兵团", "兵团", 2, 1),
    ("甘肃省", "甘肃", 2, 2),
    ("宁夏回族自治区", "宁夏", 2, 3),
    ("山西省", "山西", 2, 4),
    ("河北省", "河北", 2, 5),
    ("天津市", "天津", 2, 6),
    ("西藏自治区", "西藏", 3, 1),
    ("青海省", "青海", 3, 2),
    ("陕西省", "陕西", 3, 3),
    ("河南省", "河南", 3, 4),
    ("山东省", "山东", 3, 5),
    ("四川省", "四川", 4, 2),
    ("重庆市", "重庆", 4, 3),
    ("湖北省", "湖北", 4, 4),
    ("安徽省", "安徽", 4, 5),
    ("江苏省", "江苏", 4, 6),
    ("上海市", "上海", 4, 7),
    ("云南省", "云南", 5, 2),
    ("贵州省", "贵州", 5, 3),
    ("湖南省", "湖南", 5, 4),
    ("江西省", "江西", 5, 5),
    ("浙江省", "浙江", 5, 6),
    ("广西壮族自治区", "广西", 6, 3),
    ("广东省", "广东", 6, 4),
    ("福建省", "福建", 6, 5),
    ("台湾省", "台湾", 6, 6),
    ("海南省", "海南", 7, 3),
    ("澳门特别行政区", "澳门", 7, 4),
    ("香港特别行政区", "香港", 7, 5),
)
ROWS = 1 + max(r for _, _, r, _ in LAYOUT)
COLUMNS = 1 + max(c for _, _, _, c in LAYOUT)

NONE_FILL = QColor("#eceff1")  # no 统筹区 reported open: unknown or reported not open, never "not open"
LOW_FILL = QColor("#c8e6c9")  # a few open
FULL_FILL = QColor("#1b5e20")  # every 统筹区 open
ABSENT_FILL = QColor("#ffffff")  # no 统筹区 in the catalogue (Taiwan, Hong Kong, Macao): hatched
EDGE = QColor("#78909c")
FOCUS = QColor("#0d47a1")


def share_fill(opened: int, total: int) -> QColor:
    """Pale grey for none, then from light to deep green with the share opened."""
    if total <= 0 or opened <= 0:
        return NONE_FILL
    t = opened / total
    low, full = (
        (LOW_FILL.red(), LOW_FILL.green(), LOW_FILL.blue()),
        (FULL_FILL.red(), FULL_FILL.green(), FULL_FILL.blue()),
    )
    mix = [round(a + (b - a) * t) for a, b in zip(low, full, strict=True)]
    return QColor(*mix)


def is_dark(colour: QColor) -> bool:
    return colour.lightnessF() < 0.5


@dataclass(frozen=True)
class Tally:
    """What the reports say about one province's 统筹区."""

    opened: tuple[str, ...] = ()  # names, catalogue order
    not_open: int = 0
    total: int = 0

    @property
    def unknown(self) -> int:
        return self.total - len(self.opened) - self.not_open


class ProvinceTiles(QWidget):
    province_clicked = Signal(str)
    current_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("provinceTiles")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tallies: dict[str, Tally] = {}
        self.short = {name: short for name, short, _, _ in LAYOUT}
        self.place = {name: (row, col) for name, _, row, col in LAYOUT}
        self.current: str = LAYOUT[0][0]
        self.selected: str | None = None
        self.hover: str | None = None
        self.describe = lambda province: province  # the tab gives the translated description

    # -- data -----------------------------------------------------------------------------
    def set_tallies(self, tallies: dict[str, Tally]) -> None:
        self.tallies = tallies
        self.update()

    def in_catalogue(self, province: str) -> bool:
        return self.tallies.get(province, Tally()).total > 0

    def fill_for(self, province: str) -> QColor:
        tally = self.tallies.get(province)
        if tally is None or tally.total == 0:
            return ABSENT_FILL
        return share_fill(len(tally.opened), tally.total)

    def label_for(self, province: str) -> str:
        tally = self.tallies.get(province)
        return f"{len(tally.opened)}/{tally.total}" if tally and tally.total else "—"

    # -- geometry -------------------------------------------------------------------------
    def label_fonts(self, width: float, height: float) -> tuple[QFont, QFont]:
        """The application's font (长辈模式 included), smaller only where a tile cannot hold it."""
        name = QFont(self.font())
        name.setBold(True)
        figure = QFont(self.font())
        widest = max(QFontMetricsF(name).horizontalAdvance(s) for s in self.short.values())
        tall = QFontMetricsF(name).height() + QFontMetricsF(figure).height()
        fit = min(1.0, (width - 6) / max(widest, 1), (height - 6) / max(tall, 1))
        if fit < 1.0:
            for font in (name, figure):
                font.setPointSizeF(max(1.0, font.pointSizeF() * max(fit, 0.6)))
        return name, figure

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        bold = QFont(self.font())
        bold.setBold(True)
        side = QFontMetricsF(bold).horizontalAdvance("黑龙江") * 0.75 + 8
        return QSize(int(side * COLUMNS), int(side * ROWS))

    def sizeHint(self) -> QSize:  # noqa: N802
        bold = QFont(self.font())
        bold.setBold(True)
        side = QFontMetricsF(bold).horizontalAdvance("黑龙江") + 18
        return QSize(int(side * COLUMNS), int(side * ROWS))

    def cell(self) -> tuple[float, float, QPointF]:
        """A cell's width and height (at most half again as wide as tall) and the grid's corner."""
        across, down = self.width() / COLUMNS, self.height() / ROWS
        width, height = min(across, down * 1.5), min(down, across)
        origin = QPointF((self.width() - width * COLUMNS) / 2, (self.height() - height * ROWS) / 2)
        return width, height, origin

    def tile_rect(self, province: str) -> QRectF:
        width, height, origin = self.cell()
        row, col = self.place[province]
        gap = max(2.0, min(width, height) * 0.06)
        return QRectF(
            origin.x() + col * width + gap / 2, origin.y() + row * height + gap / 2, width - gap, height - gap
        )

    def province_at(self, pos: QPointF) -> str | None:
        return next((name for name, *_ in LAYOUT if self.tile_rect(name).contains(pos)), None)

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height, _ = self.cell()
        name_font, figure_font = self.label_fonts(width, height)
        for province, *_ in LAYOUT:
            rect = self.tile_rect(province)
            fill = self.fill_for(province)
            painter.setPen(QPen(EDGE, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            if not self.in_catalogue(province):
                painter.setBrush(QBrush(QColor("#b0bec5"), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 4, 4)
            if province in (self.selected, self.hover) or (province == self.current and self.hasFocus()):
                pen = QPen(FOCUS, 3 if province == self.current and self.hasFocus() else 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
            dark = is_dark(fill)
            text, halo = (QColor("white"), QColor("#0b3d10")) if dark else (QColor("#1a1a1a"), QColor("white"))
            middle = rect.center().y()
            self._halo_text(painter, self.short[province], name_font, rect, middle - 1, text, halo, above=True)
            self._halo_text(painter, self.label_for(province), figure_font, rect, middle + 1, text, halo, above=False)
        painter.end()

    @staticmethod
    def _halo_text(
        painter: QPainter, text: str, font: QFont, rect: QRectF, y: float, colour: QColor, halo: QColor, above: bool
    ) -> None:
        """Text centred in the tile with a halo, readable on any fill."""
        metrics = QFontMetricsF(font)
        x = rect.center().x() - metrics.horizontalAdvance(text) / 2
        baseline = y - metrics.descent() if above else y + metrics.ascent()
        path = QPainterPath()
        path.addText(QPointF(x, baseline), font, text)
        painter.setPen(
            QPen(
                halo,
                max(2.0, font.pointSizeF() / 3),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(path)

    # -- mouse and keyboard ---------------------------------------------------------------
    def set_current(self, province: str) -> None:
        if province != self.current:
            self.current = province
            self.setAccessibleDescription(self.describe(province))
            self.current_changed.emit(province)
            self.update()

    def choose(self, province: str) -> None:
        """Pick a province (click, Enter): the list beside filters to it."""
        self.set_current(province)
        if self.in_catalogue(province):
            self.selected = province
            self.update()
            self.province_clicked.emit(province)

    def _step(self, d_row: int, d_col: int) -> str:
        """The nearest tile in the direction pressed (the grid has gaps)."""
        row, col = self.place[self.current]
        best, best_cost = self.current, None
        for name, _, r, c in LAYOUT:
            dr, dc = r - row, c - col
            ahead = dr * d_row + dc * d_col  # steps in the pressed direction
            if ahead <= 0:
                continue
            aside = abs(dc) if d_row else abs(dr)
            cost = (ahead, aside) if d_row else (aside, ahead)  # the next row down, or the same row first
            if best_cost is None or cost < best_cost:
                best, best_cost = name, cost
        return best

    def keyPressEvent(self, event) -> None:  # noqa: N802
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        key = event.key()
        if key in moves:
            self.set_current(self._step(*moves[key]))
        elif key == Qt.Key.Key_Home:
            self.set_current(LAYOUT[0][0])
        elif key == Qt.Key.Key_End:
            self.set_current(LAYOUT[-1][0])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.setAccessibleDescription(self.describe(self.current))
        self.current_changed.emit(self.current)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        name = self.province_at(event.position())
        if name != self.hover:
            self.hover = name
            self.update()
        if name:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(name), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        name = self.province_at(event.position())
        if name:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.choose(name)
