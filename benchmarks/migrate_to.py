"""`migrate-to` of a generated office into a fresh server database, timed by stage.

    python benchmarks/generate.py /tmp/office --people 1000000
    python benchmarks/migrate_to.py /tmp/office [--admin URL]

--admin: a login that may create databases (default SBDESK_TEST_PG); the database made is
dropped afterwards. Goal: a million people in at most two minutes. Say the load (`uptime`)
beside any figure: the machine's other work slows every stage.
"""

from __future__ import annotations

import argparse
import os
import time
import uuid

import psycopg

from sbdesk.services import branch
from sbdesk.services.desk import open_desk


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--admin", default=os.environ.get("SBDESK_TEST_PG", ""))
    a = ap.parse_args()
    name = f"sbdesk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(a.admin, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = a.admin.rsplit("/", 1)[0] + "/" + name
    desk = open_desk(a.folder, "bench", create=False, database="")
    start, seen = time.perf_counter(), set()

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in seen:
            seen.add(stage)
            what = "waiting for the file's check" if stage == "check" else f"{stage} begins"
            print(f"{time.perf_counter() - start:7.1f} s  {what}", flush=True)

    try:
        result = branch.migrate_to(desk, url, progress)
        print(f"{time.perf_counter() - start:7.1f} s  done: {result['rows'].get('people', 0)} people, load {load()}")
    finally:
        desk.close()
        with psycopg.connect(a.admin, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
