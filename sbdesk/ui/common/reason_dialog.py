"""Asking why a binding ends: a reason from the list, words of one's own for "other"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ...domain import end_reasons
from .plain import Label
from .texts import translate


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.reason = QComboBox(self)
        self.reason.setObjectName("endReason")
        self.reason.addItem(self.tr("— choose —"), None)
        for key, (_, label) in end_reasons.REASONS.items():
            self.reason.addItem(translate(end_reasons.CONTEXT, label), key)
        self.detail = QLineEdit(self)
        self.detail.setObjectName("endReasonDetail")
        self.detail.setMaxLength(end_reasons.DETAIL_LIMIT)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        caption, detail_caption = Label(self.tr("&Reason"), self), Label(self.tr("&Details"), self)
        caption.setBuddy(self.reason)
        detail_caption.setBuddy(self.detail)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.detail.setAccessibleName(self.tr("Details"))
        form = QFormLayout(self)
        question = Label(text, self)
        question.setWordWrap(True)
        form.addRow(question)
        form.addRow(caption, self.reason)
        form.addRow(detail_caption, self.detail)
        form.addRow(self.buttons)
        self.reason.currentIndexChanged.connect(self._check)
        self.detail.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def value(self) -> str | None:
        key = self.reason.currentData()
        return end_reasons.record(key, self.detail.text()) if key else None

    def _check(self) -> None:
        self.detail.setPlaceholderText(self.tr("required for “other”") if self.reason.currentData() == "other" else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.value() is not None)


def ask(parent: QWidget, title: str, text: str) -> str | None:
    dialog = ReasonDialog(parent, title, text)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
