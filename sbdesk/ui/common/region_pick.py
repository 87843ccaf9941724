"""The one region box of the window (person dialog, wizard, regions checker): a 统筹区 found
by name, pinyin initials (css → 长沙市) or code (4301), shown as 湖南省 · 长沙市, chosen with
Enter; and the follower that pre-selects the region an ID number suggests until the user
picks one by hand (people move: the place of issue is only a suggestion)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from ...domain import region_suggest
from ...domain.region_rank import RegionUse, label, ranked
from ...domain.regions import Catalogue
from .plain import tip

LIMIT = 60  # suggestions shown while typing; Enter takes the first


class RegionPicker(QComboBox):
    """An editable box over the whole catalogue. Typing lists matches (province · region);
    Enter, Tab or leaving the box takes the first one; an empty box means nothing chosen.
    ``currentData()`` is the chosen region's code (None while nothing is chosen). With the
    desk's ``use``, matches rank by its office's province and recent regions too, and each
    choice becomes a recent region (domain/region_rank.py)."""

    def __init__(
        self, catalogue: Callable[[], Catalogue] | Catalogue, parent=None, use: RegionUse | None = None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.use = use
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.reload()
        self.setCurrentIndex(-1)
        edit = self.lineEdit()
        edit.textEdited.connect(self._suggest)
        edit.editingFinished.connect(self.resolve)
        self.activated.connect(self._used)
        self.retranslate()

    def retranslate(self) -> None:
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("RegionPicker", "name, pinyin initials or code"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def catalogue(self) -> Catalogue:
        return self._catalogue() if callable(self._catalogue) else self._catalogue

    def reload(self) -> None:
        """(Re)list every region (after a policy import), keeping the one chosen."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        for r in self.catalogue().regions:
            self.addItem(label(r), r.code)
            self.setItemData(self.count() - 1, f"{r.code}  {r.initials}", Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(self.findData(chosen) if chosen is not None else -1)
        self.blockSignals(False)

    def code(self) -> str | None:
        """The chosen region's code, or None while the text names none."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(self.findData(code) if code else -1)

    def _used(self, index: int) -> None:
        """A region chosen by hand (typed, from the list, or the drop-down) is a recent one."""
        code = self.itemData(index)
        if self.use is not None and code:
            self.use.used(code)

    def _suggest(self, text: str) -> None:
        self.matches.clear()
        for r in ranked(self.catalogue(), text, self.use)[:LIMIT]:
            item = QStandardItem(label(r))
            item.setToolTip(tip(r.code))
            self.matches.appendRow(item)
        if text.strip() and self.matches.rowCount():
            self.completer().complete()

    def resolve(self) -> None:
        """What was typed becomes a choice: the first match, or nothing for an empty box. A
        text that names no region stays, so a form can say so beside the field."""
        text = self.currentText().strip()
        popup = self.completer().popup()
        if popup is not None and popup.isVisible():
            popup.hide()
        if not text:
            if self.currentIndex() != -1:
                self.setCurrentIndex(-1)
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            best = ranked(self.catalogue(), text, self.use)
            if not best:
                return
            index = self.findData(best[0].code)
        if index != self.currentIndex() or self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
            self.activated.emit(index)  # a choice by hand (RegionFollower stops following)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.resolve()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        """Tab or a click elsewhere takes the first match too (the list popping up is no leaving)."""
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.resolve()
        super().focusOutEvent(event)


class RegionFollower:
    def __init__(self, box: QComboBox, id_edit: QLineEdit, catalogue: Callable, id_text: Callable[[], str]) -> None:
        self.box, self.catalogue, self.id_text = box, catalogue, id_text
        self.chosen_by_hand = False
        self.suggestion: region_suggest.Suggestion | None = None
        box.activated.connect(self._by_hand)
        if box.lineEdit() is not None:
            box.lineEdit().textEdited.connect(self._by_hand)
        id_edit.textChanged.connect(self.update)

    def _by_hand(self, *_) -> None:
        self.chosen_by_hand = True

    def update(self, *_) -> None:
        text = self.id_text().strip()
        self.suggestion = region_suggest.suggest(text, self.catalogue()) if len(text) >= 6 else None
        if self.suggestion and not self.chosen_by_hand:
            index = self.box.findData(self.suggestion.region.code)
            if index >= 0:
                self.box.setCurrentIndex(index)
