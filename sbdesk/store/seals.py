"""Seals: the audit chain covers the rows it speaks about, not only its own text.

Every write to a person or a binding records, in the same transaction, the sha256 of the
row as stored (``seals``, append-only) and a digest of those seals inside the audit row, so
the hash chain covers them. ``verify`` recomputes every row: a name or ID number changed
with another tool, a binding inserted or a row deleted behind sbdesk's back, or a seal
edited, each shows as a problem.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator

from .connection import Connection
from .errors import DatabaseCorrupt

TABLES = {"person": "people", "binding": "bindings"}
DELETED = "deleted"
CHUNK = 5000
REPORTED = 100  # lines; the rest are counted


def _stranger(value: object) -> object:
    """A value sbdesk never writes (a BLOB put in with another tool): hashed as its bytes'
    hex, so the row shows as changed instead of stopping the check."""
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(type(value).__name__)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_stranger).encode


def sealable(subject: str) -> bool:
    kind, _, key = subject.partition(":")
    return kind in TABLES and key.isascii() and key.isdigit()


def _rows(conn: Connection, table: str, sql: str = "", args: tuple = ()) -> Iterator[tuple[int, str]]:
    """(id, hash of every column's value, in the order of the column names sorted)."""
    import hashlib  # here, not at import: a start that writes nothing never loads OpenSSL

    names = _columns(conn, table)
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: a million rows are hashed here
    cur.execute(f"SELECT id, {', '.join(names)} FROM {table} {sql}", args)  # noqa: S608 - table names from module constants; values are ? parameters
    encode, sha = _ENCODE, hashlib.sha256
    for row in cur:
        yield row[0], sha(encode(row[1:]).encode("utf-8")).hexdigest()


def _columns(conn: Connection, table: str) -> list[str]:
    """The table's column names, sorted (the same on both engines: migrations/postgresql)."""
    if conn.engine == "postgresql":
        return sorted(
            r[0]
            for r in conn.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped",
                (table,),
            )
        )
    return sorted(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))


def _server(conn: Connection) -> bool:
    return conn.engine == "postgresql"


def hashes(conn: Connection, subjects: list[str]) -> list[tuple[str, str]]:
    """(subject, hash of the row now, or 'deleted'), in the order given."""
    found: dict[str, str] = {}
    for kind, table in TABLES.items():
        ids = sorted({int(s.partition(":")[2]) for s in subjects if s.startswith(kind + ":")})
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            if chunk[-1] - chunk[0] < 4 * len(chunk):  # a run of new rows: one range scan
                wanted = set(chunk)
                for rid, digest in _rows(conn, table, "WHERE id BETWEEN ? AND ?", (chunk[0], chunk[-1])):
                    if rid in wanted:
                        found[f"{kind}:{rid}"] = digest
            else:
                marks = ",".join("?" * len(chunk))
                for rid, digest in _rows(conn, table, f"WHERE id IN ({marks})", tuple(chunk)):
                    found[f"{kind}:{rid}"] = digest
    return [(s, found.get(s, DELETED)) for s in subjects]


def track(conn: Connection) -> None:
    """Note every person and binding this connection writes (TEMP triggers: they live in the
    connection, not in the file, and another tool's writes never fire them), so the next
    audit row seals them all, whichever service wrote them and whatever it named. (The
    server has triggers of its own that write into each connection's temp table.)"""
    if _server(conn):
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched (subject TEXT PRIMARY KEY) WITHOUT ROWID")
    for kind, table in TABLES.items():
        for event, refs in (("INSERT", ("new",)), ("UPDATE", ("old", "new")), ("DELETE", ("old",))):
            body = " ".join(
                f"INSERT OR IGNORE INTO touched VALUES ('{kind}:' || {ref}.id);"  # noqa: S608 - TABLES
                for ref in refs
            )
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS touched_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} BEGIN {body} END"
            )


