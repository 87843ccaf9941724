"""One region picker and one relation picker, in every place a region or a relationship is
chosen, driven from the keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from sbdesk.ui.common.region_pick import RegionPicker
from sbdesk.ui.common.relation_pick import RelationPicker
from tests.ui.conftest import type_text


def boxes(widget, word):
    return [b for b in widget.findChildren(QComboBox) if word in b.objectName().lower()]


def test_every_region_and_relation_box_is_the_one_picker(family, qtbot):
    window = family
    qtbot.mouseClick(window.members.buttons["add"], Qt.LeftButton)
    window.actions["qinqing"].trigger()
    places = [window.regions, window.members.dialog, window.wizard.member_page, *window.channels.pages.values()]
    regions = [b for place in places for b in boxes(place, "region")]
    relations = [b for place in places for b in boxes(place, "relation")]
    assert len(regions) >= 4 and len(relations) >= 7  # checker ×2, person, wizard; checker, wizard, 5 channels
    assert all(isinstance(b, RegionPicker) for b in regions), [b.objectName() for b in regions]
    assert all(isinstance(b, RelationPicker) for b in relations), [b.objectName() for b in relations]
    window.members.dialog.reject()
    window.wizard.reject()


def test_typing_css_and_enter_picks_changsha_in_the_person_dialog(family, qtbot):
    qtbot.mouseClick(family.members.buttons["add"], Qt.LeftButton)
    box = family.members.dialog.inputs["region"]
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "css")
    assert box.completer().popup().isVisible()
    assert box.matches.item(0).text() == "湖南省 · 长沙市"  # the province, then the region
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert (box.currentData(), box.currentText()) == ("430100", "湖南省 · 长沙市")
    assert not box.completer().popup().isVisible()
    box.lineEdit().selectAll()
    type_text(qtbot, box.lineEdit(), "江苏 苏州")  # province and region, as the list shows them
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert box.currentData() == "320500"
    family.members.dialog.reject()


def test_leaving_a_region_box_takes_the_first_match_and_an_empty_box_chooses_nothing(window, qtbot):
    box = window.regions.owner_region
    window.tabs.setCurrentWidget(window.regions)
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "4301")
    qtbot.keyClick(box.completer().popup(), Qt.Key_Tab)  # the list of matches is open: it has the keys
    assert box.currentData() == "430100" and not box.hasFocus()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClick(box.lineEdit(), Qt.Key_Delete)
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert box.currentData() is None and box.code() is None


def test_the_relation_picker_starts_unchosen_and_takes_pinyin_initials_in_chinese(family, qtbot):
    family.set_language("zh_CN")
    page = family.channels.pages["window"]
    box = page.relation
    qtbot.waitUntil(lambda: box.currentText() == "— 请选择 —")  # the language change is an event
    assert box.currentData() is None
    assert [box.itemText(i) for i in range(1, box.count())] == [
        "配偶",
        "父母",
        "子女",
        "兄弟姐妹",
        "祖父母、外祖父母",
        "孙子女、外孙子女",
    ]
    box.setFocus()
    for typed, kind in (("zn", "child"), ("xd", "sibling"), ("wzf", "grandparent"), ("po", "spouse")):
        box._clock.invalidate()  # a pause between words, as a person makes
        qtbot.keyClicks(box, typed)
        assert box.currentData() == kind, typed
    family.set_language("en")


def test_a_kind_the_rule_in_force_does_not_allow_says_so(window, monkeypatch):
    page = window.channels.pages["window"]
    monkeypatch.setattr(page.relation, "_allowed", lambda: ("spouse", "parent", "child"))
    page.relation.retranslate()
    texts = [page.relation.itemText(i) for i in range(page.relation.count())]
    assert texts[1] == "spouse (配偶)" and texts[4] == "sibling (兄弟姐妹) (not under the rule in force)"
