"""The 统筹区 catalogue as stored: merged from resources/, extended by office imports."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from ..domain.models import Region
from ..domain.regions import Batch, Catalogue
from ..domain.sources import Source, SourceError, parse_source
from .connection import Connection

_BATCH_UPSERT = (
    "INSERT INTO region_batches (id, name, opened_on, source, note, status, province, sources)"
    " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name,"
    " opened_on=excluded.opened_on, source=excluded.source, note=excluded.note,"
    " status=excluded.status, province=excluded.province, sources=excluded.sources"
)


def _batch_row(b: Batch) -> tuple:
    sources = json.dumps([s.as_dict() for s in b.sources], ensure_ascii=False) if b.sources else ""
    return (b.id, b.name, b.opened_on.isoformat(), b.source, b.note, b.status, b.province, sources)


def _sources(text: str | None) -> tuple[Source, ...]:
    """The stored JSON list; '' (an older row) or anything unreadable: none, derived from the address."""
    if not text:
        return ()
    try:
        return tuple(parse_source(raw) for raw in json.loads(text))
    except (ValueError, TypeError, SourceError):
        return ()


def merge_shipped(conn: Connection, catalogue: Catalogue) -> dict:
    """Bring the shipped catalogue in; call inside a transaction so readers never see half.

    Every shipped region is added or updated (name, level, initials, source); a region an
    office added stays, and so does an office's report on a region. Nothing is deleted, so
    every person keeps their region code. Returns counts for the audit entry."""
    shipped_batches = set(catalogue.batches)
    known_batches = {r[0] for r in conn.execute("SELECT id FROM region_batches")}
    office_batches = known_batches - shipped_batches
    for b in catalogue.batches.values():
        conn.execute(_BATCH_UPSERT, _batch_row(b))
    before = {r[0] for r in conn.execute("SELECT code FROM regions")}
    for pos, r in enumerate(catalogue.regions):
        conn.execute(
            "INSERT INTO regions (code, name, province, level, batch, position, initials, source, note)"
            " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name=excluded.name,"
            " province=excluded.province, level=excluded.level, position=excluded.position,"
            " initials=excluded.initials, source=excluded.source, note=excluded.note,"
            " batch=CASE WHEN regions.batch IN (SELECT value FROM json_each(?)) THEN regions.batch"
            " ELSE excluded.batch END",
            (
                r.code,
                r.name,
                r.province,
                r.level,
                r.batch,
                pos,
                r.initials,
                r.source,
                r.note,
                _json_list(office_batches),
            ),
        )
    shipped_codes = {r.code for r in catalogue.regions}
    # Regions only an office knows go after the shipped ones, in their old order.
    conn.execute(
        "UPDATE regions SET position = position + ? WHERE code NOT IN (SELECT value FROM json_each(?))",
        (len(catalogue.regions), _json_list(shipped_codes)),
    )
    return {
        "regions": len(catalogue.regions),
        "added": len(shipped_codes - before),
        "office_regions_kept": len(before - shipped_codes),
        "batches": len(catalogue.batches),
    }


def _json_list(values) -> str:
    return json.dumps(sorted(values), ensure_ascii=False)


def edition(conn: Connection, name: str) -> str | None:
    row = conn.execute("SELECT edition FROM resource_editions WHERE name=?", (name,)).fetchone()
    return row[0] if row else None


def set_edition(conn: Connection, name: str, value: str, now: str) -> None:
    conn.execute(
        "INSERT INTO resource_editions (name, edition, applied_at) VALUES (?,?,?)"
        " ON CONFLICT(name) DO UPDATE SET edition=excluded.edition, applied_at=excluded.applied_at",
        (name, value, now),
    )


def may_write(conn: Connection) -> bool:
    """On the server: may the signed-in role change the catalogue (a supervisor, not a clerk)?"""
    return bool(conn.execute("SELECT has_table_privilege('regions', 'INSERT')").fetchone()[0])


def count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM regions").fetchone()[0]


def load(
    conn: Connection,
    prefixes: Mapping[str, str] | None = None,
    retired: Mapping[str, str] | None = None,
    split: Mapping | None = None,
) -> Catalogue:
    batches = {
        r["id"]: Batch(
            r["id"],
            r["name"],
            date.fromisoformat(r["opened_on"]),
            r["source"],
            r["note"],
            r["status"],
            r["province"],
            _sources(r["sources"]),
        )
        for r in conn.execute("SELECT * FROM region_batches")
    }
    regions = tuple(
        Region(
            r["code"],
            r["name"],
            r["province"],
            r["level"],
            r["batch"],
            batches[r["batch"]].opened_on if r["batch"] in batches else None,
            r["initials"],
            r["source"],
            r["note"],
        )
        for r in conn.execute("SELECT * FROM regions ORDER BY position, code")
    )
    return Catalogue(
        regions,
        batches,
        {} if prefixes is None else prefixes,
        {} if retired is None else retired,
        split={} if split is None else split,
    )


def people_in(conn: Connection, codes) -> dict[str, int]:
    """How many people are registered in each of the given regions (only those with any)."""
    return {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT region_code, count(*) FROM people WHERE region_code IN (SELECT value FROM json_each(?))"
            " GROUP BY region_code",
            (_json_list(codes),),
        )
    }


def remove(conn: Connection, codes) -> int:
    return conn.execute(
        "DELETE FROM regions WHERE code IN (SELECT value FROM json_each(?))", (_json_list(codes),)
    ).rowcount


def upsert(conn: Connection, batches, regions) -> tuple[int, int]:
    """Add or update batches and regions from an office update; (added, updated) regions."""
    for b in batches:
        conn.execute(_BATCH_UPSERT, _batch_row(b))
    added = updated = 0
    position = conn.execute("SELECT coalesce(max(position), 0) FROM regions").fetchone()[0]
    for r in regions:
        exists = conn.execute("SELECT 1 FROM regions WHERE code=?", (r.code,)).fetchone()
        batch = None if r.batch == "-" else r.batch  # "-" clears; None keeps what is on record
        if exists:
            conn.execute(
                "UPDATE regions SET name=?, province=?, level=?, batch=CASE WHEN ? THEN ? ELSE batch END,"
                " initials=CASE WHEN ?='' THEN initials ELSE ? END WHERE code=?",
                (r.name, r.province, r.level, r.batch is not None, batch, r.initials, r.initials, r.code),
            )
            updated += 1
        else:
            position += 1
            conn.execute(
                "INSERT INTO regions (code, name, province, level, batch, position, initials) VALUES (?,?,?,?,?,?,?)",
                (r.code, r.name, r.province, r.level, batch, position, r.initials),
            )
            added += 1
    return added, updated
