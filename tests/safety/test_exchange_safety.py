"""The import and export doors under hostile files: formulas, bindings past the rules, mixed encodings, bombs."""

import errno
import subprocess
import sys
import zipfile
from datetime import date

import pytest

from sbdesk.services import exchange, people, tables_out
from sbdesk.services.errors import InputError
from sbdesk.store import db
from tests.conftest import make_id
from tests.safety.helpers import cli, populate

OWNER = make_id(date(1978, 3, 4), "320505", 15)
CHILD = make_id(date(2016, 7, 9), "510104", 24)  # ten years old on TODAY
WIFE = make_id(date(1980, 7, 9), "510104", 26)
FORMULAS = ['=HYPERLINK("http://evil.example/x","点击")', "+1+1", "-2+3", "@SUM(A1:A9)", "＝1+1"]


# -- formulas ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", FORMULAS)
def test_a_name_a_spreadsheet_would_run_is_not_a_valid_name(desk, name):
    with pytest.raises(InputError) as err:
        people.add(desk, name=name, id_number=OWNER, region="苏州市")
    assert err.value.problems[0][1].code == "name.formula"


def test_formulas_already_on_record_are_exported_as_text(desk, tmp_path):
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    with db.transaction(desk.conn):  # names stored before the rule existed
        desk.conn.execute("UPDATE people SET name=? WHERE id_number=?", (FORMULAS[0], OWNER))
    exchange.export_file(desk, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "\n'=HYPERLINK" in text.replace('"', "")
    exchange.export_file(desk, tmp_path / "out.xlsx")
    with zipfile.ZipFile(tmp_path / "out.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet  # no live formula cell
    from openpyxl import load_workbook

    cells = [c.value for c in load_workbook(tmp_path / "out.xlsx").worksheets[0]["A"]]
    assert cells[1].startswith("'=HYPERLINK")


def test_an_import_longer_than_the_row_bound_is_refused(desk, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange.filein, "MAX_ROWS", 10)
    path = tmp_path / "many.csv"
    path.write_text("name,id_number,region\n" + "".join(f"人{i},{OWNER},成都市\n" for i in range(20)), encoding="utf-8")
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path)
    assert "more than 10 rows" in err.value.messages()[0]


# -- one path for a binding ----------------------------------------------------------------
@pytest.fixture
def family(desk):
    people.add(desk, name="张伟", id_number=OWNER, region="成都市")
    people.add(desk, name="张小宝", id_number=CHILD, region="成都市", insurance="resident")
    people.add(desk, name="李娜", id_number=WIFE, region="成都市", insurance="resident")
    return desk


def bindings_file(tmp_path, rows, extra=()):
    path = tmp_path / "b.csv"
    header = ["owner", "member", "relation", "channel", "bound_on", *extra]
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "row, code",
    [
        ([OWNER, CHILD, "child", "ecard", "2026-11-01"], "elig.channel_no_sharing"),
        ([OWNER, WIFE, "spouse", "window", "2027-01-01"], "date.future"),
        ([OWNER, CHILD, "child", "window", "2015-01-01"], "date.before_birth"),
    ],
)
def test_an_imported_binding_passes_the_same_checks_as_bind(family, tmp_path, row, code):
    with pytest.raises(InputError) as err:
        exchange.import_file(family, bindings_file(tmp_path, [row]))
    codes = [p.values["message"].code for _, p in err.value.problems]
    assert code in codes
    assert family.conn.execute("SELECT count(*) FROM bindings").fetchone()[0] == 0


def test_an_imported_e_card_binding_is_refused_face_photo_or_not(family, tmp_path):
    """The e-card 亲情服务 sets up no 家庭共济, so an import cannot record one through it."""
    path = bindings_file(tmp_path, [[OWNER, CHILD, "child", "ecard", "2026-11-01", "是"]], ["人脸照片已核验"])
    with pytest.raises(InputError) as err:
        exchange.import_file(family, path)
    assert "elig.channel_no_sharing" in [p.values["message"].code for _, p in err.value.problems]
    assert family.conn.execute("SELECT count(*) FROM bindings").fetchone()[0] == 0


