"""PySide6 must not lose references to None (or True/False) across its calls.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to None on every call that
returns None; when None's count reaches zero the interpreter aborts ("none_dealloc") and a
clerk loses what was on screen. These tests call the kinds of method the window calls all
day, many times, and fail long before the count could reach zero. On Python 3.12 and later
None is immortal and the counts never move, so the tests pass there by construction.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

SLACK = 50  # the interpreter's own bookkeeping may move a count by a few


def rounds(calls_per_round: int) -> int:
    """As many rounds as are safe: with a leak of one reference per call, a quarter of None's
    count is lost, which shows as a failure rather than an abort."""
    return max(4 * SLACK, sys.getrefcount(None) // 4) // calls_per_round


def test_methods_returning_none_keep_nones_reference(qtbot):
    label, edit = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    n = rounds(4)
    before = sys.getrefcount(None)
    for i in range(n):
        label.setText(str(i % 7))  # returns None
        label.setToolTip("x")
        edit.setObjectName("search")
        edit.clear()
    assert sys.getrefcount(None) >= before - SLACK, f"lost {before - sys.getrefcount(None)} in {4 * n} calls"


class Emitter(QObject):
    fired = Signal(str)


def test_python_slots_and_overrides_called_by_qt_keep_references(qtbot):
    class Widget(QWidget):
        def resizeEvent(self, event):  # noqa: N802 — Qt calls this and discards the None
            self.resized += 1

    w = Widget()
    w.resized = 0
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    emitter, seen = Emitter(), []
    emitter.fired.connect(seen.append)  # a Python slot returning None, called from C++
    n = rounds(2)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(n):
        w.resize(100 + i % 2, 100)
        emitter.fired.emit("x")
        w.isVisible()  # returns a bool
    assert w.resized > 0 and len(seen) == n
    assert sys.getrefcount(None) >= none_before - SLACK
    assert sys.getrefcount(True) >= true_before - SLACK


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_nones_count_is_large_enough_to_measure():
    """Guards the tests above against passing vacuously on an interpreter that moved on."""
    assert sys.getrefcount(None) // 4 > 4 * SLACK
