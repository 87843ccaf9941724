"""Checking an office's policy update completely before anything is applied.

Two kinds of update: a region list (a later batch of 统筹区 opening cross-province sharing)
and the relationship policy (who may share, per province). Rows come as dictionaries with
the row number a person would look for in the file; every problem is collected, so the
office fixes the file once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .idnumber import PROVINCES
from .messages import Problem
from .models import Region
from .regions import LEVELS, REPORT_STATUSES, Batch, Catalogue
from .relations import KINDS
from .sources import Source, SourceError, parse_source

KNOWN_PROVINCES = frozenset(PROVINCES.values())
CLEAR = "-"  # in a batch column: the region has not (or no longer) opened cross-province sharing


REMOVE_WORDS = ("1", "true", "yes", "remove", "删除", "是")
MAX_REGIONS = 5000  # China has about 400 统筹区; 300,000 slowed every command 5-10 times
MAX_TEXT = 2000  # characters of any one field (a note, a source); a 63 MB note was kept


@dataclass(frozen=True)
class RegionUpdate:
    batches: tuple[Batch, ...]
    regions: tuple[Region, ...]
    removals: tuple[tuple[int, str], ...] = ()  # (row, code) of regions the file removes


@dataclass(frozen=True)
class RelationUpdate:
    default: tuple[str, ...] | None
    provinces: dict[str, tuple[str, ...]]


def _date(value, row: int, problems: list[Problem]) -> date | None:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        problems.append(Problem("import.bad_date", row=row, value=value))
        return None


def _sources(raw: dict, row: int, problems: list[Problem]) -> tuple[Source, ...]:
    """A JSON batch's "sources" list, or a CSV row's publisher/kind/title/published/credibility
    columns for its address; none of them (an older file): derived from the address later."""
    listed = raw.get("sources")
    if not listed and any(raw.get(k) for k in ("publisher", "kind", "title", "published", "credibility")):
        listed = [
            {
                "address": raw.get("source") or "",
                **{k: raw.get(k) for k in ("publisher", "kind", "title", "published", "credibility")},
            }
        ]
    try:
        return tuple(parse_source(s) for s in listed or [])
    except SourceError:
        problems.append(Problem("import.bad_source", row=row))
        return ()


def check_regions(
    batch_rows: list[tuple[int, dict]], region_rows: list[tuple[int, dict]], current: Catalogue
) -> tuple[RegionUpdate | None, list[Problem]]:
    """Batches and regions to upsert; an existing code is an update, a repeated one an error."""
    if len(batch_rows) > MAX_REGIONS or len(region_rows) > MAX_REGIONS:
        return None, [Problem("import.too_many_rows", limit=MAX_REGIONS)]
    problems = _too_long(batch_rows) + _too_long(region_rows) + _markup(batch_rows) + _markup(region_rows)
    if problems:
        return None, problems
    batches: dict[str, Batch] = {}
    given: dict[str, tuple[int, tuple]] = {}  # batch -> (first row, what it says)
    for row, raw in batch_rows:
        bid, name = str(raw.get("id") or "").strip(), str(raw.get("name") or "").strip()
        says = (
            *(
                str(raw.get(k) or "").strip()
                for k in (
                    "name",
                    "opened_on",
                    "source",
                    "note",
                    "province",
                    "publisher",
                    "kind",
                    "title",
                    "published",
                    "credibility",
                    "sources",
                )
            ),
            str(raw.get("status") or "open").strip(),
        )
        if bid in given:  # a CSV gives its batch on every region's row: the same each time, or refused
            if says != given[bid][1]:
                problems.append(Problem("import.duplicate_batch", row=row, batch=bid, first=given[bid][0]))
            continue
        if bid:
            given[bid] = (row, says)
        for field_name, value in (("id", bid), ("name", name), ("opened_on", str(raw.get("opened_on") or ""))):
            if not value.strip():
                problems.append(Problem("import.missing", row=row, field=field_name))
        opened = _date(raw.get("opened_on"), row, problems) if raw.get("opened_on") else None
        status = str(raw.get("status") or "open").strip()
        if status not in REPORT_STATUSES:
            problems.append(Problem("import.bad_status", row=row, value=status))
        elif bid and name and opened:
            sources = _sources(raw, row, problems)
            batches[bid] = Batch(
                bid,
                name,
                opened,
                str(raw.get("source") or ""),
                str(raw.get("note") or ""),
                status,
                str(raw.get("province") or "").strip(),
                sources,
            )
    known_batches = set(current.batches) | set(batches)
    regions: list[Region] = []
    first_row: dict[str, int] = {}
    removals: list[tuple[int, str]] = []
    for row, raw in region_rows:
        code = str(raw.get("code") or "").strip()
        if str(raw.get("remove") or "").strip().lower() in REMOVE_WORDS or raw.get("remove") is True:
            if not code:
                problems.append(Problem("import.missing", row=row, field="code"))
            elif current.get(code) is None:
                problems.append(Problem("import.remove_unknown", row=row, code=code))
            else:
                removals.append((row, code))
            continue
        name = str(raw.get("name") or "").strip()
        province = str(raw.get("province") or "").strip()
        missing = [f for f, v in (("code", code), ("name", name), ("province", province)) if not v]
        problems += [Problem("import.missing", row=row, field=f) for f in missing]
        if province and province not in KNOWN_PROVINCES:
            problems.append(Problem("import.unknown_province", row=row, province=province))
        if code in first_row:
            problems.append(Problem("import.duplicate_code", row=row, code=code, first=first_row[code]))
        elif code:
            first_row[code] = row
        level = str(raw.get("level") or "city").strip()
        if level not in LEVELS:
            problems.append(Problem("import.bad_level", row=row, level=level))
        batch = str(raw.get("batch") or "").strip() or None  # None: leave as it is; "-": not opened
        if batch and batch != CLEAR and batch not in known_batches:
            problems.append(Problem("import.unknown_batch", row=row, batch=batch))
        if not missing:
            regions.append(Region(code, name, province, level, batch, None, str(raw.get("initials") or "").strip()))
    if not batch_rows and not region_rows:
        problems.append(Problem("import.empty"))
    new = {r.code for r in regions if current.get(r.code) is None}
    total = len(current.regions) + len(new) - len(removals)
    if total > MAX_REGIONS:
        problems.append(Problem("import.too_many_regions", count=total, limit=MAX_REGIONS))
    if problems:
        return None, problems
    return RegionUpdate(tuple(batches.values()), tuple(regions), tuple(removals)), []


def _too_long(rows: list[tuple[int, dict]]) -> list[Problem]:
    """Every field longer than MAX_TEXT, named with its row (each field is bounded before
    any is compared or kept)."""
    found = []
    for row, raw in rows:
        for key, value in raw.items():
            length = len(value if isinstance(value, str) else str(value))
            if length > MAX_TEXT:
                found.append(
                    Problem("import.text_too_long", row=row, field=str(key)[:40], length=length, limit=MAX_TEXT)
                )
    return found


def _markup(rows: list[tuple[int, dict]]) -> list[Problem]:
    """Every field with ``<`` or ``>``: Qt shows a label's text as HTML when it looks like
    markup, and an ``<img src=...>`` in a region's name made the window open the file it
    names (the live database too, dropping the connection's locks) each time it was shown."""
    return [
        Problem("import.markup", row=row, field=str(key)[:40])
        for row, raw in rows
        for key, value in raw.items()
        if isinstance(value, str) and ("<" in value or ">" in value)
    ]


def check_relations(rows: list[tuple[int, dict]]) -> tuple[RelationUpdate | None, list[Problem]]:
    """Rows of ``province`` (or ``*`` for the default) and the relationship kinds allowed there."""
    problems: list[Problem] = []
    default, provinces = None, {}
    seen: dict[str, int] = {}  # province -> first row
    for row, raw in rows:
        province = str(raw.get("province") or "").strip()
        kinds = raw.get("relations")
        if isinstance(kinds, str):
            kinds = [k.strip() for k in kinds.replace(",", ";").split(";") if k.strip()]
        elif kinds and not (isinstance(kinds, list) and all(isinstance(k, str) for k in kinds)):
            problems.append(Problem("import.bad_relations", row=row, value=str(kinds)[:60]))
            continue
        if not province:
            problems.append(Problem("import.missing", row=row, field="province"))
        elif province != "*" and province not in KNOWN_PROVINCES:
            problems.append(Problem("import.unknown_province", row=row, province=province))
        if province in seen:
            problems.append(Problem("import.duplicate_province", row=row, province=province, first=seen[province]))
        seen.setdefault(province, row)
        if not kinds:
            problems.append(Problem("import.missing", row=row, field="relations"))
            continue
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            problems.append(Problem("import.unknown_relation", row=row, value=", ".join(map(str, unknown))))
            continue
        if province == "*":
            default = tuple(kinds)
        elif province:
            provinces[province] = tuple(kinds)
    if not rows:
        problems.append(Problem("import.empty"))
    if problems:
        return None, problems
    return RelationUpdate(default, provinces), []
