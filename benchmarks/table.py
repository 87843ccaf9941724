"""Opening and scrolling the members table on a million people: sbdesk's lazy model and tab
vs a bare QTableView over a minimal lazy raw-SQL model, in the same process.

    python benchmarks/table.py [--people 1000000] [--pages 300]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_folder, line
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView


class RawModel(QAbstractTableModel):
    """The baseline: ids paged in, rows fetched 256 at a time by raw SQL, no domain objects."""

    def __init__(self, conn) -> None:
        super().__init__()
        self.conn, self.ids, self.cache = conn, [], {}
        self.ids = [r[0] for r in conn.execute("SELECT id FROM people ORDER BY id LIMIT 5000")]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return len(self.ids)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 7

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return True

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        page = [
            r[0]
            for r in self.conn.execute("SELECT id FROM people WHERE id > ? ORDER BY id LIMIT 5000", (self.ids[-1],))
        ]
        self.beginInsertRows(QModelIndex(), len(self.ids), len(self.ids) + len(page) - 1)
        self.ids.extend(page)
        self.endInsertRows()

    def data(self, index, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        block = index.row() // 256
        if block not in self.cache:
            ids = self.ids[block * 256 : (block + 1) * 256]
            rows = self.conn.execute(
                f"SELECT id, name, id_number, sex, birth_date, region_code, insurance,"
                f" card_number FROM people WHERE id IN ({','.join('?' * len(ids))})",
                ids,
            )
            self.cache[block] = {r[0]: r for r in rows}
        row = self.cache[block].get(self.ids[index.row()])
        return None if row is None else str(row[index.column() + 1])


def scroll(view: QTableView, app: QApplication, pages: int) -> float:
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    started = time.perf_counter()
    bar = view.verticalScrollBar()
    for _ in range(pages):
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        app.processEvents()
    return (time.perf_counter() - started) * 1000


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args()
    folder = data_folder(args.people)
    app = QApplication([])
    before = rss_mb()

    started = time.perf_counter()
    conn = sqlite3.connect(folder / "sbdesk.db")
    raw_view = QTableView()
    raw_view.setModel(RawModel(conn))
    raw_view.resize(1000, 700)
    raw_view.show()
    app.processEvents()
    raw_open = (time.perf_counter() - started) * 1000
    raw_scroll = scroll(raw_view, app, args.pages)
    raw_rows = raw_view.model().rowCount()
    raw_view.close()
    middle = rss_mb()

    from sbdesk.services.desk import open_desk
    from sbdesk.ui.members.tab import MembersTab

    started = time.perf_counter()
    desk = open_desk(folder, operator="bench")
    tab = MembersTab(desk)
    tab.resize(1000, 700)
    tab.show()
    app.processEvents()
    ours_open = (time.perf_counter() - started) * 1000
    ours_scroll = scroll(tab.table, app, args.pages)
    after = rss_mb()
    print(f"members table over {args.people:,} people: open, then {args.pages} page-downs with repaint")
    print(line("open to first paint", ours_open, raw_open))
    print(
        line(
            f"scroll {args.pages} pages ({tab.model.rowCount():,} / {raw_rows:,} rows paged in)",
            ours_scroll,
            raw_scroll,
        )
    )
    print(
        f"peak memory: process {after:.0f} MB (baseline part {middle - before:.0f} MB, "
        f"sbdesk part {after - middle:.0f} MB beyond it)"
    )
    desk.close()


if __name__ == "__main__":
    main()
