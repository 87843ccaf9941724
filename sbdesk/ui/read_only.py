"""A window signed in with a login that only reads (the branch auditor's role): every action
that writes is disabled, with the reason as its tooltip and once in the status bar, instead
of failing when pressed. Every write needs its audit row, so "may append to the audit log"
is the one question (services/audit_log.may_write).

The parts keep their own enabling rules (a button enabled when a person is selected); a
lock here keeps the writing ones disabled whatever those rules say, and tabs built later
(the channel pages) are locked when they are first shown."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

from ..services import audit_log
from .common.plain import Label

MENU = ("add", "import", "export_people", "export_bindings", "backup", "qinqing", "bind")
BUTTONS = re.compile(
    r"^((add|edit|bind|delete|resume|reveal)PersonButton|\w+BindButton|\w+_add|unbindBindingButton"
    r"|homeWizardButton|homeDraftContinue|homeDraftDiscard|importPolicyButton)$"
)


class _Lock(QObject):
    """Keeps the widgets it watches disabled."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def active(window) -> bool:
    return getattr(window, "read_only_reason", "") != ""


def apply(window: Any) -> bool:
    """Lock the window's writes when its login only reads; False (nothing done) otherwise."""
    try:
        writable = audit_log.may_write(window.desk)
    except Exception:  # noqa: BLE001 - the server away: the writes say so when pressed
        writable = True
    if writable:
        window.read_only_reason = ""
        return False
    desk = window.desk
    reason = QCoreApplication.translate(
        "ReadOnly", "Read only: this sign-in ({user}) reads and audits; it cannot add, bind, import or export."
    ).format(user=desk.conn.user or desk.operator)
    window.read_only_reason = reason
    lock = _Lock(window)
    for key in MENU:
        action: QAction = window.actions[key]
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)
        action.changed.connect(lambda a=action: a.setEnabled(False) if a.isEnabled() else None)
    members = window.members
    for action in members.menu_actions.values():
        if action is not members.menu_actions.get("pension"):  # the pension estimate is read
            action.changed.connect(lambda a=action: a.setEnabled(False) if a.isEnabled() else None)
            action.setEnabled(False)
    for button in (members.empty.add, members.empty.load):
        _hold(button, lock, reason)

    def lock_all(*_) -> None:
        for button in window.findChildren(QAbstractButton):
            if BUTTONS.match(button.objectName()):
                _hold(button, lock, reason)

    lock_all()
    window.tabs.currentChanged.connect(lock_all)  # after the tab is built
    note = Label(reason, window)
    note.setObjectName("readOnlyNote")
    note.setWordWrap(False)
    note.setToolTip(reason)
    window.statusBar().addPermanentWidget(note)
    return True


def _hold(button: QWidget, lock: _Lock, reason: str) -> None:
    if button.property("readOnlyLocked"):
        return
    button.setProperty("readOnlyLocked", True)
    button.setEnabled(False)
    button.setToolTip(reason)
    button.installEventFilter(lock)
