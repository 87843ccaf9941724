"""Checks an office runs: is the file sound and is the audit chain unbroken?"""
from __future__ import annotations

from ..store import audit, db
from ..store import people as people_store
from .desk import Desk


def check(desk: Desk) -> dict:
    problems = db.integrity(desk.conn) + audit.verify(desk.conn)
    counts = db.counts(desk.conn)
    kept = people_store.count(desk.conn)  # the status bar's counter (row_counts, schema 9)
    if kept != counts["people"]:
        problems.append(f"row_counts: people {kept}, table {counts['people']}")
    return {"ok": not problems, "problems": problems, "counts": counts, "schema": db.schema_version(desk.conn)}
