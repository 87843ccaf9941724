"""Importing and exporting people and bindings as CSV or XLSX.

An import reads, checks and inserts row by row inside one transaction (every row, every
field, duplicates inside the file and against the database, found by the database); any
problem rolls it all back, so a cancelled, failed or killed import leaves nothing behind,
and memory stays flat in the number of rows. One audit entry records a clean import.
"""

from __future__ import annotations

import errno
import os
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path

from ..domain import idnumber, relations
from ..domain.messages import Problem
from ..domain.models import Binding, Person
from ..store import bindings as binding_store
from ..store import db, fileguard, ids
from ..store import people as people_store
from . import binding, doors, filein, people, tables_out
from .desk import Desk
from .errors import InputError, ServiceError

PEOPLE_COLUMNS = ("name", "id_number", "region", "insurance", "card_number", "computer_number")
BINDING_COLUMNS = ("owner", "member", "relation", "channel", "bound_on")
#: Column names in Chinese: an export from the Chinese window is headed with these, and an
#: import reads them (and the English keys above) whichever language wrote the file.
CHINESE_COLUMNS = {
    "name": "姓名",
    "id_number": "身份证号码",
    "region": "统筹区",
    "insurance": "参保类型",
    "card_number": "社保卡号",
    "computer_number": "社保电脑号",
    "ss_account": "社保账户",
    "financial_account": "金融账户",
    "owner": "共济人",
    "member": "被共济人",
    "relation": "亲属关系",
    "channel": "渠道",
    "bound_on": "绑定日期",
    "status": "状态",
    "ended_on": "解除日期",
    "face_photo_checked": "人脸照片已核验",
}
HEADER_ALIASES = {
    **{chinese: key for key, chinese in CHINESE_COLUMNS.items()},
    "社会保障号码": "id_number",
    "社保号码": "id_number",
}
YES = {"yes", "y", "true", "1", "是", "已核验"}
INSURANCE_ALIASES = {"职工医保": "employee", "城乡居民医保": "resident", "居民医保": "resident", "未参保": "none"}
REPORTED = 200  # problems listed; the rest are counted
CHECK_EVERY = 1000
CHUNK = 1000  # rows inserted at once inside the import's transaction

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    rows: int
    sha256: str


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__([("", Problem("exchange.cancelled"))])


