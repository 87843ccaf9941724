"""The one relationship box (channel pages, wizard, regions checker): "the member is the
owner's …", starting at "— choose —" so nobody binds on a default.

It lists the 近亲属 kinds of domain/relations.py; kinds that the rule in force (policy.json:
配偶、父母、子女 from 2021, all 近亲属 from 2024-07-19) does not allow stay listed but say so,
so the decision below can name the rule. Typing the pinyin initials (po 配偶, fm 父母, zn 子女,
xd 兄弟姐妹, zf 祖父母, sz 孙子女) or an English word's first letters picks a kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QComboBox

from ...domain import relations
from .texts import relation_label

# what a clerk types for each kind (the labels' pinyin initials, and 外 for 外祖父母、外孙子女)
TYPED = {
    "spouse": ("po",),
    "parent": ("fm", "fq", "mq"),
    "child": ("zn", "ez", "ne"),
    "sibling": ("xd", "jm"),
    "grandparent": ("zf", "wzf"),
    "grandchild": ("sz", "wsz"),
}


class RelationPicker(QComboBox):
    def __init__(self, parent=None, allowed: Callable[[], tuple[str, ...] | None] | None = None) -> None:
        """``allowed``: the kinds the rule in force allows (None: not known, all shown plainly)."""
        super().__init__(parent)
        self._allowed = allowed
        self.addItem("", None)  # nothing chosen: a clerk must say how they are related
        for kind in relations.KINDS:
            self.addItem("", kind)
        self._typed = ""
        self._clock = QElapsedTimer()
        self.retranslate()

    def kind(self) -> str | None:
        return self.currentData()

    def set_kind(self, kind: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(kind)) if kind else 0)

    def retranslate(self) -> None:
        allowed = self._allowed() if self._allowed else None
        self.setItemText(0, QCoreApplication.translate("RelationPicker", "— choose —"))
        for i in range(1, self.count()):
            kind = self.itemData(i)
            text = relation_label(kind)
            if allowed is not None and kind not in allowed:
                text = QCoreApplication.translate("RelationPicker", "{relation} (not under the rule in force)").format(
                    relation=text
                )
                self.setItemData(
                    i, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)), Qt.ItemDataRole.ForegroundRole
                )
            else:
                self.setItemData(i, None, Qt.ItemDataRole.ForegroundRole)
            self.setItemText(i, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        """Letters pick a kind by its pinyin initials or English name (typed within a second)."""
        text = event.text().lower()
        if len(text) == 1 and text.isascii() and text.isalpha():
            if not self._clock.isValid() or self._clock.elapsed() > 1000:
                self._typed = ""
            self._clock.restart()
            self._typed += text
            kind = self.find_typed(self._typed) or self.find_typed(text)
            if kind:
                self.setCurrentIndex(self.findData(kind))
            return
        super().keyPressEvent(event)

    @staticmethod
    def find_typed(typed: str) -> str | None:
        """The first kind (in the order listed) whose initials or English name start with it."""
        return next(
            (k for k in relations.KINDS if k.startswith(typed) or any(w.startswith(typed) for w in TYPED[k])), None
        )
