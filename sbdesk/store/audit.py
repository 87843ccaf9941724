"""The append-only, hash-chained audit log. Triggers refuse UPDATE and DELETE; the chain
shows any row edited behind SQLite's back (a hex editor, another tool)."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator

from . import seals
from .connection import Connection

GENESIS = "0" * 64
#: hashes of the rows this process appended: a window's own writes were reloaded by the tab
#: that made them, so its listener (store/live.py) skips them. A hash, not an id: on the file
#: the id of a write that rolled back is given to the next one, perhaps another desk's.
OURS: deque[str] = deque(maxlen=4096)


def _digest(prev: str, at: str, operator: str, action: str, subject: str, detail: str) -> str:
    import hashlib  # here, not at import: a start that writes nothing never loads OpenSSL

    text = json.dumps([at, operator, action, subject, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + text).encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    at: str,
    operator: str,
    action: str,
    subject: str,
    detail: dict,
    sealed: Iterable[str] = (),
) -> int:
    """Call inside the use case's transaction, so the entry and the change land together.

    ``sealed`` names the rows the use case wrote ("person:12", "binding:3"); a subject that
    names a person or a binding is sealed too. Their hashes go in ``seals`` and a digest of
    them in this row's detail, so the chain covers the data (see store/seals.py)."""
    named = list(dict.fromkeys([*([subject] if seals.sealable(subject) else []), *sealed]))
    # Two streamed passes over the rows (digest, then record): an import of a million rows
    # never holds their list.
    count, summary = seals.digest_count(seals.pairs(conn, named))
    if count:
        detail = {**detail, "seals": summary, "sealed": count}
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    digest = _digest(prev, at, operator, action, subject, text)
    cur = conn.execute(
        "INSERT INTO audit (at, operator, action, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
        (at, operator, action, subject, text, prev, digest),
    )
    audit_id = int(cur.lastrowid or 0)
    OURS.append(digest)
    if count:
        seals.record(conn, audit_id, seals.pairs(conn, named))
        seals.untouch(conn)
    return audit_id


def head(conn: Connection) -> tuple[int, str]:
    """(id, hash) of the newest audit row: what an anchor outside the file records."""
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def verify(conn: Connection) -> list[str]:
    """Where the chain breaks, if anywhere."""
    return [f"audit row {row}: {problem}" for row, problem in breaks(conn)]


def breaks(conn: Connection) -> Iterator[tuple[int, str]]:
    """(row id, what is wrong) at each place the chain breaks, oldest first, streamed: the
    auditor's view names the first row from which the log can no longer be trusted."""
    prev = GENESIS
    for r in conn.execute("SELECT * FROM audit ORDER BY id"):
        if r["prev_hash"] != prev:
            yield int(r["id"]), "previous hash does not match"
        if _digest(r["prev_hash"], r["at"], r["operator"], r["action"], r["subject"], r["detail"]) != r["hash"]:
            yield int(r["id"]), "content does not match its hash"
        prev = r["hash"]


def entries(conn: Connection, subject: str | None = None, limit: int = 100) -> list[dict]:
    sql, args = "SELECT id, at, operator, action, subject, detail FROM audit", []
    if subject:
        sql += " WHERE subject=?"
        args.append(subject)
    rows = conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
    return [dict(r, detail=json.loads(r["detail"])) for r in rows]
