"""The members table and search on a branch server, against the raw psycopg query (branch
mode): the same synthetic office as search.py, moved onto a fresh server database with
`migrate-to`, then each query through sbdesk's services vs the same SQL sent by plain
psycopg (the store's own translation of it, so only sbdesk's layer is measured).

    python benchmarks/branch_search.py [--admin URL] [--people 100000]

--admin: a login that may create databases (default SBDESK_TEST_PG). Goal as search.py:
ratio ≤ 1.5x; the server adds a network round trip that the SQLite file does not have.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_folder, line
from common import median_ms as timed


def median_ms(fn, repeat: int = 15) -> float:
    """After a warm-up: the server prepares a statement on its 6th run (psycopg's threshold)."""
    for _ in range(6):
        fn()
    return timed(fn, repeat)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--admin", default=os.environ.get("SBDESK_TEST_PG", ""))
    args = ap.parse_args()
    if not args.admin:
        print("no server: give --admin URL or set SBDESK_TEST_PG", file=sys.stderr)
        return 2
    import psycopg

    from sbdesk.services import branch, people
    from sbdesk.services.desk import open_desk
    from sbdesk.store import people_search
    from sbdesk.store.people import COLUMNS
    from sbdesk.store.people_search import search_sql
    from sbdesk.store.server import translate
    from sbdesk.ui.members.listing import MATCHES_SHOWN

    folder = data_folder(args.people)
    name = f"sbdesk_search_{uuid.uuid4().hex[:8]}"
    base, _, query = args.admin.partition("?")
    url = base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")
    with psycopg.connect(args.admin, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        local = open_desk(folder, operator="bench", database="")
        branch.migrate_to(local, url)
        local.close()
        desk = open_desk(folder / "branch-desk", database=url)
        raw = psycopg.connect(url, autocommit=True)
        raw.execute("ANALYZE")
        n = raw.execute("SELECT count(*) FROM people").fetchone()[0]
        sample = raw.execute("SELECT id_number, name FROM people ORDER BY id LIMIT 1 OFFSET %s", (n // 2,)).fetchone()
        cases = {
            "ID prefix (10 digits)": sample[0][:10],
            "ID prefix (6 digits)": sample[0][:6],
            "ID prefix (1 digit, worst case)": sample[0][:1],
            "name prefix (2 characters)": sample[1][:2],
        }
        print(f"branch server: search over {n:,} people (raw psycopg as the baseline)")
        for label, text in cases.items():
            sql, params = search_sql(text, "id")
            cap = MATCHES_SHOWN + 1
            pg = translate(sql)[0]
            ours = median_ms(lambda: people.find_ids(desk, text, cap))
            base_ms = median_ms(lambda: raw.execute(pg, (*params, cap)).fetchall())
            found = len(people.find_ids(desk, text, cap))
            print(line(f"table ids: {label}, {found:,} found", ours, base_ms, goal="(goal ≤ 1.5x)"))
            sql, params = search_sql(text, "rows")
            pg = translate(sql)[0]
            ours = median_ms(lambda: people.search(desk, text, 200))
            base_ms = median_ms(lambda: raw.execute(pg, (*params, 200)).fetchall())
            print(line(f"200 people: {label}", ours, base_ms, goal="(goal ≤ 1.5x)"))
        ids = people_search.search_ids(desk.conn, "", 256)
        page = f"SELECT {COLUMNS} FROM people WHERE id IN ({','.join(['%s'] * len(ids))})"
        print(
            line(
                "table block: 256 people by id",
                median_ms(lambda: people.rows(desk, ids)),
                median_ms(lambda: raw.execute(page, ids).fetchall()),
                goal="(goal ≤ 1.5x)",
            )
        )
        middle = people_search.search_ids(desk.conn, "", n // 2)[-1]
        ours = median_ms(lambda: people_search.id_page(desk.conn, middle, 256))
        after = translate(
            "SELECT id FROM people WHERE (name_key, id) > ((SELECT name_key FROM people WHERE id = ?), ?)"
            " ORDER BY name_key, id LIMIT ?"
        )[0]
        print(
            line(
                "table page: the next 256 from the middle",
                ours,
                median_ms(lambda: raw.execute(after, (middle, middle, 256)).fetchall()),
                goal="(goal ≤ 1.5x)",
            )
        )
        desk.close()
        raw.close()
    finally:
        with psycopg.connect(args.admin, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
