"""The counter desk: who is working (first start, shift change, refusals), from a
person to a binding in one move with inline fixes, 参保类型 starting at 请选择, and the members
list's Enter, empty state and delete — each driven with keys and clicks as a clerk would."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sbdesk.services import binding, people
from sbdesk.store import audit
from sbdesk.ui.settings import Settings
from tests.conftest import TODAY, make_id
from tests.ui.conftest import OWNER, WIFE, dispose, type_text
from tests.ui.test_channels_tab import choose, swipe


def names(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def activate(qtbot, widget):
    """Access keys reach the active window only: wait until the dialog is it."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def keys_to_focus(qtbot, text):
    """Each key to whichever widget has the focus at that moment, as a keyboard (or a card
    reader, which is one) delivers them."""
    for ch in text:
        qtbot.keyClicks(QApplication.focusWidget(), ch)


def sign_in_rows(desk):
    return [e for e in audit.entries(desk.conn) if e["action"] == "operator.sign_in"]


@pytest.fixture
def counter_nobody(qtbot, data_dir, answers):
    """A window at a counter that nobody has signed in to (the settings say counter only)."""
    from sbdesk.app import build_main_window

    settings = Settings(data_dir)
    settings.place = "counter"
    settings.sync()
    w = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    w.show()
    qtbot.waitExposed(w)
    yield w
    dispose(w)


