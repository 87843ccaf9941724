"""Reading a file someone hands in, without trusting it.

Every import door (people, bindings, region lists, relationship policy) reads through
here: a bounded size, one clean text encoding (a UTF-8 file with one GBK row is refused,
naming the row, instead of imported as mojibake), bounded cells, rows and nesting, and an
XLSX checked as a zip (inflated size, entries) before a spreadsheet library sees it.
Whatever is wrong becomes one InputError; nothing is written.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from ..domain.messages import Problem
from .errors import InputError

MAX_FILE_BYTES = 512 * 1024 * 1024      # a million people as CSV is about 80 MB
MAX_INFLATED_BYTES = 1024 * 1024 * 1024  # every part of an XLSX, unpacked
MAX_ROWS = 2_000_000
MAX_CELL = 4096                          # the longest field sbdesk keeps is 50 characters
MAX_COLUMNS = 256
MAX_JSON_DEPTH = 64


def unreadable(path: Path, detail: str) -> InputError:
    return InputError([("", Problem("import.unreadable", path=str(path), detail=detail))])


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        if path.is_dir():
            raise unreadable(path, "a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise unreadable(path, f"larger than {limit // (1024 * 1024)} MB")
        with open(path, "rb") as fh:
            return fh.read(limit + 1)[:limit]
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) or GB18030, whole. A file that mixes them is refused with
    the first row not in the encoding most of its rows use (row 1 is the header line)."""
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(number)
        except UnicodeDecodeError:
            other.append(number)
    if utf8 and len(utf8) >= len(other):  # a UTF-8 file with rows in another encoding
        raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=other[0], first=utf8[0]))])
    try:
        text = body.decode("gb18030")
    except UnicodeDecodeError as exc:
        bad_row = body[:exc.start].count(b"\n") + 1
        raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=bad_row,
                                       first=other[0] if other else 1))]) from None
    if utf8:  # mostly GB18030, yet some rows were written as UTF-8
        raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=utf8[0], first=other[0]))])
    return text


def parse_json(text: str, path: Path) -> object:
    try:
        data = json.loads(text)
    except RecursionError:
        raise unreadable(path, "nested too deeply") from None
    except ValueError as exc:
        raise unreadable(path, str(exc)) from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise unreadable(path, "nested too deeply")
    return data


def _depth(value: object) -> int:
    """Nesting depth, iteratively (a recursive walk is what a deep file attacks)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_JSON_DEPTH:
            return level
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def csv_rows(text: str, path: Path) -> list[list[str]]:
    """Rows of a CSV; an over-long cell or a broken quote is reported with its row."""
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text))
    try:
        for row in reader:
            _check_row(row, reader.line_num, len(rows), path)
            rows.append(row)
    except csv.Error as exc:
        raise InputError([("", Problem("exchange.row", row=reader.line_num,
                                       message=Problem("import.cell", detail=str(exc), limit=MAX_CELL)))]) from None
    finally:
        csv.field_size_limit(limit)
    return rows


def _check_row(row: list[str], number: int, count: int, path: Path) -> None:
    if count >= MAX_ROWS:
        raise unreadable(path, f"more than {MAX_ROWS:,} rows")
    if len(row) > MAX_COLUMNS:
        raise unreadable(path, f"more than {MAX_COLUMNS} columns on row {number}")
    for cell in row:
        if len(cell) > MAX_CELL:
            raise InputError([("", Problem("exchange.row", row=number, message=Problem(
                "import.cell", detail=f"{len(cell):,} characters", limit=MAX_CELL)))])


def _bounded(archive: zipfile.ZipFile, path: Path) -> None:
    """The zip's declared sizes bound what can be inflated (zipfile never inflates past them):
    refused before anything is unpacked when they add up to more than the limits."""
    infos = archive.infolist()
    if len(infos) > 1000 or sum(i.file_size for i in infos) > MAX_INFLATED_BYTES:
        raise unreadable(path, "unpacks to more than 1 GB")
    strings = next((i for i in infos if i.filename.lower().endswith("sharedstrings.xml")), None)
    if strings is not None and strings.file_size > MAX_INFLATED_BYTES // 4:
        raise unreadable(path, "its shared strings unpack to more than 256 MB")


def xlsx_rows(raw: bytes, path: Path, header_ok=None) -> list[list[str]]:
    """The first sheet's rows, streamed. The zip's declared sizes bound what can be inflated
    (zipfile never inflates past them), so a small file cannot unpack to gigabytes; the
    header row is judged by ``header_ok`` before any further row is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            _bounded(archive, path)
    except zipfile.BadZipFile as exc:
        raise unreadable(path, str(exc)) from None
    try:
        from openpyxl import load_workbook
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged or not-really-xlsx file
        raise unreadable(path, str(exc)) from None
    rows: list[list[str]] = []
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            row = ["" if v is None else (v.isoformat()[:10] if isinstance(v, (date, datetime)) else str(v))
                   for v in values[:MAX_COLUMNS + 1]]
            _check_row(row, number, len(rows), path)
            if not any(cell.strip() for cell in row):
                continue
            if not rows and header_ok is not None:
                header_ok(row)
            rows.append(row)
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - malformed sheet XML
        raise unreadable(path, str(exc)) from None
    finally:
        book.close()
    return rows



