"""The regions tab's schematic: province tiles, a legend that explains colours and figures,
and the chosen province's opened 统筹区 by name (a tile is too small to hold them)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..common.plain import Label, rich_label
from ..common.retranslate import Retranslating
from .province_tiles import ABSENT_FILL, EDGE, FULL_FILL, LOW_FILL, NONE_FILL, ProvinceTiles, Tally, share_fill

DOT = FULL_FILL.name()


class Swatch(QWidget):
    """A legend's sample: a plain fill, the share ramp, or the hatch; sized from the font."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        h = self.fontMetrics().height()
        return QSize(h * (4 if self.kind == "ramp" else 3 if self.kind == "sample" else 2), h)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(EDGE, 1))
        if self.kind == "ramp":
            ramp = QLinearGradient(rect.topLeft(), rect.topRight())
            ramp.setColorAt(0, LOW_FILL)
            ramp.setColorAt(1, FULL_FILL)
            painter.setBrush(ramp)
        elif self.kind == "absent":
            painter.setBrush(ABSENT_FILL)
            painter.drawRect(rect)
            painter.setBrush(QBrush(QColor("#b0bec5"), Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(NONE_FILL if self.kind == "none" else share_fill(3, 14))
        painter.drawRect(rect)
        if self.kind == "sample":
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "3/14")
        painter.end()


class ProvinceSchematic(Retranslating, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("provinceSchematic")
        self.tiles = ProvinceTiles(self)
        self.tiles.describe = self.describe
        self.tiles.current_changed.connect(self.show_detail)
        self.caption = Label(self)
        self.caption.setObjectName("schematicCaption")
        self.caption.setWordWrap(True)
        self.legend_texts: dict[str, QLabel] = {}
        legend = QGridLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        for row, kind in enumerate(("sample", "ramp", "none", "absent")):
            legend.addWidget(Swatch(kind, self), row, 0, Qt.AlignmentFlag.AlignTop)
            label = Label(self)
            label.setWordWrap(True)
            label.setObjectName(f"legend_{kind}")
            self.legend_texts[kind] = label
            legend.addWidget(label, row, 1)
        legend.setColumnStretch(1, 1)
        self.legend = QWidget(self)
        self.legend.setObjectName("schematicLegend")
        self.legend.setLayout(legend)
        self.detail = rich_label(self)  # markup on purpose: show_region escapes the names
        self.detail.setObjectName("schematicDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        side = QVBoxLayout()
        side.addWidget(self.legend)
        side.addWidget(self.detail, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addWidget(self.tiles, 1)  # the tiles take what the legend leaves
        self.body.addLayout(side, 0)
        body = self.body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addLayout(body, 1)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Legend beside the tiles in a wide pane, below them in a tall one: tiles stay large."""
        wide = event.size().width() > 1.3 * event.size().height()
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def set_tallies(self, tallies: dict[str, Tally]) -> None:
        self.tiles.set_tallies(tallies)
        self.show_detail(self.tiles.current)

    def describe(self, province: str) -> str:
        """One province in words: the tooltip, the screen reader's description, the detail."""
        tally = self.tiles.tallies.get(province, Tally())
        if not tally.total:
            return self.tr("{province}: this catalogue lists no 统筹区 here.").format(province=province)
        text = self.tr("{province}: {opened} of {total} 统筹区 reported open across provinces").format(
            province=province, opened=len(tally.opened), total=tally.total
        )
        rest = []
        if tally.not_open:
            rest.append(self.tr("{n} reported not open").format(n=tally.not_open))
        if tally.unknown:
            rest.append(self.tr("{n} with no report").format(n=tally.unknown))
        if rest:
            text += self.tr(" ({rest})").format(rest=self.tr(", ").join(rest))
        text += self.tr(".")
        if tally.opened:
            text += "\n" + self.tr("Open: {names}").format(names=self.tr(", ").join(tally.opened))
        return text

    def show_detail(self, province: str) -> None:
        tally = self.tiles.tallies.get(province, Tally())
        first, _, names = self.describe(province).partition("\n")
        html = f"<p><b>{escape(first)}</b></p>"
        if tally.opened:
            dots = "&nbsp; ".join(f'<span style="color:{DOT}">●</span>&nbsp;{escape(n)}' for n in tally.opened)
            html += f"<p>{dots}</p>"
        if tally.total:
            html += "<p>" + escape(self.tr("Enter or a click lists its 统筹区.")) + "</p>"
        self.detail.setText(html)

    def retranslate(self) -> None:
        self.caption.setText(
            self.tr(
                "A schematic, not a map: one tile per province in its rough position. "
                "It shows no boundary or territory; the list has every 统筹区."
            )
        )
        self.legend_texts["sample"].setText(
            self.tr("3/14: 3 of the province's 14 统筹区 are reported open across provinces.")
        )
        self.legend_texts["ramp"].setText(
            self.tr("The darker the tile, the larger the share open; dark green: all of them.")
        )
        self.legend_texts["none"].setText(self.tr("None reported open (not open, or no report)."))
        self.legend_texts["absent"].setText(self.tr("No 统筹区 in this catalogue."))
        self.tiles.setAccessibleName(self.tr("Provinces: share of 统筹区 open across provinces"))
        self.legend.setAccessibleName(self.tr("Legend"))
        self.show_detail(self.tiles.current)
