"""Reading a file someone hands in, without trusting it.

Every import door (people, bindings, region lists, relationship policy) reads through
here: a bounded size, one clean text encoding (a UTF-8 file with one GBK row is refused,
naming the row, instead of imported as mojibake), bounded lines (before they are parsed),
cells, rows and nesting, and an XLSX checked as a zip (inflated size, entries) before
xlsxin reads it. A file read twice (scanned, then streamed) must be the same file both
times. Whatever is wrong becomes one InputError; nothing is written.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..domain.messages import Problem
from . import xlsxin
from .errors import InputError

MAX_FILE_BYTES = 512 * 1024 * 1024  # a million people as CSV is about 80 MB
MAX_INFLATED_BYTES = 1024 * 1024 * 1024  # every part of an XLSX, unpacked
MAX_ROWS = 2_000_000
MAX_CELL = 4096  # the longest field sbdesk keeps is 50 characters
MAX_COLUMNS = 256
MAX_JSON_DEPTH = 64
MAX_LINE = 256 * 1024  # characters on one line, checked before it is parsed


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
        bad_row = body[: exc.start].count(b"\n") + 1
        raise InputError([
            ("", Problem("import.mixed_encoding", path=path.name, row=bad_row, first=other[0] if other else 1))
        ]) from None
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
    reader = csv.reader(_text_lines(text))
    try:
        for row in reader:
            _check_row(row, reader.line_num, len(rows), path)
            rows.append(row)
    except csv.Error as exc:
        raise InputError([
            (
                "",
                Problem(
                    "exchange.row", row=reader.line_num, message=Problem("import.cell", detail=str(exc), limit=MAX_CELL)
                ),
            )
        ]) from None
    finally:
        csv.field_size_limit(limit)
    return rows


def _bounded_lines(fh) -> Iterator[str]:
    """A text file's lines, each refused (naming it) before it is parsed when it is longer
    than MAX_LINE or, unquoted, holds more than MAX_COLUMNS fields: a line of 200 MB of
    commas would otherwise be split into 200 million cells (1.8 GB)."""
    for number, line in enumerate(iter(lambda: fh.readline(MAX_LINE + 1), ""), start=1):
        _check_line(line, number, "\n", ",", '"')
        yield line


def _text_lines(text: str) -> Iterator[str]:
    """``_bounded_lines`` of a text already in memory, each measured before it is copied."""
    start = number = 0
    while start < len(text):
        number += 1
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end + 1
        if stop - start - (end >= 0) > MAX_LINE:
            raise InputError([("", Problem("import.line_too_long", row=number, limit=MAX_LINE))])
        line = text[start:stop]
        _check_line(line, number, "\n", ",", '"')
        start = stop
        yield line


def _check_line(line, number: int, newline, comma, quote, limit: int = MAX_LINE) -> None:
    if len(line) > limit and not line.endswith(newline):
        raise InputError([("", Problem("import.line_too_long", row=number, limit=MAX_LINE))])
    if quote not in line and line.count(comma) >= MAX_COLUMNS:
        raise InputError([("", Problem("import.too_many_columns", row=number, limit=MAX_COLUMNS))])


def _check_row(row: list[str], number: int, count: int, path: Path) -> None:
    if count >= MAX_ROWS:
        raise unreadable(path, f"more than {MAX_ROWS:,} rows")
    if len(row) > MAX_COLUMNS:
        raise InputError([("", Problem("import.too_many_columns", row=number, limit=MAX_COLUMNS))])
    for cell in row:
        if len(cell) > MAX_CELL:
            raise InputError([
                (
                    "",
                    Problem(
                        "exchange.row",
                        row=number,
                        message=Problem("import.cell", detail=f"{len(cell):,} characters", limit=MAX_CELL),
                    ),
                )
            ])


def _bounded(archive: zipfile.ZipFile, path: Path) -> None:
    """The zip's declared sizes bound what can be inflated (zipfile never inflates past them):
    refused before anything is unpacked when they add up to more than the limits."""
    infos = archive.infolist()
    if len(infos) > 1000 or sum(i.file_size for i in infos) > MAX_INFLATED_BYTES:
        raise unreadable(path, "unpacks to more than 1 GB")
    strings = next((i for i in infos if i.filename.lower().endswith("sharedstrings.xml")), None)
    if strings is not None and strings.file_size > MAX_INFLATED_BYTES // 4:
        raise unreadable(path, "its shared strings unpack to more than 256 MB")


# -- streaming: an import of a million rows holds one row at a time --------------------------
class Scan:
    """What one pass over a file's bytes found: its sha256, its size in lines and the text
    encoding every line agrees on (the same verdicts as ``decode``, a line at a time), and
    the file's identity (``stamp``) the rows are later read against."""

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
                self.stamp = stamp(os.fstat(fh.fileno()))
                # a UTF-8 character is at most 4 bytes: a longer line is too long in any encoding
                for lines, line in enumerate(iter(lambda: fh.readline(4 * MAX_LINE + 1), b""), start=1):
                    _check_line(line, lines, b"\n", b",", b'"', 4 * MAX_LINE)
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
                if stamp(os.fstat(fh.fileno())) != self.stamp:
                    raise changed(path)
        except OSError as exc:
            raise unreadable(path, exc.strerror or str(exc)) from None
        self.sha256, self.lines = digest.hexdigest(), lines
        if not other:
            self.encoding = "utf-8-sig"
            return
        if utf8 and utf8 >= other:  # a UTF-8 file with rows in another encoding
            raise InputError([
                ("", Problem("import.mixed_encoding", path=path.name, row=other_first, first=utf8_first))
            ])
        if gb_bad:
            raise InputError([("", Problem("import.mixed_encoding", path=path.name, row=gb_bad, first=other_first))])
        if utf8:  # mostly GB18030, yet some rows were written as UTF-8
            raise InputError([
                ("", Problem("import.mixed_encoding", path=path.name, row=utf8_first, first=other_first))
            ])
        self.encoding = "gb18030"


def stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    """What changes when a file is written or replaced: device, inode, size, mtime."""
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def changed(path: Path) -> InputError:
    return InputError([("", Problem("import.changed", path=path.name))])


def csv_stream(path: Path, scan: Scan) -> Iterator[list[str]]:
    """The rows of a CSV ``Scan`` has passed, read as they are used. A file written to
    since the scan (another size, time or inode, or bytes no longer in the scanned
    encoding) is refused: its digest and verdicts no longer hold."""
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    count = 0
    try:
        with open(path, encoding=scan.encoding, newline="") as fh:
            if stamp(os.fstat(fh.fileno())) != scan.stamp:
                raise changed(path)
            reader = csv.reader(_bounded_lines(fh))
            try:
                for row in reader:
                    _check_row(row, reader.line_num, count, path)
                    count += 1
                    yield row
            except csv.Error as exc:
                raise InputError([
                    (
                        "",
                        Problem(
                            "exchange.row",
                            row=reader.line_num,
                            message=Problem("import.cell", detail=str(exc), limit=MAX_CELL),
                        ),
                    )
                ]) from None
            except UnicodeDecodeError:
                raise changed(path) from None
            if stamp(os.fstat(fh.fileno())) != scan.stamp or stamp(os.stat(path)) != scan.stamp:
                raise changed(path)
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    finally:
        csv.field_size_limit(limit)


def xlsx_stream(path: Path, header_ok=None, expect: tuple | None = None) -> Iterator[list[str]]:
    """The first sheet's non-empty rows, read from the file as they are used (xlsxin), the
    header row judged by ``header_ok`` before any other row is read. ``expect``: the file's
    ``stamp`` when its digest was taken; a file written to since is refused."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise unreadable(path, str(exc)) from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    count = 0
    try:
        with archive:
            if expect is not None and stamp(os.fstat(archive.fp.fileno())) != expect:
                raise changed(path)
            _bounded(archive, path)
            sheet = xlsxin.Sheet(archive, MAX_COLUMNS, MAX_CELL)
            try:
                for number, row in sheet.rows():
                    _check_row(row, number, count, path)
                    if not any(cell.strip() for cell in row):
                        continue
                    if not count and header_ok is not None:
                        header_ok(row)
                    count += 1
                    yield row
            finally:
                sheet.close()
            if expect is not None and stamp(os.stat(path)) != expect:
                raise changed(path)
    except (InputError, MemoryError, GeneratorExit):
        raise
    except xlsxin.TooWide as exc:
        raise InputError([("", Problem("import.too_many_columns", row=exc.row, limit=MAX_COLUMNS))]) from None
    except xlsxin.TooLong:
        raise unreadable(path, f"more than {xlsxin.MAX_SHEET_ROWS:,} rows") from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - a damaged or not-really-xlsx file, malformed sheet XML
        if expect is not None and _moved(path, expect):
            raise changed(path) from None
        raise unreadable(path, str(exc) or type(exc).__name__) from None


def _moved(path: Path, expect: tuple) -> bool:
    try:
        return stamp(os.stat(path)) != expect
    except OSError:
        return True


def sha256_of(path: Path) -> tuple[str, tuple[int, int, int, int]]:
    """The file's sha256 and its ``stamp`` while it was read (refused when it changed)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            before = stamp(os.fstat(fh.fileno()))
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
            if stamp(os.fstat(fh.fileno())) != before:
                raise changed(path)
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from None
    return digest.hexdigest(), before