# -- streaming: an import of a million rows holds one row at a time --------------------------
class Scan:
    """What one pass over a file's bytes found: its sha256, its size in lines and the text
    encoding every line agrees on (the same verdicts as ``decode``, a line at a time)."""

    def __init__(self, path: Path, limit: int = MAX_FILE_BYTES) -> None:
        digest = hashlib.sha256()
        utf8_first = other_first = gb_bad = 0
        utf8 = other = lines = 0
        try:
            if path.is_dir():
                raise unreadable(path, "a folder, not a file")
            if path.stat().st_size > limit:
                raise unreadable(path, f"larger than {limit // (1024 * 1024)} MB")
            with open(path, "rb") as fh:
                for lines, line in enumerate(fh, start=1):
                    digest.update(line)
                    if lines == 1 and line.startswith(b"\xef\xbb\xbf"):
                        line = line[3:]
                    if line.isascii():
                        continue
                    try:
                        line.decode("utf-8")
                        utf8 += 1
                        utf8_first = utf8_first or lines
                    except UnicodeDecodeError:
                        other += 1
                        other_first = other_first or lines
                        if not gb_bad:
                            try:
                                line.decode("gb18030")
                            except UnicodeDecodeError:
                                gb_bad = lines
        except OSError as exc:
            raise unreadable(path, exc.strerror or str(exc)) from None
        self.sha256, self.lines = digest.hexdigest(), lines
        if not other:
            self.encoding = "utf-8-sig"
            return
        if utf8 and utf8 >= other:  # a UTF-8 file with rows in another encoding
            raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=other_first, first=utf8_first))])
        if gb_bad:
            raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=gb_bad, first=other_first))])
        if utf8:  # mostly GB18030, yet some rows were written as UTF-8
            raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=utf8_first, first=other_first))])
        self.encoding = "gb18030"


def csv_stream(path: Path, encoding: str) -> Iterator[list[str]]:
    """The rows of a CSV ``Scan`` has passed, read as they are used."""
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    count = 0
    try:
        with open(path, encoding=encoding, newline="") as fh:
            reader = csv.reader(fh)
            try:
                for row in reader:
                    _check_row(row, reader.line_num, count, path)
                    count += 1
                    yield row
            except csv.Error as exc:
                raise InputError([("", Problem("exchange.row", row=reader.line_num, message=Problem(
                    "import.cell", detail=str(exc), limit=MAX_CELL)))]) from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    finally:
        csv.field_size_limit(limit)


def xlsx_stream(path: Path, header_ok=None) -> Iterator[list[str]]:
    """The first sheet's rows as ``xlsx_rows`` judges them, read from the file as they are
    used (openpyxl's read-only mode) instead of held."""
    try:
        with zipfile.ZipFile(path) as archive:
            _bounded(archive, path)
    except zipfile.BadZipFile as exc:
        raise unreadable(path, str(exc)) from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    try:
        from openpyxl import load_workbook
        book = load_workbook(path, read_only=True, data_only=True)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged or not-really-xlsx file
        raise unreadable(path, str(exc)) from None
    count = 0
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            row = ["" if v is None else (v.isoformat()[:10] if isinstance(v, (date, datetime)) else str(v))
                   for v in values[:MAX_COLUMNS + 1]]
            _check_row(row, number, count, path)
            if not any(cell.strip() for cell in row):
                continue
            if not count and header_ok is not None:
                header_ok(row)
            count += 1
            yield row
    except (InputError, MemoryError, GeneratorExit):
        raise
    except Exception as exc:  # noqa: BLE001 - malformed sheet XML
        raise unreadable(path, str(exc)) from None
    finally:
        book.close()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    return digest.hexdigest()
