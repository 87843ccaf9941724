"""Typing into a widget as a person does: ASCII through key presses, Chinese as an input
method commits it (QTest's key clicks only know ASCII). Shared by the GUI tests and the soak
driver, which runs without pytest."""

from __future__ import annotations


def type_into(widget, text: str) -> None:
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    run = ""
    for ch in text + "\0":
        if ch != "\0" and not ch.isascii():
            run += ch
            continue
        if run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            run = ""
        if ch != "\0":
            QTest.keyClicks(widget, ch)
