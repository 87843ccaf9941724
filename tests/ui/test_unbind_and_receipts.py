"""Unbinding at the counter: a reason from the list, the page says what happened, and the
receipt of an ended binding can never pass for a valid one."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sbdesk.services import binding, people, receipts
from sbdesk.ui.channels.receipt import file_name, receipt_html
from sbdesk.ui.common.reason_dialog import ReasonDialog
from tests.ui.conftest import OWNER, WIFE
from tests.ui.test_channels_tab import choose, open_channel


def test_the_reason_comes_from_the_list_and_other_needs_words(window, qtbot):
    dialog = ReasonDialog(window, "Unbind", "End it?")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet
    choose(qtbot, dialog.reason, "deceased")
    assert ok.isEnabled() and dialog.value() == "身故"
    choose(qtbot, dialog.reason, "other")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.detail, "moved abroad")
    assert ok.isEnabled() and dialog.value() == "其他：moved abroad"


def test_unbinding_replaces_the_pages_success_line_and_the_receipt_says_ended(family, qtbot, answers):
    page = open_channel(family, "window")
    page.result.setText("Bound: 张伟 pays for 李娜 (binding #1).")  # what the last bind said
    b = binding.bind(
        family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "window"
    )
    panel = family.channels.panel
    panel.reload()
    answers.text = "关系变更"
    qtbot.mouseClick(panel.buttons["unbind"], Qt.MouseButton.LeftButton)
    assert page.result.text() == f"Ended binding #{b.id} (张伟 paid for 李娜) on 2026-11-25: 关系变更."
    family.desk.office = "苏州市社保中心姑苏分局"
    r = receipts.receipt(family.desk, b.id)
    html = receipt_html(r)
    assert "ENDED on 2026-11-25: 关系变更. This binding is no longer valid." in html
    assert "Unbinding receipt" in html and "(解除个人账户家庭共济)" in html and "苏州市社保中心姑苏分局" in html
    assert file_name(r).startswith("unbinding-receipt_张伟_李娜_") and file_name(r).endswith(".pdf")


@pytest.mark.parametrize("lang, printed", [("zh_CN", "年"), ("en", "-")])
def test_receipts_speak_the_ui_language_with_local_time(family, lang, printed):
    family.set_language(lang)
    b = binding.bind(
        family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "hospital"
    )
    r = receipts.receipt(family.desk, b.id)
    html = receipt_html(r)
    stamp = html.split("</p></body>")[0].rsplit(">", 1)[-1]
    assert printed in stamp
    if lang == "zh_CN":
        assert file_name(r).startswith("共济绑定回执_张伟_李娜_") and "个人账户家庭共济" in html
        assert "Binding number" not in html


def test_a_verdict_on_top_and_a_summary_asked_once_before_binding(family, qtbot, answers, monkeypatch):
    page = open_channel(family, "window")
    for field, card in (("owner_card", "A10000001"), ("member_card", "D40000004")):  # 北京: across provinces
        page.fields[field].setFocus()
        qtbot.keyClicks(page.fields[field], card)
    choose(qtbot, page.relation, "parent")
    page.evaluate()
    assert page.decision.verdict_text().startswith(  # a counter across provinces confirms locally
        "May share once this is done: service window at a branch: across provinces not refused."
    )
    page.fields["member_card"].clear()
    qtbot.keyClicks(page.fields["member_card"], "B20000002")  # 李娜, 南京: same province
    choose(qtbot, page.relation, "spouse")
    page.evaluate()
    assert page.decision.verdict_text() == "May share."
    answers.answer = False  # the clerk reads the summary and says no
    asked = []
    from sbdesk.ui.common import dialogs

    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text: asked.append((title, text)) or answers.answer)
    qtbot.mouseClick(page.action, Qt.MouseButton.LeftButton)
    assert binding.listing(family.desk, "window") == []
    [(title, text)] = asked
    assert title == "Confirm the binding"
    assert "张伟 (共济人) pays for 李娜 (被共济人)" in text and "service window at a branch" in text
    answers.answer = True
    qtbot.mouseClick(page.action, Qt.MouseButton.LeftButton)
    assert len(binding.listing(family.desk, "window")) == 1


def test_the_verdict_speaks_chinese_in_the_chinese_window(family, qtbot):
    family.set_language("zh_CN")
    page = open_channel(family, "window")
    page.fields["owner_card"].setText("A10000001")
    page.fields["member_card"].setText("D40000004")
    page.relation.setCurrentIndex(page.relation.findData("parent"))
    page.evaluate()
    assert page.decision.verdict_text().startswith("办完此项后可以共济：社保分局服务窗口：跨省共济不予拒绝。")
