"""The counter desk walked by a reviewer as a careless or hostile user would: defaults a
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


def test_a_name_that_is_markup_is_refused_at_sign_in_and_never_rendered(family, qtbot):
    """An operator named ``<h1>X</h1>`` turned the status bar into a heading; a person named
    ``<b>张</b>伟`` showed as a bold 张伟 beside the card field, hiding what is on record."""
    from datetime import date

    from sbdesk.domain.messages import Problem
    from sbdesk.services import people
    from sbdesk.services.errors import InputError
    from tests.conftest import make_id

    dialog = family.sign_in()
    type_text(qtbot, dialog.name, "<h1>X</h1>")
    type_text(qtbot, dialog.staff_id, "0002")
    qtbot.keyClick(dialog.staff_id, Qt.Key_Return)
    assert dialog.isVisible() and dialog.errors["name"].text() == "A name cannot contain < or >."
    dialog.reject()
    try:
        people.add(
            family.desk,
            name="<b>张</b>伟",
            id_number=make_id(date(1960, 1, 1), "320505", 11),
            region="苏州市",
            insurance="employee",
            card_number="E50000005",
        )
    except InputError as exc:
        assert exc.problems == [("name", Problem("name.markup"))]
    else:
        raise AssertionError("a name with markup was kept")
    # a name kept before this rule (or an operator in old settings) is shown as typed
    assert family.status.operator_text.textFormat() == Qt.TextFormat.PlainText
    page = open_channel(family, "window")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in page.found.values())


def test_the_unbinding_receipt_names_the_clerk_who_ended_it_after_a_shift_change(family, qtbot, answers):
    """Bound by one clerk, ended by the next shift: the 解除回执 said only the first one."""
    from sbdesk.services import binding, people, receipts
    from sbdesk.ui.channels.receipt import receipt_html
    from tests.ui.conftest import CLERK, OWNER, WIFE

    b = binding.bind(
        family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "window"
    )
    assert family.signed_in(("counter", "李敏", "0456", ""))
    panel = open_channel(family, "window") and family.channels.panel
    panel.reload()
    answers.text = "录入错误"
    qtbot.mouseClick(panel.buttons["unbind"], Qt.MouseButton.LeftButton)
    html = receipt_html(receipts.receipt(family.desk, b.id))
    assert CLERK in html  # who bound it
    assert "Ended by (operator)" in html and "李敏（工号 0456）" in html
    active = receipt_html(
        receipts.receipt(
            family.desk,
            binding.bind(
                family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "window"
            ).id,
        )
    )
    assert "Ended by" not in active
