"""Every eligibility check, passed or not, as a list a clerk can read at a glance."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...domain.eligibility import FAIL, PASS, Decision
from ...domain.messages import Problem
from ..common.texts import problem_text

MARKS = {PASS: ("✓", "#1b5e20"), FAIL: ("✗", "#b00020"), "requires": ("!", "#8a5a00"),
         "unknown": ("?", "#1a4f8a")}  # unknown: not known to work, not a refusal


class DecisionView(QListWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionView")
        self.setWordWrap(True)
        self._decision: Decision | None = None
        self._extra: list[Problem] = []
        self._note = ""
        self._info: list[str] = []  # what the money pays for: in view wherever a user decides

    def set_info(self, lines: list[str]) -> None:
        self._info = list(lines)
        self.redraw()

    def show_decision(self, decision: Decision | None, extra: Sequence[Problem] = (), note: str = "") -> None:
        """``extra`` are failures found before the rules (a typed number not matching)."""
        self._decision, self._extra, self._note = decision, list(extra), note
        self.redraw()

    def redraw(self) -> None:  # not ``render``: that would hide QWidget.render()
        self.clear()
        if self._note:
            self.addItem(self._note)
        for p in self._extra:
            self._add(FAIL, p)
        if self._decision:
            for check in self._decision.checks:
                self._add(check.status, check.problem)
        for line in self._info if self._decision else ():
            item = QListWidgetItem(f"ℹ  {line}")
            item.setForeground(QBrush(QColor("#37474f")))
            item.setData(0x0100, "info")
            self.addItem(item)

    def _add(self, status: str, problem: Problem) -> None:
        mark, colour = MARKS[status]
        item = QListWidgetItem(f"{mark}  {problem_text(problem)}")
        item.setForeground(QBrush(QColor(colour)))
        item.setData(0x0100, status)  # Qt.UserRole
        self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
