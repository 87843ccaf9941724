"""The 报表 window driven as a supervisor would: open it from the Tools menu, choose the days,
read the totals and the tables, write the XLSX file and read it back, print."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sbdesk.domain.messages import Problem
from sbdesk.services import binding, people
from sbdesk.services.errors import InputError
from sbdesk.ui.report.view import ReportWindow
from tests.ui.conftest import OWNER, WIFE


@pytest.fixture
def worked(family):
    d = family.desk
    made = binding.bind(d, people.find(d, OWNER).id, people.find(d, WIFE).id, "spouse", "window", date(2026, 11, 20))
    binding.unbind(d, made.id, "本人申请", date(2026, 11, 23))
    return family


def open_from_menu(window) -> ReportWindow:
    window.menu.actions["report"].trigger()
    QApplication.processEvents()
    found = window.findChild(ReportWindow, "reportWindow")
    assert found is not None and found.isVisible()
    return found


def choose(edit, day: str) -> None:
    """Type a day into a date box as a person does: select what is there, type over it."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, day)


def test_a_supervisor_chooses_days_reads_the_totals_and_exports_them(worked, qtbot, answers, tmp_path):
    from openpyxl import load_workbook

    view = open_from_menu(worked)
    qtbot.waitExposed(view)
    choose(view.start, "2026-11-19")
    choose(view.end, "2026-11-24")
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.totals.text() == "2026-11-19 to 2026-11-24: 1 made, 1 ended"
    days = view.views["days"]
    assert days.rowCount() == 7  # six days and the total
    assert [days.item(r, 0).text() for r in (0, 6)] == ["2026-11-19", "Total"]
    assert [days.item(1, c).text() for c in range(3)] == ["2026-11-20", "1", "0"]
    clerks = view.views["clerks"]
    assert [clerks.item(0, c).text() for c in range(4)] == ["clerk", "0001", "1", "1"]
    assert view.chart.days[1] == ("2026-11-20", 1, 0)
    answers.path = str(tmp_path / "report.xlsx")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert "report.xlsx" in view.said.text()
    book = load_workbook(answers.path)
    assert [list(r) for r in book["By day"].iter_rows(values_only=True)][-1] == ["Total", 1, 1]
    assert [list(r) for r in book["Reasons for ending"].iter_rows(values_only=True)] == [
        ["Reason", "Ended"],
        ["at the person's request", 1],
    ]
    assert answers.informed == []  # nothing asked a person to click anything away


def test_the_printed_report_holds_the_chart_and_every_table(worked, monkeypatch, tmp_path):
    from sbdesk.ui.common import printing

    view = open_from_menu(worked)
    printed = []
    monkeypatch.setattr(printing, "preview_html", lambda parent, html, folder: printed.append(html) or True)
    assert view.print_report()
    [page] = printed
    assert "data:image/png;base64," in page
    for title in ("By day", "By clerk", "By channel", "By 统筹区", "Reasons for ending"):
        assert title in page
    pdf = tmp_path / "report.pdf"
    printing.write_pdf(page, str(pdf), worked.desk.data_dir)
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_days_out_of_order_are_said_in_the_window_and_nothing_else_changes(worked, qtbot, answers):
    view = open_from_menu(worked)
    before = view.totals.text()
    choose(view.end, "2026-11-01")
    choose(view.start, "2026-11-19")
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.problem.isVisible()
    assert view.problem.text() == "The report's last day 2026-11-01 is before its first day 2026-11-19."
    assert view.totals.text() == before and answers.informed == []


def test_a_sign_in_the_server_refuses_is_told_in_the_window(worked, monkeypatch, answers):
    from sbdesk.services import report

    def refused(*args):
        raise InputError([("", Problem("report.not_allowed"))])

    monkeypatch.setattr(report, "make", refused)
    view = open_from_menu(worked)
    assert view.problem.text().startswith("Only a supervisor or an auditor")
    assert answers.informed == []


def test_the_window_speaks_chinese(worked):
    worked.set_language("zh_CN")
    QApplication.processEvents()
    view = open_from_menu(worked)
    assert view.windowTitle() == "绑定业务报表"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "按日",
        "按经办人",
        "按渠道",
        "按统筹区",
        "解除原因",
    ]
    assert view.views["days"].horizontalHeaderItem(1).text() == "办理"
