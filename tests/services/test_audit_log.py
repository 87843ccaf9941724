"""The auditor's reading of the audit log (services/audit_log.py) on both engines: filtered by
person, clerk, days and action, newest first, paged from the last row shown; the chain
verified, a tampered row named as where it breaks; an export read back."""

import csv
import sqlite3
from datetime import date

import pytest

from sbdesk.services import audit_log, binding, people
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError, NotFound
from sbdesk.store import audit_pages
from tests.conftest import TODAY, make_id, signed_in

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "320505", 22)
OTHER = make_id(date(1990, 3, 3), "320505", 33)


def at(day: str):
    return lambda: f"{day}T10:00:00+08:00"


def other_clerk(desk, data_dir, engine, logins):
    """A second desk worked by another clerk: a name on the file, a login of its own on the server."""
    if not engine:
        return open_desk(data_dir, operator="王芳（工号 0200）", today=lambda: TODAY), "王芳（工号 0200）"
    url, name, _ = logins("clerk")
    return open_desk(data_dir.parent / "other", today=lambda: TODAY, database=url), name


@pytest.fixture
def logins_or_none(engine, request):
    return request.getfixturevalue("logins") if engine else None


@pytest.fixture
def office(desk, data_dir, engine, logins_or_none):
    """张三 and 李四 added on 01-02 by the desk's clerk, 王五 on 01-20 by another, bound on 01-21."""
    desk.now = at("2027-01-02")
    owner = people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    wife = people.add(desk, name="李四", id_number=WIFE, region="苏州市", insurance="resident", card_number="B00000001")
    second, name = other_clerk(desk, data_dir, engine, logins_or_none)
    second.now = at("2027-01-20")
    people.add(second, name="王五", id_number=OTHER, region="苏州市", insurance="employee")
    second.close()
    desk.now = at("2027-01-21")
    binding.bind(desk, owner.id, wife.id, "spouse", "window")
    return owner, wife, name


def listed(desk, **wanted):
    return [(e.action, e.subject) for e in audit_log.entries(desk, audit_log.where(desk, audit_log.Filter(**wanted)))]


def test_filters_by_clerk_person_days_and_action_newest_first(desk, office):
    owner, wife, other = office
    me = signed_in(desk, "tester")
    assert listed(desk, clerk=other) == [("person.add", "person:3")]
    by_me = listed(desk, clerk=me)
    assert ("person.add", "person:3") not in by_me and by_me[0][0] == "binding.add"  # newest first
    # a person: their own rows and their bindings', by #id, ID number or name
    theirs = [("binding.add", "binding:1"), ("person.add", f"person:{wife.id}")]
    assert listed(desk, person=f"#{wife.id}") == theirs
    assert listed(desk, person=WIFE) == theirs == listed(desk, person="李四")
    assert listed(desk, start=date(2027, 1, 20), end=date(2027, 1, 20)) == [("person.add", "person:3")]
    assert [s for _, s in listed(desk, start=date(2027, 1, 2), end=date(2027, 1, 2))] == [
        f"person:{wife.id}",
        f"person:{owner.id}",
    ]
    assert listed(desk, action="binding.add", clerk=me) == [("binding.add", "binding:1")]
    assert listed(desk, clerk="nobody") == []
    # who each row speaks of, ID numbers masked
    [row] = audit_log.page(desk, audit_log.where(desk, audit_log.Filter(person="王五")))
    assert row.person == f"王五 {OTHER[:6]}********{OTHER[-4:]}" and OTHER not in str(row.as_dict())


def test_a_clerk_is_found_by_name_or_staff_number_on_the_file():
    names = ["张伟（工号 0123）", "王芳（工号 0200）", "audit01"]
    assert audit_log.match_clerk(names, "0123") == ("张伟（工号 0123）",)
    assert audit_log.match_clerk(names, "王芳") == ("王芳（工号 0200）",)
    assert audit_log.match_clerk(names, "audit01") == ("audit01",)
    assert audit_log.match_clerk(names, "02") == ()


