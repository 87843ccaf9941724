"""Pre-select the 统筹区 an ID number suggests, until the user picks one themselves.

The suggestion (domain.region_suggest) is where the number was issued; people move, so
a region chosen by hand is never overwritten."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit

from ...domain import region_suggest


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


SEARCH_ROLE = 0x0100 + 7  # Qt.UserRole + 7: what the region boxes' completer matches on


def searchable(box: QComboBox, catalogue) -> QComboBox:
    """Typing in a region box finds a 统筹区 by name, pinyin initials (css) or code (4301)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCompleter

    for i in range(box.count()):
        region = catalogue.get(box.itemData(i))
        if region is not None:
            box.setItemData(i, f"{box.itemText(i)}  {region.initials}  {region.code}", SEARCH_ROLE)
    completer = box.completer()
    if completer is not None:
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return box
