"""Search by ID prefix and by name through the service vs the same raw sqlite3 query.

    python benchmarks/search.py [--people 1000000]

Goal: ratio ≤ 1.5× and under 50 ms.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_folder, line, median_ms

from sbdesk.services import people
from sbdesk.services.desk import open_desk
from sbdesk.store.people_search import search_sql
from sbdesk.ui.members.listing import MATCHES_SHOWN


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    folder = data_folder(ap.parse_args().people)
    desk = open_desk(folder, operator="bench")
    raw = sqlite3.connect(folder / "sbdesk.db")
    n = raw.execute("SELECT count(*) FROM people").fetchone()[0]
    sample = raw.execute("SELECT id_number, name FROM people LIMIT 1 OFFSET ?", (n // 2,)).fetchone()
    cases = {
        "ID prefix (10 digits)": sample[0][:10],
        "ID prefix (6 digits)": sample[0][:6],
        "ID prefix (1 digit, worst case)": sample[0][:1],
        "name prefix (2 characters)": sample[1][:2],
    }
    print(f"search over {n:,} people, first 200 matches")
    for label, text in cases.items():
        # what the members table runs on each keystroke: the matching row ids (the first 50,000)
        sql, args = search_sql(text, "id")
        cap = MATCHES_SHOWN + 1
        ours = median_ms(lambda: people.find_ids(desk, text, cap))
        base = median_ms(lambda: raw.execute(sql, (*args, cap)).fetchall())
        found = len(people.find_ids(desk, text, cap))
        print(line(f"table ids: {label}, {found:,} found", ours, base, goal="(goal ≤ 1.5x, < 50 ms)"))
        # the CLI's and dialogs' search: the first 200 people as Person records
        sql, args = search_sql(text, "rows")
        ours = median_ms(lambda: people.search(desk, text, 200))
        base = median_ms(lambda: raw.execute(sql, (*args, 200)).fetchall())
        print(line(f"200 people: {label}", ours, base, goal="(goal ≤ 1.5x, < 50 ms)"))
    desk.close()


if __name__ == "__main__":
    main()
