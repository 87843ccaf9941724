"""What an empty members list says: with nobody on record, the three ways to begin; with a
search that found nobody, that, and adding the person with what was typed or swiped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain import idnumber
from ..common.plain import Label


def typed_fields(text: str) -> dict[str, str]:
    """A search text as the field of a new person it most likely is: an ID number, a name
    (any CJK character) or a card number (a swipe)."""
    text = text.strip()
    if not text:
        return {}
    if len(idnumber.normalise(text)) in (15, 18) and idnumber.normalise(text)[:17].isdigit():
        return {"id_number": text}
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return {"name": text}
    return {"card_number": text} if text.isascii() and text.isalnum() else {}


class EmptyHint(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = Label(self)
        self.text.setObjectName("emptyHintText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.add = QPushButton(self)
        self.add.setObjectName("emptyAddButton")
        self.load = QPushButton(self)
        self.load.setObjectName("emptyImportButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.load)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._searched: str | None = None
        self.hide()

    def show_for(self, searched: str | None) -> None:
        """None: the list has rows (hidden); "": nobody on record; text: a search found nobody."""
        self._searched = searched
        self.retranslate()
        self.setVisible(searched is not None)

    def retranslate(self) -> None:
        if self._searched:
            self.text.setText(
                self.tr(
                    "Nobody on record matches “{text}”. Check the spelling or the number, or add "
                    "the person (Ctrl+N): what was typed is filled in."
                ).format(text=self._searched)
            )
        else:
            self.text.setText(
                self.tr(
                    "Nobody is on record yet. To begin:\n"
                    "• add a person (Ctrl+N);\n"
                    "• swipe a social-security card or type an ID number in the search box above to find someone;\n"
                    "• import a list of people from a CSV or XLSX file (Ctrl+I)."
                )
            )
        self.add.setText(self.tr("Add a person…"))
        self.load.setText(self.tr("Import a file…"))
        self.load.setVisible(not self._searched)
        for button in (self.add, self.load):
            button.setAccessibleName(button.text().rstrip("…"))
