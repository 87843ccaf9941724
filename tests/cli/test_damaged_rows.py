"""Rows edited by hand with sqlite3 (damage that must not stop the rest): every
column of people and bindings, given a value sbdesk never writes, is named by `check`
(exit 3, the other findings still listed) and by one translated line from `person list`
(which lists everyone else), `person show`, `export` (refused whole: no file) and `bindings`."""

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from sbdesk import cli
from sbdesk.services import binding, people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id
from tests.safety.helpers import cli as cli_process

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)
OTHER = make_id(date(1990, 2, 2), "510104", 33)
BLOB = "X'e78e8b'"  # 王 as bytes, not text
ATTACKS = [
    ("people", column, value)
    for column, values in (
        ("id_number", [BLOB]),
        ("name", [BLOB]),
        ("sex", [BLOB, "'x'"]),
        ("birth_date", [BLOB, "'19(0-01-01'", "'2024-W01-1'", "'2024-02-30'", "19900101"]),
        ("region_code", [BLOB]),
        ("insurance", [BLOB, "'7'"]),
        ("card_number", [BLOB]),
        ("computer_number", [BLOB]),
        ("ss_account", [BLOB, "'yes'"]),
        ("financial_account", [BLOB, "''"]),
    )
    for value in values
] + [
    ("bindings", column, value)
    for column, values in (
        ("owner_id", ["'x'", BLOB]),
        ("member_id", ["'1.5'"]),
        ("relation", [BLOB, "'cousin'"]),
        ("channel", [BLOB]),
        ("status", [BLOB, "'gone'"]),
        ("bound_on", [BLOB, "'19(0-01-01'", "20240101"]),
        ("ended_on", [BLOB, "'2024-13-01'"]),
        ("operator", [BLOB]),
        ("end_reason", [BLOB]),
    )
    for value in values
]


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rows") / "office"
    desk = open_desk(folder, operator="clerk")
    people.add(desk, name="张伟", id_number=OWNER, region="成都市")
    people.add(desk, name="李娜", id_number=WIFE, region="成都市", insurance="resident", card_number="A12345678")
    people.add(desk, name="王芳", id_number=OTHER, region="成都市", insurance="resident")
    binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
    desk.close()
    return folder


def damage(office, tmp_path, table, column, value):
    folder = tmp_path / "damaged"
    shutil.copytree(office, folder)
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a red team would, past the CHECKs
    conn.execute(f"UPDATE {table} SET {column} = {value} WHERE id = 1")
    conn.close()
    return folder


