"""The 统筹区 catalogue as stored: seeded from resources/, replaced by office imports."""
from __future__ import annotations

import sqlite3
from datetime import date

from ..domain.models import Region
from ..domain.regions import Batch, Catalogue


def replace_all(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    """Swap the whole catalogue; call inside a transaction so readers never see half."""
    conn.execute("UPDATE regions SET batch=NULL")
    conn.execute("DELETE FROM region_batches")
    for b in catalogue.batches.values():
        conn.execute("INSERT INTO region_batches (id, name, opened_on, source, note) VALUES (?,?,?,?,?)",
                     (b.id, b.name, b.opened_on.isoformat(), b.source, b.note))
    for pos, r in enumerate(catalogue.regions):
        conn.execute(
            "INSERT INTO regions (code, name, province, level, batch, position) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(code) DO UPDATE SET name=excluded.name, province=excluded.province, "
            "level=excluded.level, batch=excluded.batch, position=excluded.position",
            (r.code, r.name, r.province, r.level, r.batch, pos))


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM regions").fetchone()[0]


def load(conn: sqlite3.Connection) -> Catalogue:
    batches = {r["id"]: Batch(r["id"], r["name"], date.fromisoformat(r["opened_on"]), r["source"], r["note"])
               for r in conn.execute("SELECT * FROM region_batches")}
    regions = tuple(
        Region(r["code"], r["name"], r["province"], r["level"], r["batch"],
               batches[r["batch"]].opened_on if r["batch"] else None)
        for r in conn.execute("SELECT * FROM regions ORDER BY position, code"))
    return Catalogue(regions, batches)


def upsert(conn: sqlite3.Connection, batches, regions) -> tuple[int, int]:
    """Add or update batches and regions from an office update; (added, updated) regions."""
    for b in batches:
        conn.execute("INSERT INTO region_batches (id, name, opened_on, source, note) VALUES (?,?,?,?,?)"
                     " ON CONFLICT(id) DO UPDATE SET name=excluded.name, opened_on=excluded.opened_on,"
                     " source=excluded.source, note=excluded.note",
                     (b.id, b.name, b.opened_on.isoformat(), b.source, b.note))
    added = updated = 0
    position = conn.execute("SELECT coalesce(max(position), 0) FROM regions").fetchone()[0]
    for r in regions:
        exists = conn.execute("SELECT 1 FROM regions WHERE code=?", (r.code,)).fetchone()
        batch = None if r.batch == "-" else r.batch  # "-" clears; None keeps what is on record
        if exists:
            conn.execute("UPDATE regions SET name=?, province=?, level=?, batch=CASE WHEN ? THEN ? ELSE batch END"
                         " WHERE code=?", (r.name, r.province, r.level, r.batch is not None, batch, r.code))
            updated += 1
        else:
            position += 1
            conn.execute("INSERT INTO regions (code, name, province, level, batch, position) VALUES (?,?,?,?,?,?)",
                         (r.code, r.name, r.province, r.level, batch, position))
            added += 1
    return added, updated