# -- 1. who is working --------------------------------------------------------------------
def test_first_start_asks_the_place_then_name_and_staff_number_next_to_the_fields(qtbot, tmp_path):
    from sbdesk.ui.language import LanguageManager
    from sbdesk.ui.signin import SignInDialog

    LanguageManager().install("en")  # before any window: the language an earlier test left is not ours
    dialog = SignInDialog(Settings(tmp_path), first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert dialog.place() is None  # nothing assumed
    assert not dialog.name.isVisible()
    qtbot.keyClick(dialog, Qt.Key_Return)  # Enter with nothing chosen
    assert (
        dialog.isVisible()
        and dialog.errors["place"].text() == "Choose where this window works: at a counter or at home."
    )
    qtbot.keyClick(dialog, Qt.Key_C, Qt.AltModifier)  # At a &counter (a button's access key clicks after a flash)
    qtbot.waitUntil(lambda: dialog.place() == "counter")
    assert dialog.staff_id.isVisible() and dialog.office.isVisible()
    qtbot.keyClick(dialog, Qt.Key_N, Qt.AltModifier)
    type_text(qtbot, dialog.name, "张伟")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert dialog.isVisible() and dialog.errors["staff_id"].text() == "Type the operator's staff number (工号)."
    assert QApplication.focusWidget() is dialog.staff_id
    type_text(qtbot, dialog.staff_id, "a-01 2")
    qtbot.keyClick(dialog.staff_id, Qt.Key_Return)
    assert "letters and digits" in dialog.errors["staff_id"].text()
    dialog.staff_id.clear()
    type_text(qtbot, dialog.staff_id, "0123")
    qtbot.keyClick(dialog, Qt.Key_O, Qt.AltModifier)
    type_text(qtbot, dialog.office, "苏州市姑苏区社保分局")
    qtbot.keyClick(dialog.office, Qt.Key_Return)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == ("counter", "张伟", "0123", "苏州市姑苏区社保分局")


def test_at_home_no_operator_is_needed_and_no_staff_number_is_asked(qtbot, tmp_path):
    from sbdesk.ui.signin import SignInDialog

    dialog = SignInDialog(Settings(tmp_path), first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key_H, Qt.AltModifier)
    qtbot.waitUntil(lambda: dialog.place() == "home")
    assert not dialog.staff_id.isVisible() and not dialog.office.isVisible()
    assert dialog.captions["name"].text() == "Your &name (optional, kept in the log)"
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.values()[:3] == ("home", "", "")


def test_the_program_asks_before_the_window_and_records_the_first_sign_in(qtbot, data_dir, answers):
    """app.ask_place as run() calls it (a real modal dialog, answered by keys), then the
    window's first audit row names the clerk; --operator and a chosen place skip the question."""
    from sbdesk import app

    args = SimpleNamespace(operator=None)

    problems = []

    def answer():
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        dialog = QApplication.activeModalWidget()
        try:
            activate(qtbot, dialog)
            qtbot.keyClick(dialog, Qt.Key_C, Qt.AltModifier)
            qtbot.waitUntil(lambda: dialog.place() == "counter")
            type_text(qtbot, dialog.name, "张伟")
            type_text(qtbot, dialog.staff_id, "0123")
            qtbot.keyClick(dialog.staff_id, Qt.Key_Return)
        except Exception as exc:  # noqa: BLE001 - reported below, after the question is closed
            problems.append(exc)
        finally:
            if dialog.isVisible():  # never leave a test waiting on a question
                dialog.reject()

    QTimer.singleShot(0, answer)
    first = app.ask_place(data_dir, args)
    assert problems == []
    assert first == ("counter", "张伟", "0123", "")
    w = app.build_main_window(data_dir, lang="en", today=lambda: TODAY)
    try:
        assert w.signed_in(first)
        assert w.desk.operator == "张伟（工号 0123）"
        row = sign_in_rows(w.desk)[0]
        assert row["operator"] == "张伟（工号 0123）" and row["detail"] == {"place": "counter", "staff_id": "0123"}
        assert w.status.operator_text.text() == "Operator 张伟（工号 0123）"
    finally:
        dispose(w)
    assert app.ask_place(data_dir, args) is None  # chosen: not asked again
    assert app.ask_place(data_dir / "other", SimpleNamespace(operator="cli")) is None
    # the next start names the clerk without asking
    w = app.build_main_window(data_dir, lang="en", today=lambda: TODAY)
    try:
        assert w.desk.operator == "张伟（工号 0123）" and not w.desk.needs_operator
    finally:
        dispose(w)


def test_shift_change_by_shortcut_is_audited_and_shown_in_the_status_bar(family, qtbot):
    assert family.status.operator_text.text() == "Operator clerk（工号 0001）"
    family.setFocus()
    qtbot.keyClick(family, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = family.signin
    assert dialog.isVisible() and dialog.place() == "counter" and dialog.name.text() == ""
    assert dialog.focusWidget() is dialog.name
    type_text(qtbot, dialog.name, "李娜")
    qtbot.keyClick(dialog.name, Qt.Key_Tab)
    type_text(qtbot, dialog.staff_id, "0456")
    qtbot.keyClick(dialog.staff_id, Qt.Key_Return)
    assert not dialog.isVisible()
    assert family.status.operator_text.text() == "Operator 李娜（工号 0456）"
    rows = sign_in_rows(family.desk)
    assert len(rows) == 1 and rows[0]["operator"] == "李娜（工号 0456）"
    made = binding.bind(
        family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "window"
    )
    assert made.operator == "李娜（工号 0456）"  # what the receipt prints as 经办人
    assert Settings(family.desk.data_dir).operator_id == "0456"


def test_at_a_counter_with_nobody_signed_in_bind_and_receipt_are_refused_beside_the_button(
    counter_nobody, qtbot, answers, tmp_path
):
    w = counter_nobody
    assert w.desk.needs_operator and "nobody signed in" in w.status.operator_text.text()
    people.add(w.desk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee", card_number="A10000001")
    people.add(w.desk, name="李娜", id_number=WIFE, region="南京市", insurance="resident", card_number="B20000002")
    w.tabs.setCurrentWidget(w.channels)
    w.channels.show_channel("window")
    page = w.channels.pages["window"]
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], "B20000002")
    choose(qtbot, page.relation, "spouse")
    page.evaluate()
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert page.result.text().startswith("No operator has signed in at this counter")
    assert binding.listing(w.desk) == []
    with pytest.raises(Exception, match="No operator has signed in"):  # the service refuses too
        binding.bind(w.desk, people.find(w.desk, OWNER).id, people.find(w.desk, WIFE).id, "spouse", "window")
    w.desk.needs_operator = False  # a binding made earlier, to print a receipt of
    binding.bind(w.desk, people.find(w.desk, OWNER).id, people.find(w.desk, WIFE).id, "spouse", "window")
    w.desk.needs_operator = True
    w.channels.refresh()
    panel = w.channels.panel
    answers.path = str(tmp_path / "r.pdf")
    qtbot.mouseClick(panel.buttons["pdf"], Qt.LeftButton)
    assert panel.notice.isVisible() and panel.notice.text().startswith("No operator has signed in")
    assert not (tmp_path / "r.pdf").exists()
    # signing in clears the refusal and lets the receipt through
    assert w.signed_in(("counter", "王芳", "7", ""))
    assert not panel.notice.isVisible()
    qtbot.mouseClick(panel.buttons["pdf"], Qt.LeftButton)
    assert (tmp_path / "r.pdf").exists()


# -- 2. from a person to a binding -----------------------------------------------------------
def test_ctrl_b_on_a_worker_opens_the_window_channel_with_them_as_owner(family, qtbot):
    tab = family.members
    type_text(qtbot, tab.search, "A10000001")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.keyClick(tab.table, Qt.Key_B, Qt.ControlModifier)
    page = family.channels.pages["window"]
    assert family.tabs.currentWidget() is family.channels and family.channels.stack.currentWidget() is page
    assert page.fields["owner_card"].text() == "A10000001" and "张伟" in page.found["owner_card"].text()
    assert QApplication.focusWidget() is page.fields["member_card"]  # the next card to swipe
    swipe(qtbot, page.fields["member_card"], "B20000002")
    choose(qtbot, page.relation, "spouse")
    page.evaluate()
    assert page.action.isEnabled()


def test_the_bind_button_puts_a_resident_in_as_member_and_home_uses_the_wallet(family, qtbot):
    """At home a binding starts on the App's 医保钱包, never on the e-card 亲情服务, which sets up
    no 家庭共济."""
    tab = family.members
    type_text(qtbot, tab.search, "李娜")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.mouseClick(tab.buttons["bind"], Qt.LeftButton)
    page = family.channels.pages["window"]
    assert page.fields["owner_card"].text() == "" and page.fields["member_card"].text() == "B20000002"
    assert QApplication.focusWidget() is page.fields["owner_card"]
    assert tab.table.contextMenuPolicy() == Qt.ActionsContextMenu  # the right-click menu holds it too
    assert tab.menu_actions["bind"] in tab.table.actions()
    tab.menu_actions["bind"].trigger()
    assert page.fields["member_card"].text() == "B20000002"
    assert family.signed_in(("home", "", "", ""))  # the same window, now used at home
    assert family.status.operator_text.text() == "Used at home: 本人"
    family.tabs.setCurrentWidget(family.members)
    type_text(qtbot, tab.search, "")
    tab.search.clear()
    type_text(qtbot, tab.search, "张伟")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    family.actions["bind"].trigger()
    wallet = family.channels.pages["wallet"]
    assert family.channels.stack.currentWidget() is wallet
    masked = OWNER[:6] + "********" + OWNER[-4:]
    assert wallet.fields["owner_id"].text() == masked  # never the full number on screen
    assert "张伟" in wallet.found["owner_id"].text()


def test_a_missing_card_number_is_fixed_inline_and_the_decision_refreshes(family, qtbot):
    d = family.desk
    aunt = make_id(date(1982, 5, 6), "320505", 61)
    people.add(d, name="赵敏", id_number=aunt, region="苏州市", insurance="resident")  # no card on record
    family.data_changed()
    tab = family.members
    type_text(qtbot, tab.search, "赵敏")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.keyClick(tab.table, Qt.Key_B, Qt.ControlModifier)
    page = family.channels.pages["window"]
    assert page.fields["member_card"].text() == aunt[:6] + "********" + aunt[-4:]
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    choose(qtbot, page.relation, "spouse")
    page.evaluate()
    fix = page.fixes["member.card_number"]
    assert fix.isVisible() and fix.text() == "Add 赵敏's &card number…"
    assert any(
        t.startswith("!  This channel needs the member's social-security card number") for t in page.decision.texts()
    )
    qtbot.keyClick(page, Qt.Key_C, Qt.AltModifier)
    qtbot.waitUntil(lambda: page.fix_dialog is not None and page.fix_dialog.isVisible())
    dialog = page.fix_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.inputs["card_number"]
    type_text(qtbot, dialog.inputs["card_number"], "E60000006")
    qtbot.keyClick(dialog.inputs["card_number"], Qt.Key_Return)
    assert not dialog.isVisible()
    assert not fix.isVisible()
    assert any(
        t.startswith("✓  The member's social-security card number needed by this channel is on record")
        for t in page.decision.texts()
    )
    assert people.find(d, aunt).card_number == "E60000006"


def test_the_wrong_insurance_on_record_is_corrected_inline(family, qtbot):
    d = family.desk
    uncle = make_id(date(1975, 1, 2), "320505", 71)
    people.add(d, name="钱进", id_number=uncle, region="苏州市", insurance="none", card_number="F70000007")
    family.data_changed()
    family.start_binding(people.find(d, uncle))
    page = family.channels.pages["window"]
    assert page.fields["owner_card"].text() == "F70000007"
    swipe(qtbot, page.fields["member_card"], "B20000002")
    choose(qtbot, page.relation, "spouse")
    page.evaluate()
    fix = page.fixes["owner.insurance"]
    assert fix.isVisible() and "钱进" in fix.text()
    qtbot.mouseClick(fix, Qt.LeftButton)
    dialog = page.fix_dialog
    box = dialog.inputs["insurance"]
    assert dialog.focusWidget() is box
    choose(qtbot, box, "employee")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not fix.isVisible() and page.action.isEnabled()


# -- 6. 参保类型 starts at 请选择 ---------------------------------------------------------------
def test_insurance_starts_unchosen_and_saving_without_it_says_so_beside_the_field(family, qtbot):
    tab = family.members
    qtbot.keyClick(family, Qt.Key_N, Qt.ControlModifier)
    dialog = tab.dialog
    box = dialog.inputs["insurance"]
    assert box.currentData() is None and box.currentText() == "— choose —"
    assert not dialog.errors["insurance"].isVisible()  # quiet until something is typed
    number = make_id(date(1990, 2, 3), "510104", 51)
    type_text(qtbot, dialog.inputs["name"], "赵六")
    type_text(qtbot, dialog.inputs["id_number"], number)
    qtbot.keyClick(dialog.inputs["id_number"], Qt.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["insurance"].isVisible() and dialog.errors["insurance"].text() == "Choose the insurance type."
    choose(qtbot, box, "resident")
    assert not dialog.errors["insurance"].isVisible()
    qtbot.keyClick(box, Qt.Key_Return)
    assert not dialog.isVisible() and people.find(family.desk, number).insurance == "resident"


# -- 7. the members list ------------------------------------------------------------------
def test_a_swipe_in_the_search_selects_and_shows_the_person_enter_again_opens_them(family, qtbot):
    tab = family.members
    swipe(qtbot, tab.search, "B20000002")
    assert tab.current_person().name == "李娜" and tab.detail.values["name"].text() == "李娜"
    assert QApplication.focusWidget() is tab.table
    # the next client's card is swiped while the list has the focus: a new search, not a jump
    keys_to_focus(qtbot, "D40000004")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert tab.search.text() == "D40000004"
    assert tab.current_person().name == "王秀英" and tab.detail.values["name"].text() == "王秀英"
    qtbot.keyClick(tab.table, Qt.Key_Return)
    assert tab.dialog.isVisible() and tab.dialog.inputs["name"].text() == "王秀英"


def test_an_empty_list_says_what_to_do_first(window, qtbot):
    tab = window.members
    hint = tab.empty
    assert hint.isVisible() and not tab.table.isVisible()
    assert hint.text.text().startswith("Nobody is on record yet. To begin:")
    assert "Ctrl+N" in hint.text.text() and "swipe" in hint.text.text() and "Ctrl+I" in hint.text.text()
    assert hint.load.isVisible()
    qtbot.mouseClick(hint.add, Qt.LeftButton)
    assert tab.dialog.isVisible()
    tab.dialog.reject()
    # a swipe of a card nobody has: say so, and adding takes the number along
    swipe(qtbot, tab.search, "Z99999999")
    assert hint.isVisible() and "“Z99999999”" in hint.text.text() and not hint.load.isVisible()
    qtbot.mouseClick(hint.add, Qt.LeftButton)
    assert tab.dialog.inputs["card_number"].text() == "Z99999999"


def test_delete_says_why_first_when_a_person_cannot_be_deleted(family, qtbot, answers, monkeypatch):
    from sbdesk.ui.common import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a: asked.append(a) or True)
    binding.bind(family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "window")
    tab = family.members
    type_text(qtbot, tab.search, "张伟")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张伟")
    qtbot.keyClick(tab.table, Qt.Key_Delete)
    assert asked == []
    said = "张伟 still has active bindings; end them before deleting the person."
    assert answers.informed[-1] == ("Delete person", said, True)
    assert people.find(family.desk, OWNER).name == "张伟"
