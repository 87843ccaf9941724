"""Tables written out for a person's spreadsheet (people and bindings, the audit log, the
report): CSV or XLSX, a cell never read as a formula. One writer, so every export keeps the
same rule and the same file (UTF-8 with a BOM for Excel; XLSX text cells typed as text)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise(value: object) -> object:
    """OWASP's rule for CSV injection: a cell a spreadsheet would read as a formula gets a
    leading apostrophe, so it is shown as text and never run."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(temp: Path, header: list[str], rows: Iterable[list]) -> int:
    """``rows`` under ``header`` into ``temp``, flushed to the disk; how many rows."""
    count = 0
    with temp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for row in rows:
            # neutralise() inlined: a call per cell was a quarter of a million-row export
            out.writerow([("'" + v) if isinstance(v, str) and v.startswith(FORMULA_START) else v for v in row])
            count += 1
        fh.flush()
        os.fsync(fh.fileno())
    return count


def xlsx_cells(sheet: Any, row: Iterable[object]) -> list:
    """A row of a write-only sheet: each value neutralised, text typed as text (openpyxl
    would make a formula of "=…")."""
    from openpyxl.cell import WriteOnlyCell  # loaded when a file is written, not at a start

    cells = []
    for value in row:
        cell = WriteOnlyCell(sheet, value=neutralise(value))
        if isinstance(value, str):
            cell.data_type = "s"
        cells.append(cell)
    return cells


def write_xlsx(temp: Path, sheets: Iterable[tuple[str, Iterable[list]]]) -> int:
    """One sheet for each (title, rows with the header first); how many rows in all, headers
    not counted. Excel allows 31 characters in a sheet's name."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    count = 0
    for title, rows in sheets:
        sheet = book.create_sheet(title[:31])
        for n, row in enumerate(rows):
            sheet.append(xlsx_cells(sheet, row))
            count += n > 0
    book.save(temp)
    return count
