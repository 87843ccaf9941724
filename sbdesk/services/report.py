"""The supervisor's report: bindings made and ended over a range of days (domain/report.py adds
them up), its tables in the reader's language, and their XLSX file.

Who may read it is the database's to say: on a branch server the view it reads is granted to
the supervisor and auditor roles only, so a clerk's login is refused there, whatever the
client; on a desk's own file, whoever opens the file (one desk, one person). The file is not
audited: it holds counts and the clerks' own names, no one's ID number, and an auditor, who
may read the report, may write no audit row."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain import end_reasons
from ..domain import report as rules
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..store import report as report_store
from ..store.errors import StoreError
from . import channels, doors, tables_out
from .desk import Desk
from .errors import InputError
from .tables_out import neutralise

Translate = Callable[[str, str], str]  # (context, text) -> the text in the reader's language

CONTEXT = rules.CONTEXT
TITLES = {
    "days": QT_TRANSLATE_NOOP("report", "By day"),
    "clerks": QT_TRANSLATE_NOOP("report", "By clerk"),
    "channels": QT_TRANSLATE_NOOP("report", "By channel"),
    "regions": QT_TRANSLATE_NOOP("report", "By 统筹区"),
    "reasons": QT_TRANSLATE_NOOP("report", "Reasons for ending"),
}
HEADERS = {
    "days": (QT_TRANSLATE_NOOP("report", "Day"),),
    "clerks": (QT_TRANSLATE_NOOP("report", "Clerk"), QT_TRANSLATE_NOOP("report", "工号")),
    "channels": (QT_TRANSLATE_NOOP("report", "Channel"),),
    "regions": (QT_TRANSLATE_NOOP("report", "统筹区"), QT_TRANSLATE_NOOP("report", "Code")),
    "reasons": (QT_TRANSLATE_NOOP("report", "Reason"),),
}
MADE = QT_TRANSLATE_NOOP("report", "Made")
ENDED = QT_TRANSLATE_NOOP("report", "Ended")
TOTAL = QT_TRANSLATE_NOOP("report", "Total")
UNKNOWN = QT_TRANSLATE_NOOP("report", "(not recorded)")  # an operator or region left empty


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    header: list[str]
    rows: list[list]  # the last row of "days" is the total


def make(desk: Desk, start: date, end: date) -> rules.Report:
    """The report of ``start`` to ``end`` (both included). Raises InputError for a range out of
    order or longer than a year, and for a sign-in the server does not let read it."""
    problems = rules.check_range(start, end)
    if problems:
        raise InputError(problems)
    try:
        events = report_store.events(desk.conn, start, end)
    except StoreError as exc:
        if getattr(exc, "code", "") == "db.not_allowed":  # the view's grant: a clerk's login
            raise InputError([("", Problem("report.not_allowed"))]) from None
        raise
    return rules.build(start, end, events)


def channel_label(key: str, lang: str) -> str:
    try:
        return channels.get(key).label.pick(lang)
    except (KeyError, LookupError):  # a channel an office has since removed: its key, as kept
        return key


def tables(report: rules.Report, tx: Translate, lang: str) -> list[Table]:
    """The five tables as a person reads them: translated headers, labels, the counts."""

    def head(key: str) -> list[str]:
        own = [tx(CONTEXT, h) for h in HEADERS[key]]
        return own + ([tx(CONTEXT, ENDED)] if key == "reasons" else [tx(CONTEXT, MADE), tx(CONTEXT, ENDED)])

    def said(text: str) -> str:
        return text or tx(CONTEXT, UNKNOWN)

    days = [[r.key, r.made, r.ended] for r in report.days] + [[tx(CONTEXT, TOTAL), report.made, report.ended]]
    found = {
        "days": days,
        "clerks": [[said(r.label), r.extra, r.made, r.ended] for r in report.clerks],
        "channels": [[channel_label(r.key, lang), r.made, r.ended] for r in report.channels],
        "regions": [[said(r.label), r.extra, r.made, r.ended] for r in report.regions],
        "reasons": [[tx(end_context(r.key), r.label), r.ended] for r in report.reasons],
    }
    return [Table(key, tx(CONTEXT, TITLES[key]), head(key), found[key]) for key in TITLES]


def end_context(key: str) -> str:
    """The context a reason's label is translated in (end_reasons' own, or the report's)."""
    return end_reasons.CONTEXT if key in end_reasons.REASONS and key != "other" else CONTEXT


def as_json(report: rules.Report) -> dict:
    """The report for a program: keys in English, counts as numbers, labels as kept."""
    return {
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "made": report.made,
        "ended": report.ended,
        "days": [{"day": r.key, "made": r.made, "ended": r.ended} for r in report.days],
        "clerks": [
            {"operator": r.key, "name": r.label, "staff_id": r.extra, "made": r.made, "ended": r.ended}
            for r in report.clerks
        ],
        "channels": [{"channel": r.key, "made": r.made, "ended": r.ended} for r in report.channels],
        "regions": [{"code": r.key, "name": r.label, "made": r.made, "ended": r.ended} for r in report.regions],
        "reasons": [{"reason": r.key, "ended": r.ended} for r in report.reasons],
    }


def csv_rows(report: rules.Report) -> list[list]:
    """One table for a spreadsheet or a script: table, key, name, code, made, ended."""
    rows: list[list] = [["table", "key", "name", "code", "made", "ended"]]
    rows += [["day", r.key, "", "", r.made, r.ended] for r in report.days]
    rows += [["clerk", r.key, r.label, r.extra, r.made, r.ended] for r in report.clerks]
    rows += [["channel", r.key, "", "", r.made, r.ended] for r in report.channels]
    rows += [["region", r.key, r.label, r.key, r.made, r.ended] for r in report.regions]
    rows += [["reason", r.key, "", "", "", r.ended] for r in report.reasons]
    return [[neutralise(v) for v in row] for row in rows]


def write_xlsx(desk: Desk, path: str | Path, found: list[Table]) -> None:
    """One sheet a table, text never read as a formula; written whole and user-only beside the
    target and renamed over it (services/doors.py), never over one of sbdesk's own files. The
    file is XLSX whatever its name says: the window's file dialog names it."""

    def write(temp: Path) -> None:
        tables_out.write_xlsx(temp, [(table.title, [table.header, *table.rows]) for table in found])

    doors.write_whole(path, desk.data_dir, write, zipfile.is_zipfile)
