"""How long the pictures a person hands in are kept: identity credentials and face photos of a
亲情服务 application, deleted a set number of days after the application was last changed.

个人信息保护法 第十九条: personal information is kept no longer than its purpose needs. The
pictures serve the application; once it is finished (recorded as opened, or cancelled) or
abandoned (a draft or one waiting for the face recognition, untouched for as long), they have
served it. One clock for all three: the application's last change (``updated_at``). The number
of days is policy data (resources/policy.json, ``image_retention``), which an office may set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .messages import Problem
from .regions import PolicyError, parse_date

#: what an office may set: at least a day (a purge at the next start, never the same minute),
#: at most ten years (a longer number is a typing mistake, not a policy)
DAYS_RANGE = (1, 3650)


@dataclass(frozen=True)
class Retention:
    """Keep an application's pictures ``days`` days after its last change; in force from
    ``since``, said by ``source`` (an office's own setting names the office)."""

    days: int = 30
    since: date = date(2021, 11, 1)
    source: str = "《中华人民共和国个人信息保护法》第十九条"
    note: str = ""
    by_office: bool = False  # the office set it (sbdesk retention --days): ``since`` is that day

    def cutoff(self, now: datetime) -> datetime:
        """An application last changed before this has kept its pictures long enough."""
        return now - timedelta(days=self.days)

    def due(self, updated_at: str, now: datetime) -> bool:
        """``updated_at`` (an ISO time as sbdesk writes it) is older than the days allow. A
        time without a zone is taken as local; one that cannot be read is not due (kept, and
        `check` is where a damaged row is named)."""
        try:
            changed = datetime.fromisoformat(updated_at)
        except (TypeError, ValueError):
            return False
        if changed.tzinfo is None:
            changed = changed.astimezone()
        return changed < self.cutoff(now)


def days_problem(raw: object) -> Problem | None:
    """Why ``raw`` (what an office typed or imported) is not a number of days, or None."""
    low, high = DAYS_RANGE
    text = "" if isinstance(raw, bool) else str(raw).strip()  # true is not a number of days
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        return Problem("retention.days", value=str(raw)[:20], low=low, high=high)
    return None


def parse_retention(raw: object) -> Retention:
    """The ``image_retention`` record of policy.json (absent: the default above)."""
    if raw is None:
        return Retention()
    if not isinstance(raw, dict):
        raise PolicyError("image_retention: must be an object with days, since and source")
    if days_problem(raw.get("days")) is not None:
        low, high = DAYS_RANGE
        raise PolicyError(f"image_retention.days: a whole number from {low} to {high}")
    return Retention(
        days=int(raw["days"]),
        since=parse_date(raw.get("since", "2021-11-01"), "image_retention.since"),
        source=str(raw.get("source", "")),
        note=str(raw.get("note", "")),
    )


def office_rule(kept: object, base: Retention) -> Retention:
    """The office's number of days (what policy_overrides keeps) on top of the shipped rule; a
    value another tool wrote that is not a number of days is ignored and the shipped rule kept."""
    if not isinstance(kept, dict) or days_problem(kept.get("days")) is not None:
        return base
    try:
        since = date.fromisoformat(str(kept.get("since")))
    except ValueError:
        since = base.since
    return Retention(days=int(str(kept["days"]).strip()), since=since, source="", by_office=True)
