"""A write reloads what it touched, once: one Bind click refreshes the bindings list once and
leaves the other channel pages and the regions tab alone until they are shown; Refresh (F5)
still reads everything. Counted on the real window, driven through its buttons."""

from __future__ import annotations

import sys
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sbdesk.services import binding, people
from tests.ui.conftest import WIFE, type_text
from tests.ui.test_channels_tab import choose, open_channel, swipe

WATCHED = {
    "BindingsPanel.reload",
    "BindingPage.evaluate",
    "RegionsTab.check",
    "MembersTab.run_search",
    "MembersTab.show_current",
    "MainWindow.update_status",
}


class Calls(Counter):
    """How often each watched function of sbdesk ran inside the ``with`` (sys.setprofile)."""

    def _profile(self, frame, event, _arg) -> None:
        if event == "call" and frame.f_code.co_qualname in WATCHED and "sbdesk" in frame.f_code.co_filename:
            self[frame.f_code.co_qualname] += 1

    def __enter__(self) -> Calls:
        sys.setprofile(self._profile)
        return self

    def __exit__(self, *_) -> None:
        sys.setprofile(None)


def ready_to_bind(window, qtbot, channel="window"):
    window.regions  # noqa: B018 - every tab built, as after a morning's work
    page = open_channel(window, channel)
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], "B20000002")
    choose(qtbot, page.relation, "spouse")
    page.evaluate()
    assert page.action.isEnabled(), page.decision.texts()
    return page


def test_one_bind_click_reloads_the_bindings_list_once_and_nothing_unrelated(family, qtbot, answers):
    page = ready_to_bind(family, qtbot)
    with Calls() as calls:
        qtbot.mouseClick(page.action, Qt.LeftButton)
    assert "张伟 pays for 李娜" in page.result.text()
    assert calls["BindingsPanel.reload"] == 1
    assert family.channels.panel.model.rowCount() == 1  # the one reload shows the new binding
    assert calls["RegionsTab.check"] == 0  # the regions tab is not on screen: asked again when shown
    assert calls["MembersTab.run_search"] == 0 and calls["MainWindow.update_status"] == 0  # nobody added
    assert calls["MembersTab.show_current"] == 1  # the selected person's bindings, once
    assert calls["BindingPage.evaluate"] == 2  # the bound page's own (before and after); no other page


def test_a_page_not_on_screen_decides_again_when_shown(family, qtbot, answers):
    """The hospital page was filled in for the same pair before the window binding was made:
    shown again, it no longer offers Bind."""
    hospital = ready_to_bind(family, qtbot, "hospital")
    page = ready_to_bind(family, qtbot, "window")
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert "张伟 pays for 李娜" in page.result.text()
    assert hospital.stale and hospital.action.isEnabled()  # hidden: not decided again yet
    family.channels.show_channel("hospital")
    assert not hospital.stale and not hospital.action.isEnabled()


def test_refresh_reads_everything_again(family, qtbot):
    family.regions  # noqa: B018
    family.channels  # noqa: B018
    with Calls() as calls:
        family.actions["refresh"].trigger()
    assert calls["BindingsPanel.reload"] == 1 and calls["MembersTab.run_search"] == 1
    assert calls["RegionsTab.check"] == 1 and calls["MainWindow.update_status"] == 1
    assert calls["BindingPage.evaluate"] == len(family.channels.pages)


def test_an_unbinding_reloads_the_list_once(family, qtbot, answers):
    page = ready_to_bind(family, qtbot)
    qtbot.mouseClick(page.action, Qt.LeftButton)
    panel = family.channels.panel
    panel.table.selectRow(0)
    answers.text = "moved away"
    with Calls() as calls:
        qtbot.mouseClick(panel.buttons["unbind"], Qt.LeftButton)
    assert [b.status for b in binding.listing(family.desk)] == ["ended"]
    assert [b.status for b in panel.model.rows] == ["ended"]  # it has heard, and still shows that binding
    assert calls["BindingsPanel.reload"] == 1 and calls["RegionsTab.check"] == 0
    assert calls["MembersTab.run_search"] == 0


def test_a_person_renamed_on_the_members_tab_is_shown_renamed_back_on_the_channel_page(family, qtbot, answers):
    page = ready_to_bind(family, qtbot)
    assert "李娜" in page.found["member_card"].text()
    family.tabs.setCurrentWidget(family.members)
    family.members.select_person(people.find(family.desk, WIFE).id)
    qtbot.keyClick(family.members.table, Qt.Key_Return)  # edit
    dialog = family.members.dialog
    dialog.inputs["name"].selectAll()
    type_text(qtbot, dialog.inputs["name"], "李娜娜")
    with Calls() as calls:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert calls["BindingPage.evaluate"] == 0 and page.stale  # not on screen: decided again when shown
    assert calls["MainWindow.update_status"] == 1 and calls["BindingsPanel.reload"] == 1  # names in the list
    family.tabs.setCurrentWidget(family.channels)
    assert "李娜娜" in page.found["member_card"].text() and page.action.isEnabled()
