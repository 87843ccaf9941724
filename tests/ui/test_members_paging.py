"""The members table pages a search's matches in: a keystroke waits for the first
page only, scrolling brings the rest in pinyin order, and Enter, selection and going back to
the person just edited work on every page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sbdesk.ui.members.model import NAME
from tests.ui.conftest import type_text


def shown(tab):
    return [tab.model.index(r, NAME).data() for r in range(tab.model.rowCount())]


def test_a_search_asks_for_a_page_and_scrolling_brings_the_rest_in_pinyin_order(family, qtbot, monkeypatch):
    from sbdesk.services import people
    from sbdesk.ui.members import listing

    monkeypatch.setattr(listing, "MATCHES_PAGE", 1)
    asked = []
    real = people.search_page
    monkeypatch.setattr(
        people,
        "search_page",
        lambda desk, text, after, size, *a: asked.append((text, after, size)) or real(desk, text, after, size, *a),
    )
    tab = family.members
    type_text(qtbot, tab.search, "张")
    # the view pages on until its rows fill it: one page at a time, each after the last row
    qtbot.waitUntil(lambda: shown(tab) == ["张伟", "张小明"])  # Zhang Wei before Zhang Xiaoming
    zhang_wei = people.find_ids(family.desk, "张伟")[0]
    assert asked[:2] == [("张", 0, 1), ("张", zhang_wei, 1)]
    assert not tab.capped.isVisible()
    assert tab.current_person().name == "张伟"  # paging in did not move the selection
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key_Down)
    assert tab.current_person().name == "张小明"
    assert "张小明" in tab.detail.box.title()
    qtbot.keyClick(tab.table, Qt.Key_Return)  # Enter edits the person on the second page
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog.inputs["name"].text() == "张小明"


def test_after_an_edit_the_person_on_a_later_page_stays_selected(family, qtbot, monkeypatch):
    from sbdesk.ui.members import listing

    monkeypatch.setattr(listing, "MATCHES_PAGE", 1)
    tab = family.members
    type_text(qtbot, tab.search, "张")
    qtbot.waitUntil(lambda: len(shown(tab)) == 2)
    tab.table.selectRow(1)
    tab.edit_person()
    dialog = tab.dialog
    dialog.inputs["card_number"].clear()
    type_text(qtbot, dialog.inputs["card_number"], "C30000009")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    # the search ran again from its first page; the edited person was paged in and kept
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().card_number == "C30000009")
    assert tab.current_person().name == "张小明" and shown(tab) == ["张伟", "张小明"]


def test_a_big_office_is_offered_csv_first_for_its_export(family, answers, monkeypatch):
    from sbdesk.ui import file_actions
    from sbdesk.ui.common import dialogs

    offered = []
    monkeypatch.setattr(
        dialogs,
        "save_export",
        lambda parent, title, suggested, filters, full_ids: offered.append((suggested, filters.split(";;")[0])),
    )
    family.files.export_file("people")
    monkeypatch.setattr(file_actions, "XLSX_DEFAULT_UP_TO", 3)  # four people: "big" now
    family.files.export_file("people")
    assert offered == [("sbdesk-people.xlsx", "Excel (*.xlsx)"), ("sbdesk-people.csv", "CSV (*.csv)")]
