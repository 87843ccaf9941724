"""`sbdesk audit` as a person runs it, on both engines: the log filtered by person, clerk,
days and action, as lines, JSON or CSV; bad input one line and exit 2; --verify exit 0, or
3 with the row the chain breaks from; --output a file read back."""

import csv
import io
import json
import sqlite3
from datetime import date

from tests.cli.test_cli import run
from tests.conftest import make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "320505", 22)


def office(tmp_path):
    d = tmp_path / "d"
    for name, number, card in (("张三", OWNER, ""), ("李四", WIFE, "B00000001")):
        args = ["person", "add", "--name", name, "--id-number", number, "--region", "苏州市", "--insurance", "employee"]
        out = run(*args, *(["--card", card] if card else []), "--operator", "张伟（工号 0123）", data_dir=d)
        assert out.returncode == 0, out.stderr
    out = run("person", "show", WIFE, "--reveal", "--operator", "王芳（工号 0200）", data_dir=d)
    assert out.returncode == 0, out.stderr
    return d


def test_the_log_filtered_as_lines_json_and_csv(tmp_path, both_engines):
    d = office(tmp_path)
    lines = run("audit", "--lang", "en", data_dir=d).stdout.splitlines()
    assert "Full ID number shown" in lines[0] and "李四 320505********" in lines[0]  # newest first, masked
    assert WIFE not in "\n".join(lines)
    if not both_engines:  # on the server every row names the one login the test signs in with
        by_number = run("audit", "--clerk", "0123", "--json", data_dir=d)
        assert {e["action"] for e in json.loads(by_number.stdout)} == {"person.add", "regions.seed"}
        assert run("audit", "--clerk", "王芳", "--json", data_dir=d).stdout.count('"person.reveal_id"') == 1
    person = json.loads(run("audit", "--person", "李四", "--json", data_dir=d).stdout)
    assert [e["action"] for e in person] == ["person.reveal_id", "person.add"]
    assert json.loads(run("audit", "--person", WIFE, "--json", data_dir=d).stdout) == person
    today = person[0]["at"][:10]
    out = run("audit", "--csv", "--action", "person.add", "--from", today, "--to", today, "--limit", "1", data_dir=d)
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["id", "at", "operator", "action", "subject", "person", "detail"] and len(rows) == 2
    assert rows[1][3] == "person.add" and rows[1][5].startswith("李四 ")
    assert run("audit", "--from", "2000-01-01", "--to", "2000-01-02", data_dir=d).stdout.strip() == ""


def test_bad_filters_are_one_line_and_exit_2(tmp_path, both_engines):
    d = office(tmp_path)
    for args, words in (
        (("--from", "2026-13-01"), "2026-13-01"),
        (("--from", "2026-12-05", "--to", "2026-12-01"), "2026-12-01"),
        (("--person", "赵六"), "赵六"),
        (("--limit", "x"), "x"),
        (("--csv", "--lang", "en", "--json"), "--json and --csv"),  # not one of them silently ignored
    ):
        out = run("audit", *args, data_dir=d)
        assert out.returncode == 2 and words in out.stderr and "Traceback" not in out.stderr, (args, out.stderr)
        assert len(out.stderr.strip().splitlines()) <= 2 and out.stdout == ""


def test_verify_says_the_chain_holds_or_from_which_row_it_breaks(tmp_path, both_engines):
    d = office(tmp_path)
    out = run("audit", "--verify", "--lang", "en", data_dir=d)
    assert out.returncode == 0 and "The audit chain holds" in out.stdout, out.stdout + out.stderr
    if both_engines:
        return  # the server refuses the edit even to its owner (tests/services/test_branch_roles.py)
    conn = sqlite3.connect(d / "sbdesk.db", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET action = 'person.edit' WHERE id = 2")
    conn.close()
    out = run("audit", "--verify", "--json", data_dir=d)
    found = json.loads(out.stdout)
    assert out.returncode == 3 and found["first_broken"] == 2 and not found["ok"]
    out = run("audit", "--verify", "--lang", "zh_CN", data_dir=d)
    assert out.returncode == 3 and out.stdout.startswith("审计链从第2条起断裂")


def test_output_writes_what_is_filtered_and_records_the_export(tmp_path, both_engines):
    d = office(tmp_path)
    target = tmp_path / "audit.xlsx"
    out = run("audit", "--person", "张三", "--output", str(target), "--lang", "en", data_dir=d)
    assert out.returncode == 0 and "Exported 1 audit rows" in out.stdout, out.stdout + out.stderr
    from openpyxl import load_workbook

    rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert rows[1][3] == "Person added" and OWNER not in str(rows)  # in words, as the window shows it
    assert json.loads(run("audit", "--json", "--limit", "1", data_dir=d).stdout)[0]["action"] == "audit.export"
    into_db = run("audit", "--output", str(d / "sbdesk.db"), data_dir=d)
    assert into_db.returncode == 2 and "Traceback" not in into_db.stderr


def test_the_last_day_a_date_can_be_reads_to_the_end(tmp_path, both_engines):
    """--to 9999-12-31 (and the window's date box at its end): the day after cannot be a
    date, so the range is open at the end rather than a traceback."""
    d = office(tmp_path)
    out = run("audit", "--from", "2000-01-01", "--to", "9999-12-31", "--json", data_dir=d)
    assert (out.returncode, "Traceback" in out.stderr) == (0, False), out.stderr
    assert [e["action"] for e in json.loads(out.stdout)][:2] == ["person.reveal_id", "person.add"]
    assert json.loads(run("audit", "--from", "9999-12-31", "--to", "9999-12-31", "--json", data_dir=d).stdout) == []
