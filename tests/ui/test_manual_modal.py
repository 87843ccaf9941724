"""F1 in a dialog that waits for an answer with the whole program held (the reason an
unbinding asks for, a message box, the print window): the manual it opens must be readable,
not a picture nobody can scroll or close until the dialog is answered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sbdesk.ui.common import reason_dialog


def test_f1_in_the_reason_dialog_opens_a_manual_that_takes_clicks(window, qtbot):
    window.set_language("en")
    seen: dict = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen["section_dialog"] = dialog.objectName()
        qtbot.keyClick(dialog.reason, Qt.Key_F1)
        viewer = window.help.manual
        qtbot.waitExposed(viewer)
        seen["section"] = viewer.section
        viewer.scroll_to("contents")
        QApplication.processEvents()
        link = viewer.browser.cursorRect(viewer.browser.document().find("A hospital insurance office's questions"))
        at = link.center() - QPoint(link.width() // 2 + 20, 0)
        seen["anchor"] = viewer.browser.anchorAt(at)
        # a click as the window system delivers it: a window the dialog blocks drops it
        QTest.mouseClick(
            viewer.windowHandle(), Qt.LeftButton, Qt.NoModifier, viewer.browser.viewport().mapTo(viewer, at)
        )
        QApplication.processEvents()
        seen["heading"] = viewer.current_heading()
        viewer.close()
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    assert reason_dialog.ask(window, "End", "Why?") is None  # the real one, run as the window runs it
    assert seen["section_dialog"] == "reasonDialog" and seen["section"] == "unbind"
    assert seen["anchor"] == "#hospital"
    assert seen["heading"] == "A hospital insurance office's questions"
    # the dialog answered, F1 on the main window: the manual is a window of its own again, the main window takes clicks
    viewer = window.help.open_manual("contents")
    qtbot.waitExposed(viewer)
    pressed = []
    add = window.members.buttons["add"]
    add.clicked.connect(lambda: pressed.append(True))
    QTest.mouseClick(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, add.mapTo(window, add.rect().center()))
    assert pressed
