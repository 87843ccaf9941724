"""The auditor's reading of the audit log, one service for `sbdesk audit` and the window's
audit view: filtered by person, clerk, date and action, newest first, a page at a time; the
chain verified (and from which row it breaks); what is filtered exported to CSV or XLSX.

Reading writes nothing, so an auditor's login (which may not write) can do all of it. ID
numbers are masked here, in every entry; a full number is shown only through
``people.reveal``, which records who looked. An export is recorded too where the login may
write (a clerk, a supervisor, a desk's own file); an auditor's login cannot write a row, so
its export says so instead (``Exported.recorded``)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain
from pathlib import Path

from .. import i18n
from ..domain import audit_words, idnumber
from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Term
from ..store import anchors, audit, audit_pages, db
from ..store.audit_pages import Where
from . import doors, people, tables_out
from .desk import Desk
from .errors import InputError, ServiceError

PAGE = 200
HEADER = ("id", "at", "operator", "action", "subject", "person", "detail")
CHINESE_HEADER = {
    "id": "编号",
    "at": "时间",
    "operator": "经办人",
    "action": "操作",
    "subject": "对象",
    "person": "人员",
    "detail": "详情",
}


@dataclass(frozen=True)
class Filter:
    """What a person asks for: ``person`` as typed (``#12``, an ID or card number, or a
    name), ``clerk`` (a login, a 工号 or the audit log's whole text), the days ``start`` to
    ``end`` (both included) and an ``action`` code."""

    person: str = ""
    clerk: str = ""
    start: date | None = None
    end: date | None = None
    action: str = ""


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    operator: str
    action: str
    subject: str
    detail: dict
    person: str  # who the row speaks of, ID numbers masked ("" when no person)

    @property
    def key(self) -> tuple[str, int]:
        """Where the next page starts."""
        return (self.at, self.id)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "at": self.at,
            "operator": self.operator,
            "action": self.action,
            "subject": self.subject,
            "person": self.person,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Verdict:
    """The chain read end to end: ``first`` is the oldest row from which it no longer
    holds (None: it holds); ``problems`` every line, the chain's then the anchors'."""

    rows: int
    first: int | None
    problems: tuple[Problem | str, ...]  # a Problem in the reader's words once rendered

    def lines(self, translate) -> list[str]:
        return [p.render(translate) if isinstance(p, Problem) else p for p in self.problems]

    @property
    def ok(self) -> bool:
        return not self.problems


def where(desk: Desk, wanted: Filter) -> Where:
    """The store's filter for what was asked; a person who is not on record, or a name
    several people share, is bad input."""
    # a NUL (pasted into a field) is dropped: the server refuses one, SQLite would compare it
    wanted = replace(wanted, **{k: getattr(wanted, k).replace("\x00", "") for k in ("person", "clerk", "action")})
    if wanted.start and wanted.end and wanted.end < wanted.start:
        raise InputError([("end", Problem("audit.dates", start=wanted.start.isoformat(), end=wanted.end.isoformat()))])
    return Where(
        operators=_clerks(desk, wanted.clerk) if wanted.clerk.strip() else None,
        subjects=_person(desk, wanted.person) if wanted.person.strip() else None,
        action=wanted.action.strip(),
        since=wanted.start.isoformat() if wanted.start else "",
        # 9999-12-31 (a date box at its end) has no day after: the range is then open
        before=(wanted.end + timedelta(days=1)).isoformat() if wanted.end and wanted.end < date.max else "",
    )


def _person(desk: Desk, text: str) -> tuple[str, ...]:
    key = text.strip()
    digits = key[1:]
    if key.startswith("#") and digits.isascii() and digits.isdigit() and len(digits) < 19:
        return audit_pages.person_subjects(desk.conn, int(digits))  # also a person deleted since
    if not any(ch.isdigit() for ch in key):
        ids = audit_pages.people_named(desk.conn, " ".join(key.split()))
        if len(ids) > 1:
            shown = ", ".join(f"#{i}" for i in ids)
            raise InputError([("person", Problem("audit.person_ambiguous", count=len(ids), name=key, ids=shown))])
        if ids:
            return audit_pages.person_subjects(desk.conn, ids[0])
    return audit_pages.person_subjects(desk.conn, people.typed(desk, key).id)


def _clerks(desk: Desk, text: str) -> tuple[str, ...]:
    """The operators a typed clerk names: the audit log's text itself (a login on a branch
    server), or the name or 工号 inside a counter's ``张伟（工号 0123）``."""
    return match_clerk(audit_pages.distinct(desk.conn, "operator"), text)


def match_clerk(operators: list[str], text: str) -> tuple[str, ...]:
    key = " ".join(text.split())
    if key in operators:
        return (key,)
    folded = key.casefold()
    found = []
    for name in operators:
        person, _, rest = name.partition("（工号 ")
        staff = rest.rstrip("）").casefold()
        if folded in (person.strip().casefold(), staff) or (staff and folded == f"工号 {staff}"):
            found.append(name)
    return tuple(found)


def clerks(desk: Desk) -> list[str]:
    return audit_pages.distinct(desk.conn, "operator")


def actions(desk: Desk) -> list[str]:
    return audit_pages.distinct(desk.conn, "action")


def page(desk: Desk, filt: Where, after: tuple[str, int] | None = None, size: int = PAGE) -> list[Entry]:
    """A page of entries newest first, after the entry whose ``key`` is ``after``."""
    return _entries(desk, audit_pages.page(desk.conn, filt, after, size))


