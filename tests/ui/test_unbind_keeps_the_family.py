"""After unbinding or binding, the list stays on that family: the filter follows the binding
(showing it as ended), the buttons name whose receipt they make, and the 解除回执 is one key away."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbdesk.services import binding, people
from sbdesk.ui.common import dialogs
from tests.conftest import make_id
from tests.ui.conftest import OWNER, WIFE
from tests.ui.test_channels_tab import choose, open_channel

CHEN = make_id(date(1958, 2, 3), "320505", 51)
LI = make_id(date(1960, 8, 9), "320505", 62)


def two_families(window):
    """张伟 pays for 李娜; then, newer and on top of the list, 陈建国 pays for 李桂兰."""
    d = window.desk
    people.add(d, name="陈建国", id_number=CHEN, region="苏州市", insurance="employee", card_number="E50000005")
    people.add(d, name="李桂兰", id_number=LI, region="苏州市", insurance="resident", card_number="F60000006")
    ours = binding.bind(d, people.find(d, OWNER).id, people.find(d, WIFE).id, "spouse", "window")
    binding.bind(d, people.find(d, CHEN).id, people.find(d, LI).id, "spouse", "window")
    open_channel(window, "window")
    panel = window.channels.panel
    panel.reload()
    return panel, ours


def click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def suggested(monkeypatch):
    """The file names the save dialog was opened with; the clerk then cancels."""
    seen: list[str] = []
    monkeypatch.setattr(dialogs, "save_path", lambda parent, title, where, filters: seen.append(where) or None)
    return seen


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_after_unbinding_the_receipt_is_the_same_familys(family, qtbot, answers, suggested, lang):
    family.set_language(lang)
    QApplication.processEvents()
    panel, ours = two_families(family)
    click_row(qtbot, panel.table, 1)  # the clerk picks 张伟 and 李娜, under the newer family
    assert panel.current().id == ours.id
    answers.text = "关系变更"
    qtbot.mouseClick(panel.buttons["unbind"], Qt.MouseButton.LeftButton)

    b = panel.current()
    assert (b.id, b.status, b.owner_name, b.member_name) == (ours.id, "ended", "张伟", "李娜")
    assert panel.status.currentData() == "ended"  # the filter switched so the ended row stays in view
    assert panel.model.data(panel.table.currentIndex().siblingAtColumn(5)) == ("已解除" if lang == "zh_CN" else "ended")
    assert "张伟" in panel.selected.text() and "李娜" in panel.selected.text() and "陈建国" not in panel.selected.text()
    pdf = panel.buttons["pdf"]
    expected = {"en": "Unbinding receipt as P&DF…", "zh_CN": "解除回执存为PDF(&D)…"}[lang]
    assert pdf.text() == expected and pdf.isEnabled()
    assert "张伟" in pdf.accessibleName() and "李娜" in pdf.accessibleName()
    assert family.focusWidget() is pdf  # one key (Space) from the unbinding receipt

    qtbot.keyClick(pdf, Qt.Key_Space)
    [where] = suggested
    prefix = {"en": "unbinding-receipt", "zh_CN": "解除共济绑定回执"}[lang]
    name = where.rsplit("/", 1)[-1]
    assert name.startswith("_".join((prefix, "张伟", "李娜"))), name


def test_the_filter_has_a_label_with_an_access_key(family, qtbot):
    panel, _ = two_families(family)
    assert panel.status_label.buddy() is panel.status
    assert panel.status_label.text() == "&View:" and panel.status_label.isVisible()
    family.activateWindow()
    qtbot.waitActive(family)
    panel.table.setFocus()
    qtbot.keyClick(family.focusWidget(), Qt.Key_V, Qt.KeyboardModifier.AltModifier)
    assert family.focusWidget() is panel.status


def test_a_new_binding_is_selected_even_when_the_list_showed_ended_ones(family, qtbot, answers):
    panel, ours = two_families(family)
    binding.unbind(family.desk, ours.id, "关系变更")
    choose(qtbot, panel.status, "ended")
    assert [b.id for b in panel.model.rows] == [ours.id]
    page = family.channels.pages["window"]
    page.fields["owner_card"].setText("A10000001")  # 张伟 binds 张小明
    page.fields["member_card"].setText("C30000003")
    choose(qtbot, page.relation, "child")
    page.evaluate()
    answers.answer = True
    qtbot.mouseClick(page.action, Qt.MouseButton.LeftButton)
    b = panel.current()
    assert (b.status, b.owner_name, b.member_name) == ("active", "张伟", "张小明")
    assert panel.status.currentData() == "active"
    assert panel.buttons["pdf"].text() == "Receipt as P&DF…"
    assert panel.selected.text() == f"Selected: #{b.id} 张伟 pays for 张小明"


def test_choosing_a_filter_is_the_clerks_choice(family, qtbot):
    """Only a change follows the binding: picking 已解除 by hand shows the ended ones."""
    panel, ours = two_families(family)
    choose(qtbot, panel.status, "ended")
    assert panel.status.currentData() == "ended" and panel.model.rows == []
    assert panel.selected.text() == "No binding selected."
