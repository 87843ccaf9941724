"""Every eligibility check, passed or not, as a list a clerk can read at a glance."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...domain.eligibility import CONFIRM, FAIL, PASS, REFUSED, REQUIRES, UNKNOWN, Decision
from ...domain.messages import Problem
from ..common.texts import problem_text
from ..common.wrapping import wrap_items

MARKS = {
    PASS: ("✓", "#1b5e20"),
    FAIL: ("✗", "#b00020"),
    REQUIRES: ("!", "#8a5a00"),
    UNKNOWN: ("?", "#1a4f8a"),
}  # unknown: not known to work, not a refusal
ZWSP = "\u200b"  # a place a line may break, drawn as nothing
LONG_RUN = re.compile(r"[!-~]{24,}")  # a web address or a document number: no space to break a line at


def breakable(text: str) -> str:
    """``text`` with a possible line break between the characters of a long run without spaces:
    Qt wraps a list item only at spaces, so one source's web address made the whole list as
    wide as itself, and its verdict went behind a sideways scrollbar."""
    return LONG_RUN.sub(lambda run: ZWSP.join(run.group()), text)


HEADLINE_COLOURS = {
    "verdict.refused": MARKS[FAIL][1],
    "verdict.unknown": MARKS[UNKNOWN][1],
    "verdict.incomplete": MARKS[REQUIRES][1],
    "verdict.requires": MARKS[REQUIRES][1],
    "verdict.allowed": MARKS[PASS][1],
}


class DecisionView(QListWidget):
    """``kind`` says what the answer is about: "sharing" (家庭共济) or "qinqing" (adding a
    relative's own e-card to the 亲情服务, which shares nothing): the verdict says so."""

    def __init__(self, parent=None, kind: str = "sharing") -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("decisionView")
        wrap_items(self)  # a refusal, a reason and its source are read whole, never cut with "…"
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
            self._verdict(self._decision)
            for check in self._decision.checks:  # a gap is something to do, not a refusal
                self._add(REQUIRES if check.gap else check.status, check.problem)
        for line in self._info if self._decision else ():
            item = QListWidgetItem(f"ℹ  {line}")
            item.setForeground(QBrush(QColor("#37474f")))
            item.setData(0x0100, "info")
            self.addItem(item)
        for i in range(self.count()):  # every line wraps to the width it has, web addresses too
            self.item(i).setText(breakable(self.item(i).text()))

    def _verdict(self, d: Decision) -> None:
        """One bold line on top: the answer, and the first reason when it is not a plain yes.
        A rule's refusal is red; a gap the clerk can fill says what to do, in amber."""
        if self.kind == "qinqing":
            verdict = REFUSED if self._extra else d.verdict
            first = (self._extra + d.failures)[:1] or d.unknowns[:1] or d.requirements[:1]
            text, colour = self._qinqing_verdict(verdict, d, problem_text(first[0]) if first else "")
        else:
            headline = d.headline(self._extra)
            text, colour = problem_text(headline), HEADLINE_COLOURS[headline.code]
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        item.setFont(font)
        item.setForeground(QBrush(QColor(colour)))
        item.setData(0x0100, "verdict")
        self.addItem(item)

    @staticmethod
    def _qinqing_verdict(verdict: str, d: Decision, reason: str) -> tuple[str, str]:
        if verdict == REFUSED:
            return QCoreApplication.translate("DecisionView", "May not add this family account: {reason}").format(
                reason=reason
            ), MARKS[FAIL][1]
        if verdict == CONFIRM or d.requirements:
            return QCoreApplication.translate(
                "DecisionView", "May add this family account once this is done: {reason}"
            ).format(reason=reason), MARKS["requires"][1]
        return QCoreApplication.translate("DecisionView", "May add this family account."), MARKS[PASS][1]

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """长辈模式 changes the font: the bold verdict is sized from it, so draw again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.redraw()

    def verdict_text(self) -> str:
        """The bold answer on top, or "" while there is no decision."""
        for i in range(self.count()):
            if self.item(i).data(0x0100) == "verdict":
                return self.item(i).text().replace(ZWSP, "")
        return ""

    def _add(self, status: str, problem: Problem) -> None:
        mark, colour = MARKS[status]
        item = QListWidgetItem(f"{mark}  {problem_text(problem)}")
        item.setForeground(QBrush(QColor(colour)))
        item.setData(0x0100, status)  # Qt.UserRole
        self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(i).text().replace(ZWSP, "") for i in range(self.count())]
