"""A number that finds no one (未登记) is added where it was typed: the person dialog opens with
the number filled in, and after saving the task goes on with the new person, not retyped."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sbdesk.services import people
from tests.conftest import make_id
from tests.ui import walk
from tests.ui.conftest import OWNER, type_text
from tests.ui.test_channels_tab import choose, open_channel, swipe
from tests.ui.test_wizard import next_button, open_wizard

NEWCOMER = make_id(date(1986, 2, 3), "320505", 71)  # 苏州, not on record
RELATIVE = make_id(date(1955, 8, 8), "320505", 82)


def fill_and_save(qtbot, dialog, name: str, id_number: str = "") -> None:
    """A clerk completes the dialog: the name, the ID number if still empty, the insurance; OK."""
    type_text(qtbot, dialog.inputs["name"], name)
    if id_number:
        qtbot.keyClicks(dialog.inputs["id_number"], id_number)
    choose(qtbot, dialog.inputs["insurance"], "employee")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled)
    qtbot.mouseClick(ok, Qt.LeftButton)


def rows(window) -> int:
    return window.members.model.rowCount()


def test_wizard_adds_the_unknown_card_holder_and_goes_on(family, qtbot):
    before = rows(family)
    w = open_wizard(family)
    page = w.start_page
    qtbot.keyClicks(page.key, NEWCOMER)
    assert page.found.text().startswith("Not on record") and not next_button(w).isEnabled()
    qtbot.mouseClick(page.new, Qt.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.inputs["id_number"].text() == NEWCOMER
    fill_and_save(qtbot, dialog, "周新")
    assert not dialog.isVisible()
    assert page.key.text() == NEWCOMER  # not retyped
    assert page.found.text().startswith("周新") and next_button(w).isEnabled()
    qtbot.waitUntil(lambda: rows(family) == before + 1)  # the members list shows the new person


def test_wizard_card_number_goes_into_the_card_field(family, qtbot):
    w = open_wizard(family)
    page = w.start_page
    qtbot.keyClicks(page.key, "E50000005")
    qtbot.mouseClick(page.new, Qt.LeftButton)
    dialog = page.dialog
    assert dialog.inputs["card_number"].text() == "E50000005" and dialog.inputs["id_number"].text() == ""
    fill_and_save(qtbot, dialog, "周新", NEWCOMER)
    assert page.key.text() == "E50000005" and page.found.text().startswith("周新")
    assert next_button(w).isEnabled()


def test_wizard_cancelled_add_leaves_all_as_it_was(family, qtbot):
    w = open_wizard(family)
    page = w.start_page
    qtbot.keyClicks(page.key, NEWCOMER)
    qtbot.mouseClick(page.new, Qt.LeftButton)
    page.dialog.reject()
    assert page.key.text() == NEWCOMER and page.found.text().startswith("Not on record")
    assert not next_button(w).isEnabled() and people.count(family.desk) == 4


def test_channel_page_adds_an_unknown_member_id_and_decides_for_the_pair(family, qtbot):
    before = rows(family)
    page = open_channel(family, "wallet")
    swipe(qtbot, page.fields["owner_id"], OWNER)
    swipe(qtbot, page.fields["member_id"], RELATIVE)
    choose(qtbot, page.relation, "parent")
    qtbot.waitUntil(lambda: page.found["member_id"].text() == "not on record")
    add = page.adds["member_id"]
    assert add.isVisible() and not page.adds["owner_id"].isVisible() and not page.action.isEnabled()
    qtbot.mouseClick(add, Qt.LeftButton)
    dialog = page.fix_dialog
    assert dialog.inputs["id_number"].text() == RELATIVE
    fill_and_save(qtbot, dialog, "周老")
    assert page.fields["member_id"].text() == RELATIVE  # not retyped
    assert page.found["member_id"].text().startswith("周老") and not add.isVisible()
    assert len(page.decision.texts()) > 1 and page.member is not None and page.member.name == "周老"
    assert page.action.isEnabled()
    qtbot.waitUntil(lambda: rows(family) == before + 1)


def test_channel_page_adds_an_unknown_card_and_moves_on(family, qtbot):
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "E50000005")
    qtbot.waitUntil(lambda: page.adds["owner_card"].isVisible())
    qtbot.mouseClick(page.adds["owner_card"], Qt.LeftButton)
    dialog = page.fix_dialog
    assert dialog.inputs["card_number"].text() == "E50000005" and dialog.inputs["id_number"].text() == ""
    fill_and_save(qtbot, dialog, "周新", NEWCOMER)
    assert page.fields["owner_card"].text() == "E50000005" and page.found["owner_card"].text().startswith("周新")
    assert page.fields["member_card"].hasFocus()  # on to the member, as after a swipe


def test_channel_page_cancelled_add_changes_nothing(family, qtbot):
    page = open_channel(family, "wallet")
    swipe(qtbot, page.fields["owner_id"], NEWCOMER)
    qtbot.waitUntil(lambda: page.adds["owner_id"].isVisible())
    qtbot.mouseClick(page.adds["owner_id"], Qt.LeftButton)
    page.fix_dialog.reject()
    assert page.fields["owner_id"].text() == NEWCOMER and page.found["owner_id"].text() == "not on record"
    assert page.adds["owner_id"].isVisible() and people.count(family.desk) == 4


def test_both_add_buttons_have_their_own_access_key(family, qtbot):
    """And Tab reaches each right after its field."""
    for lang in ("en", "zh_CN"):
        family.set_language(lang)
        QApplication.processEvents()
        page = open_channel(family, "wallet")
        for name, number in (("owner_id", NEWCOMER), ("member_id", RELATIVE)):
            page.fields[name].setText(number)
        page.evaluate()
        assert page.adds["owner_id"].isVisible() and page.adds["member_id"].isVisible()
        assert walk.clashes(walk.keyed_texts(family)) == {}
        page.fields["owner_id"].setFocus()
        qtbot.keyClick(page.fields["owner_id"], Qt.Key_Tab)
        assert page.adds["owner_id"].hasFocus()
        if lang == "zh_CN":
            assert page.adds["owner_id"].text() == "新增人员(&N)…" and page.found["owner_id"].text() == "未登记"
