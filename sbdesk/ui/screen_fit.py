"""Windows that fit the screen they open on: a 1366×768 desk with a panel, or
1280×800 at 150 % (853×533 logical pixels), must show the whole window, its buttons included.

The bound is the screen's *available* geometry (without panels and docks). Before a window is
shown its frame (the title bar the window manager adds) is unknown, so a margin is kept for
it; once shown, :func:`keep_inside` moves and shrinks the real frame into the available area.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QWidget

FIRST_SIZE = QSize(1200, 760)  # the first window where the screen has room for it
USABLE = QSize(480, 320)  # a saved window smaller than this (1×1 from a bad close) is not restored
FRAME = QSize(8, 36)  # room for a window manager's borders and title bar until the real frame is known


def screen_of(widget: QWidget) -> QScreen | None:
    return widget.screen() or QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (an empty rect with no screen)."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect()


def fitting(size: QSize, area: QRect) -> QSize:
    """``size``, made no larger than ``area`` less the room for the frame."""
    return size.boundedTo(QSize(max(area.width() - FRAME.width(), 1), max(area.height() - FRAME.height(), 1)))


def fits(rect: QRect, area: QRect) -> bool:
    return area.isValid() and area.contains(rect)


def place(window: QWidget, saved: QByteArray | None, first: QSize = FIRST_SIZE) -> None:
    """The saved geometry when it still fits a screen of this desk (with its frame) and is big
    enough to use; else
    ``first``, made to fit the available area, in its middle. Before the window is shown."""
    if saved is not None and window.restoreGeometry(saved):
        screen = QGuiApplication.screenAt(window.geometry().center())
        usable = window.size().expandedTo(USABLE) == window.size()
        if (
            screen is not None
            and usable
            and fits(window.geometry().adjusted(0, -FRAME.height() + 4, 0, 0), screen.availableGeometry())
        ):
            keep_inside(window)
            return
        window.setWindowState(Qt.WindowState.WindowNoState)  # a saved maximized state on a gone screen
    area = available(window)
    size = fitting(first, area) if area.isValid() else first
    window.resize(size.expandedTo(QSize(1, 1)))
    if area.isValid():  # move() places the frame: its top-left, the frame's room included
        outer = size + FRAME
        window.move(
            area.left() + max((area.width() - outer.width()) // 2, 0),
            area.top() + max((area.height() - outer.height()) // 2, 0),
        )
    keep_inside(window)


def clamp(dialog: QWidget) -> None:
    """A dialog's size made to fit the available area (its own minimum permitting)."""
    area = available(dialog)
    if area.isValid():
        dialog.resize(fitting(dialog.size(), area))
        keep_inside(dialog)


class _Inside(QObject):
    """When the window is shown, and again when the window manager has added its frame, the
    frame is moved (and the window shrunk) into the screen's available area."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.shown_size = window.size()
        self.timers = []  # children: they go with the window, never firing on a deleted one
        for ms in (0, 250):  # at once, and once the window manager's frame extents have come
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(ms)
            timer.timeout.connect(self.adjust)
            self.timers.append(timer)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            self.shown_size = self.window.size()
            for timer in self.timers:
                timer.start()
        return False

    def adjust(self) -> None:
        window = self.window
        if window.isMaximized() or window.isFullScreen() or not window.isVisible():
            return
        if window.size() != self.shown_size:  # resized since (by the person, or a test): theirs to choose
            return
        area, frame = available(window), window.frameGeometry()
        if not area.isValid() or fits(frame, area):
            return
        extra = frame.size() - window.geometry().size()  # the borders and title bar
        size = window.size().boundedTo(area.size() - extra)
        if size != window.size():
            window.resize(size)
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
        window.move(max(x, area.left()), max(y, area.top()))  # move() places the frame


def keep_inside(window: QWidget) -> None:
    """Once: the shown window's real frame is kept inside the available area."""
    if window.findChild(_Inside, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(_Inside(window))


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area: it fills the area while there is room and
    scrolls when the window is smaller than its minimum, so no button is ever cut off."""
    area = QScrollArea(parent)
    area.setObjectName(content.objectName() + "Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the area
    area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
    area.setWidget(content)
    return area
