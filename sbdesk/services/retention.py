"""Pictures kept no longer than needed: the purge of an application's identity credentials
and face photos once its days are up (domain/retention.py says which), and the number of days
an office sets. Each purge that deletes something is one transaction and one audit row: how
many pictures, of which applications (never a name or an ID number). The window runs it at
its start (ui/upkeep.py), the command line as ``sbdesk purge``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..domain.messages import Problem
from ..domain.retention import DAYS_RANGE, Retention, days_problem
from ..store import applications as store
from ..store import audit_pages, db, overrides
from .desk import Desk
from .errors import InputError

#: the office's own number of days, in policy_overrides (services/desk.py effective_policy)
KEY = "image_retention"


@dataclass(frozen=True)
class Purged:
    images: int  # pictures whose content was deleted (or would be, on a dry run)
    applications: tuple[int, ...]  # whose pictures they were
    days: int  # the rule they were kept by
    recorded: bool  # deleted and audited (False: a dry run, or nothing was due)


def rule(desk: Desk) -> Retention:
    return desk.policy.image_retention


def due(desk: Desk, now: datetime | None = None) -> list[tuple[int, int]]:
    """(application id, pictures kept) of each application whose pictures are due."""
    keep, now = rule(desk), now or datetime.now().astimezone()
    return [(app_id, n) for app_id, changed, n in store.kept_images(desk.conn) if keep.due(changed, now)]


def maybe_due(desk: Desk, now: datetime | None = None) -> bool:
    """Whether any picture could be due, read without the rules (a window's start loads no
    policy): one kept for an application unchanged for longer than the fewest days an office
    may set. The purge itself (a background job) then applies the rule in force."""
    shortest, now = Retention(days=DAYS_RANGE[0]), now or datetime.now().astimezone()
    return any(shortest.due(changed, now) for _, changed, _ in store.kept_images(desk.conn))


def purge(desk: Desk, dry_run: bool = False, now: datetime | None = None) -> Purged:
    """Delete the content of every due picture: one transaction, one audit row. Read again
    inside the transaction, so a draft another desk changed meanwhile keeps its pictures."""
    days = rule(desk).days
    if dry_run:
        found = due(desk, now)
        return Purged(sum(n for _, n in found), tuple(a for a, _ in found), days, False)
    with db.transaction(desk.conn):
        found = due(desk, now)
        if not found:
            return Purged(0, (), days, False)
        ids = [app_id for app_id, _ in found]
        images = store.purge_images(desk.conn, ids, desk.now())
        desk.audit(
            "retention.purge",
            "attachments",
            images=images,
            applications=[f"#{i}" for i in ids],  # as `purge` names them; no name, no ID number
            days=days,
        )
    return Purged(images, tuple(ids), days, True)


def may_purge(desk: Desk) -> bool:
    """This login may write the purge's audit row (a branch's auditor may not: the window's
    start then leaves the purge to a clerk's desk)."""
    return audit_pages.may_append(desk.conn)


def set_days(desk: Desk, raw: object) -> Retention:
    """The office's own number of days, checked (one translated line when it is not a whole
    number in range), kept in the database and audited with the number it replaces."""
    problem = days_problem(raw)
    if problem is not None:
        raise InputError([("days", problem)])
    days = int(str(raw).strip())
    before = rule(desk)
    kept = Retention(days=days, since=desk.today(), source="", by_office=True)
    with db.transaction(desk.conn):
        overrides.put(desk.conn, KEY, {"days": days, "since": kept.since.isoformat()}, "office", desk.now())
        desk.audit("policy.retention", "policy", days=days, before=before.days)
    desk.policy = replace(desk.policy, image_retention=kept)
    return kept


def problem_for_purged(days: int) -> Problem:
    """What a door says where a picture was: deleted when its days were up."""
    return Problem("attachment.purged", days=days)
