"""GUI fixtures: a real main window on a fresh data folder, in English unless a test
switches; dialogs that would wait for a person are replaced by recorders."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from sbdesk.services import people
from sbdesk.ui.common import dialogs
from tests.conftest import TODAY, make_id
from tests.ui.keyboard import type_into

ROOT = Path(__file__).resolve().parents[2]

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)
SON = make_id(date(2014, 1, 20), "510104", 37)
GRANDMA = make_id(date(1950, 10, 1), "110105", 42)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    if not (ROOT / "i18n" / "sbdesk_zh_CN.qm").exists():
        subprocess.run([sys.executable, str(ROOT / "i18n" / "update.py"), "--release"], check=True)


class Recorder:
    """Stands in for the message boxes and input dialogs."""

    def __init__(self) -> None:
        self.informed: list[tuple[str, str, bool]] = []
        self.answer = True
        self.text: str | None = ""
        self.path: str | None = None
        self.full_ids = False  # the export dialog's checkbox

    def inform(self, parent, title, text, error=False):
        self.informed.append((title, text, error))

    def ask(self, parent, title, text):
        return self.answer

    def ask_text(self, parent, title, label):
        return self.text

    def ask_reason(self, parent, title, text):
        return self.text

    def save_path(self, parent, title, suggested, filters):
        return self.path

    def save_export(self, parent, title, suggested, filters, full_ids):
        self.export_label = full_ids
        return (self.path, self.full_ids) if self.path else None


@pytest.fixture
def answers(monkeypatch):
    rec = Recorder()
    for name in ("inform", "ask", "ask_text", "ask_reason", "save_path", "save_export"):
        monkeypatch.setattr(dialogs, name, getattr(rec, name))
    return rec


def counter_window(qtbot, folder: Path):
    """The main window on ``folder``, signed in at a counter as after the first start, shown."""
    from sbdesk.app import build_main_window
    from sbdesk.ui.settings import Settings

    settings = Settings(folder)
    settings.place, settings.operator, settings.operator_id = "counter", "clerk", "0001"
    settings.sync()
    w = build_main_window(folder, lang="en", today=lambda: TODAY)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, data_dir, answers):
    w = counter_window(qtbot, data_dir)
    yield w
    dispose(w)


def in_elder_mode(window, lang: str):
    """``window`` in ``lang`` and 长辈模式 on a 1024×700 laptop screen."""
    window.set_language(lang)
    QApplication.processEvents()  # LanguageChange is posted
    window.set_elder_mode(True)
    window.resize(1024, 700)
    QApplication.processEvents()
    return window


CLERK = "clerk（工号 0001）"  # how the audit log, receipts and face checks name the fixture's operator


def dispose(window) -> None:
    """Close and delete the window before its database, so no late event reaches a closed file."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    window.desk.close()


@pytest.fixture
def family(window):
    d = window.desk
    people.add(d, name="张伟", id_number=OWNER, region="苏州市", insurance="employee", card_number="A10000001")
    people.add(
        d,
        name="李娜",
        id_number=WIFE,
        region="南京市",
        insurance="resident",
        card_number="B20000002",
        computer_number="123456789",
    )
    people.add(d, name="张小明", id_number=SON, region="南京市", insurance="resident", card_number="C30000003")
    people.add(d, name="王秀英", id_number=GRANDMA, region="北京市", insurance="resident", card_number="D40000004")
    window.data_changed()
    window.members.run_search()
    return window


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person (see tests/ui/keyboard.py); ``qtbot`` stays for the callers' sake."""
    type_into(widget, text)


@pytest.fixture
def keyring_double():
    """The system's keyring is a boundary: a dict stands in for it (the protection tests)."""
    from tests.ui.protection_help import memory_keyring

    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def modal_answers(qtbot):
    """The protection dialogs' modal questions answered as a person would (protection_help.py)."""
    from tests.ui.protection_help import ModalAnswers

    return ModalAnswers(qtbot)
