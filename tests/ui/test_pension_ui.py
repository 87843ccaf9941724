"""The pension dialog driven as a clerk would: a 41-year-old's history typed in, the
statutory date, the projection both ways, interruptions told truthfully, a woman's category
asked for, both languages."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from sbdesk.domain.pension import LocalFigures, Period, project
from sbdesk.domain.pension import month_index as M  # noqa: N812 - M(2026, 1) reads like the month it names
from sbdesk.services import pension, people
from sbdesk.ui.pension.chart import CONTINUED, GAP, PROJECTED, STOPPED
from tests.conftest import make_id
from tests.ui.conftest import WIFE, type_text

LI = make_id(date(1985, 6, 12), "320505", 15)  # a man of 41 on 2026-11-25


def open_for(window, qtbot, name):
    tab = window.members
    tab.search.clear()
    type_text(qtbot, tab.search, name)
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == name)
    qtbot.mouseClick(tab.buttons["pension"], Qt.LeftButton)
    d = tab.pension
    assert d.isVisible()
    return d


def type_period(qtbot, d, start, end, base):
    d.start.setFocus()
    qtbot.keyClicks(d.start, start)
    qtbot.keyClicks(d.end, end)
    qtbot.keyClicks(d.base, base)
    qtbot.keyClick(d.base, Qt.Key_Return)


@pytest.fixture
def li(family):
    people.add(family.desk, name="李明", id_number=LI, region="苏州市")
    family.data_changed()
    return family


def test_a_41_year_old_is_projected_to_his_statutory_date_both_ways(li, qtbot):
    d = open_for(li, qtbot, "李明")
    assert not d.category.isVisible()  # a man: one schedule, nothing to ask
    for period in (("200807", "201312", "4500"), ("201607", "201912", "6000"), ("202101", "", "7000")):
        type_period(qtbot, d, *period)
    assert d.table.rowCount() == 3 and d.error.text() == ""
    assert "男职工 (male employee), born 1985-06: statutory retirement age 63 years, in 2048-06." in d.retirement.text()
    assert "from 2045-06 (age 60 years, once 20 years are paid) to 2051-06 (age 66 years" in d.retirement.text()
    assert "at least 20 years paid when retiring in 2048" in d.retirement.text()
    expected = project(
        [
            Period(M("2008-07"), M("2013-12"), 4500),
            Period(M("2016-07"), M("2019-12"), 6000),
            Period(M("2021-01"), None, 7000),
        ],
        M("2026-11"),
        M("2048-06"),
        117,
        LocalFigures(),
        240,
        (0.6, 3.0),
    )
    text = d.result.text()
    # 4500 is below 60 % of 8000: counted at the lower bound 4800, and said so (国办发〔2019〕13号)
    assert (
        "The base 4500.00 of 2008-07 – 2013-12 is below 60 % of the average wage 8000.00: it counts as 4800.00" in text
        and "国办发〔2019〕13号" in text
    )
    assert d.table.item(0, 2).text() == "4500.00 → 4800.00" and "国办发〔2019〕13号" in d.table.item(0, 2).toolTip()
    assert "retirement in 2048-06 (age 63 years; 计发月数 (months divisor) 117)" in text
    assert f"until then: {expected.continued.total:.2f} (36.4 years" in text
    # 14.9 years by stopping now, 20 needed: no monthly figure for stopping, the ways on with sources
    assert f"{expected.stopped.total:.2f}" not in text and "If paying stops" not in text
    assert "No monthly pension if paying stops now: 14.9 years paid up to 2026-11, fewer than the 20 years" in text
    assert "《国务院关于渐进式延迟法定退休年龄的办法》第二条" in text and "城乡居民养老保险" in text and "补缴" in text
    info = d.interruptions.text()
    assert "Interruption 2014-01 – 2016-06: 30 months not paid (2.5 years fewer)" in info
    assert "Interruption 2020-01 – 2020-12: 12 months not paid" in info
    assert "社会保险法 第十六条" in info and "补缴" in info and "kept" in info
    for claim in ("⚠", "re-enrol", "giving up"):
        assert claim not in info
    assert "misconception" in d.notes.text() and "no 过渡性养老金 (transitional pension)" in d.notes.text()
    # the latest flexible date: 66 years, 计发月数 93
    d.retire_at.setFocus()
    qtbot.keyClick(d.retire_at, Qt.Key_End)
    assert "retirement in 2051-06 (age 66 years; 计发月数 (months divisor) 93)" in d.result.text()
    # the chart: interruptions in red, the projected part hatched
    image = d.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height() // 3)}
    assert GAP.name() in colours, sorted(colours)[:40]
    assert PROJECTED.name() in colours, sorted(colours)[-40:]


def test_a_womans_category_is_asked_and_kept(family, qtbot):
    d = open_for(family, qtbot, "李娜")  # born 1980-07
    assert d.category.isVisible() and d.category.currentData() is None
    assert "depends on the category" in d.retirement.text() and "Choose her category" in d.result.text()
    assert not d.retire_at.isEnabled()
    d.category.setFocus()
    qtbot.keyClick(d.category, Qt.Key_End)  # 女干部 / 管理技术岗
    assert pension.category(family.desk, people.find(family.desk, WIFE)) == "cadre"
    # 1980-07 is 126 months after 1970-01: 126 // 4 + 1 = 32 months more than 55 = 57y8m
    assert (
        "女干部 (female cadre) / 管理技术岗 (managerial or technical post), born 1980-07: statutory retirement age 57 years 8 months, in 2038-03."
        in d.retirement.text()
    )
    qtbot.keyClick(d.category, Qt.Key_Up)  # 女职工: 1980-07 is 66 months after 1975-01: +34 months
    assert (
        "女职工 (female worker), born 1980-07: statutory retirement age 52 years 10 months, in 2033-05."
        in d.retirement.text()
    )
    d.close()
    again = open_for(family, qtbot, "李娜")
    assert again.category.currentData() == "worker"


def test_the_dialog_speaks_chinese_without_english_words(li, qtbot):
    d = open_for(li, qtbot, "李明")
    for period in (("200807", "201312", "4500"), ("201607", "", "6000")):
        type_period(qtbot, d, *period)
    pension.add_period(li.desk, people.find(li.desk, LI), "2001-01", "2001-12", "3000")
    li.set_language("zh_CN")
    qtbot.waitUntil(lambda: "养老金" in d.windowTitle())
    texts = [d.retirement.text(), d.result.text(), d.interruptions.text(), d.notes.text(), d.windowTitle()]
    assert "法定退休年龄63岁" in d.retirement.text() and "2048-06" in d.retirement.text()
    assert "社会保险法" in d.interruptions.text() and "补缴" in d.interruptions.text()
    for text in texts:
        assert not re.search(r"[A-Za-z]{2,}", text), text
        assert not re.search(r"[,;:()]", text.replace("：", "")), text  # full-width punctuation


def test_an_ongoing_gap_without_an_estimate_ends_with_a_chinese_full_stop(family, qtbot):
    """No category chosen yet: the gap line has no estimate after it and used to end in an ASCII '.'."""
    pension.add_period(family.desk, people.find(family.desk, WIFE), "2000-01", "2010-06", "3000")
    d = open_for(family, qtbot, "李娜")
    assert d.category.currentData() is None
    family.set_language("zh_CN")
    qtbot.waitUntil(lambda: "养老金" in d.windowTitle())
    first = d.interruptions.text().splitlines()[0]
    assert "至今未缴费" in first and first.endswith("。"), first
    assert not re.search(r"\.(?!\d)", d.interruptions.text())  # no ASCII full stop, decimals aside


def test_a_man_retired_before_2025_sees_no_flexible_date_and_the_ways_on(family, qtbot):
    """Born 1960-01: statutory 2020-01, before the reform; 12 years paid: short of 15."""
    man = people.add(family.desk, name="老王", id_number=make_id(date(1960, 1, 5), "320505", 11), region="苏州市")
    pension.add_period(family.desk, man, "2008-01", "2019-12", "6000")
    family.data_changed()
    d = open_for(family, qtbot, "老王")
    model = d.retire_at.model()
    assert [model.item(i).isEnabled() for i in range(3)] == [True, False, False]
    assert "No flexible retirement date: the statutory date 2020-01 is before 2025-01" in d.retirement.text()
    assert "《国务院关于渐进式延迟法定退休年龄的办法》第三条" in d.retirement.text()
    assert "when retiring in 2020 (《中华人民共和国社会保险法》第十六条)" in d.retirement.text()
    text = d.result.text()
    assert "Already past the statutory retirement date since 2020-01 (age 60 years)" in text
    assert "No monthly pension if paying stops now" in text and "Estimated monthly pension" not in text
    assert (
        "• 延长缴费 (paying on after retirement age) after the retirement date: 36 months more, 2026-12 – 2029-11"
        in text
    )
    image = d.chart.grab().toImage()  # no bar: there is no monthly figure to draw
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert CONTINUED.name() not in colours and STOPPED.name() not in colours


def test_a_flexible_choice_falls_back_when_the_category_leaves_none(family, qtbot, answers):
    """Born 1974-12: as a 女干部 (from 1970-01) she retires after the reform, as a 女职工 in 2024-12."""
    she = people.add(family.desk, name="赵敏", id_number=make_id(date(1974, 12, 3), "320505", 24), region="苏州市")
    pension.add_period(family.desk, she, "1995-01", None, "6000")
    family.data_changed()
    d = open_for(family, qtbot, "赵敏")
    d.category.setCurrentIndex(d.category.findData("cadre"))
    d.retire_at.setCurrentIndex(2)  # the latest flexible date
    assert "by agreement" in d.retirement.text() and "(age 59 years 3 months;" in d.result.text()  # 56y3m + 3
    d.category.setCurrentIndex(d.category.findData("worker"))
    assert answers.informed == []
    assert d.retire_at.currentIndex() == 0 and not d.retire_at.model().item(2).isEnabled()
    assert "No flexible retirement date: the statutory date 2024-12" in d.retirement.text()
