"""The first sheet of an XLSX, a row at a time, read with the standard library's XML parser.

openpyxl's read-only mode sizes a sheet before its first row is read: without a
``<dimension>`` element that is a parse of the whole sheet, keeping an element per row (a
1.5 MB file of 5 million rows cost 60 s and 464 MB before its header could be judged).
Here the header row is the first thing read, each cell is dropped once its value is taken,
a row with more than ``max_columns`` cells is refused as soon as the next one starts, and
the rows are bounded. Values are what openpyxl's ``values_only`` gives (its date and
number rules, from ``openpyxl.utils``), as text.

The parser is the standard library's, as openpyxl's was (defusedxml is not installed):
ElementTree fetches no external entity, expat (>= 2.4.1) refuses entity amplification,
and filein bounds every part's inflated size before this module sees the archive.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import date, datetime

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: a sheet with more rows came from no spreadsheet


class TooWide(Exception):
    """A row with more cells than the caller allows (its sheet row number in ``row``)."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


class TooLong(Exception):
    """More rows than MAX_SHEET_ROWS."""


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _xml(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    """A small part (workbook, relationships, styles) parsed whole; None when absent."""
    try:
        with archive.open(name) as part:
            return ET.parse(part).getroot()  # noqa: S314 - see the module's note
    except KeyError:
        return None


def _targets(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type's last word, the target's path in the zip)."""
    folder, name = posixpath.split(part)
    rels = _xml(archive, posixpath.join(folder, "_rels", name + ".rels"))
    found = {}
    for rel in rels if rels is not None else ():
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", "").rpartition("/")[2], path)
    return found


def _text(element: ET.Element) -> str:
    """A shared or inline string: its text runs, without phonetic guides (as openpyxl)."""
    parts = []
    for child in element:
        kind = _local(child.tag)
        if kind == "t":
            parts.append(child.text or "")
        elif kind == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


class _Strings:
    """The shared strings, parsed only as far as the cells read so far refer (a spreadsheet
    lists them in the order they first appear, so the header row needs the first few, not
    a 200 MB part); one longer than ``limit`` is kept as ``too_long`` (the cell check then
    names its row)."""

    def __init__(self, archive: zipfile.ZipFile, name: str | None, too_long: str, limit: int) -> None:
        self.items: list[str] = []
        self.source = self._read(archive, name, too_long, limit) if name in archive.namelist() else iter(())

    @staticmethod
    def _read(archive: zipfile.ZipFile, name, too_long: str, limit: int) -> Iterator[str]:
        with archive.open(name) as part:
            for _, element in ET.iterparse(part):  # noqa: S314 - see the module's note
                if _local(element.tag) == "si":
                    text = _text(element)
                    yield text if len(text) <= limit else too_long
                    element.clear()

    def __getitem__(self, index: int) -> str:
        while len(self.items) <= index:
            text = next(self.source, None)
            if text is None:
                raise IndexError(f"shared string {index} is not in the file")
            self.items.append(text)
        return self.items[index]


def _number_styles(archive: zipfile.ZipFile, name: str | None) -> tuple[set[int], set[int]]:
    """Style indexes whose number format is a date, and those that are a duration."""
    root = _xml(archive, name) if name else None
    if root is None:
        return set(), set()
    formats = dict(BUILTIN_FORMATS)
    for fmt in root.iter():
        if _local(fmt.tag) == "numFmt":
            formats[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
    dates, spans = set(), set()
    xfs = next((e for e in root.iter() if _local(e.tag) == "cellXfs"), None)
    for index, xf in enumerate(xfs if xfs is not None else ()):
        code = formats.get(int(xf.get("numFmtId", "0")), "")
        if is_timedelta_format(code):
            spans.add(index)
        elif is_date_format(code):
            dates.add(index)
    return dates, spans


class Sheet:
    """The first worksheet of an opened archive; ``rows()`` yields (sheet row, cells)."""

    def __init__(self, archive: zipfile.ZipFile, max_columns: int, max_cell: int) -> None:
        self.archive, self.max_columns, self.max_cell = archive, max_columns, max_cell
        self.too_long = "x" * (max_cell + 1)
        office = next((p for kind, p in _targets(archive, "").values() if kind == "officeDocument"), "xl/workbook.xml")
        parts = _targets(archive, office)
        book = _xml(archive, office)
        if book is None:
            raise ValueError("there is no workbook in the file")
        self.epoch = CALENDAR_WINDOWS_1900
        sheets = []
        for element in book.iter():
            kind = _local(element.tag)
            if kind == "workbookPr" and element.get("date1904", "").lower() in ("1", "true"):
                self.epoch = CALENDAR_MAC_1904
            elif kind == "sheet":
                rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
                if parts.get(rid, ("", ""))[0] == "worksheet":
                    sheets.append(parts[rid][1])
        if not sheets:
            raise ValueError("the workbook has no worksheet")
        self.part = sheets[0]
        by_kind = dict(parts.values())
        self.strings = _Strings(archive, by_kind.get("sharedStrings"), self.too_long, max_cell)
        self.dates, self.spans = _number_styles(archive, by_kind.get("styles"))

    def close(self) -> None:
        """Close the shared strings' part if it is still being read."""
        close = getattr(self.strings.source, "close", None)
        if close is not None:
            close()

    def value(self, cell: ET.Element) -> str:
        kind = cell.get("t", "n")
        raw = ""
        for child in cell:
            if _local(child.tag) == "v":
                raw = child.text or ""
            elif kind == "inlineStr" and _local(child.tag) == "is":
                return _text(child)
        if not raw:
            return ""
        if kind == "s":
            return self.strings[int(raw)]
        if kind == "b":
            return str(bool(int(raw)))
        if kind == "d":
            return raw[:10]
        if kind != "n":  # str (a formula's text), e (an error such as #N/A)
            return raw
        number: float | int = float(raw) if any(c in raw for c in ".eE") else int(raw)
        style = int(cell.get("s", "0"))
        if style in self.dates or style in self.spans:
            when = from_excel(number, self.epoch, timedelta=style in self.spans)
            return when.isoformat()[:10] if isinstance(when, (date, datetime)) else str(when)
        return str(number)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        count = number = 0
        sheet_data = None
        cells: list[str] = []
        with self.archive.open(self.part) as part:
            for event, element in ET.iterparse(part, events=("start", "end")):  # noqa: S314 - see the note
                kind = _local(element.tag)
                if event == "start":
                    if kind == "sheetData":
                        sheet_data = element
                    elif kind == "row":
                        count += 1
                        if count > MAX_SHEET_ROWS:
                            raise TooLong()
                        number = int(element.get("r") or number + 1)
                        cells = []
                    continue
                if kind == "c" and sheet_data is not None:
                    # a cell's place from its reference, never before the cells already met (a
                    # row of a million cells all named A1 is a million cells, not one)
                    column = max(_column(element.get("r", "")), len(cells) + 1)
                    if column > self.max_columns:
                        raise TooWide(number)
                    cells.extend([""] * (column - 1 - len(cells)))
                    cells.append(self.value(element))
                    element.clear()
                elif kind == "row" and sheet_data is not None:
                    sheet_data.clear()  # the row and its emptied cells: memory stays flat
                    yield number, cells


def _column(ref: str) -> int:
    """'AB12' -> 28."""
    index = 0
    for char in ref:
        if not char.isalpha():
            break
        index = index * 26 + ord(char.upper()) - 64
    return index
