"""Run by test_screen_fit.py on a real X server (Xvfb, xcb platform): the first window as the
program makes it, then the person dialog and the 亲情服务 wizard; prints one JSON line with each
window's frame geometry, the screen's available geometry and whether content scrolls.

    python tests/ui/screen_child.py DATA_DIR LANG [--shots FOLDER --tag TAG]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QScrollArea, QWidget

from sbdesk.app import build_main_window
from sbdesk.services import people
from sbdesk.ui.pension.dialog import PensionDialog
from sbdesk.ui.settings import Settings
from tests.conftest import make_id


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def wait_for(condition, ms: int) -> None:
    deadline = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(20)


def settle(widget: QWidget) -> None:
    """Shown, exposed, framed by the window manager when there is one, and kept inside."""
    QTest.qWaitForWindowExposed(widget, 5000)
    wait_for(lambda: widget.frameGeometry() != widget.geometry(), 1500)  # with no WM it stays equal
    QTest.qWait(400)  # screen_fit's second look, after the frame extents came


def shot(widget: QWidget, folder: str | None, name: str) -> None:
    if folder:  # the whole screen: the frame, the panel's gap, what is cut off if anything is
        widget.screen().grabWindow(0).save(f"{folder}/{name}.png")


def holder(button: QWidget, window: QWidget) -> QWidget:
    """What must show the whole button: the content of the scroll area it is in (reached by
    scrolling), else the window."""
    parent = button.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(button):
            return parent.widget()
        parent = parent.parentWidget()
    return window


def report(widget: QWidget) -> dict:
    """The frame, and the buttons that are cut off: outside the window (or the scroll area's
    content they are in), or squashed below their own minimum."""
    buttons = [b for b in widget.findChildren(QPushButton) if b.isVisible() and b.window() is widget]
    cut = []
    for b in buttons:
        outer = holder(b, widget)
        if (
            not outer.rect().contains(QRect(b.mapTo(outer, b.rect().topLeft()), b.size()))
            or b.width() < b.minimumSizeHint().width()
            or b.height() < b.minimumSizeHint().height()
        ):
            cut.append(b.objectName() or b.text())
    return {
        "frame": rect(widget.frameGeometry()),
        "geometry": rect(widget.geometry()),
        "min": [widget.minimumSize().width(), widget.minimumSize().height()],
        "cut_buttons": cut,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("lang")
    parser.add_argument("--shots")
    parser.add_argument("--tag", default="")
    parser.add_argument("--save", help="X,Y,W,H: only store this as the saved window geometry")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if args.save:  # as a window closed on some earlier screen left it
        saved = QMainWindow()
        saved.setGeometry(*(int(n) for n in args.save.split(",")))
        settings = Settings(Path(args.data_dir))
        settings.geometry = saved.saveGeometry()
        settings.sync()
        return 0
    window = build_main_window(args.data_dir, lang=args.lang)
    window.show()  # as startup.py does
    settle(window)
    screen = window.screen()
    out = {
        "screen": rect(screen.geometry()),
        "available": rect(screen.availableGeometry()),
        "ratio": screen.devicePixelRatio(),
        "main": report(window),
    }
    scroll = window.findChild(QScrollArea, "mainTabsScroll")  # the tabs' area, below the line above them
    if isinstance(scroll, QScrollArea):
        out["main"]["scrolls"] = [scroll.horizontalScrollBar().maximum() > 0, scroll.verticalScrollBar().maximum() > 0]
    shot(window, args.shots, f"main-{args.tag}")
    for index, name in ((1, "channels"), (2, "regions")):
        window.tabs.setCurrentIndex(index)
        QTest.qWait(50)
        shot(window, args.shots, f"{name}-{args.tag}")
    window.tabs.setCurrentIndex(0)
    window.members.add_person()
    dialog = window.members.dialog
    settle(dialog)
    out["person"] = report(dialog)
    shot(dialog, args.shots, f"person-{args.tag}")
    dialog.reject()
    window.start_wizard()
    wizard = window.wizard
    settle(wizard)
    out["wizard"] = report(wizard)
    room = wizard.currentPage().size()  # every page gets the same room: each must fit in it
    out["wizard"]["pages_too_big"] = [
        wizard.page(i).objectName() or str(i)
        for i in wizard.pageIds()
        if wizard.page(i).minimumSizeHint().width() > room.width()
        or wizard.page(i).minimumSizeHint().height() > room.height()
    ]
    shot(wizard, args.shots, f"wizard-{args.tag}")
    wizard.reject()
    # the pension dialog, for a woman (its category question shows too)
    person = people.add(
        window.desk,
        name="李娜",
        id_number=make_id(date(1972, 3, 15), "320102", 2),
        region="南京市",
        insurance="employee",
    )
    pension = PensionDialog(window.desk, person, window)
    pension.show()
    settle(pension)
    out["pension"] = report(pension)
    shot(pension, args.shots, f"pension-{args.tag}")
    pension.reject()
    print(json.dumps(out), flush=True)
    window.close()
    window.desk.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
