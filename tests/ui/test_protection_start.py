"""The data folder's protection at the start, as a person meets it: the first start's
paragraph and choice, the password typed twice, the recovery key shown once, and the unlock
of a protected folder at every start (a wrong password said next to the field, the recovery
key instead, Cancel closes the program). Real services; the keyring is an in-memory double."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from sbdesk import paths, startup
from sbdesk.services import keys
from sbdesk.ui import start as door
from sbdesk.ui.language import LanguageManager
from sbdesk.ui.protection import first_start, unlock
from sbdesk.ui.protection.first_start import ProtectDialog
from sbdesk.ui.protection.recovery import RecoveryKeyDialog
from tests.ui.conftest import type_text
from tests.ui.protection_help import PASSWORD

pytestmark = pytest.mark.usefixtures("keyring_double")  # the system's keyring is a boundary


@pytest.fixture(autouse=True)
def english():
    LanguageManager().install("en")


def test_the_first_start_tells_where_and_protects_with_a_password(qtbot, tmp_path, modal_answers, monkeypatch):
    """Preselected protection; too short and differing passwords said next to their field; the
    recovery key shown large with a required tick; Print… goes to the printer."""
    folder = tmp_path / "office"
    printed: list[QPrinter] = []

    def print_dialog(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "key.pdf"))
        printed.append(dialog.printer())
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    seen: dict = {}

    def choose(dialog: ProtectDialog) -> None:
        seen["paragraph"] = dialog.intro.text()
        assert dialog.protect.isChecked() and dialog.fields.isVisible()
        assert QApplication.focusWidget() is dialog.protect
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)  # Pass&word
        assert QApplication.focusWidget() is dialog.fields.password
        assert dialog.fields.password.echoMode() == dialog.fields.password.EchoMode.Password
        type_text(qtbot, dialog.fields.password, "short")
        qtbot.keyClick(dialog.fields.password, Qt.Key_Return)
        assert dialog.fields.errors[0].text() == "The password must have at least 8 characters; nothing was changed."
        assert dialog.isVisible()
        type_text(qtbot, dialog.fields.password, "-and-long")
        assert not dialog.fields.errors[0].isVisible()  # fixed: the message goes as soon as it is
        qtbot.keyClick(dialog, Qt.Key_A, Qt.AltModifier)  # Password &again
        type_text(qtbot, dialog.fields.again, "short-and-lung")
        qtbot.keyClick(dialog.fields.again, Qt.Key_Return)
        assert dialog.fields.errors[1].text() == "The two passwords typed differ; nothing was changed."
        assert QApplication.focusWidget() is dialog.fields.again and dialog.isVisible()
        dialog.fields.again.selectAll()
        type_text(qtbot, dialog.fields.again, "short-and-long")
        qtbot.keyClick(dialog.fields.again, Qt.Key_Return)

    def write_down(dialog: RecoveryKeyDialog) -> None:
        seen["key"] = dialog.key.text()
        seen["warning"] = dialog.warning.text()
        assert dialog.key.font().pointSizeF() > 1.5 * QApplication.font().pointSizeF()
        assert dialog.key.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert not dialog.go_on.isEnabled()
        qtbot.keyClick(dialog, Qt.Key_Escape)  # never closed before it is written down
        assert dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key_P, Qt.AltModifier)  # &Print…
        qtbot.waitUntil(lambda: bool(printed))
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)  # I have &written it down or printed it
        qtbot.waitUntil(dialog.go_on.isEnabled)
        qtbot.keyClick(dialog.go_on, Qt.Key_Return)

    modal_answers(choose, write_down)
    answered = first_start.ask(folder)
    modal_answers.check()
    assert answered is True
    assert str(folder) in seen["paragraph"] and "delete that folder" in seen["paragraph"]
    assert "nobody can open the data again" in seen["warning"]
    assert len(seen["key"].split("-")) == 8
    assert keys.protected(folder) and (tmp_path / "key.pdf").stat().st_size > 0
    # the password typed opens it (and not the typo), and so does the recovery key
    how, errors = unlock_with(qtbot, modal_answers, folder, ["short-and-lung", "short-and-long"])
    wrong = (
        f"Wrong password or recovery key for the data folder {folder}; nothing was opened. Without the "
        "password or the recovery key, the data in it cannot be read by anyone."
    )
    assert how == "password" and errors == [wrong]
    how, errors = unlock_with(qtbot, modal_answers, folder, [seen["key"].lower()], recovery=True)
    assert how == "recovery" and errors == []
    assert first_start.ask(folder) is None  # asked once


def test_cancel_at_the_unlock_closes_the_program_before_anything_is_read(qtbot, tmp_path, modal_answers):
    folder = tmp_path / "office"
    keys.create(folder, PASSWORD, False)
    keys.lock(folder)  # a new process: the key is not in memory
    modal_answers(lambda dialog: qtbot.keyClick(dialog, Qt.Key_Escape))
    start = startup.Start(SimpleNamespace(lang="en", operator="t"), folder, lambda text: True, print, door=door)
    assert startup.run(start) == 0 and start.window is None
    modal_answers.check()
    assert list(start.times) == ["lock", "database", "unlock"]
    start.lock.unlock()


def unlock_with(qtbot, modal_answers, folder, typed: list[str], recovery: bool = False):
    """The start of a new process on ``folder``: the key forgotten, then asked for."""
    keys.lock(folder)
    errors: list[str] = []

    def attempt(text: str):
        def act(dialog) -> None:
            if dialog.error.isVisible():
                errors.append(dialog.error.text())
            if recovery and not dialog.recovery:
                qtbot.keyClick(dialog, Qt.Key_K, Qt.AltModifier)  # Use the recovery &key instead
                qtbot.waitUntil(lambda: dialog.caption.text() == "&Recovery key")  # a button's key clicks after a flash
                assert dialog.secret.echoMode() == dialog.secret.EchoMode.Normal and not dialog.secret.text()
            dialog.secret.selectAll()
            type_text(qtbot, dialog.secret, text)
            qtbot.keyClick(dialog.secret, Qt.Key_Return)

        return act

    modal_answers(*[attempt(t) for t in typed])
    how = unlock.unlock_at_start(folder)
    modal_answers.check()
    return how, errors


def test_keeping_it_unencrypted_writes_no_protection(qtbot, tmp_path, modal_answers):
    folder = tmp_path / "home"

    def keep(dialog: ProtectDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key_K, Qt.AltModifier)  # &Keep it unencrypted
        qtbot.waitUntil(lambda: not dialog.fields.isVisible())
        qtbot.keyClick(dialog, Qt.Key_Return)

    modal_answers(keep)
    answered = first_start.ask(folder)
    modal_answers.check()
    assert answered is True
    assert not keys.protected(folder)


def test_closing_the_first_question_stops_the_start_and_writes_nothing(qtbot, tmp_path, modal_answers):
    folder = tmp_path / "office"
    modal_answers(lambda dialog: qtbot.keyClick(dialog, Qt.Key_Escape))
    start = startup.Start(SimpleNamespace(lang="en", operator="t"), folder, lambda text: True, print, door=door)
    assert startup.run(start) == 0 and start.window is None
    modal_answers.check()
    assert list(start.times)[-1] == "protect"
    assert not keys.protected(folder) and not paths.db_path(folder).exists()
    start.lock.unlock()


def test_a_new_folder_starts_encrypted_and_the_next_start_asks_or_remembers(
    qtbot, tmp_path, modal_answers, keyring_double, monkeypatch
):
    """The whole start as app.run runs it: where and who, the paragraph, the password (remembered
    here), the recovery key; the database is created encrypted. The next start opens from the
    keyring without a question; with the keyring emptied it asks, and a key file wrongly open to
    others is refused with one sentence."""
    from sbdesk.store import cipher
    from sbdesk.ui.protection.unlock import UnlockDialog
    from tests.ui.conftest import dispose

    folder = tmp_path / "office"

    def where(dialog) -> None:
        qtbot.keyClick(dialog, Qt.Key_C, Qt.AltModifier)  # At a &counter
        qtbot.waitUntil(lambda: dialog.place() == "counter")
        type_text(qtbot, dialog.name, "张伟")
        type_text(qtbot, dialog.staff_id, "0123")
        qtbot.keyClick(dialog.staff_id, Qt.Key_Return)

    def protect(dialog: ProtectDialog) -> None:
        assert dialog.protect.isChecked()  # a counter: preselected
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)
        type_text(qtbot, dialog.fields.password, PASSWORD)
        qtbot.keyClick(dialog, Qt.Key_A, Qt.AltModifier)
        type_text(qtbot, dialog.fields.again, PASSWORD)
        qtbot.keyClick(dialog, Qt.Key_R, Qt.AltModifier)  # &Remember it on this computer
        qtbot.waitUntil(dialog.fields.remember.isChecked)
        qtbot.keyClick(dialog.fields.again, Qt.Key_Return)

    def written(dialog: RecoveryKeyDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)
        qtbot.waitUntil(dialog.go_on.isEnabled)
        qtbot.keyClick(dialog.go_on, Qt.Key_Return)

    def run(*steps):
        modal_answers(*steps)
        start = startup.Start(
            SimpleNamespace(lang="en", operator=None), folder, lambda text: True, told.append, door=door
        )
        code = startup.run(start, startup.STEPS[:-1])
        modal_answers.check()
        if start.window is not None:
            dispose(start.window)
        if start.lock is not None:
            start.lock.unlock()
        return code, start

    told: list[str] = []
    code, start = run(where, protect, written)
    assert code is None and told == [] and "protect" in start.times
    assert cipher.is_encrypted(paths.db_path(folder))
    keys.lock(folder)  # as a new process: the key only in the keyring
    code, start = run()
    assert code is None and start.times.get("unlock") is not None and told == []
    keys.lock(folder)
    keyring_double.stored.clear()
    code, start = run(lambda dialog: unlock_by_typing(qtbot, dialog, PASSWORD))
    assert code is None and told == []
    keys.lock(folder)
    key_file = tmp_path / "key.txt"
    key_file.write_text(PASSWORD)
    key_file.chmod(0o644)
    monkeypatch.setenv("SBDESK_KEY_FILE", str(key_file))
    code, start = run()
    assert code == 2 and start.window is None and "chmod 600" in told[-1]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]


def unlock_by_typing(qtbot, dialog, text: str) -> None:
    type_text(qtbot, dialog.secret, text)
    qtbot.keyClick(dialog.secret, Qt.Key_Return)


def test_opened_with_the_recovery_key_the_person_is_told_to_choose_a_new_password(qtbot, tmp_path, modal_answers):
    folder = tmp_path / "home"
    recovery = keys.create(folder, PASSWORD, False)
    keys.lock(folder)
    told: list[str] = []

    def read(box) -> None:
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key_Return)

    modal_answers(lambda dialog: unlock_by_typing(qtbot, dialog, recovery.replace("-", " ")), read)
    assert door.unlock(folder) == "recovery"
    modal_answers.check()
    hint = (
        "The data was opened with the recovery key. If the password is forgotten, choose a new one: "
        "Settings → Change password…"
    )
    assert told == [hint]


def test_a_build_without_sqlcipher_tells_the_paragraph_and_keeps_the_folder_plain(
    qtbot, tmp_path, modal_answers, monkeypatch
):
    from sbdesk.store import cipher

    monkeypatch.setattr(cipher, "available", lambda: False)
    folder = tmp_path / "home"
    seen = {}

    def read(dialog: ProtectDialog) -> None:
        seen["text"] = dialog.intro.text()
        assert not dialog.protect.isVisible() and not dialog.fields.isVisible()
        qtbot.keyClick(dialog, Qt.Key_Return)

    modal_answers(read)
    answered = first_start.ask(folder)
    modal_answers.check()
    assert answered is True and not keys.protected(folder)
    assert "It is not encrypted" in seen["text"] and str(folder) in seen["text"]


def test_without_a_keyring_remembering_is_not_offered(qtbot, tmp_path):
    import keyring
    from keyring.backends import null

    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        dialog = ProtectDialog(tmp_path / "home", first_start.FIRST)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.fields.remember.isHidden() and dialog.fields.fields()[-1] is dialog.fields.again
    finally:
        keyring.set_keyring(before)
