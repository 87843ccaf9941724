"""家庭成员 tab, driven with the keyboard and mouse as a clerk would."""

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sbdesk.store import audit
from sbdesk.ui.members.model import ID_NUMBER, NAME
from tests.conftest import make_id
from tests.ui.conftest import CLERK, GRANDMA, OWNER, WIFE, type_text
from tests.ui.test_channels_tab import choose


def names(tab):
    return sorted(tab.model.index(r, NAME).data() for r in range(tab.model.rowCount()))


def test_search_as_you_type_by_name_id_and_card(family, qtbot):
    tab = family.members
    assert len(names(tab)) == 4
    type_text(qtbot, tab.search, "张")
    qtbot.waitUntil(lambda: names(tab) == ["张伟", "张小明"])
    tab.search.clear()
    type_text(qtbot, tab.search, WIFE[:8])
    qtbot.waitUntil(lambda: names(tab) == ["李娜"])
    tab.search.clear()
    type_text(qtbot, tab.search, "d4000")
    qtbot.waitUntil(lambda: names(tab) == ["王秀英"])
    tab.search.clear()
    type_text(qtbot, tab.search, "无此人")
    qtbot.waitUntil(lambda: names(tab) == [])
    assert tab.detail.box.title() == "Nobody selected"


def test_ids_are_masked_until_revealed_and_the_reveal_is_audited(family, qtbot):
    tab = family.members
    type_text(qtbot, tab.search, "王秀英")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: names(tab) == ["王秀英"])
    cell = tab.model.index(0, ID_NUMBER)
    assert cell.data() == GRANDMA[:6] + "********" + GRANDMA[-4:]
    qtbot.mouseClick(tab.buttons["reveal"], Qt.LeftButton)
    assert cell.data() == GRANDMA
    assert tab.detail.values["id"].text() == GRANDMA
    entry = audit.entries(family.desk.conn)[0]
    assert entry["action"] == "person.reveal_id" and entry["operator"] == CLERK


def test_add_person_shows_problems_next_to_fields_and_saves_when_right(family, qtbot):
    tab = family.members
    qtbot.mouseClick(tab.buttons["add"], Qt.LeftButton)
    dialog = tab.dialog
    assert dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    number = make_id(date(1990, 2, 3), "510104", 51)
    wrong = number[:-1] + ("1" if number[-1] != "1" else "2")
    assert dialog.focusWidget() is dialog.inputs["name"]  # the first useful field
    type_text(qtbot, dialog.inputs["name"], "赵六")
    type_text(qtbot, dialog.inputs["id_number"], wrong)
    assert dialog.errors["id_number"].isVisible()
    assert f"should be {number[-1]}, not {wrong[-1]}" in dialog.errors["id_number"].text()
    assert not ok.isEnabled()
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], number)
    assert not dialog.errors["id_number"].isVisible()
    dialog.inputs["region"].lineEdit().selectAll()  # as Tab into the box does
    type_text(qtbot, dialog.inputs["region"].lineEdit(), "成都市")
    type_text(qtbot, dialog.inputs["card_number"], "12")
    assert "9 letters or digits" in dialog.errors["card_number"].text()
    assert not ok.isEnabled()
    type_text(qtbot, dialog.inputs["card_number"], "3456789")
    assert not ok.isEnabled() and dialog.errors["insurance"].text() == "Choose the insurance type."
    choose(qtbot, dialog.inputs["insurance"], "employee")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert not dialog.isVisible()
    assert tab.current_person().name == "赵六"
    assert tab.detail.values["region"].text() == "成都市"
    assert family.status.status_text.text().startswith("5 people")


def test_adding_someone_already_on_record_says_so_and_keeps_the_dialog(family, qtbot):
    tab = family.members
    qtbot.mouseClick(tab.buttons["add"], Qt.LeftButton)
    dialog = tab.dialog
    type_text(qtbot, dialog.inputs["name"], "张伟")
    type_text(qtbot, dialog.inputs["id_number"], OWNER)
    dialog.inputs["region"].lineEdit().selectAll()  # as Tab into the box does
    type_text(qtbot, dialog.inputs["region"].lineEdit(), "苏州市")
    choose(qtbot, dialog.inputs["insurance"], "employee")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.isVisible()
    assert "already on record" in dialog.errors["id_number"].text()


def test_enter_on_a_row_edits_it(family, qtbot):
    tab = family.members
    type_text(qtbot, tab.search, "李娜")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: names(tab) == ["李娜"])
    assert tab.table.hasFocus() or QApplication.focusWidget() is tab.table
    qtbot.keyClick(tab.table, Qt.Key_Return)
    dialog = tab.dialog
    assert dialog.inputs["id_number"].isReadOnly()
    dialog.inputs["name"].selectAll()
    type_text(qtbot, dialog.inputs["name"], "李娜娜")
    qtbot.keyClick(dialog.inputs["name"], Qt.Key_Return)
    assert not dialog.isVisible()
    assert tab.current_person().name == "李娜娜"


def test_tab_leaves_the_table(family, qtbot):
    tab = family.members
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key_Tab)
    assert QApplication.focusWidget() is not tab.table


def test_delete_asks_first(family, qtbot, answers):
    tab = family.members
    type_text(qtbot, tab.search, "王秀英")
    qtbot.waitUntil(lambda: names(tab) == ["王秀英"])
    answers.answer = False
    qtbot.mouseClick(tab.buttons["delete"], Qt.LeftButton)
    assert names(tab) == ["王秀英"]
    answers.answer = True
    qtbot.mouseClick(tab.buttons["delete"], Qt.LeftButton)
    assert names(tab) == []
    tab.search.clear()
    qtbot.waitUntil(lambda: len(names(tab)) == 3)


