"""``sbdesk report``: the supervisor's report of bindings made and ended over a range of days,
as tables in the UI language, as JSON (``--json``) or as one CSV table (``--csv``)."""

from __future__ import annotations

import sys
import unicodedata
from typing import TYPE_CHECKING

from .common import one_format, parse_day, with_desk

if TYPE_CHECKING:
    from ..services.desk import Desk


def add_report(p, common) -> None:
    p.add_argument("--from", dest="start", required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", help="last day, included (YYYY-MM-DD, default today)")
    p.add_argument("--csv", action="store_true", help="print one CSV table: table, key, name, code, made, ended")


@with_desk
def run_report(desk: Desk, args, tx) -> int:
    from ..services import report

    one_format(args)
    start = parse_day(args.start)
    end = parse_day(args.end) if args.end is not None else desk.today()
    found = report.make(desk, start, end)
    if args.json:
        import json

        print(json.dumps(report.as_json(found), ensure_ascii=False, indent=2))
    elif args.csv:
        import csv

        csv.writer(sys.stdout, lineterminator="\n").writerows(report.csv_rows(found))
    else:
        tables = report.tables(found, tx, getattr(tx, "lang", "en"))
        print("\n\n".join(_table(t) for t in tables))
    return 0


def _width(text: str) -> int:
    """Columns on a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(table) -> str:
    """The table's title, then its rows in columns (numbers to the right)."""
    rows = [table.header, *table.rows]
    widths = [max(_width(str(row[i])) for row in rows) for i in range(len(table.header))]
    lines = [table.title]
    for row in rows:
        cells = []
        for value, width in zip(row, widths, strict=True):
            pad = " " * (width - _width(str(value)))
            cells.append(pad + str(value) if isinstance(value, int) else str(value) + pad)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
