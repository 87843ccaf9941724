"""Issue 13 as merged, walked by a reviewer as a careless or hostile user would: defaults a
clerk could confirm by mistake, and names that are markup."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.test_channels_tab import choose, open_channel, swipe


def test_after_a_binding_the_next_members_relationship_is_asked_again(family, qtbot, answers):
    """The next person at the window is often the same owner with another relative: the
    spouse chosen for the last member must not stay chosen for the child swiped next."""
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], "B20000002")
    choose(qtbot, page.relation, "spouse")
    qtbot.waitUntil(lambda: page.action.isEnabled())
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert "张伟 pays for 李娜" in page.result.text()
    swipe(qtbot, page.fields["member_card"], "C30000003")  # 张小明, the son
    assert "张小明" in page.found["member_card"].text()
    assert page.relation.currentText() == "— choose —"
    assert page.decision.texts() == ["Choose the relationship."] and not page.action.isEnabled()


def test_the_wizard_asks_a_new_members_insurance_instead_of_assuming_resident(
        family, qtbot, answers, monkeypatch, tmp_path):
    """Item 6 in the 亲情服务 wizard: 参保类型 starts at — choose — and Next waits for it."""
    from tests.ui.test_wizard import NEW_ADULT, next_button, pdf
    from tests.ui.test_wizard_issue13 import to_member_page
    w, page = to_member_page(family, qtbot)
    assert page.insurance.currentText() == "— choose —"
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT)
    choose(qtbot, page.relation, "spouse")
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(pdf(tmp_path)))
    qtbot.mouseClick(page.upload["credential"], Qt.LeftButton)
    qtbot.waitUntil(lambda: page.errors["insurance"].text() == "Choose the insurance type.")
    assert not next_button(w).isEnabled()
    choose(qtbot, page.insurance, "employee")
    qtbot.waitUntil(lambda: next_button(w).isEnabled())
    assert page.errors["insurance"].text() == ""
