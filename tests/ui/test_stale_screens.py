"""After each write a clerk makes, nothing on screen is stale: the members list and the
selected person's detail, the channel pages and the bindings list, the status bar's count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sbdesk.services import exchange, people
from tests.conftest import make_id
from tests.ui.conftest import OWNER, WIFE
from tests.ui.test_change_events import ready_to_bind


def texts(lst):
    return [lst.item(i).text() for i in range(lst.count())]


def names(window):
    m = window.members.model
    return [m.person(r).name for r in range(m.rowCount())]


def test_bind_then_members_detail_shows_it(family, qtbot, answers):
    owner = people.find(family.desk, OWNER)
    family.members.select_person(owner.id)
    page = ready_to_bind(family, qtbot)
    qtbot.mouseClick(page.action, Qt.LeftButton)
    family.tabs.setCurrentWidget(family.members)
    assert any("李娜" in t and "active" in t for t in texts(family.members.detail.bindings))
    panel = family.channels.panel
    family.tabs.setCurrentWidget(family.channels)
    panel.table.selectRow(0)
    answers.text = "moved away"
    qtbot.mouseClick(panel.buttons["unbind"], Qt.LeftButton)
    family.tabs.setCurrentWidget(family.members)
    assert not any("active" in t for t in texts(family.members.detail.bindings)), texts(family.members.detail.bindings)


def test_delete_person_clears_channel_page_and_status(family, qtbot, answers):
    page = ready_to_bind(family, qtbot)
    family.tabs.setCurrentWidget(family.members)
    wife = people.find(family.desk, WIFE)
    family.members.select_person(wife.id)
    count_before = family.status.status_text.text()
    answers.answer = True
    family.members.delete_person()
    assert "李娜" not in names(family)
    assert family.status.status_text.text() != count_before
    family.tabs.setCurrentWidget(family.channels)
    assert not page.action.isEnabled()
    assert "李娜" not in page.found["member_card"].text()


def test_import_people_shows_them_and_counts(family, qtbot, answers, tmp_path):
    f = tmp_path / "p.csv"
    f.write_text(
        "name,id_number,region\n赵六," + make_id(date(1970, 1, 1), "110105", 51) + ",北京市\n", encoding="utf-8"
    )
    summary = exchange.import_file(family.desk, f)
    family.files._imported(summary)
    assert "赵六" in names(family)
    assert family.status.status_text.text().startswith("5 people")


def test_fix_dialog_rename_reaches_members_list_and_detail(family, qtbot, answers):
    owner = people.find(family.desk, OWNER)
    family.members.select_person(owner.id)
    page = ready_to_bind(family, qtbot)
    qtbot.mouseClick(page.action, Qt.LeftButton)
    wife = people.find(family.desk, WIFE)
    from sbdesk.ui.members.person_dialog import PersonDialog

    page.fix_dialog = PersonDialog(family.desk, wife, page)
    page.fix_dialog.saved.connect(page._fixed)
    page.fix_dialog.inputs["name"].setText("李娜娜")
    page.fix_dialog.save()
    family.tabs.setCurrentWidget(family.members)
    assert "李娜娜" in names(family)
    assert any("李娜娜" in t for t in texts(family.members.detail.family) + texts(family.members.detail.bindings)), (
        texts(family.members.detail.family),
        texts(family.members.detail.bindings),
    )
    model = family.channels.panel.model
    assert any("李娜娜" in str(model.data(model.index(0, c))) for c in range(model.columnCount()))


def test_a_person_added_in_the_wizard_then_cancelled_is_listed(family, qtbot, answers):
    """The wizard's first page adds the owner; the clerk then cancels (nothing to keep as a
    draft yet): the person is on record, so the list and the count show them."""
    family.start_wizard()
    wizard = family.wizard
    wizard.start_page.add_owner()
    dialog = wizard.start_page.dialog
    qtbot.keyClicks(dialog.inputs["id_number"], "11010519491231002X")
    dialog.inputs["name"].setText("赵六")
    dialog.inputs["region"].setCurrentIndex(dialog.inputs["region"].findData("110000"))
    dialog.inputs["insurance"].setCurrentIndex(dialog.inputs["insurance"].findData("employee"))
    dialog.save()
    assert people.find(family.desk, "11010519491231002X").name == "赵六"
    wizard.reject()
    assert not wizard.isVisible()
    assert "赵六" in names(family)
    assert family.status.status_text.text().startswith("5 people"), family.status.status_text.text()
