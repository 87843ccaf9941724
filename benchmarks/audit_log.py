"""The auditor's view at scale: a log of N audit rows (a valid chain, 20 clerks, 12 actions,
a year of days) on the SQLite file and, with SBDESK_TEST_PG set, on a branch database; the
first page and a page far down for each filter, and the whole chain verified.

    python benchmarks/audit_log.py [rows]        (default 1,000,000)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sbdesk.services import audit_log
from sbdesk.services.desk import open_desk
from sbdesk.store import audit

ACTIONS = [
    "person.add",
    "person.edit",
    "person.reveal_id",
    "binding.add",
    "binding.end",
    "operator.sign_in",
    "exchange.export_people",
    "pension.period_add",
    "qinqing.draft",
    "person.card_status",
    "backup.manual",
    "person.delete",
]


def rows(n: int, head: str = audit.GENESIS):
    """(at, operator, action, subject, detail, prev_hash, hash) of a valid chain after ``head``."""
    start = datetime(2026, 1, 1, 8, 0)
    prev = head
    for i in range(n):
        at = (start + timedelta(seconds=i * 31)).astimezone().isoformat(timespec="seconds")
        operator = f"clerk{i % 20:02d}"
        action = ACTIONS[(i * 7) % len(ACTIONS)] if i % 97 else "person.reveal_id"
        subject = f"person:{1 + i % 50000}"
        detail = json.dumps({"n": i}, sort_keys=True)
        digest = audit._digest(prev, at, operator, action, subject, detail)
        yield (at, operator, action, subject, detail, prev, digest)
        prev = digest


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def measure(desk, label: str) -> None:
    filters = {
        "no filter": audit_log.Filter(),
        "one clerk": audit_log.Filter(clerk="clerk07"),
        "one day in March": audit_log.Filter(start=date(2026, 3, 3), end=date(2026, 3, 3)),
        "an action": audit_log.Filter(action="person.reveal_id"),
        "a person": audit_log.Filter(person="#1234"),
        "clerk + action + month": audit_log.Filter(
            clerk="clerk03", action="binding.end", start=date(2026, 2, 1), end=date(2026, 2, 28)
        ),
    }
    for name, wanted in filters.items():
        where = audit_log.where(desk, wanted)
        first = timed(lambda where=where: audit_log.page(desk, where))
        page = audit_log.page(desk, where)
        after = page[-1].key if page else None
        for _ in range(50):  # 50 pages down (10,000 rows), then time the next one
            more = audit_log.page(desk, where, after)
            if not more:
                break
            after = more[-1].key
        deep = timed(lambda where=where, after=after: audit_log.page(desk, where, after))
        print(f"{label:8} {name:24} first page {first:7.2f} ms   page 51 {deep:7.2f} ms")
    began = time.perf_counter()
    verdict = audit_log.verify(desk)
    print(
        f"{label:8} verify the whole chain: {time.perf_counter() - began:.1f} s ({verdict.rows:,} rows, ok={verdict.ok})"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(f"load before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        desk = open_desk(Path(tmp) / "file", operator="bench")
        conn = desk.conn
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO audit (at, operator, action, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
            rows(n, audit.head(conn)[1]),
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        measure(desk, "sqlite")
        desk.close()
        url = os.environ.get("SBDESK_TEST_PG")
        if not url:
            return
        import psycopg

        name = f"sbdesk_bench_audit_{os.getpid()}"
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        server = url.rsplit("/", 1)[0] + "/" + name
        try:
            open_desk(Path(tmp) / "server", database=server).close()
            with psycopg.connect(server) as pg:
                pg.execute("SET session_replication_role = replica")  # the chain's triggers: rows are valid
                head = pg.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
                with pg.cursor().copy(
                    "COPY audit (at, operator, action, subject, detail, prev_hash, hash) FROM STDIN"
                ) as copy:
                    for row in rows(n, head[0] if head else audit.GENESIS):
                        copy.write_row(row)
                pg.commit()
            with psycopg.connect(server, autocommit=True) as pg:
                pg.execute("VACUUM ANALYZE audit")
            desk = open_desk(Path(tmp) / "server", database=server)
            measure(desk, "server")
            desk.close()
        finally:
            with psycopg.connect(url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