def test_bad_filters_are_bad_input(desk, office):
    people.add(
        desk, name="张三", id_number=make_id(date(1970, 1, 1), "320505", 44), region="苏州市", insurance="employee"
    )
    with pytest.raises(InputError) as err:
        audit_log.where(desk, audit_log.Filter(person="张三"))
    assert "2 people are named 张三" in err.value.messages()[0]
    with pytest.raises(InputError):
        audit_log.where(desk, audit_log.Filter(start=date(2027, 1, 5), end=date(2027, 1, 1)))
    with pytest.raises(NotFound):
        audit_log.where(desk, audit_log.Filter(person="赵六"))
    # a NUL pasted into a field is dropped, on both engines (the server would refuse it)
    assert listed(desk, person="李\x00四", action="person.add\x00") == [("person.add", "person:2")]


def test_pages_continue_from_the_last_row_shown_without_a_gap_or_a_repeat(desk):
    for i in range(25):
        desk.now = at(f"2027-02-{1 + i % 5:02d}")  # days out of order with the ids
        people.add(
            desk,
            name=f"人{i}",
            id_number=make_id(date(1980, 1, 1 + i), "320505", 100 + i),
            region="苏州市",
            insurance="employee",
        )
    where = audit_log.where(desk, audit_log.Filter())
    seen, after = [], None
    while found := audit_log.page(desk, where, after, size=7):
        seen += found
        after = found[-1].key
    everything = [e.key for e in audit_log.entries(desk, where)]
    assert [e.key for e in seen] == everything == sorted(everything, reverse=True)
    assert len(set(everything)) == len(everything) >= 26


def test_every_filter_reads_its_index_and_never_sorts_the_log(desk):
    if desk.conn.engine != "sqlite":
        pytest.skip("SQLite's plan; the server's depends on its statistics (a million rows measured by hand)")
    for where in (
        audit_pages.Where(),
        audit_pages.Where(operators=("a",)),
        audit_pages.Where(action="person.add", since="2026-01-01"),
        audit_pages.Where(since="2026-01-01", before="2026-02-01"),
    ):
        plan = audit_pages.plan(desk.conn, where, ("2026-01-05", 10))
        assert "USING INDEX audit_" in plan and "TEMP B-TREE" not in plan, plan


def test_the_chain_verifies_and_a_tampered_row_is_where_it_breaks(desk, office, data_dir):
    verdict = audit_log.verify(desk)
    assert verdict.ok and verdict.first is None and verdict.rows >= 4
    if desk.conn.engine != "sqlite":
        return  # the server refuses the edit even to its owner (test_branch_roles)
    conn = sqlite3.connect(data_dir / "sbdesk.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    third = conn.execute("SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 2").fetchone()[0]
    conn.execute("UPDATE audit SET operator = 'someone else' WHERE id = ?", (third,))
    conn.close()
    verdict = audit_log.verify(desk)
    assert not verdict.ok and verdict.first == third
    assert (
        verdict.lines(lambda context, text: text)[0]
        == f"Audit row {third}: its content was changed after it was written."
    )


def test_an_export_holds_what_is_filtered_masked_and_is_recorded(desk, office, tmp_path):
    owner, _, _ = office
    out = tmp_path / "audit.csv"
    where = audit_log.where(desk, audit_log.Filter(person=f"#{owner.id}"))
    done = audit_log.export(desk, out, where, lang="zh_CN")
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["编号", "时间", "经办人", "操作", "对象", "人员", "详情"]
    assert [r[3] for r in rows[1:]] == ["办理绑定", "新增人员"] and done.rows == 2 and done.recorded
    assert OWNER not in out.read_text(encoding="utf-8-sig")
    [last] = audit_log.page(desk, audit_log.where(desk, audit_log.Filter()), size=1)
    assert last.action == "audit.export" and last.detail["rows"] == 2
    xlsx = tmp_path / "audit.xlsx"
    assert audit_log.export(desk, xlsx, where).rows == 2
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx, read_only=True).active
    assert [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["Binding made", "Person added"]


def test_an_export_over_the_database_is_refused(desk, data_dir):
    with pytest.raises(InputError):
        audit_log.export(desk, data_dir / "sbdesk.db", audit_log.where(desk, audit_log.Filter()))