def entries(desk: Desk, filt: Where) -> Iterator[Entry]:
    """Every entry that matches, newest first, streamed."""
    batch: list[tuple] = []
    for row in audit_pages.every(desk.conn, filt):
        batch.append(row)
        if len(batch) == 1000:
            yield from _entries(desk, batch)
            batch = []
    yield from _entries(desk, batch)


def _entries(desk: Desk, rows: list[tuple]) -> list[Entry]:
    named = audit_pages.who(desk.conn, [r[4] for r in rows])
    return [
        Entry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), detail, _person_text(r[4], named, detail))
        for r in rows
        for detail in (_detail(r[5]),)
    ]


def _detail(text: str) -> dict:
    try:
        found = json.loads(text)
    except (TypeError, ValueError):
        return {"text": str(text)}
    return found if isinstance(found, dict) else {"value": found}


def _person_text(subject: str, named: dict[str, tuple[str, str]], detail: dict) -> str:
    kind, _, key = subject.partition(":")
    if subject in named:
        first, second = named[subject]
        return f"{first} {idnumber.mask(second)}" if kind == "person" else f"{first} → {second}"
    if kind == "person":  # no longer on record: what the row itself kept (masked when written)
        kept = detail.get("id_number")
        return f"#{key} {idnumber.mask(str(kept))}" if kept else f"#{key}"
    return ""


def person_id(entry: Entry) -> int | None:
    """The person an entry names by its subject (for Show full ID)."""
    kind, _, key = entry.subject.partition(":")
    return int(key) if kind == "person" and key.isascii() and key.isdigit() and len(key) < 19 else None


def detail_text(detail: dict) -> str:
    """A row's detail on one line; the seals' digests are the chain's business, not a reader's."""
    shown = {k: v for k, v in detail.items() if k not in ("seals",)}
    return "; ".join(
        f"{k}={json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v}" for k, v in shown.items()
    )


#: store/audit.py's reasons, in the reader's words
BREAKS = {
    "previous hash does not match": QT_TRANSLATE_NOOP("messages", "it does not follow the row before it"),
    "content does not match its hash": QT_TRANSLATE_NOOP("messages", "its content was changed after it was written"),
}


def verify(desk: Desk) -> Verdict:
    """The whole chain, and the anchors kept beside the data (a chain rewritten end to end, or
    cut short, breaks no link: only they show it)."""
    first: int | None = None
    problems: list[Problem | str] = []
    for row, problem in audit.breaks(desk.conn):
        first = row if first is None else first
        why = BREAKS.get(problem)
        problems.append(Problem("audit.break", row=row, why=Term("messages", why) if why else problem))
    for found in anchors.verify(desk.conn, desk.data_dir):
        if isinstance(found, anchors.Restored):
            problems.append(Problem("check.restored", row=found.row, event=found.event, anchored=found.anchored))
        else:
            problems.append(found)
    head = audit.head(desk.conn)[0]
    return Verdict(head, first, tuple(problems))


def may_write(desk: Desk) -> bool:
    """False for a login that only reads (the auditor's role on a branch server)."""
    return audit_pages.may_append(desk.conn)


def reveal(desk: Desk, entry: Entry) -> str:
    """The full ID number of the person an entry names, recorded as the members list records
    it; refused, with the reason, for a login that cannot write that record."""
    pid = person_id(entry)
    if pid is None:
        raise InputError([("person", Problem("person.not_found", key=entry.subject))])
    if not may_write(desk):
        raise InputError([("person", Problem("audit.read_only", user=desk.conn.user or desk.operator))])
    return people.reveal(desk, people.get(desk, pid), "audit log")


@dataclass(frozen=True)
class Exported:
    rows: int
    recorded: bool  # an audit row says who exported what (False: this login cannot write one)


def in_words(e: Entry, translate: audit_words.Translate, lang: str) -> tuple[str, str]:
    """An entry's action and detail as a person reads them, in ``lang`` (a channel by its name)."""
    from . import channels

    def channel(key: str) -> str:
        try:
            return channels.get(key).label.pick(lang)
        except (KeyError, ServiceError):
            return key

    return audit_words.label(e.action, translate), audit_words.detail(e.detail, translate, channel)


def export(desk: Desk, path: str | Path, filt: Where, lang: str = "en") -> Exported:
    """Every entry the filter matches to CSV or XLSX (by the file's name), ID numbers masked,
    put in place whole and user-only (services/doors.py)."""
    target = Path(os.path.abspath(path))
    header = [CHINESE_HEADER[c] for c in HEADER] if lang.startswith("zh") else list(HEADER)
    translate = i18n.translator(lang)
    count = 0

    def rows() -> Iterator[list]:
        nonlocal count
        for e in entries(desk, filt):
            count += 1
            action, detail = in_words(e, translate, lang)
            yield [e.id, e.at, e.operator, action, e.subject, e.person, detail]

    def write(temp: Path) -> None:
        if target.suffix.lower() == ".xlsx":
            tables_out.write_xlsx(temp, [("audit", chain([header], rows()))])  # streamed
        else:
            tables_out.write_csv(temp, header, rows())

    recorded = may_write(desk)

    def whole(temp: Path) -> bool:
        if recorded:  # recorded before the file is in place: no export without its row
            described = {k: v for k, v in _described(filt).items() if v}
            with db.transaction(desk.conn):
                desk.audit("audit.export", "audit", file=str(target), rows=count, **described)
        return temp.stat().st_size > 0

    doors.write_whole(target, desk.data_dir, write, whole)
    return Exported(count, recorded)


def _described(filt: Where) -> dict:
    return {
        "clerks": list(filt.operators or ()),
        "subjects": list(filt.subjects or ())[:20],
        "action": filt.action,
        "since": filt.since,
        "before": filt.before,
    }
