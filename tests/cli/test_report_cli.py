"""`sbdesk report` on both engines: the tables, --json and --csv, and one line with exit 2 for
dates that cannot make a report."""

import csv
import io
import json
from datetime import date

import pytest

from tests.cli.test_cli import run
from tests.conftest import make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "510104", 22)
pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.fixture
def office(tmp_path):
    data = str(tmp_path / "office")
    for args in (
        ("person", "add", "--name", "张三", "--id-number", OWNER, "--region", "苏州市"),
        ("person", "add", "--name", "李四", "--id-number", WIFE, "--region", "南京市", "--insurance", "resident",
         "--card", "B00000001"),
        ("bind", "--owner", OWNER, "--member", "B00000001", "--relation", "spouse", "--channel", "window",
         "--on", "2026-11-20", "--operator", "王芳（工号 0001）"),
        ("unbind", "1", "--reason", "录入错误", "--on", "2026-11-21", "--operator", "王芳（工号 0001）"),
    ):  # fmt: skip
        done = run(*args, "--data-dir", data)
        assert done.returncode == 0, done.stderr
    return data


def test_the_report_as_json_csv_and_tables(office, both_engines):
    out = run("report", "--from", "2026-11-19", "--to", "2026-11-22", "--json", "--data-dir", office)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert [(d["day"], d["made"], d["ended"]) for d in found["days"]] == [
        ("2026-11-19", 0, 0),
        ("2026-11-20", 1, 0),
        ("2026-11-21", 0, 1),
        ("2026-11-22", 0, 0),
    ]
    assert found["reasons"] == [{"reason": "entry_error", "ended": 1}]
    assert [(r["name"], r["made"], r["ended"]) for r in found["regions"]] == [("苏州市", 1, 1)]
    if not both_engines:  # on the server the login is the clerk, whatever --operator says
        assert found["clerks"] == [
            {"operator": "王芳（工号 0001）", "name": "王芳", "staff_id": "0001", "made": 1, "ended": 1}
        ]
    table = list(csv.reader(io.StringIO(run("report", "--csv", "--from", "2026-11-20", "--to", "2026-11-21",
                                            "--data-dir", office).stdout)))  # fmt: skip
    assert table[0] == ["table", "key", "name", "code", "made", "ended"]
    assert ["day", "2026-11-21", "", "", "0", "1"] in table
    assert ["channel", "window", "", "", "1", "1"] in table
    text = run("report", "--from", "2026-11-20", "--to", "2026-11-21", "--lang", "zh_CN", "--data-dir", office)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[:5] == [
        "按日",
        "日期        办理  解除",
        "2026-11-20     1     0",
        "2026-11-21     0     1",
        "合计           1     1",
    ]
    assert ["录入错误", "1"] in [line.split() for line in lines]  # the reason in the reader's words


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("--from", "2026-11-22", "--to", "2026-11-01"), "The report's last day 2026-11-01 is before its first day 2026-11-22."),
        (("--to", "2026-11-01", "--from", "2016-11-01"), "The report covers 3653 days; at most 366 days (a year) fit in one report."),
        (("--from", "2026-02-30"), "2026-02-30 is not a date in the form YYYY-MM-DD."),
        (("--from", "2026-11-01", "--to", "yesterday"), "yesterday is not a date in the form YYYY-MM-DD."),
        (("--json", "--from", "2026-11-01", "--csv"), "--json and --csv print one each: choose one of them."),
    ],
)  # fmt: skip
def test_dates_that_make_no_report_are_one_line_and_exit_2(office, args, line):
    out = run("--lang", "en", "report", *args, "--data-dir", office)
    assert (out.returncode, out.stderr.strip().splitlines(), out.stdout) == (2, [line], "")
