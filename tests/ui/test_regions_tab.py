"""统筹区 tab: the tree by province, its search, and the two-region checker."""
from PySide6.QtCore import Qt

from tests.ui.conftest import GRANDMA, OWNER, type_text


def visible_regions(tab):
    out = []
    for i in range(tab.tree.topLevelItemCount()):
        top = tab.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if not top.isHidden() and not top.child(j).isHidden():
                out.append(top.child(j).text(0))
    return out


def test_tree_lists_every_province_with_the_31_opened(window):
    tab = window.regions
    opened = [tab.tree.topLevelItem(i).child(j) for i in range(tab.tree.topLevelItemCount())
              for j in range(tab.tree.topLevelItem(i).childCount())
              if tab.tree.topLevelItem(i).child(j).text(3) != "—"]
    assert len(opened) == 31
    hebei = next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
                 if tab.tree.topLevelItem(i).text(0) == "河北省")
    assert hebei.text(2) == "15 of 15 opened"


def test_search_filters_by_region_province_or_code(window, qtbot):
    tab = window.regions
    type_text(qtbot, tab.search, "成都")
    assert visible_regions(tab) == ["成都市"]
    tab.search.clear()
    type_text(qtbot, tab.search, "甘肃")
    assert visible_regions(tab) == ["临夏回族自治州"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "4212")
    assert visible_regions(tab) == ["咸宁市"]


def test_checker_answers_for_two_regions_with_reasons(window, qtbot):
    tab = window.regions
    texts = tab.result.texts()
    assert "✓  苏州市 and 成都市 have both opened cross-province sharing." in texts
    tab.member_region.setCurrentIndex(tab.member_region.findData("110000"))
    assert "✗  北京市 has not opened cross-province sharing." in tab.result.texts()
    tab.member_region.lineEdit().clear()
    type_text(qtbot, tab.member_region.lineEdit(), "火星市")
    qtbot.keyClick(tab.member_region.lineEdit(), Qt.Key_Return)
    assert tab.member_region.currentData() in (None, "110000")


def test_checker_answers_for_two_people(family, qtbot):
    tab = family.regions
    qtbot.keyClicks(tab.owner_person, OWNER)
    qtbot.keyClicks(tab.member_person, "D40000004")
    assert "✗  北京市 has not opened cross-province sharing." in tab.result.texts()
    tab.member_person.clear()
    qtbot.keyClicks(tab.member_person, "nobody")
    assert tab.result.texts() == ["No person nobody is on record."]
    assert GRANDMA
