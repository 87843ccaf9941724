"""Step 3 — read the 亲情账户告知书 to the end and agree."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QTextBrowser, QVBoxLayout, QWizardPage

from ...services import qinqing
from ..common.retranslate import Retranslating
from .completion import Completion


class NoticePage(Completion, Retranslating, QWizardPage):
    def __init__(self, desk, language, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.read_to_end = False
        self.text = QTextBrowser(self)
        self.text.setObjectName("noticeText")
        self.text.setOpenExternalLinks(False)
        self.agree = QCheckBox(self)
        self.agree.setObjectName("noticeAgree")
        self.agree.setEnabled(False)
        self.agree.toggled.connect(self.update_complete)
        bar = self.text.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._scrolled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.agree)
        self.registerField("agreed*", self.agree)
        self.retranslate()

    def _scrolled(self, *_) -> None:
        """The end counts as reached only on screen: scrolled to the bottom, or all of it fits."""
        if self.read_to_end or not self.text.isVisible():
            return
        bar = self.text.verticalScrollBar()
        fits = self.text.document().size().height() <= self.text.viewport().height()
        if (bar.maximum() > 0 and bar.value() >= bar.maximum()) or fits:
            self.read_to_end = True
            self.agree.setEnabled(True)
            self.update_complete()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 3 of 6 — 亲情账户告知书"))
        w = self.wizard()
        self.setSubTitle(
            self.tr("Read the notice to the end; then tick the box.")
            if w is not None and w.at_home
            else self.tr("Read the notice to the end with the card holder; then tick the box.")
        )
        self.text.setHtml(qinqing.notice("en" if self.language.current == "en" else "zh_CN"))
        self.text.setAccessibleName(self.tr("Notice on adding a family account"))
        self.agree.setText(self.tr("I have read and &agree to the notice"))
        self.agree.setAccessibleName(self.tr("I have read and agree to the notice"))

    def first_field(self):
        return self.text  # Page Down reads on

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._scrolled)  # once laid out: a short notice needs no scrolling

    def ready(self) -> bool:
        return self.read_to_end and self.agree.isChecked()
