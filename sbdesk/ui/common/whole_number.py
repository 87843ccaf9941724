"""A box for an ID number that shows all 18 characters: never "104197805123716" with the
first digits scrolled out of sight. Its least width follows the font (长辈模式 included) and
holds its hint too; when the box is not being typed in, it shows the number from its first digit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

WIDEST = "0" * 17 + "X"  # 18 characters; a masked number ("320505********015X") is narrower
MARGIN = 2  # QLineEdit's own margin on each side of the text, and room for the cursor


def least_width(edit: QLineEdit, text: str = WIDEST) -> int:
    """The width at which ``edit`` shows ``text`` whole, its frame and text margins included."""
    metrics = QFontMetrics(edit.font())
    widest = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(text.replace("0", "8")))
    margins = edit.textMargins()
    inner = QSize(widest + 2 * MARGIN + 2 + margins.left() + margins.right(), metrics.height())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    return edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, edit).width()


class _Whole(QObject):
    """Keeps the box wide enough when the font changes, and shows the start when not focused."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.typing = False  # keys come to it: the cursor is the person's, never moved under them
        edit.textChanged.connect(self.to_start)
        self.fit()

    def fit(self) -> None:
        hint = self.edit.placeholderText()
        self.edit.setMinimumWidth(max(least_width(self.edit), least_width(self.edit, hint) if hint else 0))

    def to_start(self) -> None:
        if not self.edit.hasFocus() and not self.typing:  # a number put in by the program
            self.edit.setCursorPosition(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            self.typing = True
        elif kind == QEvent.Type.FocusOut:
            self.typing = False
            self.edit.setCursorPosition(0)
        return False


def whole_number(edit: QLineEdit) -> QLineEdit:
    """``edit``, made to show a whole ID number (see the module's docstring)."""
    edit.installEventFilter(_Whole(edit))
    return edit


def set_hint(edit: QLineEdit, hint: str) -> None:
    """The box's hint (shown while it is empty), and the box widened to show it whole."""
    edit.setPlaceholderText(hint)
    for whole in edit.findChildren(_Whole):
        whole.fit()
