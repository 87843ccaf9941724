"""A handed-in picture at full size, in a window of its own (opened, never exec'd): what the
clerk clicks a thumbnail for. Whether the opening is audited is decided before it is shown
(member_page.open_picture: a stored picture goes through qinqing.open_picture)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from ...domain.attachments import Attachment
from ..common.plain import Label
from .thumbs import full_size


class PictureDialog(QDialog):
    def __init__(self, item: Attachment, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qinqingPicture")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width, height = screen.width() * 8 // 10, screen.height() * 8 // 10
        self.picture = Label(self)
        self.picture.setObjectName("qinqingPictureImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(full_size(item, width - 60, height - 100))  # room for the frame and Close
        self.picture.setAccessibleName(title)
        area = QScrollArea(self)
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area)
        layout.addWidget(buttons)
        shown = self.picture.pixmap().size()
        self.resize(shown.width() + 60, shown.height() + 100)
