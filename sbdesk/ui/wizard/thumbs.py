"""A small picture of an uploaded file, so a person sees at once which photo went where; a
click opens it at full size (member_page.open_picture: a stored one is audited)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QFrame

from ...domain.attachments import Attachment
from ..common.plain import Label

SIZE = 52  # pixels at the normal font; the frame keeps this room while empty, so nothing moves


class Thumbnail(Label):
    opened = Signal()  # clicked while it shows a file: the page opens it at full size

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFixedSize(SIZE, SIZE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.item: Attachment | None = None

    def fit(self, line: int) -> None:
        """About three lines of text high, so 长辈模式 enlarges it with the words beside it."""
        side = max(SIZE, 3 * line)
        if side != self.width():
            self.setFixedSize(side, side)
            self.show_item(self.item)

    def show_item(self, item: Attachment | None) -> None:
        self.item = item
        self.setPixmap(picture(item, self.width()) if item is not None else QPixmap())
        self.setCursor(Qt.CursorShape.PointingHandCursor if item is not None else Qt.CursorShape.ArrowCursor)
        if item is None:
            self.clear()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.item is not None
            and self.rect().contains(event.position().toPoint())
        ):
            self.opened.emit()
        super().mouseReleaseEvent(event)


def full_size(item: Attachment, width: int, height: int) -> QPixmap:
    """The picture at its own size, or scaled down to fit ``width`` × ``height``."""
    image = QImage.fromData(item.content) if item.mime.startswith("image/") else QImage()
    if image.isNull():
        return picture(item, min(width, height) // 3)
    if image.width() > width or image.height() > height:
        image = image.scaled(
            width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return QPixmap.fromImage(image)


def picture(item: Attachment, size: int = SIZE) -> QPixmap:
    """The image scaled down, or a page with its type for a PDF (Qt here cannot render PDFs)."""
    box = size - 4
    if item.mime.startswith("image/"):
        image = QImage.fromData(item.content)
        if not image.isNull():
            return QPixmap.fromImage(
                image.scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
    page = QPixmap(box * 3 // 4, box)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRect(page.rect().adjusted(0, 0, -1, -1))
    painter.setPen(QColor("#b00020"))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(
        QRect(0, 0, page.width(), page.height()),
        Qt.AlignmentFlag.AlignCenter,
        "PDF" if item.mime == "application/pdf" else "?",
    )
    painter.end()
    return page
