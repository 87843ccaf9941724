"""Editing a person in the window: a move to another 统筹区 ends their bindings and says so."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sbdesk.services import binding, people
from tests.ui.conftest import SON, WIFE, type_text


def test_moving_a_member_away_ends_the_binding_and_the_clerk_is_told(family, qtbot, answers):
    wife = people.find(family.desk, WIFE)
    people.update(
        family.desk,
        wife.id,
        name=wife.name,
        region=wife.region_code,
        insurance="employee",
        card_number=wife.card_number,
        computer_number=wife.computer_number,
    )
    b = binding.bind(
        family.desk, people.find(family.desk, WIFE).id, people.find(family.desk, SON).id, "child", "window"
    )  # both in 成都市
    family.data_changed()
    tab = family.members
    type_text(qtbot, tab.search, "张小明")
    qtbot.keyClick(tab.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张小明")
    qtbot.keyClick(tab.table, Qt.Key_Return)
    dialog = tab.dialog
    region = dialog.inputs["region"].lineEdit()
    region.selectAll()
    type_text(qtbot, region, "北京市")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dialog.isVisible()
    title, text, error = answers.informed[-1]
    assert title == "Bindings ended" and not error
    assert (
        f"Binding #{b.id} (李娜 pays for 张小明) ended by itself: 张小明 moved to another 统筹区 (pooling region)."
        == text
    )
    assert binding.listing(family.desk, status="active") == []
    assert any("ended 2026-11-25" in tab.detail.bindings.item(i).text() for i in range(tab.detail.bindings.count()))