def run(capsys, folder, *args):
    code = cli.main([*args, "--data-dir", str(folder), "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(("table", "column", "value"), ATTACKS)
def test_every_column_damaged_by_hand_is_named_never_a_traceback(office, tmp_path, capsys, table, column, value):
    folder = damage(office, tmp_path, table, column, value)
    line = (
        f"The {table} row 1 of the database is damaged ({column}); nothing was changed. "
        "Run sbdesk check, then restore a backup (sbdesk restore)."
    )

    code, out, err = run(capsys, folder, "check", "--json")
    found = json.loads(out)
    assert code == 3 and f"{table} row 1: {column} is not" in " | ".join(found["problems"]), found
    assert "changed outside sbdesk" in " | ".join(found["problems"])  # the other findings are still there

    target = tmp_path / "out.csv"
    code, out, err = run(capsys, folder, "export", str(target), "--kind", table)
    assert (code, err.strip()) == (3, line)
    assert not target.exists() and not list(tmp_path.glob("*.tmp*"))  # refused whole: no partial file

    shown = "#2" if column == "owner_id" else "#1"  # a person the binding still names
    code, out, err = run(capsys, folder, "person", "show", shown)
    assert code == 3 and err.strip() == line

    if table == "people":
        code, out, err = run(capsys, folder, "person", "list")
        assert code == 3 and err.strip() == line
        assert "李娜" in out and "王芳" in out and f"#1  ! damaged row ({column}): run sbdesk check" in out
        code, out, err = run(capsys, folder, "person", "list", "--json")
        assert code == 3 and {"id": 1, "damaged": column} in json.loads(out) and len(json.loads(out)) == 3
        code, out, err = run(capsys, folder, "person", "show", "#2")  # her husband's row: shown without it
        assert code == 3 and err.strip() == line and out.startswith("#2  李娜  ")
        code, out, err = run(capsys, folder, "person", "show", "#3")  # nobody related to the row: shown
        assert code == 0 and "王芳" in out
    else:
        code, out, err = run(capsys, folder, "bindings")
        assert code == 3 and err.strip() == line


def test_m4_a_name_stored_as_a_blob_is_reported_by_check_in_a_real_process(office, tmp_path):
    folder = damage(office, tmp_path, "people", "name", BLOB)
    out = cli_process("check", "--data-dir", folder)
    assert out.returncode == 3 and "Traceback" not in out.stderr
    assert "people row 1: name is not text" in out.stdout.splitlines()


def test_m5_a_damaged_birth_date_is_one_translated_line_in_a_real_process(office, tmp_path):
    folder = damage(office, tmp_path, "people", "birth_date", "'19(0-01-01'")
    for args in (("person", "list"), ("person", "show", "#1"), ("export", tmp_path / "x.csv")):
        out = subprocess.run(
            [sys.executable, "-m", "sbdesk", *map(str, args), "--data-dir", str(folder), "--lang", "zh_CN"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 3 and len(out.stderr.splitlines()) == 1, (args, out.stderr)
        assert "人员" in out.stderr and "第 1 行" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.csv").exists()


def test_an_export_that_cannot_be_audited_leaves_no_file(office, tmp_path, capsys):
    """A file check found damaged takes no audit row: the export it would record is not left behind."""
    folder = damage(office, tmp_path, "people", "name", "name")  # unchanged rows
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people_name'").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(folder / "sbdesk.db", "r+b") as fh:  # one index page bit-flipped: the table still reads
        fh.seek((root - 1) * 4096 + 8)
        byte = fh.read(1)[0]
        fh.seek(-1, 1)
        fh.write(bytes([byte ^ 1]))
    target = tmp_path / "out.csv"
    code, out, err = run(capsys, folder, "export", str(target))
    assert code == 3 and len(err.splitlines()) == 1 and "is damaged" in err
    assert "***" not in err and "tree page" not in err  # SQLite's report goes to the log
    assert "tree page" in (folder / "logs" / "sbdesk.log").read_text(encoding="utf-8")
    assert not target.exists() and [p.name for p in tmp_path.iterdir()] == ["damaged"]


def test_text_that_is_not_utf8_is_named_by_check_and_one_line_elsewhere(office, tmp_path, capsys):
    """sqlite3 cannot read such a row at all (it stops the query): check finds it as bytes."""
    folder = damage(office, tmp_path, "people", "name", "CAST(X'e78eff' AS TEXT)")
    code, out, err = run(capsys, folder, "check")
    assert code == 3 and "people row 1: name is not text" in out.splitlines()
    assert "with text" not in out  # sqlite3's message quotes what it could not decode: part of a name
    code, out, err = run(capsys, folder, "person", "list")  # the rest read by id, the row marked
    assert code == 3 and "李娜" in out and "王芳" in out and "#1  ! damaged row (name): run sbdesk check" in out
    assert err.strip().startswith("The people row 1 of the database is damaged (name)")
    for args in (("person", "show", "#1"), ("export", str(tmp_path / "x.csv")), ("bindings",)):
        code, out, err = run(capsys, folder, *args)
        named = "The people row 1 of the database is damaged (name)" if args[0] == "person" else "holds damaged text ("
        assert code == 3 and len(err.splitlines()) == 1 and named in err, (args, err)
    assert not (tmp_path / "x.csv").exists()
