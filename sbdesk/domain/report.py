"""The supervisor's report of bindings made and ended over a range of days: per day, per
clerk (name and 工号), per channel, per 统筹区, and the reasons for ending.

Pure: the store hands the counted events (day, made or ended, operator, channel, region,
reason, count) and this module adds them up. Days are the office's own: a binding's
``bound_on`` and ``ended_on`` are the local days the desk recorded, never a timestamp read
in another zone. Every day of the range has its row, an empty one too: a supervisor reads
the table as a calendar, and a day without a binding is a fact worth seeing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import end_reasons
from .messages import QT_TRANSLATE_NOOP, Problem

CONTEXT = "report"
#: The longest range: a year of days (a leap year's too). A longer table is no longer read day
#: by day, and ten years of one-row days would be a page nobody prints.
MAX_DAYS = 366

#: reason keys beyond end_reasons.REASONS: the automatic ends, none given, a text of another tool
REASON_LABELS = {
    **{key: label for key, (_, label) in end_reasons.REASONS.items()},
    "auto_insurance_ended": QT_TRANSLATE_NOOP("report", "insurance ended (ended by itself)"),
    "auto_region_moved": QT_TRANSLATE_NOOP("report", "moved out of the 统筹区 (ended by itself)"),
    "none": QT_TRANSLATE_NOOP("report", "no reason given"),
}
REASON_LABELS["other"] = QT_TRANSLATE_NOOP("report", "other")

_LABEL = re.compile(r"^(?P<name>.*?)（工号 (?P<staff>[^）]*)）$")


def check_range(start: date, end: date) -> list[tuple[str, Problem]]:
    """What is wrong with the range, by field ("from", "to")."""
    if end < start:
        return [("to", Problem("report.order", start=start.isoformat(), end=end.isoformat()))]
    if (end - start).days + 1 > MAX_DAYS:
        return [("to", Problem("report.too_long", days=(end - start).days + 1, limit=MAX_DAYS))]
    return []


def clerk(operator: str) -> tuple[str, str]:
    """(name, 工号) of an operator as recorded: ``张伟（工号 0123）`` at a counter's file
    (domain/operator.py ``label``), a login on a branch server (no 工号 there: the login is
    the person), ``本人`` at home."""
    found = _LABEL.match(operator)
    return (found["name"], found["staff"]) if found else (operator, "")


def reason_key(text: str) -> str:
    """The key of an end reason as kept (Chinese of record, maybe with the clerk's words)."""
    if not text:
        return "none"
    for key, auto in end_reasons.AUTOMATIC.items():
        if text == auto:
            return f"auto_{key}"
    for key, (chinese, _) in end_reasons.REASONS.items():
        if text == chinese or text.startswith(chinese + "："):
            return key
    return "other"  # written by another tool or an older version: counted, never lost


@dataclass
class Row:
    """One line of a table: its key, its words, and the counts."""

    key: str
    label: str = ""
    extra: str = ""  # the 工号 of a clerk, the code of a 统筹区
    made: int = 0
    ended: int = 0


@dataclass
class Report:
    start: date
    end: date
    days: list[Row] = field(default_factory=list)
    clerks: list[Row] = field(default_factory=list)
    channels: list[Row] = field(default_factory=list)
    regions: list[Row] = field(default_factory=list)
    reasons: list[Row] = field(default_factory=list)  # ``ended`` holds the count

    @property
    def made(self) -> int:
        return sum(r.made for r in self.days)

    @property
    def ended(self) -> int:
        return sum(r.ended for r in self.days)


def build(start: date, end: date, events) -> Report:
    """Add up ``events``: (day text, "made" or "ended", operator, channel, region code,
    region name, reason, count). Clerks, channels and regions by most work first, then by
    name; reasons by count."""
    report = Report(start, end)
    days = {}
    for i in range((end - start).days + 1):
        day = start + timedelta(days=i)
        days[day.isoformat()] = Row(day.isoformat())
    clerks: dict[str, Row] = {}
    channels: dict[str, Row] = {}
    regions: dict[str, Row] = {}
    reasons: dict[str, Row] = {}
    for day, kind, operator, channel, region, region_name, reason, count in events:
        name, staff = clerk(operator)
        rows = [
            days.setdefault(day, Row(day)),
            clerks.setdefault(operator, Row(operator, name, staff)),
            channels.setdefault(channel, Row(channel, channel)),
            regions.setdefault(region, Row(region, region_name, region)),
        ]
        for row in rows:
            if kind == "made":
                row.made += count
            else:
                row.ended += count
        if kind == "ended":
            key = reason_key(reason)
            reasons.setdefault(key, Row(key, REASON_LABELS[key])).ended += count
    report.days = [days[k] for k in sorted(days)]

    def busiest(rows: dict[str, Row]) -> list[Row]:
        return sorted(rows.values(), key=lambda r: (-(r.made + r.ended), r.label, r.key))

    report.clerks, report.channels, report.regions = busiest(clerks), busiest(channels), busiest(regions)
    report.reasons = sorted(reasons.values(), key=lambda r: (-r.ended, r.key))
    return report
