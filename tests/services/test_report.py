"""The supervisor's report on both engines: bindings made and ended per day, clerk, channel
and 统筹区, the reasons for ending, and the XLSX file read back."""

from datetime import date

import pytest

from sbdesk.domain import report as rules
from sbdesk.services import binding, operators, people, report
from sbdesk.services.errors import InputError
from tests.conftest import make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "510104", 22)
OTHER = make_id(date(1975, 3, 3), "320205", 31)
HUSBAND = make_id(date(1974, 4, 4), "320205", 41)


@pytest.fixture
def worked(desk):
    """Two bindings made by 王芳 on the 20th and 22nd, one ended by 李强 on the 24th (on the
    server every row names the login instead: the sign-in is the database's)."""
    owner = people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    wife = people.add(desk, name="李四", id_number=WIFE, region="南京市", insurance="resident", card_number="B00000001")
    other = people.add(desk, name="王五", id_number=OTHER, region="无锡市", insurance="employee")
    husband = people.add(
        desk, name="赵六", id_number=HUSBAND, region="无锡市", insurance="resident", computer_number="123456789"
    )
    operators.sign_in(desk, "counter", "王芳", "0001")
    first = binding.bind(desk, owner.id, wife.id, "spouse", "window", date(2026, 11, 20))
    binding.bind(desk, other.id, husband.id, "spouse", "web", date(2026, 11, 22))
    operators.sign_in(desk, "counter", "李强", "0007")
    binding.unbind(desk, first.id, "本人申请", date(2026, 11, 24))
    return desk


def test_the_report_counts_by_day_clerk_channel_region_and_reason(worked, engine):
    found = report.make(worked, date(2026, 11, 19), date(2026, 11, 25))
    assert [(r.key, r.made, r.ended) for r in found.days] == [
        ("2026-11-19", 0, 0),  # every day of the range has its row, an empty one too
        ("2026-11-20", 1, 0),
        ("2026-11-21", 0, 0),
        ("2026-11-22", 1, 0),
        ("2026-11-23", 0, 0),
        ("2026-11-24", 0, 1),
        ("2026-11-25", 0, 0),
    ]
    assert (found.made, found.ended) == (2, 1)
    if engine:  # the server names its login, whatever the desk's sign-in said
        login = worked.conn.execute("SELECT current_user").fetchone()[0]
        assert [(r.label, r.extra, r.made, r.ended) for r in found.clerks] == [(login, "", 2, 1)]
    else:
        assert [(r.label, r.extra, r.made, r.ended) for r in found.clerks] == [
            ("王芳", "0001", 2, 0),
            ("李强", "0007", 0, 1),
        ]
    assert {(r.key, r.made, r.ended) for r in found.channels} == {("window", 1, 1), ("web", 1, 0)}
    # the owner's 统筹区: the account shared is the owner's
    assert [(r.label, r.key, r.made, r.ended) for r in found.regions] == [
        ("苏州市", "320500", 1, 1),
        ("无锡市", "320200", 1, 0),
    ]
    assert [(r.key, r.ended) for r in found.reasons] == [("own_request", 1)]
    # a day outside the range counts nowhere
    assert report.make(worked, date(2026, 11, 21), date(2026, 11, 23)).made == 1


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (date(2026, 11, 25), date(2026, 11, 1), "report.order"),
        (date(2016, 11, 25), date(2026, 11, 25), "report.too_long"),
        (date(2025, 11, 24), date(2026, 11, 25), "report.too_long"),  # 367 days
    ],
)
def test_a_range_out_of_order_or_longer_than_a_year_is_refused(desk, start, end, code):
    with pytest.raises(InputError) as refused:
        report.make(desk, start, end)
    assert [p.code for _, p in refused.value.problems] == [code]


def test_a_year_is_the_longest_range(desk):
    assert len(report.make(desk, date(2024, 1, 1), date(2024, 12, 31)).days) == 366


def test_the_xlsx_holds_every_table_as_shown(worked, tmp_path):
    from openpyxl import load_workbook

    found = report.make(worked, date(2026, 11, 19), date(2026, 11, 25))
    tables = report.tables(found, lambda context, text: text, "en")
    path = tmp_path / "report.xlsx"
    report.write_xlsx(worked, path, tables)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["By day", "By clerk", "By channel", "By 统筹区", "Reasons for ending"]
    days = [list(r) for r in book["By day"].iter_rows(values_only=True)]
    assert days[0] == ["Day", "Made", "Ended"]
    assert days[1] == ["2026-11-19", 0, 0]
    assert days[-1] == ["Total", 2, 1]
    assert [list(r) for r in book["Reasons for ending"].iter_rows(values_only=True)][1] == [
        "at the person's request",
        1,
    ]
    assert oct(path.stat().st_mode & 0o777) == "0o600"  # written user-only, as every export


def test_the_xlsx_is_never_written_over_the_database(worked):
    found = report.make(worked, date(2026, 11, 19), date(2026, 11, 25))
    target = worked.data_dir / "sbdesk.db"
    with pytest.raises(InputError):
        report.write_xlsx(worked, target, report.tables(found, lambda c, t: t, "en"))


def test_a_clerk_text_that_looks_like_a_formula_stays_text(desk, tmp_path):
    from openpyxl import load_workbook

    found = rules.build(date(2026, 11, 1), date(2026, 11, 1), [("2026-11-01", "made", "=1+1", "window", "", "", "", 1)])
    path = tmp_path / "r.xlsx"
    report.write_xlsx(desk, path, report.tables(found, lambda c, t: t, "en"))
    clerks = [list(r) for r in load_workbook(path)["By clerk"].iter_rows(values_only=True)]
    assert clerks[1][0] == "'=1+1"