def test_names_are_listed_in_pinyin_order(family):
    tab = family.members
    shown = [tab.model.index(r, NAME).data() for r in range(tab.model.rowCount())]
    assert shown == ["李娜", "王秀英", "张伟", "张小明"]  # Li, Wang, Zhang Wei, Zhang Xiaoming


def test_a_search_matching_too_many_shows_the_first_and_says_so(family, qtbot, monkeypatch):
    from sbdesk.ui.members import listing

    monkeypatch.setattr(listing, "MATCHES_SHOWN", 1)
    tab = family.members
    type_text(qtbot, tab.search, "张")
    qtbot.waitUntil(lambda: tab.capped.isVisible())
    assert tab.model.rowCount() == 1
    tab.search.clear()
    qtbot.waitUntil(lambda: not tab.capped.isVisible())
    assert tab.model.rowCount() == 4


def test_a_person_far_down_the_list_is_reached_without_paging_down_to_them(family, qtbot, monkeypatch):
    from sbdesk.services import people
    from sbdesk.ui.members import listing

    monkeypatch.setattr(listing, "PAGE", 2)
    tab = family.members
    tab.run_search()
    assert tab.model.rowCount() == 2 and tab.model.canFetchMore()
    pages = []
    real = people.id_page
    monkeypatch.setattr(people, "id_page", lambda *a, **k: pages.append(a) or real(*a, **k))
    last = people.search(family.desk, "张小明", 1)[0]  # Zhang Xiaoming: last in pinyin order
    tab.select_person(last.id)
    assert tab.current_person().name == "张小明"
    assert pages == [] or all(after == last.id for _, after, *rest in pages)  # no paging down to them
    # the list now starts one row above the person; scrolling to the top brings the rest
    tab._scrolled(tab.table.verticalScrollBar().minimum())
    shown = [tab.model.index(r, NAME).data() for r in range(tab.model.rowCount())]
    assert shown == ["李娜", "王秀英", "张伟", "张小明"] and tab.current_person().name == "张小明"


def test_a_header_click_orders_by_that_column_through_the_database(family, qtbot):
    tab = family.members
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(ID_NUMBER) + 5, 5))
    qtbot.waitUntil(lambda: tab.order[0] == ID_NUMBER)
    shown = [tab.model.index(r, NAME).data() for r in range(tab.model.rowCount())]
    assert shown == ["王秀英", "张伟", "李娜", "张小明"]  # born 1950, 1978, 1980, 2014 (by ID number)


def test_the_id_number_preselects_the_region_and_a_hand_choice_wins(family, qtbot):
    tab = family.members
    qtbot.mouseClick(tab.buttons["add"], Qt.LeftButton)
    dialog = tab.dialog
    region = dialog.inputs["region"]
    type_text(qtbot, dialog.inputs["name"], "周八")
    type_text(qtbot, dialog.inputs["id_number"], make_id(date(1990, 2, 3), "610113", 51))  # 西安 雁塔区
    assert region.currentData() == "610100"
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], make_id(date(1990, 2, 3), "341421", 51))  # retired: 巢湖 庐江
    assert region.currentData() == "340100"
    region.lineEdit().selectAll()
    type_text(qtbot, region.lineEdit(), "长沙市")  # the person moved: the clerk's choice stays
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], make_id(date(1990, 2, 3), "610113", 51))
    assert region.currentText().startswith("长沙市")
    choose(qtbot, dialog.inputs["insurance"], "resident")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert tab.current_person().region_code == "430100"


def test_the_region_box_finds_a_region_by_pinyin_initials_or_code(family, qtbot):
    """The one region picker: typing lists 省 · 统筹区 matches, Enter takes the first."""
    tab = family.members
    qtbot.mouseClick(tab.buttons["add"], Qt.LeftButton)
    box = tab.dialog.inputs["region"]
    qtbot.keyClicks(box.lineEdit(), "hfs")
    assert [box.matches.item(i).text() for i in range(box.matches.rowCount())] == ["安徽省 · 合肥市"]
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert box.currentData() == "340100" and box.currentText() == "安徽省 · 合肥市"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "6101")
    completer = box.completer()
    assert completer.popup().isVisible() and box.matches.item(0).text() == "陕西省 · 西安市"
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key_Return)
    assert box.currentData() == "610100" and box.currentText() == "陕西省 · 西安市"
    tab.dialog.reject()


def test_the_person_dialog_names_a_foreign_permanent_resident_id_and_a_split_code(family, qtbot):
    """The kind of a 外国人永久居留身份证 is shown and no region is guessed
    from it; a number from 341400 (the old 巢湖, split in 2011) says why no region is chosen."""
    tab = family.members
    qtbot.mouseClick(tab.buttons["add"], Qt.LeftButton)
    dialog = tab.dialog
    region = dialog.inputs["region"]
    type_text(qtbot, dialog.inputs["name"], "约翰")
    type_text(qtbot, dialog.inputs["id_number"], "931156198503120016")
    assert dialog.id_info.isVisible()
    assert "foreign permanent resident ID" in dialog.id_info.text() and "no region" in dialog.id_info.text()
    assert not dialog.errors["id_number"].text()  # accepted
    assert region.currentData() is None or region.currentText() == ""
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], make_id(date(1970, 1, 1), "341400", 11))
    assert "341400" in dialog.id_info.text() and "芜湖市" in dialog.id_info.text()
    assert region.currentText() == ""
    QApplication.processEvents()
    info = dialog.id_info  # the whole note shows: the dialog grew for it, nothing is cut
    assert info.height() >= info.heightForWidth(info.width())
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], make_id(date(1990, 2, 3), "610113", 51))
    assert not dialog.id_info.isVisible() and region.currentData() == "610100"
    dialog.reject()
