"""Checks an office runs: is the file sound and is the audit chain unbroken?"""
from __future__ import annotations

from ..store import audit, db
from .desk import Desk


def check(desk: Desk) -> dict:
    problems = db.integrity(desk.conn) + audit.verify(desk.conn)
    return {"ok": not problems, "problems": problems, "counts": db.counts(desk.conn),
            "schema": db.schema_version(desk.conn)}
