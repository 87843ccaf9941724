"""What ``migrate-to`` turns off while it copies, and how the whole copy is then verified on
the server, in the copy's own transaction, before it commits.

Why the checks may be off. The schema is built in the copy's transaction: until COMMIT no
other session can see its tables, let alone write to them, so a trigger disabled here is
disabled for this session only and is on again (``release``) before anyone else could write.
What is off and what stands in for it:

* the INSERT triggers of the copied tables (``hold``): the audit chain (``audit_valid``), the
  seals (``seals_valid``, ``audit_sealed``), the operator rule (``audit_operator``: the copying
  role owns the tables, and the owner may write any operator, so it refuses nothing here),
  the rows noted for the next seal (``*_touched``: this session has no ``touched`` table) and
  the people counter (a statement trigger). Fired per row they cost 60 µs a sealed row and
  more: each appended audit row updates the one ``audit_head`` row, and a row updated N times
  in one transaction leaves N versions every later update walks (a quadratic copy);
* the foreign keys and the indexes that back no constraint: dropped, copied without them,
  made again from their own definitions (same names), which checks every row at once.

``verify`` then checks every row as the triggers would have, set-based: the chain recomputed
on the server (ids ascending and given out by the identity, each row's prev_hash the hash
before it, its hash the chain's value, its detail a JSON object), ``audit_head`` set to the
last row, the seals of every audit row the ones its detail records (``audit_sealed``), every
seal naming a person or a binding by its id, every person and binding the row its latest
seal hashed (history: a seal is the row as it was then, so the latest one must be the row
now), the people counter the source's and the table's, the rows counted, and at last the
server's own ``integrity`` (every trigger on again, every constraint validated). Any problem
rolls the whole copy back (tests/store/test_transfer_checks.py puts a bad row in the source).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import server
from .errors import Refused
from .seals import _columns

Tell = Callable[[str, int, int], None]


def run(conn: server.Connection, sql: str, params: tuple | None = None) -> list[tuple]:
    """Server-only SQL as written (psycopg's %s marks; no rewrite: it spells plpgsql and casts)."""
    with conn.errors():
        cur = conn.raw.execute(sql, params)
        return cur.fetchall() if cur.description else []


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Held:
    """What ``hold`` turned off, to be turned on again by ``release``."""

    triggers: list[tuple[str, str]] = field(default_factory=list)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (table, name, definition)
    indexes: list[tuple[str, str]] = field(default_factory=list)  # (name, definition)

    @property
    def steps(self) -> int:
        return len(self.indexes) + len(self.foreign_keys) + 1


def hold(conn: server.Connection, tables: list[str]) -> Held:
    """Turn off the per-row work of ``tables`` (just made, in this transaction)."""
    held = Held()
    held.triggers = [
        (r[0], r[1])
        for r in run(
            conn,
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal"
            " AND t.tgenabled <> 'D' AND (t.tgtype & 4) <> 0 AND c.relname = ANY(%s) ORDER BY 1, 2",  # 4: INSERT
            (tables,),
        )
    ]
    held.foreign_keys = [
        (r[0], r[1], r[2])
        for r in run(
            conn,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2",
        )
    ]
    held.indexes = [
        (r[0], r[1])
        for r in run(
            conn,
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace"
            " AND c.relname = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
            " WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x')) ORDER BY 1",
            (tables,),
        )
    ]
    for table, name in held.triggers:
        run(conn, f"ALTER TABLE {ident(table)} DISABLE TRIGGER {ident(name)}")
    for table, name, _ in held.foreign_keys:
        run(conn, f"ALTER TABLE {table} DROP CONSTRAINT {ident(name)}")
    for name, _ in held.indexes:
        run(conn, f"DROP INDEX {name}")
    return held


def release(conn: server.Connection, held: Held, tell: Tell) -> None:
    """Indexes made again, then the foreign keys (each checks every row), then the triggers."""
    run(conn, "SET LOCAL maintenance_work_mem = '256MB'")  # sorts for the index builds in memory
    step = 0
    for _, definition in held.indexes:
        run(conn, definition)
        step += 1
        tell("keys", step, held.steps)
    for table, name, definition in held.foreign_keys:
        run(conn, f"ALTER TABLE {table} ADD CONSTRAINT {ident(name)} {definition}")
        step += 1
        tell("keys", step, held.steps)
    for table, name in held.triggers:
        run(conn, f"ALTER TABLE {ident(table)} ENABLE TRIGGER {ident(name)}")
    tell("keys", held.steps, held.steps)


#: an audit row's detail is a JSON object (the trigger's test); plpgsql catches what is not
#: JSON at all, which a plain query could only fail on without naming the row
DETAILS = """DO $$
DECLARE r record; ok boolean;
BEGIN
    BEGIN
        PERFORM 1 FROM audit WHERE json_typeof(detail::json) IS DISTINCT FROM 'object' LIMIT 1;
        IF NOT FOUND THEN RETURN; END IF;
    EXCEPTION WHEN others THEN NULL;  -- some detail is not JSON: found row by row below
    END;
    FOR r IN SELECT id, detail FROM audit ORDER BY id LOOP
        BEGIN
            ok := json_typeof(r.detail::json) = 'object';
        EXCEPTION WHEN others THEN
            ok := false;
        END;
        IF NOT ok THEN
            RAISE EXCEPTION 'audit row %: detail is not a JSON object', r.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END LOOP;
END $$"""

#: the chain as sbdesk_audit_chain() checks each appended row (schema 14)
CHAIN = """SELECT id, CASE WHEN id <= 0 OR id > (SELECT last_value FROM {sequence})
        THEN 'its id was not given out by the identity'
    WHEN prev_hash IS DISTINCT FROM before THEN 'previous hash does not match'
    ELSE 'content does not match its hash' END
FROM (SELECT *, lag(hash, 1, repeat('0', 64)) OVER (ORDER BY id) AS before FROM audit) a
WHERE id <= 0 OR id > (SELECT last_value FROM {sequence}) OR prev_hash IS DISTINCT FROM before
    OR hash IS DISTINCT FROM encode(sha256(convert_to(prev_hash || '[' || to_json(at)::text || ','
        || to_json(operator)::text || ',' || to_json(action)::text || ',' || to_json(subject)::text || ','
        || to_json(detail)::text || ']', 'UTF8')), 'hex')
ORDER BY id LIMIT 5"""

#: every audit row's seals against what its detail records (sbdesk_audit_sealed(), schema 14)
GROUPS = """WITH g AS (SELECT audit_id, count(*) AS n, encode(sha256(convert_to(
        string_agg(subject || ' ' || hash || E'\\n', '' ORDER BY id), 'UTF8')), 'hex') AS digest
    FROM seals GROUP BY audit_id)
SELECT coalesce(a.id, g.audit_id) FROM audit a FULL JOIN g ON g.audit_id = a.id
WHERE a.id IS NULL OR CASE WHEN a.detail LIKE '%"seals"%' THEN NOT coalesce(
        json_typeof(a.detail::json -> 'seals') = 'string' AND json_typeof(a.detail::json -> 'sealed') = 'number'
        AND a.detail::json ->> 'seals' = g.digest AND (a.detail::json ->> 'sealed')::numeric = g.n, false)
    ELSE g.n IS NOT NULL END
ORDER BY 1 LIMIT 5"""

#: a seal names a person or a binding by its id (sbdesk_seal_valid())
NAMED = "^(person|binding):[1-9][0-9]{0,17}$"

#: each row against the latest seal of its subject (store/seals.py's verify, on the server)
LATEST = """WITH latest AS (
    SELECT DISTINCT ON (subject) substr(subject, {start})::bigint AS id, hash FROM seals
    WHERE subject LIKE '{kind}:%' AND subject ~ '^{kind}:[1-9][0-9]{{0,17}}$' ORDER BY subject, seals.id DESC),
now AS (SELECT id, {digest} AS hash FROM {table})
SELECT coalesce(now.id, latest.id), now.id IS NULL, latest.id IS NULL
FROM now FULL JOIN latest ON latest.id = now.id
WHERE latest.hash IS DISTINCT FROM coalesce(now.hash, 'deleted')
ORDER BY 1 LIMIT 5"""


def row_digest(conn: server.Connection, table: str) -> str:
    """SQL for the sha256 of a row as store/seals.py hashes it (its columns' JSON values in the
    order of their names: the same text the seal trigger's json_each makes)."""
    values = " || ',' || ".join(f"coalesce(to_json({ident(n)})::text, 'null')" for n in _columns(conn, table))
    return f"encode(sha256(convert_to('[' || {values} || ']', 'UTF8')), 'hex')"


STEPS = 6


def verify(conn: server.Connection, copied: dict[str, int], counter: int, tell: Tell) -> list[str]:
    """Problems of the copy on the server, each naming its row (none: it may commit)."""
    problems = []
    for table, n in copied.items():
        there = conn.execute(f"SELECT count(*) FROM {ident(table)}").fetchone()[0]  # noqa: S608 - ident
        if there != n:
            problems.append(f"{table}: {n} rows read, {there} on the server")
    tell("verify", 1, STEPS)
    try:
        run(conn, DETAILS)
    except Refused as exc:  # the row it names (the transaction is lost: nothing more to ask)
        return problems + [str(getattr(getattr(exc.__cause__, "diag", None), "message_primary", "") or exc)]
    sequence = conn.execute("SELECT pg_get_serial_sequence('audit', 'id')").fetchone()[0]
    problems += [f"audit row {r[0]}: {r[1]}" for r in run(conn, CHAIN.format(sequence=sequence))]
    tell("verify", 2, STEPS)
    run(
        conn,
        "UPDATE audit_head SET (id, hash, xact, closed) = (SELECT coalesce(max(id), 0),"
        " coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), repeat('0', 64)), txid_current(), true"
        " FROM audit)",
    )
    problems += [f"seals of audit row {r[0]}: they do not match the audit row" for r in run(conn, GROUPS)]
    problems += [
        f"seal {r[0]}: it names no person or binding by its id"
        for r in run(conn, "SELECT id FROM seals WHERE subject !~ %s ORDER BY id LIMIT 5", (NAMED,))
    ]
    tell("verify", 3, STEPS)
    for step, (kind, table) in enumerate((("person", "people"), ("binding", "bindings")), start=4):
        sql = LATEST.format(start=len(kind) + 2, kind=kind, table=table, digest=row_digest(conn, table))
        for rid, deleted, unsealed in run(conn, sql):
            what = "was deleted" if deleted else "is not in the audit log (written" if unsealed else "was changed"
            problems.append(f"{kind}:{rid} {what} outside sbdesk" + (")" if unsealed else ""))
        tell("verify", step, STEPS)
    run(conn, "UPDATE row_counts SET n = %s WHERE name = 'people'", (counter,))
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    if people != counter:
        problems.append(f"row_counts: people {counter}, table {people}")
    problems += server.integrity(conn)
    tell("verify", STEPS, STEPS)
    return problems
