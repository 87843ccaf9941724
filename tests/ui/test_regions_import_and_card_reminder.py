"""Office imports from the regions tab, the pension dialog and the card
activation reminder, driven as a person would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sbdesk.services import people
from tests.ui.conftest import OWNER, type_text


def test_import_button_reports_row_errors_then_applies_a_good_file(window, qtbot, answers, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,province\n1,甲,火星省\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("code,name,province,batch,opened_on\n330100,杭州市,浙江省,second,2026-06-01\n", encoding="utf-8")
    chosen = iter([str(bad), str(good)])
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: next(chosen))
    tab = window.regions
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    title, text, error = answers.informed[-1]
    assert error and title == "Nothing was changed" and "Row 2: 火星省 is not a province." in text
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    assert answers.informed[-1][1] == "0 regions added and 1 updated."
    type_text(qtbot, tab.search, "杭州")
    hangzhou = [
        tab.tree.topLevelItem(i).child(j)
        for i in range(tab.tree.topLevelItemCount())
        for j in range(tab.tree.topLevelItem(i).childCount())
        if tab.tree.topLevelItem(i).child(j).text(0) == "杭州市"
    ][0]
    assert hangzhou.text(3) == "2026-06-01"


def test_the_card_reminder_shows_until_the_account_is_activated(family, qtbot):
    tab = family.members
    type_text(qtbot, tab.search, "张伟")
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张伟")
    assert tab.detail.reminder.isVisible()
    reminder = tab.detail.reminder.text()
    assert "social-security function is not known to be enabled" in reminder
    assert "掌上12333" in reminder and "designated hospital" in reminder
    assert "only in person" in reminder and "(optional)" in reminder  # the bank account: the counter only
    qtbot.keyClick(tab.table, Qt.Key_Return)
    dialog = tab.dialog
    box = dialog.inputs["ss_account"]
    box.setCurrentIndex(box.findData("active"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert people.find(family.desk, OWNER).ss_account == "active"
    assert tab.detail.reminder.isVisible()  # what is left: the optional bank account, at the counter
    left = tab.detail.reminder.text()
    assert "not known to be enabled" not in left and "bank's counter" in left and "掌上12333" not in left
    assert "社保账户 (social-security account) activated" in tab.detail.values["accounts"].text()
    people.set_card_status(family.desk, people.find(family.desk, OWNER).id, financial_account="active")
    family.data_changed()
    assert not tab.detail.reminder.isVisible()


def test_the_detail_pane_is_not_squeezed_in_a_small_window_in_elder_mode(family, qtbot):
    """1024×700 in 长辈模式: the person's details and the whole card reminder stay readable
    (they scroll) instead of being cut off."""
    family.resize(1024, 700)
    family.set_elder_mode(True)
    tab = family.members
    type_text(qtbot, tab.search, "张伟")
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张伟")
    QApplication.processEvents()
    reminder = tab.detail.reminder
    assert reminder.isVisible()
    assert reminder.height() >= reminder.heightForWidth(reminder.width()), "the card reminder is cut off"
    for label in tab.detail.values.values():
        assert label.height() >= label.fontMetrics().height(), f"{label.text()} is cut off"
    family.set_elder_mode(False)
