"""The report's one read: the events of bindings (made, ended) over a range of days, counted
by day, clerk, channel, 统筹区 and reason, from the view ``report_events`` (schema 19). One
statement, so every table of the report comes from the same moment; on a branch server the
view's grants decide who may read it (migrations/postgresql/0019_report_events.sql)."""

from __future__ import annotations

from datetime import date

from .connection import Connection

_COUNTED = (
    "SELECT day, kind, operator, channel, region, region_name, reason, count(*) FROM report_events"
    " WHERE day >= ? AND day <= ? GROUP BY day, kind, operator, channel, region, region_name, reason"
)


def events(conn: Connection, start: date, end: date) -> list[tuple]:
    """(day, kind, operator, channel, region, region name, reason, count) for each group."""
    return [tuple(r) for r in conn.execute(_COUNTED, (start.isoformat(), end.isoformat()))]