def touched(conn: Connection) -> list[str]:
    """Rows written since the last audit row (empty where writes are not tracked)."""
    if _server(conn):
        return [r[0] for r in conn.execute("SELECT subject FROM pg_temp.touched")]
    try:
        return [r[0] for r in conn.execute("SELECT subject FROM temp.touched")]
    except DatabaseCorrupt:  # "no such table": no writes tracked on this connection
        return []


def untouch(conn: Connection) -> None:
    if _server(conn):
        conn.execute("DELETE FROM pg_temp.touched")
        return
    with contextlib.suppress(DatabaseCorrupt):  # "no such table": no writes tracked on this connection
        conn.execute("DELETE FROM temp.touched")


def digest(pairs: Iterable[tuple[str, str]]) -> str:
    import hashlib

    h = hashlib.sha256()
    for subject, value in pairs:
        h.update(f"{subject} {value}\n".encode())
    return h.hexdigest()


def digest_count(pairs: Iterable[tuple[str, str]]) -> tuple[int, str]:
    """(how many, digest) of pairs that are streamed, not held."""
    import hashlib

    h, count = hashlib.sha256(), 0
    for subject, value in pairs:
        h.update(f"{subject} {value}\n".encode())
        count += 1
    return count, h.hexdigest()


def pairs(conn: Connection, named: list[str]) -> Iterator[tuple[str, str]]:
    """(subject, hash) of the rows named, then of every other row written since the last
    audit row, CHUNK at a time: the same subjects, in the same order, as ``hashes`` of
    ``named`` + ``touched`` gives, in memory that does not grow with the rows written."""
    yield from hashes(conn, named)
    skip = set(named)
    cur = conn.cursor()
    if _server(conn):
        cur.execute("SELECT subject FROM pg_temp.touched")
    else:
        cur.row_factory = None
        try:
            cur.execute("SELECT subject FROM temp.touched")
        except DatabaseCorrupt:  # "no such table": no writes tracked on this connection
            return
    while rows := cur.fetchmany(CHUNK):
        yield from hashes(conn, [r[0] for r in rows if r[0] not in skip])


def record(conn: Connection, audit_id: int, pairs: Iterable[tuple[str, str]]) -> None:
    conn.executemany("INSERT INTO seals (audit_id, subject, hash) VALUES (?,?,?)", ((audit_id, s, h) for s, h in pairs))


def has_table(conn: Connection) -> bool:
    if _server(conn):
        return conn.execute("SELECT to_regclass('seals') IS NOT NULL").fetchone()[0]
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='seals'").fetchone() is not None


def verify(conn: Connection) -> list[str]:
    """Problems between the rows, their seals and the audit rows that recorded them.

    Streams: seals grouped by audit row, and rows merged with their latest seal in id
    order, so a million people are checked in constant memory."""
    problems, _ = _groups(conn)
    for kind, table in TABLES.items():
        _merge(conn, kind, table, problems)
    where = " OR ".join("(" + NAMED + ")" for _ in TABLES)
    for (sid,) in conn.execute(
        f"SELECT id FROM seals WHERE NOT ({where}) ORDER BY id",  # noqa: S608 - TABLES
        tuple(a for kind in TABLES for a in _named_args(kind)),
    ):
        problems.append(f"seal {sid}: it names no person or binding by its id")
    if len(problems) > REPORTED:
        problems = problems[:REPORTED] + [f"… and {len(problems) - REPORTED:,} more rows"]
    return problems


