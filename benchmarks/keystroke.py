"""What a clerk waits for when typing in the members search: from the key press to the
repainted table (and the detail pane, which is filled in the same step), on the real main
window, offscreen, at several sizes. Each figure stands beside two baselines measured in
the same run, each in a process of its own: the same search as raw SQL on sqlite3, and a
bare QTableView over a minimal lazy model fed by that SQL (the floor for a Qt table).

    python benchmarks/keystroke.py [--sizes 10000 100000 1000000] [--repeat 20]

The figure is what the clerk waits for, the search box's debounce included (the members tab
waits 150 ms after a key for the next one before it searches; its timer is left as the window
has it). Beside it, the work alone: from the debounce's end to the repainted table.

Goal for the work (the window's own part): median ≤ 50 ms and p95 ≤ 100 ms for every case at
every size. Multi-key searches ("A000") are typed up to the last key first, each key waiting
for its results; the last key is the one measured. Chinese text arrives as an
input-method commit, as it does from a real IME. Each case is typed once untimed first
(warm-up: the first search of a process loads Python code and SQLite pages that a clerk's
window has long had), then measured ``--repeat`` times.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PAGE = 1000  # the members tab's first page of matches (tab.MATCHES_PAGE); the rest page in on scrolling


def cases(folder: Path) -> dict[str, str]:
    """A name, a card prefix, an ID prefix and one digit, plus the first surname character and the digit
    with most matches."""
    conn = sqlite3.connect(folder / "sbdesk.db")
    counts = {
        d: conn.execute(
            "SELECT count(*) FROM people WHERE id_number >= ? AND id_number < ?", (d, chr(ord(d) + 1))
        ).fetchone()[0]
        for d in "0123456789"
    }
    first = conn.execute("SELECT name FROM people ORDER BY id LIMIT 1").fetchone()[0][0]
    conn.close()
    worst = max(counts, key=counts.get)
    found = {
        "何丽": "何丽",
        "A000 (card prefix)": "A000",
        "5116": "5116",
        "1 (one digit)": "1",
        f"{first} (first surname character)": first,
    }
    if worst != "1":
        found[f"{worst} (the worst digit)"] = worst
    return found


def summary(samples: list[float]) -> dict:
    samples = sorted(samples)
    return {
        "median": statistics.median(samples),
        "p95": statistics.quantiles(samples, n=20, method="inclusive")[18] if len(samples) > 1 else samples[0],
    }


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the real window ---------------------------------------------------------------------
def run_window(folder: Path, texts: dict[str, str], repeat: int) -> dict:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from sbdesk.app import build_main_window
    from sbdesk.ui.common import dialogs

    dialogs.inform = lambda *a, **k: None
    window = build_main_window(folder, lang="zh_CN", operator="bench")
    window.resize(1200, 760)
    window.show()
    for _ in range(20):
        app.processEvents()
    tab = window.members
    debounce = tab.timer.interval()
    state = {"searched": False, "painted": False, "fired": 0.0}
    tab.model.modelReset.connect(lambda: state.__setitem__("searched", True))

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if obj is tab.timer and event.type() == QEvent.Timer:  # the debounce ends: the search starts
                state["fired"] = time.perf_counter()
            elif event.type() == QEvent.Paint and state["searched"]:
                state["painted"] = True
            return False

    watch = Watch()
    tab.table.viewport().installEventFilter(watch)
    tab.timer.installEventFilter(watch)

    def settle(deadline: float = 60.0) -> None:
        started = time.perf_counter()
        while not state["painted"]:
            app.processEvents()
            if time.perf_counter() - started > deadline:
                raise RuntimeError("no repaint after the search")

    def typed(text: str) -> None:
        if text.isascii():
            QTest.keyClick(tab.search, text)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QApplication.sendEvent(tab.search, event)

    def reset(prefix: str) -> None:
        if tab.search.text():
            state.update(searched=False, painted=False)
            tab.search.clear()
            settle()
        for ch in prefix:
            state.update(searched=False, painted=False)
            typed(ch)
            settle()

    tab.search.setFocus()
    results = {}
    for label, text in texts.items():
        prefix, last = (text[:-1], text[-1]) if text.isascii() else ("", text)
        samples, work = [], []
        rows = 0
        for i in range(repeat + 1):  # the first, untimed, is the warm-up
            reset(prefix)
            state.update(searched=False, painted=False)
            started = time.perf_counter()
            typed(last)
            settle()
            if i:
                painted = time.perf_counter()
                samples.append((painted - started) * 1000)
                work.append((painted - state["fired"]) * 1000)
            rows = tab.model.rowCount()
            assert tab.search.text() == text, tab.search.text()
            assert rows == 0 or tab.detail.isVisible()
        results[label] = {**summary(samples), "work": summary(work), "rows": rows}
    window.close()
    window.desk.close()
    return {"cases": results, "peak_mb": peak_mb(), "debounce": debounce}


# -- the baselines: raw SQL, and a bare view over a minimal lazy model --------------------
def run_baseline(folder: Path, texts: dict[str, str], repeat: int) -> dict:
    from PySide6.QtCore import QEvent, QModelIndex, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QTableView

    from sbdesk.store.people_search import page_sql, search_sql, wide_arms

    app = QApplication([])
    conn = sqlite3.connect(folder / "sbdesk.db")

    from table import RawModel

    class Bare(RawModel):
        """table.py's raw model with the search's ids put in, and nothing paged in after them."""

        def set_ids(self, ids):
            self.beginResetModel()
            self.ids, self.cache = ids, {}
            self.endResetModel()

        def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
            return False

    split = QSplitter()
    view = QTableView(split)
    model = Bare(conn)
    view.setModel(model)
    detail = QLabel(split)
    split.resize(1200, 700)
    split.show()
    for _ in range(20):
        app.processEvents()
    state = {"painted": False}

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Paint:
                state["painted"] = True
            return False

    watch = Watch()
    view.viewport().installEventFilter(watch)
    results = {}
    for label, text in texts.items():

        def first_page():  # the same SQL as the window's first page of matches, its probe included
            sql, args = page_sql(text, wide=wide_arms(conn, text))
            return conn.execute(sql, (*args, PAGE)).fetchall()

        first_page()  # warm-up, as for the window
        raw = []
        for _ in range(repeat):
            started = time.perf_counter()
            first_page()
            raw.append((time.perf_counter() - started) * 1000)
        bare = []
        for i in range(repeat + 1):
            model.set_ids([])
            state["painted"] = False
            while not state["painted"]:
                app.processEvents()
            state["painted"] = False
            started = time.perf_counter()
            ids = [r[0] for r in first_page()]
            model.set_ids(ids)
            if ids:
                view.setCurrentIndex(model.index(0, 0))
                detail.setText(
                    " ".join(str(v) for v in conn.execute("SELECT * FROM people WHERE id=?", (ids[0],)).fetchone())
                )
            while not state["painted"]:
                app.processEvents()
            if i:
                bare.append((time.perf_counter() - started) * 1000)
        every, every_args = search_sql(text, "id")
        matches = len(conn.execute(every, (*every_args, -1)).fetchall())
        results[label] = {"sql": summary(raw), "view": summary(bare), "matches": matches}
    return {"cases": results, "peak_mb": peak_mb()}


def child(kind: str, folder: Path, texts: dict[str, str], repeat: int) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--folder",
            str(folder),
            "--texts",
            json.dumps(texts),
            "--repeat",
            str(repeat),
        ],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--child")
    ap.add_argument("--folder")
    ap.add_argument("--texts")
    args = ap.parse_args()
    if args.child:
        run = run_window if args.child == "window" else run_baseline
        print(json.dumps(run(Path(args.folder), json.loads(args.texts), args.repeat)))
        return
    from common import data_folder

    print(
        "keystroke → repainted table and detail pane (ms): felt, the debounce included, and the work after it;"
        " goal for the work: median ≤ 50, p95 ≤ 100"
    )
    for size in args.sizes:
        folder = data_folder(size)
        texts = cases(folder)
        ours = child("window", folder, texts, args.repeat)
        base = child("baseline", folder, texts, args.repeat)
        print(f"\n{size:,} people (debounce {ours['debounce']} ms)")
        print(
            f"  {'typed':34s} {'matches':>8s} {'felt':>7s} {'p95':>7s} │ {'work':>7s} {'p95':>7s} │"
            f" {'bare view':>9s} {'ratio':>6s} │ {'raw SQL':>8s} │ goal (work)"
        )
        for label in texts:
            o, b = ours["cases"][label], base["cases"][label]
            w = o["work"]
            met = "met" if w["median"] <= 50 and w["p95"] <= 100 else "MISSED"
            print(
                f"  {label:34s} {b['matches']:8,d} {o['median']:7.1f} {o['p95']:7.1f} │ {w['median']:7.1f} {w['p95']:7.1f} │"
                f" {b['view']['median']:9.1f} {w['median'] / b['view']['median']:5.1f}x │ "
                f"{b['sql']['median']:8.2f} │ {met}"
            )
        print(f"  peak memory: window process {ours['peak_mb']:.0f} MB, bare-view process {base['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
