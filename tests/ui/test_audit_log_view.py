"""Tools → Audit log… as an auditor uses it: filter by clerk and days, read the rows, export
them and read the file back; a tampered row shows the chain broken from that row; the
branch auditor's login opens the window and the view read-only, its writes disabled with
the reason, never failing."""

import csv
import sqlite3

from PySide6.QtCore import Qt

from sbdesk.services import people
from sbdesk.services.desk import open_desk
from tests.conftest import TODAY
from tests.services.conftest import logins  # noqa: F401 - the server logins fixture
from tests.ui.conftest import CLERK, GRANDMA, OWNER, dispose, type_text


def open_view(window, qtbot):
    window.actions["audit_log"].trigger()
    view = window.audit_log_view
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.verdict is not None, timeout=20000)
    return view


def test_an_auditor_filters_by_clerk_and_day_reads_the_rows_and_exports_them(family, qtbot, answers, tmp_path):
    other = open_desk(family.desk.data_dir, operator="王芳（工号 0200）", today=lambda: TODAY)
    people.reveal(other, people.find(other, GRANDMA), "counter")
    other.close()
    view = open_view(family, qtbot)
    assert "verifies" in view.chain.text()
    assert view.model.rowCount() == 6  # the seed, the four people, the reveal
    newest = view.model.entry(0)
    assert newest.operator == "王芳（工号 0200）" and newest.action == "person.reveal_id"
    day = newest.at[:10]
    view.clerk.setFocus()
    type_text(qtbot, view.clerk.lineEdit(), "0001")  # the clerk's 工号
    view.start.setFocus()
    type_text(qtbot, view.start, day)
    type_text(qtbot, view.end, day)
    qtbot.keyClick(view.end, Qt.Key.Key_Return)
    rows = [view.model.entry(r) for r in range(view.model.rowCount())]
    assert rows and {e.operator for e in rows} == {CLERK}
    assert [e.action for e in rows].count("person.add") == 4
    shown = [view.model.index(r, 4).data() for r in range(view.model.rowCount())]
    assert any(s.startswith("张伟 ") for s in shown) and not any(OWNER in s for s in shown)  # masked
    answers.path = str(tmp_path / "by-clerk.csv")
    job = view.export_button.click() or view.job
    qtbot.waitUntil(lambda: job.isFinished() and bool(answers.informed), timeout=20000)
    assert "written to" in answers.informed[-1][1], answers.informed
    with open(answers.path, encoding="utf-8-sig") as fh:
        table = list(csv.reader(fh))
    assert [r[0] for r in table[1:]] == [str(e.id) for e in rows]
    assert {r[2] for r in table[1:]} == {CLERK} and OWNER not in str(table)
    # the export is itself recorded, by this clerk today: it shows on top, the filter kept
    assert view.model.rowCount() == len(rows) + 1 and view.model.entry(0).action == "audit.export"
    view.clear_button.click()
    assert view.model.entry(0).action == "audit.export" and view.model.rowCount() > len(rows) + 1
    view.close()  # opened again later: the same view, read again
    people.reveal(family.desk, people.find(family.desk, OWNER), "members tab")
    family.actions["audit_log"].trigger()
    assert family.audit_log_view is view and view.model.entry(0).action == "person.reveal_id"


def test_show_full_id_is_recorded_as_the_members_list_records_it(family, qtbot, answers):
    view = open_view(family, qtbot)
    row = next(r for r in range(view.model.rowCount()) if view.model.entry(r).subject.startswith("person:"))
    view.table.selectRow(row)
    assert view.reveal_button.isEnabled()
    pid = int(view.model.entry(row).subject.split(":")[1])
    view.reveal_button.click()
    top = view.model.entry(0)
    assert (top.action, top.subject, top.detail["purpose"]) == ("person.reveal_id", f"person:{pid}", "audit log")
    number = people.get(family.desk, pid).id_number
    assert any(number in (view.model.index(r, 4).data() or "") for r in range(view.model.rowCount()))


def test_a_tampered_row_shows_the_chain_broken_from_that_row(family, qtbot, answers):
    conn = sqlite3.connect(family.desk.data_dir / "sbdesk.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    row = conn.execute("SELECT id FROM audit WHERE action = 'person.add' ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    conn.execute("UPDATE audit SET operator = 'somebody else' WHERE id = ?", (row,))
    conn.close()
    view = open_view(family, qtbot)
    assert f"broken from row {row}" in view.chain.text(), view.chain.text()
    assert f"Audit row {row}: its content was changed after it was written." in view.chain.toolTip()
    red = {
        view.model.entry(r).id
        for r in range(view.model.rowCount())
        if view.model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)
    }
    assert min(red) == row and all(
        view.model.entry(r).id in red for r in range(view.model.rowCount()) if view.model.entry(r).id >= row
    )


def test_the_branch_auditor_opens_the_window_read_only_and_reads_the_log(qtbot, tmp_path, logins, monkeypatch, answers):  # noqa: F811
    from sbdesk.app import build_main_window

    url, name, _ = logins("clerk")
    clerk = open_desk(tmp_path / "clerk", today=lambda: TODAY, database=url)
    people.add(clerk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee")
    clerk.close()
    url, auditor, _ = logins("auditor")
    monkeypatch.setenv("SBDESK_DATABASE", url)
    window = build_main_window(tmp_path / "auditor", lang="en", today=lambda: TODAY)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.signed_in(("counter", "审计员", "A01", "")) and not answers.informed  # a first start: no error
        for key in ("add", "import", "export_people", "bind", "qinqing"):
            assert not window.actions[key].isEnabled() and auditor in window.actions[key].toolTip()
        window.members.run_search()
        window.members.table.selectRow(0)
        for key in ("add", "edit", "delete", "reveal"):
            assert not window.members.buttons[key].isEnabled(), key
        assert window.members.buttons["pension"].isEnabled()  # reading stays open
        window.tabs.setCurrentIndex(1)  # the channel pages, built now, are locked too
        page = next(iter(window.channels.pages.values()))
        page.action.setEnabled(True)  # as a page does once both people are filled in
        assert not page.action.isEnabled() and auditor in page.action.toolTip()
        window.tabs.setCurrentIndex(2)
        assert not window.regions.import_button.isEnabled()
        view = open_view(window, qtbot)
        assert "verifies" in view.chain.text()
        assert [(e.operator, e.action) for e in view.model.entries][0] == (name, "person.add")
        view.table.selectRow(0)
        assert not view.reveal_button.isEnabled() and "only reads" in view.reveal_button.toolTip()
        answers.path = str(tmp_path / "audit.xlsx")
        job = view.export_button.click() or view.job
        qtbot.waitUntil(lambda: job.isFinished() and bool(answers.informed), timeout=20000)
        assert "not recorded" in answers.informed[-1][1], answers.informed
        assert not answers.informed[-1][2]
    finally:
        dispose(window)
