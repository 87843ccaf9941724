"""Checks an office runs: is the file sound and is the audit chain unbroken?"""
from __future__ import annotations

from ..store import audit, db
from .desk import Desk


def check(desk: Desk) -> dict:
    problems = db.integrity(desk.conn) + audit.verify(desk.conn)
    counts = {t: desk.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("people", "bindings", "regions", "audit")}
    return {"ok": not problems, "problems": problems, "counts": counts,
            "schema": desk.conn.execute("PRAGMA user_version").fetchone()[0]}
