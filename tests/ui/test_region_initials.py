"""Typing a region's pinyin initials and Enter in the real region boxes picks the city a clerk
means: gzs is 广州市 (赣州市 in a 江西 office), cds is 成都市; a region the desk used lately
comes first."""

import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel

from sbdesk.ui.settings import Settings
from tests.ui.conftest import type_text


def pick(qtbot, box, text: str) -> str:
    box.setFocus()
    box.lineEdit().selectAll()
    type_text(qtbot, box.lineEdit(), text)  # Chinese too, as an input method types it
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    return box.currentText()


def test_gzs_and_enter_picks_guangzhou_in_the_person_dialog(window, qtbot):
    qtbot.mouseClick(window.members.buttons["add"], Qt.LeftButton)
    box = window.members.dialog.inputs["region"]
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "gzs")
    assert [box.matches.item(i).text() for i in range(2)] == ["广东省 · 广州市", "江西省 · 赣州市"]
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert (box.currentData(), box.currentText()) == ("440100", "广东省 · 广州市")
    window.members.dialog.reject()


def test_cds_and_enter_picks_chengdu_in_the_checker(window, qtbot):
    window.tabs.setCurrentWidget(window.regions)
    assert pick(qtbot, window.regions.member_region, "cds") == "四川省 · 成都市"


def test_an_office_in_jiangxi_gets_ganzhou_for_gzs(window, qtbot):
    window.actions["province"].trigger()  # Settings → Office's province
    dialog = window.findChild(QInputDialog, "officeProvinceDialog")
    assert dialog.isVisible()  # opened, not run: the window behind still paints
    choice = dialog.findChild(QComboBox)
    choice.setFocus()
    for _ in range(choice.count()):  # the clerk walks the list with the arrow key
        if choice.currentText() == "江西省":
            break
        qtbot.keyClick(choice, Qt.Key_Down)
    qtbot.keyClick(choice, Qt.Key_Return)
    assert not dialog.isVisible()
    assert Settings(window.desk.data_dir).office_province == "江西省"  # kept with the desk's settings
    window.tabs.setCurrentWidget(window.regions)
    assert pick(qtbot, window.regions.owner_region, "gzs") == "江西省 · 赣州市"


def test_a_region_used_lately_ranks_above_a_larger_city(window, qtbot):
    window.tabs.setCurrentWidget(window.regions)
    box = window.regions.owner_region
    assert pick(qtbot, box, "常德") == "湖南省 · 常德市"
    assert pick(qtbot, box, "cds") == "湖南省 · 常德市"  # not 成都市: this desk chose 常德市 a moment ago
    assert Settings(window.desk.data_dir).recent_regions[0] == "430700"
    from sbdesk.ui import office_province

    office_province.attach(window.desk, Settings(window.desk.data_dir))  # as after a restart
    assert window.desk.region_use.recent[0] == "430700"


@pytest.fixture
def damaged_population(tmp_path, monkeypatch):
    """The shipped census figures damaged (a figure that is not a number), read afresh."""
    from sbdesk import paths
    from sbdesk.services import desk as desk_module

    folder = tmp_path / "resources"
    shutil.copytree(paths.resource_dir(), folder)
    data = json.loads((folder / "population.json").read_text(encoding="utf-8"))
    first = next(iter(data["regions"]))
    data["regions"][first]["population"] = "lots"
    (folder / "population.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "resource_dir", lambda: folder)
    desk_module._SHIPPED.clear()
    yield folder
    desk_module._SHIPPED.clear()


def test_damaged_census_figures_are_said_in_the_status_bar(damaged_population, window, qtbot):
    """Without its figures the box puts 赣州市 before 广州市 again: the clerk is told why."""
    warning = window.findChild(QLabel, "populationWarning")
    assert warning.isVisible() and warning.text() == "Census figures unreadable"
    assert "population.json" in warning.toolTip() and "by code" in warning.toolTip()
    window.tabs.setCurrentWidget(window.regions)
    assert pick(qtbot, window.regions.member_region, "cds")  # the box still answers


def test_the_census_warning_is_hidden_while_the_figures_are_read(window):
    assert not window.findChild(QLabel, "populationWarning").isVisible()
