"""An import door bounds what a hostile file costs
before it is parsed, and a file written to while it is read is refused, not half-read."""

import tracemalloc
import zipfile
from datetime import date

import pytest

from sbdesk import cli
from sbdesk.services import exchange, filein, people
from sbdesk.services.errors import InputError
from tests.conftest import make_id

OWNER = make_id(date(1978, 3, 4), "320505", 15)


def peak_mb(action) -> float:
    """The peak of Python's allocations while ``action`` runs, in MB."""
    tracemalloc.start()
    try:
        action()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 2**20


def refused(desk, path) -> str:
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path)
    return err.value.messages()[0]


# -- an XLSX without <dimension> is judged by its first row ----------------------------------------
def sheet_without_dimension(path, header, rows):
    """A workbook whose sheet has no <dimension> element, ``header`` on row 1 and ``rows``
    empty <row/> elements after it (written in chunks: small on disk, cheap to make)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(header)
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, src.read(info))
                continue
            xml = src.read(info).decode()
            start, end = xml.index("<dimension"), xml.index("/>", xml.index("<dimension")) + 2
            head, tail = (xml[:start] + xml[end:]).split("</sheetData>")
            assert "<dimension" not in head
            with out.open("xl/worksheets/sheet1.xml", "w") as part:
                part.write(head.encode())
                block = b"<row/>" * 10_000
                for _ in range(rows // 10_000):
                    part.write(block)
                part.write(b"</sheetData>" + tail.encode())
    return path


def test_an_xlsx_without_dimension_and_a_wrong_header_is_refused_at_its_first_row(desk, tmp_path):
    path = sheet_without_dimension(tmp_path / "wrong.xlsx", ["foo", "bar"], 1_000_000)
    message = ""

    def run():
        nonlocal message
        message = refused(desk, path)

    assert peak_mb(run) < 20  # openpyxl sized the sheet first: 78 MB here
    assert "needs the columns" in message


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_an_xlsx_with_a_wrong_header_is_refused_before_its_other_shared_strings_are_read(desk, tmp_path):
    path = tmp_path / "strings.xlsx"  # as Excel writes it: the header's two shared strings, then a million more
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(
            "[Content_Types].xml",
            (
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
            ),
        )
        out.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        out.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
            '<sheet name="p" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        out.writestr(
            "xl/_rels/workbook.xml.rels",
            (
                f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/worksheet" '
                f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{DOC}/sharedStrings" '
                'Target="sharedStrings.xml"/></Relationships>'
            ),
        )
        out.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
            '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            "</row></sheetData></worksheet>",
        )
        with out.open("xl/sharedStrings.xml", "w") as part:
            part.write(f'<sst xmlns="{MAIN}"><si><t>foo</t></si><si><t>bar</t></si>'.encode())
            for block in range(100):
                part.write("".join(f"<si><t>s{block}-{i}</t></si>" for i in range(10_000)).encode())
            part.write(b"</sst>")
    message = ""

    def run():
        nonlocal message
        message = refused(desk, path)

    assert peak_mb(run) < 20  # the million strings read first: 140 MB (openpyxl: 156 MB)
    assert "needs the columns" in message


def test_an_xlsx_of_more_rows_than_a_spreadsheet_holds_is_refused(desk, tmp_path, monkeypatch):
    from sbdesk.services import xlsxin

    assert xlsxin.MAX_SHEET_ROWS == 1_048_576  # Excel's limit; a tenth of it here, to be quick
    monkeypatch.setattr(xlsxin, "MAX_SHEET_ROWS", 100_000)
    path = sheet_without_dimension(tmp_path / "long.xlsx", ["name", "id_number", "region"], 110_000)
    assert "more than 100,000 rows" in refused(desk, path)
    assert people.count(desk) == 0


def test_an_xlsx_row_of_endless_cells_is_refused_naming_the_row(desk, tmp_path):
    path = tmp_path / "wide.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["name", "id_number", "region"])
    book.active.append(["x"] * 300)
    book.save(path)
    assert refused(desk, path) == "Row 2 has more than 256 columns. Nothing was imported."


# -- a line is bounded before it is parsed ---------------------------------------------------------
def test_a_csv_line_of_millions_of_commas_is_refused_before_it_is_split(desk, tmp_path):
    path = tmp_path / "commas.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"name,id_number,region\n张三,{OWNER},成都市\n")
        fh.write("," * 20_000_000 + "\n")
    message = ""

    def run():
        nonlocal message
        message = refused(desk, path)

    assert peak_mb(run) < 16  # split into 20 million cells, the line held 173 MB
    assert message == f"Row 3 is longer than {filein.MAX_LINE} characters. Nothing was imported."
    assert people.count(desk) == 0


@pytest.mark.parametrize("command", [["import"], ["regions", "import"]])
def test_a_line_of_too_many_fields_is_one_line_exit_2(tmp_path, capsys, command):
    path = tmp_path / "wide.csv"
    path.write_text("code,name,province\n" + "," * 1000 + "\n", encoding="utf-8")
    folder = tmp_path / "office"
    assert cli.main([*command, str(path), "--lang", "en", "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Row 2 has more than 256 columns. Nothing was imported."]


def test_a_region_list_with_a_line_of_millions_of_commas_is_refused(tmp_path, capsys):
    path = tmp_path / "regions.csv"
    path.write_text("code,name,province\n" + "," * 20_000_000 + "\n", encoding="utf-8")
    code = 0

    def run():
        nonlocal code
        code = cli.main(["regions", "import", str(path), "--lang", "en", "--data-dir", str(tmp_path / "office")])

    assert peak_mb(run) < 80  # a new office (~25 MB), the 20 MB file as bytes and text; split: 287 MB
    assert code == 2
    assert (
        capsys.readouterr().err.strip() == f"Row 2 is longer than {filein.MAX_LINE} characters. Nothing was imported."
    )


# -- a file written to while it is imported --------------------------------------------------------
def people_csv(path, n):
    with path.open("w", encoding="utf-8") as fh:
        fh.write("name,id_number,region,insurance\n")
        for i in range(n):
            fh.write(
                f"人{i},{make_id(date(1950 + i % 50, 1 + i % 12, 1 + i % 28), '510104', i % 1000)},成都市,resident\n"
            )
    return path


CHANGED = "growing.csv: the file changed while it was read. Nothing was imported; import it again once it is saved."
GBK_ROW = f"李四,{make_id(date(1990, 2, 3), '510104', 7)},成都市,resident\n".encode("gbk")


def test_a_csv_that_gains_a_gbk_row_while_it_is_imported_is_refused(desk, tmp_path):
    path = people_csv(tmp_path / "growing.csv", 3000)

    def progress(done, total):
        if done == 1000:  # another program appends a row saved in GBK while the import reads
            with path.open("ab") as fh:
                fh.write(GBK_ROW)

    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path, progress=progress)
    assert err.value.messages() == [CHANGED]
    assert people.count(desk) == 0


def test_a_csv_rewritten_after_its_scan_is_refused_on_the_command_line(tmp_path, capsys, monkeypatch):
    path = people_csv(tmp_path / "growing.csv", 10)
    scan = filein.Scan

    def scanned_then_written(*args, **kwargs):
        result = scan(*args, **kwargs)
        with path.open("ab") as fh:
            fh.write(GBK_ROW)
        return result

    monkeypatch.setattr(filein, "Scan", scanned_then_written)
    assert cli.main(["import", str(path), "--lang", "en", "--data-dir", str(tmp_path / "office")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [CHANGED]


def test_an_xlsx_replaced_after_its_digest_is_refused(desk, tmp_path, monkeypatch):
    from openpyxl import Workbook

    path = tmp_path / "book.xlsx"
    book = Workbook()
    book.active.append(["name", "id_number", "region"])
    book.active.append(["张三", OWNER, "成都市"])
    book.save(path)
    digest = filein.sha256_of

    def digested_then_replaced(p):
        result = digest(p)
        book.active.append(["李四", make_id(date(1990, 2, 3), "510104", 7), "成都市"])
        book.save(tmp_path / "new.xlsx")
        (tmp_path / "new.xlsx").replace(path)
        return result

    monkeypatch.setattr(filein, "sha256_of", digested_then_replaced)
    assert "the file changed while it was read" in refused(desk, path)
    assert people.count(desk) == 0
