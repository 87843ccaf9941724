"""Two things a clerk waits for after a change, at a million people: the status bar's count
of people, and the members table going to the person just edited when that person is the
last one of everyone listed (select_person after an edit).

    python benchmarks/select_count.py [--people 1000000]

Baselines in the same run: count(*) (what the status bar ran before schema 9), and the same
ids fetched by raw sqlite3. Goal: nothing over one frame (16 ms) on the GUI thread.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_folder, line, median_ms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    folder = data_folder(ap.parse_args().people)
    from PySide6.QtWidgets import QApplication

    from sbdesk.services import people
    from sbdesk.services.desk import open_desk
    from sbdesk.ui.members.tab import MembersTab

    app = QApplication([])
    desk = open_desk(folder, operator="bench")
    raw = sqlite3.connect(folder / "sbdesk.db")
    print(f"{people.count(desk):,} people")
    print(
        line(
            "status bar count (row_counts)",
            median_ms(lambda: people.count(desk)),
            median_ms(lambda: raw.execute("SELECT count(*) FROM people").fetchone(), 5),
            goal="(baseline: count(*); goal < 16 ms)",
        )
    )
    last = raw.execute("SELECT id FROM people ORDER BY name_key DESC, id DESC LIMIT 1").fetchone()[0]
    tab = MembersTab(desk)
    tab.resize(1000, 700)
    tab.show()
    app.processEvents()

    def select_last() -> None:
        tab.run_search()  # everyone, first page: as after an edit
        tab.select_person(last)
        assert tab.current_person().id == last

    ours = median_ms(select_last, 5)
    base = median_ms(lambda: raw.execute("SELECT id FROM people ORDER BY name_key, id").fetchall(), 5)
    print(
        line(
            f"select_person, the last of {tab.model.rowCount():,}",
            ours,
            base,
            goal="(baseline: every id by raw SQL; before: 1.05 s scan)",
        )
    )
    started = time.perf_counter()
    tab.run_search()
    print(f"(clearing the search: {1000 * (time.perf_counter() - started):.1f} ms)")
    desk.close()


if __name__ == "__main__":
    main()