# -- reading ------------------------------------------------------------------------------
def open_table(path: str | Path) -> tuple[list[str], Iterator[list[str]], str, int]:
    """(column names, the other rows as they are read, sha256, about how many rows or 0 when
    unknown) of a CSV (UTF-8 or GB18030, not a mix) or the first XLSX sheet, read through
    filein's bounds. Nothing is held: a million rows cost what one row costs."""
    path = Path(path)
    if path.is_dir():
        raise filein.unreadable(path, "a folder, not a file")
    try:
        if path.stat().st_size > filein.MAX_FILE_BYTES:
            raise filein.unreadable(path, f"larger than {filein.MAX_FILE_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise filein.unreadable(path, exc.strerror or str(exc)) from None
    rows: Iterator[list[str]]
    if head[:2] == b"PK":
        (digest, seen), total = filein.sha256_of(path), 0
        rows = filein.xlsx_stream(path, header_ok=_known_header, expect=seen)
    elif path.suffix.lower() in (".csv", ".txt") or b"," in head:
        scan = filein.Scan(path)
        digest, total = scan.sha256, max(scan.lines - 1, 0)
        rows = filein.csv_stream(path, scan)
    else:
        raise InputError([("", Problem("exchange.format", path=path.name))])
    first = next(rows, None)
    if first is None:
        raise InputError([("", Problem("import.empty"))])
    return _header(first), rows, digest, total


def _header(cells: list[str]) -> list[str]:
    return [HEADER_ALIASES.get(h.strip(), h.strip().lower()) for h in cells]


def _known_header(cells: list[str]) -> None:
    """A spreadsheet whose first row names neither people's nor bindings' columns is refused
    before the rest of it is read."""
    header = _header(cells)
    needed = BINDING_COLUMNS[:4] if kind_of(header) == "bindings" else PEOPLE_COLUMNS[:3]
    if any(c not in header for c in needed):
        raise InputError([("", Problem("exchange.columns", columns=", ".join(needed), found=", ".join(header)))])


def _records(header: list[str], rows: Iterable[list[str]], needed: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    missing = [c for c in needed if c not in header]
    if missing:
        raise InputError([("", Problem("exchange.columns", columns=", ".join(needed), found=", ".join(header)))])
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        cells = row + [""] * (len(header) - len(row))
        yield number, {h: (cells[i] or "").strip() for i, h in enumerate(header)}


def kind_of(header: list[str]) -> str:
    return "bindings" if {"owner", "member"} <= set(header) else "people"


# -- checking and writing, a chunk at a time inside the one transaction ------------------------
class _Collector:
    """The problems found: the first REPORTED in full, in row order, and a count of the rest."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, int, Problem]] = []
        self.count = 0

    def add(self, row: int, problem: Problem) -> None:
        self.count += 1
        if len(self.problems) < REPORTED:
            self.problems.append((row, self.count, problem))

    def raise_if_any(self) -> None:
        if self.count:
            listed = [
                ("", Problem("exchange.row", row=row, message=problem))
                for row, _, problem in sorted(self.problems, key=lambda p: p[:2])
            ]
            extra = [("", Problem("exchange.more", count=self.count - REPORTED))] if self.count > REPORTED else []
            raise InputError(listed + extra)


def _step(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if done % CHECK_EVERY == 0:
        if cancelled and cancelled():
            raise ImportCancelled()
        if progress:
            progress(done, max(total, done) if total else 0)


class _PeopleWriter:
    """Checks each row as it is read and inserts the good ones CHUNK at a time; duplicates,
    inside the file and on record, are what the database already holds under that ID or
    card number (this file's earlier rows are in it by then). Rows after a problem are still
    checked and inserted, so the report lists every row; the caller then rolls back."""

    def __init__(self, desk: Desk, found: _Collector) -> None:
        self.desk, self.found = desk, found
        self.before = ids.last(desk.conn, "people")
        self.first_new = 0
        self.rows_of = array("L")  # the file row of each person inserted, in id order
        self.pending: list[tuple[int, Person]] = []

    def add(self, row: int, r: dict) -> None:
        try:
            person = people.validate(
                self.desk,
                name=r.get("name", ""),
                id_number=r.get("id_number", ""),
                region=r.get("region", ""),
                insurance=INSURANCE_ALIASES.get(r.get("insurance", ""), r.get("insurance") or "employee"),
                card_number=r.get("card_number") or None,
                computer_number=r.get("computer_number") or None,
            )
        except InputError as exc:
            for _, problem in exc.problems:
                self.found.add(row, problem)
            return
        self.pending.append((row, person))
        if len(self.pending) >= CHUNK:
            self.flush()

    def _first(self, person_id: int) -> int | str:
        index = person_id - self.first_new
        return self.rows_of[index] if 0 <= index < len(self.rows_of) else "?"

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        found, bad = self.found, set()
        first_id: dict[str, int] = {}
        first_card: dict[str, int] = {}
        for row, person in pending:  # twice inside this chunk
            if person.id_number in first_id:
                found.add(
                    row,
                    Problem(
                        "exchange.duplicate", value=idnumber.mask(person.id_number), first=first_id[person.id_number]
                    ),
                )
                bad.add(row)
                continue
            first_id[person.id_number] = row
            if person.card_number:
                if person.card_number in first_card:
                    found.add(
                        row,
                        Problem("exchange.duplicate", value=person.card_number, first=first_card[person.card_number]),
                    )
                    bad.add(row)
                    continue
                first_card[person.card_number] = row
        conn = self.desk.conn
        for number, person_id, _ in people_store.holders(conn, "id_number", list(first_id)):
            row = first_id[number]
            found.add(
                row,
                Problem("exchange.duplicate", value=idnumber.mask(number), first=self._first(person_id))
                if person_id > self.before
                else Problem("person.exists", id=idnumber.mask(number)),
            )
            bad.add(row)
        for card, person_id, name in people_store.holders(conn, "card_number", list(first_card)):
            row = first_card[card]
            found.add(
                row,
                Problem("exchange.duplicate", value=card, first=self._first(person_id))
                if person_id > self.before
                else Problem("card.exists", card=card, name=name),
            )
            bad.add(row)
        good = [(row, person) for row, person in pending if row not in bad]
        if not good:
            return
        people_store.insert_many(conn, [person for _, person in good], self.desk.now())
        if not self.first_new:
            self.first_new = ids.first_after(conn, "people", self.before)
        self.rows_of.extend(row for row, _ in good)

    @property
    def written(self) -> int:
        return len(self.rows_of)


class _BindingWriter:
    """The same for bindings: a duplicate or a member bound twice inside a chunk is found
    here; against earlier chunks and the records, by the same check as `sbdesk bind`."""

    def __init__(self, desk: Desk, found: _Collector) -> None:
        self.desk, self.found = desk, found
        self.pending: list[Binding] = []
        self.pairs: dict[tuple[int, int], int] = {}
        self.members: dict[int, str] = {}  # member -> owner, for the one-owner rule
        self.written = 0

    def add(self, row: int, r: dict) -> None:
        desk, found = self.desk, self.found
        try:
            owner, member = people.typed(desk, r.get("owner", "")), people.typed(desk, r.get("member", ""))
            relation = binding.parse_relation(r.get("relation", ""))
            channel = binding.parse_channel(r.get("channel", ""))
            day = date.fromisoformat(r["bound_on"]) if r.get("bound_on") else desk.today()
        except ServiceError as exc:  # a bad relation or channel, or nobody on record
            for _, problem in exc.problems:
                found.add(row, problem)
            return
        except ValueError:
            found.add(row, Problem("date.format", value=r.get("bound_on")))
            return
        if (owner.id, member.id) in self.pairs:
            found.add(
                row,
                Problem(
                    "exchange.duplicate", value=f"{owner.name} → {member.name}", first=self.pairs[(owner.id, member.id)]
                ),
            )
            return
        self.pairs[(owner.id, member.id)] = row
        earlier = self.members.get(member.id)
        region = desk.catalogue.get(member.region_code)
        if earlier and desk.policy.member_exclusive(region.province if region else ""):
            found.add(row, Problem("elig.bound_elsewhere", owner=earlier, province=region.province if region else ""))
            return
        self.members[member.id] = owner.name
        try:  # the same checks as `sbdesk bind` and the window, through the same function
            binding.check(
                desk,
                owner,
                member,
                relation,
                channel,
                day,
                face_photo=r.get("face_photo_checked", "").strip().lower() in YES,
            )
        except ServiceError as exc:
            for _, problem in exc.problems:
                found.add(row, problem)
            return
        self.pending.append(
            Binding(None, owner.id, member.id, relation, channel, "active", day, operator=desk.operator)
        )
        if len(self.pending) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        made, self.pending = self.pending, []
        self.pairs.clear()
        self.members.clear()
        if not made:
            return
        binding_store.insert_many(self.desk.conn, made, self.desk.now())
        people_store.set_relations(
            self.desk.conn,
            [
                row
                for b in made
                for row in (
                    (b.owner_id, b.member_id, b.relation),
                    (b.member_id, b.owner_id, relations.inverse(b.relation)),
                )
            ],
        )
        self.written += len(made)


# -- the import and the export ------------------------------------------------------------------
def import_file(
    desk: Desk, path: str | Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ImportSummary:
    """Every row checked and, while no problem is found, written, inside one transaction;
    any problem (or a cancel) rolls it all back and the report lists the rows."""
    doors.readable(path, desk.data_dir)
    header, rows, digest, total = open_table(path)
    kind = kind_of(header)
    records = _records(header, rows, BINDING_COLUMNS[:4] if kind == "bindings" else PEOPLE_COLUMNS[:3])
    found = _Collector()
    done = 0
    with db.transaction(desk.conn):
        writer = _BindingWriter(desk, found) if kind == "bindings" else _PeopleWriter(desk, found)
        for done, (row, r) in enumerate(records, start=1):
            _step(done, total, progress, cancelled)
            writer.add(row, r)
        writer.flush()
        if not done:
            raise InputError([("", Problem("import.empty"))])
        found.raise_if_any()
        if cancelled and cancelled():
            raise ImportCancelled()
        # the rows written are sealed by the audit row through the connection's tracking
        # (store/seals.py), streamed: no list of a million subjects
        desk.audit(f"exchange.import_{kind}", kind, file=Path(path).name, sha256=digest, rows=writer.written)
    if progress:
        progress(done, done)
    return ImportSummary(kind, done, digest)


def _target(path: Path) -> None:
    """Only a regular file in an existing folder is written; a link, a device or a folder at
    that name is refused rather than followed or chmod-ed."""
    problem = None
    if not path.name or not path.parent.is_dir():
        problem = errno.ENOENT
    elif path.is_symlink():
        problem = errno.ELOOP
    elif path.exists() and not path.is_file():
        problem = errno.EISDIR
    if problem:
        raise InputError([
            ("file", Problem("export.target", path=str(path), detail=doors.reason(OSError(problem, ""))))
        ])


def export_file(desk: Desk, path: str | Path, kind: str = "people", *, full_ids: bool = False, lang: str = "en") -> int:
    """Write people or bindings to CSV or XLSX (by the file name), user-only, and audit it.
    The header row is in ``lang`` (Chinese names or the English keys); import reads either.
    ID numbers are masked unless the person chose ``full_ids`` (a file to import elsewhere):
    that choice is its own audit action, naming the file and the rows, for an auditor to find.

    The data goes into a new 0600 file beside the target, renamed over it when complete:
    no moment where another user can read it, and a full disk leaves no partial file."""
    path = Path(os.path.abspath(path))
    doors.writable(path, desk.data_dir)
    _target(path)
    if kind == "people":
        header = list(PEOPLE_COLUMNS) + ["ss_account", "financial_account"]
        rows: Iterable[list] = (
            [
                p.name,
                p.id_number if full_ids else idnumber.mask(p.id_number),
                p.region_code,
                p.insurance,
                p.card_number or "",
                p.computer_number or "",
                p.ss_account,
                p.financial_account,
            ]
            for p in people_store.iterate(desk.conn)
        )
    else:
        header = list(BINDING_COLUMNS) + ["status", "ended_on"]
        rows = (
            [
                o if full_ids else idnumber.mask(o),
                m if full_ids else idnumber.mask(m),
                b.relation,
                b.channel,
                b.bound_on.isoformat(),
                b.status,
                b.ended_on.isoformat() if b.ended_on else "",
            ]
            for b, o, m in binding_store.iterate_with_numbers(desk.conn)
        )
    if lang.startswith("zh"):
        header = [CHINESE_COLUMNS[column] for column in header]
    try:
        temp = fileguard.create_temp(path.parent, "export")
    except OSError as exc:
        raise doors.write_error(path, exc) from None
    try:
        count = (
            tables_out.write_xlsx(temp, [(kind, chain([header], rows))])
            if path.suffix.lower() == ".xlsx"
            else tables_out.write_csv(temp, header, rows)
        )
        # audited before the file is in place: a database that takes no audit row (damaged,
        # read-only) leaves no export behind it, only the temporary file removed below
        with db.transaction(desk.conn):
            if full_ids:
                desk.audit("exchange.export_full_ids", kind, file=str(path), rows=count)
            else:
                desk.audit(f"exchange.export_{kind}", kind, file=str(path), rows=count, masked=True)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise doors.write_error(path, exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count
