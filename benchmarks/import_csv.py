"""Import of 100,000 CSV rows with full validation vs raw csv + executemany of the same rows.

    python benchmarks/import_csv.py [--rows 100000]

Goal: sbdesk at least 0.3× the raw speed (time ratio ≤ 3.3×).
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import line
from generate import people_rows

from sbdesk.services import exchange
from sbdesk.services.desk import open_desk


def raw_insert(conn, source: Path) -> float:
    """The baseline: the CSV's rows inserted with one executemany in one transaction, no check
    (seconds), on a sqlite3 or SQLCipher connection to a file of the same schema."""
    started = time.perf_counter()
    with source.open(encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO people (name, id_number, region_code, insurance, card_number,"
            " computer_number, created_at, updated_at) VALUES (?,?,?,?,?,?,'','')",
            ((r[0], r[1], r[2], r[3], r[4] or None, r[5] or None) for r in reader),
        )
        conn.execute("COMMIT")
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    n = ap.parse_args().rows
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        desk = open_desk(tmp / "ours", operator="bench")
        codes = [r.code for r in desk.catalogue.regions]
        source = tmp / "people.csv"
        with source.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(exchange.PEOPLE_COLUMNS)
            for row in people_rows(n, codes):
                out.writerow([row[1], row[0], row[4], row[5], row[6], ""])
        started = time.perf_counter()
        exchange.import_file(desk, source)
        ours = time.perf_counter() - started
        assert desk.conn.execute("SELECT count(*) FROM people").fetchone()[0] == n
        desk.close()

        raw_desk = open_desk(tmp / "raw", operator="bench")  # same schema and indexes
        raw_desk.close()
        conn = sqlite3.connect(tmp / "raw" / "sbdesk.db")
        raw = raw_insert(conn, source)
        conn.close()
    print(f"import of {n:,} CSV rows (validated: check digit, region, card format, duplicates in file and on record)")
    print(
        line(
            "sbdesk import vs raw executemany",
            ours * 1000,
            raw * 1000,
            goal=f"= {raw / ours:.2f}x raw speed (goal ≥ 0.3x)",
        )
    )


if __name__ == "__main__":
    main()
