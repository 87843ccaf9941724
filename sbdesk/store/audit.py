"""The append-only, hash-chained audit log. Triggers refuse UPDATE and DELETE; the chain
shows any row edited behind SQLite's back (a hex editor, another tool)."""
from __future__ import annotations

import hashlib
import json
import sqlite3

GENESIS = "0" * 64


def _digest(prev: str, at: str, operator: str, action: str, subject: str, detail: str) -> str:
    text = json.dumps([at, operator, action, subject, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + text).encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, at: str, operator: str, action: str, subject: str,
           detail: dict) -> int:
    """Call inside the use case's transaction, so the entry and the change land together."""
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    digest = _digest(prev, at, operator, action, subject, text)
    cur = conn.execute(
        "INSERT INTO audit (at, operator, action, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
        (at, operator, action, subject, text, prev, digest))
    return cur.lastrowid


def verify(conn: sqlite3.Connection) -> list[str]:
    """Where the chain breaks, if anywhere."""
    problems, prev = [], GENESIS
    for r in conn.execute("SELECT * FROM audit ORDER BY id"):
        if r["prev_hash"] != prev:
            problems.append(f"audit row {r['id']}: previous hash does not match")
        if _digest(r["prev_hash"], r["at"], r["operator"], r["action"], r["subject"], r["detail"]) != r["hash"]:
            problems.append(f"audit row {r['id']}: content does not match its hash")
        prev = r["hash"]
    return problems


def entries(conn: sqlite3.Connection, subject: str | None = None, limit: int = 100) -> list[dict]:
    sql, args = "SELECT id, at, operator, action, subject, detail FROM audit", []
    if subject:
        sql += " WHERE subject=?"
        args.append(subject)
    rows = conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
    return [dict(r, detail=json.loads(r["detail"])) for r in rows]
