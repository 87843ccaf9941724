"""A branch server database holding a benchmark folder's people, made the fast way: the schema
by sbdesk itself, then the people by COPY straight from the folder's SQLite file (migrate-to
checks and seals every row, which takes minutes at a million), then VACUUM ANALYZE, as a
server's autovacuum would have done long before a clerk types.

    python benchmarks/server_people.py [--admin URL] [--people 1000000]

The database (``sbdesk_bench_<people>``) is kept on the server and reused while it holds
that many people. Its rows are not sealed: it is for reading (search, paging), not for check.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

COPIED = (
    "id, id_number, name, sex, birth_date, region_code, insurance, card_number, computer_number,"
    " created_at, updated_at, ss_account, financial_account, retirement_category, name_key"
)


def url_of(admin: str, name: str) -> str:
    base, _, query = admin.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")


def server_database(admin: str, people: int) -> str:
    """The URL of a server database with ``people`` people (common.data_folder's), made once."""
    import psycopg
    from common import data_folder

    from sbdesk.services.desk import open_desk

    name = f"sbdesk_bench_{people}"
    url = url_of(admin, name)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if exists:
        with psycopg.connect(url, autocommit=True) as conn:
            if conn.execute("SELECT count(*) FROM people").fetchone()[0] == people:
                return url
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
    folder = data_folder(people)
    started = time.perf_counter()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    open_desk(folder / "branch-desk", operator="bench", database=url).close()  # schema, roles, catalogue
    source = sqlite3.connect(f"file:{folder / 'sbdesk.db'}?mode=ro", uri=True)
    with psycopg.connect(url) as conn:
        with conn.cursor().copy(f"COPY people ({COPIED}) FROM STDIN") as copy:
            for row in source.execute(f"SELECT {COPIED} FROM people ORDER BY id"):
                copy.write_row(row)
        conn.execute("SELECT setval(pg_get_serial_sequence('people', 'id'), (SELECT max(id) FROM people))")
    source.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE people")
    print(f"(copied {people:,} people onto the server in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return url


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--admin", default=os.environ.get("SBDESK_TEST_PG", ""))
    args = ap.parse_args()
    if not args.admin:
        print("no server: give --admin URL or set SBDESK_TEST_PG", file=sys.stderr)
        return 2
    server_database(args.admin, args.people)
    return 0


if __name__ == "__main__":
    sys.exit(main())