def _groups(conn: Connection) -> tuple[list[str], set[int]]:
    """The seals of each audit row against what that row records: (problems, the audit ids of
    the groups that do not match)."""
    import hashlib

    problems: list[str] = []
    bad: set[int] = set()
    claimed: dict[int, tuple[str, int]] = {}
    for aid, detail in conn.execute("SELECT id, detail FROM audit WHERE detail LIKE '%\"seals\"%'"):
        try:
            d = json.loads(detail)
            claimed[aid] = (d["seals"], int(d["sealed"]))
        except (ValueError, KeyError, TypeError):
            continue
    seen: set[int] = set()
    current, running, size = None, hashlib.sha256(), 0

    def close_group() -> None:
        if current is None:
            return
        seen.add(current)
        if current not in claimed:
            problems.append(f"seals of audit row {current}: no audit row records them")
            bad.add(current)
        elif claimed[current] != (running.hexdigest(), size):
            problems.append(f"seals of audit row {current}: they do not match the audit row")
            bad.add(current)

    for aid, subject, value in conn.execute("SELECT audit_id, subject, hash FROM seals ORDER BY audit_id, id"):
        if aid != current:
            close_group()
            current, running, size = aid, hashlib.sha256(), 0
        running.update(f"{subject} {value}\n".encode())
        size += 1
    close_group()
    for aid in sorted(claimed.keys() - seen):
        problems.append(f"seals of audit row {aid}: they do not match the audit row")
    return problems, bad


#: SQL on both engines: a seal's subject is ``kind:`` and an id (digits, no leading zero, at
#: most 18: a BIGINT); arguments from _named_args. A seal that is not (written by another
#: tool) is reported by its id instead of stopping the check (the server cannot cast ``person:abc``).
NAMED = (
    "subject >= ? AND subject < ? AND length(subject) BETWEEN ? AND ?"
    " AND ltrim(substr(subject, ?), '0123456789') = '' AND substr(subject, ?, 1) <> '0'"
)


def _named_args(kind: str) -> tuple:
    start = len(kind) + 2
    return (kind + ":", kind + ";", start, start + 17, start, start)


def mismatched(conn: Connection) -> set[str]:
    """The rows that do not match their latest seal (changed, unsealed or deleted outside
    sbdesk), or whose latest seal is in a group its audit row does not record (a seal put in
    by another tool to match a changed row): what a migration must not seal again, as that
    would launder them."""
    found = {subject for kind, table in TABLES.items() for subject, _ in _mismatches(conn, kind, table)}
    _, bad = _groups(conn)
    for start in range(0, len(bad), CHUNK):
        chunk = sorted(bad)[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT subject FROM seals WHERE audit_id IN ({marks})"  # noqa: S608 - ? marks only
                " AND id IN (SELECT max(id) FROM seals GROUP BY subject)",
                tuple(chunk),
            )
        )
    return found


def _merge(conn: Connection, kind: str, table: str, problems: list[str]) -> None:
    problems.extend(problem for _, problem in _mismatches(conn, kind, table))


def _mismatches(conn: Connection, kind: str, table: str) -> Iterator[tuple[str, str]]:
    """(subject, problem) of each row against the latest seal of its subject, both walked in
    id order."""
    prefix = f"{kind}:"
    sealed = conn.cursor()
    sealed.row_factory = None
    latest_seals = f"SELECT max(id) FROM seals WHERE {NAMED} GROUP BY subject"  # noqa: S608 - a constant
    sql = f"SELECT CAST(substr(subject, ?) AS BIGINT) AS rid, hash FROM seals WHERE id IN ({latest_seals}) ORDER BY rid"  # noqa: S608
    sealed.execute(sql, (len(prefix) + 1, *_named_args(kind)))
    latest = next(sealed, None)
    for rid, value in _rows(conn, table, "ORDER BY id"):
        while latest is not None and latest[0] < rid:
            if latest[1] != DELETED:
                yield f"{prefix}{latest[0]}", f"{prefix}{latest[0]} was deleted outside sbdesk"
            latest = next(sealed, None)
        if latest is None or latest[0] != rid:
            yield f"{prefix}{rid}", f"{prefix}{rid} is not in the audit log (written outside sbdesk)"
            continue
        if latest[1] != value:
            yield f"{prefix}{rid}", f"{prefix}{rid} was changed outside sbdesk (it does not match the audit log)"
        latest = next(sealed, None)
    while latest is not None:
        if latest[1] != DELETED:
            yield f"{prefix}{latest[0]}", f"{prefix}{latest[0]} was deleted outside sbdesk"
        latest = next(sealed, None)
