"""A new password typed twice, shown as dots, with what is wrong said next to the field it is
about, and "remember on this computer" where the computer has a keyring to remember it in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...domain.messages import Problem
from ...services import keys
from ...services.errors import InputError
from ..common.plain import Label
from ..common.texts import error_text, problem_text
from ..common.widgets import ErrorLabel
from ..common.wrapping_check import WrappingCheckBox

LIMIT = 256  # longer than anyone types; keeps a pasted page out of the scrypt


class TextFits:
    """Mixin for a dialog of wrapped paragraphs: at least as tall as its text needs at the
    width it has (Qt sizes a window for its preferred width, then narrows it to fit the screen
    and keeps the height: the paragraph was cut in 长辈模式)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        self.fit_text()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[misc]
        self.fit_text()

    def fit_text(self) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        layout = widget.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(widget.width())
            widget.setMinimumHeight(need)
            if widget.height() < need:
                widget.resize(widget.width(), need)


class PasswordFields(QWidget):
    """``new`` words the captions for a change of password ("New password")."""

    def __init__(self, parent: QWidget | None = None, new: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self.password, self.again = QLineEdit(self), QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.again.setObjectName("newPasswordAgain")
        self.captions = (Label(self), Label(self))
        self.errors = (ErrorLabel(self), ErrorLabel(self))
        self.errors[0].setObjectName("passwordError")
        self.errors[1].setObjectName("passwordAgainError")
        self.remember = WrappingCheckBox(self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setVisible(keys.keyring_available())  # nowhere to remember it: not offered
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for edit, caption, error in zip((self.password, self.again), self.captions, self.errors, strict=True):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(LIMIT)
            edit.textChanged.connect(self._recheck)
            caption.setBuddy(edit)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(caption, column)
        form.addRow(self.remember)
        self.retranslate()

    def retranslate(self) -> None:
        first, second = (
            (
                QCoreApplication.translate("protection", "New pass&word"),
                QCoreApplication.translate("protection", "New password &again"),
            )
            if self.new
            else (
                QCoreApplication.translate("protection", "Pass&word"),
                QCoreApplication.translate("protection", "Password &again"),
            )
        )
        self.captions[0].setText(first)
        self.captions[1].setText(second)
        self.password.setAccessibleName(first.replace("&", ""))
        self.again.setAccessibleName(second.replace("&", ""))
        self.password.setPlaceholderText(
            QCoreApplication.translate("protection", "at least {n} characters").format(n=keys.MIN_PASSWORD)
        )
        self.remember.setText(
            QCoreApplication.translate(
                "protection", "&Remember it on this computer: the data then opens without asking"
            )
        )
        if any(e.text() for e in self.errors):
            self.check()

    def problems(self) -> tuple[str, str]:
        """What is wrong with each field, "" when nothing: the rules and words of ``sbdesk encrypt``."""
        try:
            keys.check_password(self.password.text())
        except InputError as exc:
            return error_text(exc), ""
        if self.password.text() != self.again.text():
            return "", problem_text(Problem("keys.mismatch"))
        return "", ""

    def check(self) -> bool:
        """Say each problem next to its field; the focus goes to the first one."""
        short, differ = self.problems()
        self.errors[0].show_text(short)
        self.errors[1].show_text(differ)
        if short or differ:
            (self.password if short else self.again).setFocus()
        return not (short or differ)

    def _recheck(self) -> None:
        """Once a problem is said, it goes as soon as it is fixed (and is not said while typing before)."""
        if any(e.text() for e in self.errors):
            short, differ = self.problems()
            self.errors[0].show_text(short)
            self.errors[1].show_text(differ)

    def fields(self) -> list[QWidget]:
        return [self.password, self.again, *([self.remember] if not self.remember.isHidden() else [])]

    def values(self) -> tuple[str, bool]:
        return self.password.text(), self.remember.isChecked() and not self.remember.isHidden()
