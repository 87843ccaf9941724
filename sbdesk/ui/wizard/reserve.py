"""Messages that keep their room: a problem appearing under a field must not push the fields
below it away from under the person's eyes (or mouse)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel

from ..common.widgets import ErrorLabel


class MessageLine(ErrorLabel):
    """An ErrorLabel that holds ``lines`` lines of space while empty; a longer message
    still grows it rather than being cut."""

    def __init__(self, parent=None, lines: int = 1) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setVisible(True)  # shown while empty: its room is kept (layouts drop a hidden widget's row)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        QLabel.setText(self, text)  # unlike ErrorLabel, the text never shows or hides it

    show_text = setText

    def _room(self) -> int:
        """The height QLabel gives ``lines`` lines of text in this font (长辈模式 too)."""
        sample = self.fontMetrics().boundingRect(
            QRect(0, 0, 10000, 10000), Qt.TextFlag.TextWordWrap, "\n".join(["X汉"] * self.lines)
        )  # a CJK fallback font is taller
        margins = self.contentsMargins()
        return sample.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(super().heightForWidth(width) if self.text() else 0, self._room())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height() if self.text() else 0, self._room()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height() if self.text() else 0, self._room()))
