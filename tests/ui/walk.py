"""Walking a shown window as a keyboard user meets it: which access keys (Alt+letter) its
visible controls and menus carry, and where Tab goes. Generic on purpose: every button,
label-with-buddy, group box, tab and menu action is collected from the live widget tree, so a
new screen is covered without a change here."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The access-key letter of a Qt text ("长辈模式(&L)" -> "L"), None without one ("&&" is an ampersand)."""
    for match in MNEMONIC.finditer(text.replace("&&", "")):
        return match.group(1).upper()
    return None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or (widget.isVisibleTo(root) and not widget.isHidden())


def keyed_texts(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every control shown together in ``root`` that has an access key:
    buttons, labels with a buddy, checkable group boxes' titles, tab texts, the menu bar's titles."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):  # a disabled button counts: its key works once it is enabled
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and _shown(widget.buddy(), root)
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text())
    return found


def wizard_page_texts(wizard: QWizard, page: QWizardPage) -> list[tuple[str, str]]:
    """A wizard page's own keyed texts plus the buttons the wizard shows with it."""
    found = list(keyed_texts(page))
    W = QWizard.WizardButton  # noqa: N806
    buttons = [W.BackButton, W.CancelButton]
    if page.isCommitPage():
        buttons.append(W.CommitButton)
    elif page.nextId() == -1:
        buttons.append(W.FinishButton)
    else:
        buttons.append(W.NextButton)
    for which in buttons:
        letter = mnemonic(page.buttonText(which))
        if letter:
            found.append((letter, page.buttonText(which)))
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in found:
        by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menus_of(bar: QMenuBar) -> list[QMenu]:
    out: list[QMenu] = []
    todo = [a.menu() for a in bar.actions() if a.menu()]
    while todo:
        menu = todo.pop()
        out.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu()]
    return out


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    return clashes([
        (mnemonic(a.text()), a.text())
        for a in menu.actions()
        if a.isVisible() and not a.isSeparator() and mnemonic(a.text())
    ])


# -- Tab ------------------------------------------------------------------------------------
def _owner(widget):
    """The control a focused widget belongs to (a spin box's line edit is the spin box, a tab
    widget's tab bar the tab widget)."""
    while widget is not None and widget.parentWidget() is not None and widget.parentWidget().focusProxy() is widget:
        widget = widget.parentWidget()
    return widget


CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def _internal(widget: QWidget) -> bool:
    """Qt's own parts of a control: a tab bar's scroll arrows, a line edit's clear button, scroll bars."""
    return isinstance(widget, (QScrollBar, QHeaderView)) or isinstance(
        widget.parentWidget(), (QTabBar, QLineEdit, QAbstractSpinBox, QMenuBar)
    )


def focusable(root: QWidget) -> list[QWidget]:
    """Every control a person should reach with Tab in ``root`` as shown: visible and enabled,
    taking Tab focus or being a control (a button taken out of the Tab chain is unreachable)."""
    out = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and (
            not isinstance(widget, CONTROLS) or _internal(widget)
        ):
            continue
        if widget.window() is not root.window() or _unchecked_radio(widget):
            continue
        widget = _owner(widget)
        if widget not in out:
            out.append(widget)
    return out


def _unchecked_radio(widget: QWidget) -> bool:
    """An unchecked radio button of a group with a checked one: Tab goes to the checked one and
    the arrow keys move inside the group, as everywhere in Qt."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    siblings = (
        group.buttons()
        if group is not None
        else (
            [
                w
                for w in widget.parentWidget().findChildren(
                    QRadioButton, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if w.autoExclusive()
            ]
            if widget.autoExclusive()
            else []
        )
    )
    return any(b.isChecked() for b in siblings if b is not widget)


def tab_through(root: QWidget, first: QWidget) -> list[QWidget]:
    """Press Tab from ``first`` until focus comes back round (or leaves ``root``); the controls met."""
    window = root.window()
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    met: list[QWidget] = []
    for _ in range(400):
        current = _owner(QApplication.focusWidget())
        if current is None or current in met:
            break
        met.append(current)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return met


def _box(widget: QWidget, ancestor: QWidget) -> QRect:
    top_left = widget.mapTo(ancestor, widget.rect().topLeft())
    return QRect(top_left, widget.size())


def _before(a: QRect, b: QRect) -> bool:
    """May Tab go from box ``a`` to box ``b``? Along a row (vertical extents overlapping by half
    the smaller height) only to the right; down to a later row; up only into a column wholly to
    the right (the next column of a two-column page, read after the first)."""
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    if overlap >= min(a.height(), b.height()) / 2:
        return a.left() <= b.left()
    return a.top() <= b.top() or b.left() > a.right()


def _branch(widget: QWidget, ancestor: QWidget) -> QWidget:
    while widget.parentWidget() is not ancestor:
        widget = widget.parentWidget()
    return widget


def reading_order_problems(met: list[QWidget]) -> list[str]:
    """Tab goes round in a circle; read from the right starting point (the rotation with the
    fewest backward steps), each step must go forward in reading order."""
    rotations = [_backward_steps(met[i:] + met[:i]) for i in range(len(met))]
    return min(rotations, key=len) if rotations else []


def _backward_steps(met: list[QWidget]) -> list[str]:
    """Each step judged inside the nearest container that holds both controls (so a left-hand
    list is read whole before the page beside it)."""
    problems = []
    for a, b in zip(met, met[1:], strict=False):
        common = a.parentWidget()
        while common is not None and not common.isAncestorOf(b):
            common = common.parentWidget()
        if common is None or a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        ca, cb = _branch(a, common), _branch(b, common)
        if not _before(_box(ca, common), _box(cb, common)):
            problems.append(f"Tab goes from {describe(a)} back to {describe(b)}")
    return problems


def describe(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "accessibleName", "placeholderText", "title"):
        value = getattr(widget, attr, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__}({widget.objectName() or text!r})"