# -- one encoding --------------------------------------------------------------------------
def test_a_utf8_file_with_one_gbk_row_is_refused_naming_the_row(desk, tmp_path):
    rows = [f"人{i},{make_id(date(1980, 1, 1 + i), '510104', i)},成都市".encode() for i in range(5)]
    rows[3] = f"张三,{make_id(date(1980, 1, 4), '510104', 3)},成都市".encode("gbk")
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\n".join([b"name,id_number,region", *rows]) + b"\n")
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path)
    message = err.value.messages()[0]
    assert "row 5" in message and "Nothing was imported" in message
    assert people.count(desk) == 0


def test_a_whole_gb18030_file_still_imports(desk, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(f"姓名,身份证号码,统筹区\n张三,{OWNER},成都市\n".encode("gb18030"))
    assert exchange.import_file(desk, path).rows == 1
    assert people.find(desk, OWNER).name == "张三"


# -- spreadsheet bombs ---------------------------------------------------------------------
def xlsx_with_shared_string(path, size):
    """A valid little workbook plus a shared-strings part of ``size`` bytes, zipped small
    (written in chunks: the test itself must not hold a gigabyte)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["name", "id_number", "region"])
    book.active.append(["x", OWNER, "成都市"])
    book.save(path)
    chunk = b"A" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
        out.open("xl/sharedStrings.xml", "w", force_zip64=True) as part,
    ):
        part.write(b'<?xml version="1.0" encoding="UTF-8"?><sst><si><t>')
        for _ in range(size // len(chunk)):
            part.write(chunk)
        part.write(b"</t></si></sst>")
    return path


BOMB = """
import sys
from sbdesk.services import exchange
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
try:
    exchange.import_file(open_desk(sys.argv[1], operator="t"), sys.argv[2])
except InputError as exc:
    print(exc.messages()[0])
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(int(peak) // 1024)  # MB; ru_maxrss would carry the parent's peak across exec
"""


def test_an_xlsx_that_unpacks_to_a_gigabyte_is_refused_without_unpacking_it(tmp_path):
    bomb = xlsx_with_shared_string(tmp_path / "bomb.xlsx", 1100 * 1024 * 1024)
    assert bomb.stat().st_size < 8 * 1024 * 1024  # a few MB on disk
    out = subprocess.run(
        [sys.executable, "-c", BOMB, str(tmp_path / "office"), str(bomb)], capture_output=True, text=True, timeout=120
    )
    message, rss_mb = out.stdout.strip().splitlines()
    assert "unpacks to more than" in message
    assert int(rss_mb) < 400


def test_a_cell_longer_than_any_field_is_refused(desk, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["name", "id_number", "region"])
    book.active.append(["A" * 200_000, OWNER, "成都市"])
    book.save(tmp_path / "long.xlsx")
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, tmp_path / "long.xlsx")
    assert "too long" in err.value.messages()[0]


def test_an_xlsx_with_the_wrong_header_is_refused_before_its_rows_are_read(desk, tmp_path, monkeypatch):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("x")
    sheet.append(["foo", "bar"])
    for i in range(20_000):
        sheet.append([i, i])
    book.save(tmp_path / "wrong.xlsx")
    seen = []
    real = exchange.filein._check_row
    monkeypatch.setattr(exchange.filein, "_check_row", lambda *a: (seen.append(a[1]), real(*a)))
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, tmp_path / "wrong.xlsx")
    assert "needs the columns" in err.value.messages()[0]
    assert len(seen) == 1


# -- no tracebacks -------------------------------------------------------------------------
def test_hostile_input_on_the_command_line_is_one_line_exit_2(tmp_path):
    folder = tmp_path / "office"
    populate(folder, 2)
    long_cell = tmp_path / "long.csv"
    long_cell.write_text("name,id_number,region\n" + "x" * 140_000 + f",{OWNER},成都市\n", encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    hostname = tmp_path / "hostname"
    hostname.write_text("a file, not a folder")
    cases = [
        ("import", long_cell),
        ("person", "show", "#" + "9" * 40),
        ("regions", "import", deep),
        ("export", tmp_path / "missing" / "out.csv"),
        ("export", tmp_path),
        ("backup", hostname / "x.db"),
    ]
    for args in cases:
        out = cli(*args, "--data-dir", folder)
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1, (args, out.stderr)
    assert not (tmp_path / "missing").exists()


def test_an_export_on_a_full_disk_leaves_no_file_and_says_so(desk, tmp_path, monkeypatch):
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市")

    def full(temp, header, rows):
        temp.write_text("half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tables_out, "write_csv", full)
    with pytest.raises(db.DiskFull):
        exchange.export_file(desk, tmp_path / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == []
