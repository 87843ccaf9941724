"""Settings → Encrypt this data folder… / Change password… / Remove encryption… in a running
window (its desk closed while the folder is converted, a new window after, the data kept),
About repeating the first start's paragraph, and every protection dialog read in 长辈模式 and
walked with the keyboard in both languages. Real services; the keyring is an in-memory double."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from sbdesk import paths
from sbdesk.services import keys, people
from sbdesk.ui.language import LanguageManager
from sbdesk.ui.protection import actions
from sbdesk.ui.protection.first_start import CHANGE, ENCRYPT, FIRST, ProtectDialog
from sbdesk.ui.protection.recovery import RecoveryKeyDialog
from sbdesk.ui.protection.unlock import UnlockDialog
from tests.ui.conftest import OWNER, counter_window, dispose, type_text
from tests.ui.elision import elided_texts
from tests.ui.protection_help import PASSWORD
from tests.ui.test_keyboard_walk import Findings

NEW_PASSWORD = "another-long-one"


pytestmark = pytest.mark.usefixtures("keyring_double")  # the system's keyring is a boundary


@pytest.fixture(autouse=True)
def no_window_kept():
    """The windows a conversion opened are the tests' to dispose of."""
    yield
    actions._kept.clear()


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def type_twice(qtbot, dialog: ProtectDialog, password: str) -> None:
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)  # Pass&word / New pass&word
    type_text(qtbot, dialog.fields.password, password)
    qtbot.keyClick(dialog.fields.password, Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.fields.again
    type_text(qtbot, dialog.fields.again, password)
    qtbot.keyClick(dialog.fields.again, Qt.Key_Return)


def header_says_encrypted(path: Path) -> bool:
    """Read by another process: this one holds the file open (reading it here drops SQLite's locks)."""
    probe = "import sys; from sbdesk.store import cipher; print(cipher.is_encrypted(sys.argv[1]))"
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def next_window(qtbot, old):
    """The window a conversion opened in place of ``old``."""
    qtbot.waitUntil(lambda: bool(actions._kept) and actions._kept[-1] is not old and actions._kept[-1].isVisible())
    return actions._kept[-1]


def test_encrypt_change_the_password_and_remove_it_from_the_settings_menu(qtbot, data_dir, answers):
    """As app.run holds it: the window's lock on the folder is this process's, and stays held."""
    from sbdesk.ui.start import acquire_lock

    lock, _ = acquire_lock(data_dir)
    try:
        run_the_settings_menu(qtbot, data_dir, answers)
    finally:
        lock.unlock()


def run_the_settings_menu(qtbot, data_dir, answers):
    old = counter_window(qtbot, data_dir)
    people.add(old.desk, name="张伟", id_number=OWNER, region="苏州市")
    assert old.actions["encrypt"].isVisible() and not old.actions["decrypt"].isVisible()
    assert not old.actions["password"].isVisible()
    assert "It is not encrypted" in old.help.about_text() and str(data_dir) in old.help.about_text()
    old.actions["encrypt"].trigger()
    dialog = old.protect_dialog
    assert isinstance(dialog, ProtectDialog) and dialog.isVisible() and not dialog.protect.isVisible()
    type_twice(qtbot, dialog, PASSWORD)
    window = next_window(qtbot, old)
    try:
        assert answers.informed == []
        assert keys.protected(data_dir) and header_says_encrypted(paths.db_path(data_dir))
        shown = window.findChild(RecoveryKeyDialog)
        qtbot.waitUntil(lambda: shown.isVisible())
        assert len(shown.key.text().split("-")) == 8
        activate(qtbot, shown)
        qtbot.keyClick(shown, Qt.Key_W, Qt.AltModifier)
        qtbot.waitUntil(shown.go_on.isEnabled)
        qtbot.keyClick(shown.go_on, Qt.Key_Return)
        qtbot.waitUntil(lambda: not shown.isVisible())
        assert people.count(window.desk) == 1  # nothing lost, and the window reads it
        assert window.actions["decrypt"].isVisible() and window.actions["password"].isVisible()
        assert not window.actions["encrypt"].isVisible()
        assert "It is encrypted with a password" in window.help.about_text()
        assert answers.informed == []
        window.actions["password"].trigger()
        type_twice(qtbot, window.protect_dialog, NEW_PASSWORD)
        assert window.statusBar().currentMessage() == "Password changed. The recovery key stays the same."
        answers.answer = True  # Remove the encryption of …? Yes
        window.actions["decrypt"].trigger()
        plain = next_window(qtbot, window)
    except BaseException:
        dispose(window)
        raise
    try:
        assert not keys.protected(data_dir) and people.count(plain.desk) == 1
        assert not header_says_encrypted(paths.db_path(data_dir))
        assert plain.actions["encrypt"].isVisible() and not plain.actions["decrypt"].isVisible()
        assert answers.informed == []
    finally:
        dispose(plain)


def test_a_refused_encryption_is_said_and_the_window_comes_back_on_the_plain_folder(
    qtbot, data_dir, answers, monkeypatch
):
    from sbdesk.domain.messages import Problem
    from sbdesk.services.errors import InputError

    def refused(*args, **kwargs):
        raise InputError([("", Problem("card.empty"))])

    old = counter_window(qtbot, data_dir)
    monkeypatch.setattr(keys, "encrypt", refused)
    old.actions["encrypt"].trigger()
    type_twice(qtbot, old.protect_dialog, PASSWORD)
    window = next_window(qtbot, old)
    try:
        assert [text for _, text, error in answers.informed if error] == ["The card number is empty."]
        assert not keys.protected(data_dir) and window.actions["encrypt"].isVisible()
    finally:
        dispose(window)


# -- read and walked: 长辈模式, access keys, Tab ---------------------------------------------
def protection_dialogs(folder: Path):
    """Every protection dialog a person meets, in each of its states."""
    yield "first", ProtectDialog(folder, FIRST)
    yield "encrypt", ProtectDialog(folder, ENCRYPT)
    yield "change", ProtectDialog(folder, CHANGE)
    yield "recovery", RecoveryKeyDialog(folder, "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    yield "unlock", UnlockDialog(folder)
    unlock = UnlockDialog(folder)
    unlock.toggle_recovery()
    yield "unlock with the recovery key", unlock


@pytest.fixture
def elder_font():
    font = QApplication.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.4)
    QApplication.setFont(larger)
    yield
    QApplication.setFont(font)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_protection_dialog_is_read_whole_in_elder_mode_on_a_small_screen(qtbot, tmp_path, elder_font, lang):
    LanguageManager().install(lang)
    folder = tmp_path / "一个很长的文件夹名字" / "社保数据" / "office"
    found = []
    for name, dialog in protection_dialogs(folder):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.adjustSize()
        QApplication.processEvents()
        if dialog.width() > 1024 or dialog.height() > 800:
            found.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than an 800 px screen")
        found += [f"{name}: {text}" for text in elided_texts(dialog)]
        dialog.hide()
    LanguageManager().install("en")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_protection_dialog_is_walked_with_the_keyboard(qtbot, tmp_path, lang):
    LanguageManager().install(lang)
    findings = Findings(lang)
    for name, dialog in protection_dialogs(tmp_path / "office"):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        findings.window(name, dialog)
        dialog.hide()
    LanguageManager().install("en")
    assert not findings.keys + findings.tabs, "\n".join(findings.keys + findings.tabs)


def test_the_window_looks_for_the_file_the_keys_write():
    """ui/protection reads the mark without importing the key services at every start."""
    from sbdesk.ui import protection

    assert protection.MARK == keys.MARK


def test_a_build_without_sqlcipher_says_so_when_asked_to_encrypt(window, answers, monkeypatch):
    from sbdesk.store import cipher

    monkeypatch.setattr(cipher, "available", lambda: False)
    window.actions["encrypt"].trigger()
    assert window.protect_dialog is None and not keys.protected(window.desk.data_dir)
    [(_, text, error)] = answers.informed
    assert error and "this copy of sbdesk cannot read encrypted data" in text and str(window.desk.data_dir) in text


def test_another_program_on_the_folder_stops_the_encryption_and_nothing_changes(qtbot, data_dir, answers):
    """A second process (the CLI, a script) reading the database: the conversion is refused
    with one sentence, no protection.json is left, the file stays plain, the window comes back."""
    old = counter_window(qtbot, data_dir)
    people.add(old.desk, name="张伟", id_number=OWNER, region="苏州市")
    reader = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('BEGIN');"
        " c.execute('SELECT count(*) FROM sqlite_master').fetchall(); print('ready', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", reader, str(paths.db_path(data_dir))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        old.actions["encrypt"].trigger()
        type_twice(qtbot, old.protect_dialog, PASSWORD)
        window = next_window(qtbot, old)
    finally:
        holder.communicate("")
    try:
        assert [text for _, text, error in answers.informed if error] == [
            "The database is busy in another program; try again in a moment."
        ]
        assert not keys.protected(data_dir) and people.count(window.desk) == 1
        assert not header_says_encrypted(paths.db_path(data_dir)) and window.actions["encrypt"].isVisible()
    finally:
        dispose(window)
