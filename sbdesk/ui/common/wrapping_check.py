"""A check box whose text takes as many lines as its width needs. Qt's keeps one line, so a
long sentence ("I have checked the documents: …") in 长辈模式 made the whole page wider than a
1024 px window, and the verdict above it went behind a sideways scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle

LEAST_CHARS = 16  # the narrowest it gets: about this many characters a line


class WrappingCheckBox(QCheckBox):
    """``text()`` is the text as shown, broken into lines; ``whole_text()`` is what was set."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._whole = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def whole_text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self._wrap(self.width())

    def _indicator(self) -> int:
        style = self.style()
        return (
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
            + 8
        )

    def lines(self, width: int) -> list[str]:
        """The text broken to fit ``width`` pixels (word by word; between any two Chinese characters)."""
        layout = QTextLayout(self._whole, self.font())
        layout.beginLayout()
        found = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width - self._indicator(), 1))
            found.append(self._whole[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
        return found or [""]

    def _wrap(self, width: int) -> None:
        shown = "\n".join(self.lines(width)) if width > self._indicator() else self._whole
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._wrap(event.size().width())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One line, when there is room for it."""
        one = self.fontMetrics().horizontalAdvance(self._whole) + self._indicator()
        return QSize(one, self.heightForWidth(one))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        least = min(self.sizeHint().width(), LEAST_CHARS * self.fontMetrics().height() + self._indicator())
        return QSize(least, self.heightForWidth(least))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        rows = len(self.lines(width))
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(rows * self.fontMetrics().lineSpacing() + 4, box + 4)
