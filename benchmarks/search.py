"""Search by ID prefix and by name through the service vs the same raw sqlite3 query.

    python benchmarks/search.py [--people 100000]

Prints median milliseconds of each and the ratio service/raw measured in the same run.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

from sbdesk.services import people  # noqa: E402
from sbdesk.services.desk import open_desk  # noqa: E402


def median_ms(fn, repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    n = ap.parse_args().people
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        generate(tmp, n)
        print(f"generated {n} people in {time.perf_counter() - t:.1f} s")
        desk = open_desk(tmp, operator="bench")
        raw = sqlite3.connect(Path(tmp) / "sbdesk.db")
        prefix = raw.execute("SELECT substr(id_number, 1, 10) FROM people LIMIT 1 OFFSET ?", (n // 2,)).fetchone()[0]
        name = raw.execute("SELECT substr(name, 1, 2) FROM people LIMIT 1 OFFSET ?", (n // 3,)).fetchone()[0]
        hi = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        name_hi = name[:-1] + chr(ord(name[-1]) + 1)
        cases = {
            "ID prefix": (lambda: people.search(desk, prefix, 200),
                          lambda: raw.execute("SELECT * FROM people WHERE id_number >= ? AND id_number < ? "
                                              "ORDER BY id LIMIT 200", (prefix, hi)).fetchall()),
            "name prefix": (lambda: people.search(desk, name, 200),
                            lambda: raw.execute("SELECT * FROM people WHERE name >= ? AND name < ? "
                                                "ORDER BY id LIMIT 200", (name, name_hi)).fetchall()),
        }
        for label, (service, baseline) in cases.items():
            s, b = median_ms(service), median_ms(baseline)
            print(f"{label:12s} service {s:7.2f} ms   raw sqlite3 {b:7.2f} ms   ratio {s / b:5.2f}x")
        desk.close()


if __name__ == "__main__":
    main()
