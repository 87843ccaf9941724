"""What a clerk waits for in the members search: from the last key (or the paste) to the
repainted table and detail pane, the search box's debounce included, on the real main window,
offscreen, at several sizes. Each figure stands beside baselines measured in the same run,
interleaved, each in a process of its own: the same window with no debounce (every edit
searches at once), and a bare QTableView over a minimal lazy model fed by the same SQL (the
floor for a Qt table), with that SQL alone.

    python benchmarks/keystroke.py [--sizes 10000 100000 1000000] [--repeat 20] [--rounds 2] [--server [URL]]

--server: the same window on a branch server too (PostgreSQL; URL: a login that may create
databases, default SBDESK_TEST_PG), its people copied there from the same folder by
server_people.py; its felt figures stand beside the file's, with the page's SQL through the
store alone.

What is typed, each the way it reaches the window:
- key: one key after the rest of the text has its results (each case of ``cases``);
- paste: Ctrl+V of the whole text into the empty box;
- swipe: a card number sent key after key with nothing in between, then Enter (a card
  reader); timed from the Enter;
- typed: the text typed at a clerk's pace (``--pace`` ms a key); timed from the last key;
- burst: a card number at a scanner's pace (``--burst`` ms a key) with no Enter after it, so
  the debounce decides; timed from the last key.

Goal: median ≤ 50 ms and p95 ≤ 100 ms for every row at every size, the debounce included.
Chinese text arrives as an input-method commit, as from a real IME. Each row is done once
untimed first (warm-up: the first search of a process loads code and SQLite pages that a
clerk's window has long had), then ``--repeat`` times per round.
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


def cases(folder: Path) -> list[tuple[str, str, str]]:
    """(how, label, text): for single keys a name, a card prefix, an ID prefix and one digit, the
    first surname character and the digit with most matches; a paste, a swipe, typed text and a burst."""
    conn = sqlite3.connect(folder / "sbdesk.db")
    counts = {
        d: conn.execute(
            "SELECT count(*) FROM people WHERE id_number >= ? AND id_number < ?", (d, chr(ord(d) + 1))
        ).fetchone()[0]
        for d in "0123456789"
    }
    first = conn.execute("SELECT name FROM people ORDER BY id LIMIT 1").fetchone()[0][0]
    (n,) = conn.execute("SELECT count(*) FROM people").fetchone()
    (card,) = conn.execute(
        "SELECT card_number FROM people WHERE card_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?", (n // 2,)
    ).fetchone()
    conn.close()
    worst = max(counts, key=counts.get)
    found = [
        ("key", "何丽", "何丽"),
        ("key", "A000 (card prefix)", "A000"),
        ("key", "5116", "5116"),
        ("key", "1 (one digit)", "1"),
        ("key", f"{first} (first surname character)", first),
    ]
    if worst != "1":
        found.append(("key", f"{worst} (the worst digit)", worst))
    found += [
        ("paste", "何丽", "何丽"),
        ("paste", "ID prefix 5116", "5116"),
        ("swipe", f"card {card} + Enter", card),
        ("typed", "5116", "5116"),
        ("burst", f"card {card}", card),
    ]
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
def run_window(
    folder: Path, rows: list, repeat: int, pace: float, burst: float, debounce: bool, database: str = ""
) -> dict:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QGuiApplication, QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from sbdesk.app import build_main_window
    from sbdesk.ui.common import dialogs
    from sbdesk.ui.members.debounce import Debounce

    dialogs.inform = lambda *a, **k: None
    if database:  # the branch server's people; the folder keeps only this desk's settings
        os.environ["SBDESK_DATABASE"] = database
        folder = folder / "branch-desk"
    window = build_main_window(folder, lang="zh_CN", operator="bench")
    window.resize(1200, 760)
    window.show()
    for _ in range(20):
        app.processEvents()
    tab = window.members
    if not debounce:  # the baseline: every edit searches at once
        tab.debounce = Debounce(longest_ms=0)
    state = {"searched": False, "painted": False}
    tab.model.modelReset.connect(lambda: state.__setitem__("searched", True))

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Paint and state["searched"]:
                state["painted"] = True
            return False

    watch = Watch()
    tab.table.viewport().installEventFilter(watch)
    tab.empty.installEventFilter(watch)

    def settle(deadline: float = 60.0) -> None:
        """Until the table is painted after a search and no search is pending."""
        started = time.perf_counter()
        while not state["painted"] or tab.timer.isActive():
            app.processEvents()
            if time.perf_counter() - started > deadline:
                raise RuntimeError("no repaint after the search")

    def key(ch: str) -> None:
        if ch.isascii():
            QTest.keyClick(tab.search, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(tab.search, event)

    def at(moment: float) -> None:  # the event loop runs until then, as between a person's keys
        while time.perf_counter() < moment:
            app.processEvents()

    def arm() -> float:
        state.update(searched=False, painted=False)
        return time.perf_counter()

    def clear() -> None:
        tab.search.setFocus()
        if tab.search.text():
            arm()
            tab.search.clear()
            settle()
        at(time.perf_counter() + 0.1)  # a pause (over the burst gap) before the next text

    def once(how: str, text: str) -> float:
        """One row: the time from the measured event to the settled table."""
        clear()
        if how == "key":  # the rest first, each key waiting for its results
            prefix, last = (text[:-1], text[-1]) if text.isascii() else ("", text)
            for ch in prefix:
                arm()
                key(ch)
                settle()
                at(time.perf_counter() + 0.1)
            started = arm()
            key(last)
        elif how == "paste":
            QGuiApplication.clipboard().setText(text)
            started = arm()
            QTest.keyClick(tab.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        elif how == "swipe":
            for ch in text:
                key(ch)
            started = arm()
            QTest.keyClick(tab.search, Qt.Key.Key_Return)
        else:  # typed or burst: keys at a pace, the event loop running between them
            gap = (pace if how == "typed" else burst) / 1000
            moment = time.perf_counter()
            for ch in text[:-1]:
                key(ch)
                moment += gap
                at(moment)
            started = arm()
            key(text[-1])
        settle()
        took = (time.perf_counter() - started) * 1000
        assert tab.search.text() == text, tab.search.text()
        assert tab.model.rowCount() == 0 or tab.detail.isVisible()
        return took

    results = []
    for how, _label, text in rows:
        once(how, text)  # warm-up
        samples = [once(how, text) for _ in range(repeat)]
        results.append({"samples": samples, "rows": tab.model.rowCount()})
    sql: dict[str, list[float]] = {}
    if database:  # the first page's SQL through the store alone (a round trip to the server included)
        from sbdesk.store.people_search import search_page

        for text in dict.fromkeys(text for _how, _label, text in rows):
            sql[text] = []
            for _ in range(repeat):
                started = time.perf_counter()
                search_page(window.desk.conn, text, 0, PAGE)
                sql[text].append((time.perf_counter() - started) * 1000)
    window.close()
    window.desk.close()
    return {"rows": results, "peak_mb": peak_mb(), "sql": sql}


# -- the baselines: raw SQL, and a bare view over a minimal lazy model --------------------
def run_baseline(folder: Path, rows: list, repeat: int, *_) -> dict:
    from PySide6.QtCore import QEvent, QModelIndex, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QTableView

    from sbdesk.store.people_search import page_sql, search_sql, wide_arms

    app = QApplication([])
    conn = raw_connection(folder)

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
    for text in dict.fromkeys(text for _how, _label, text in rows):

        def first_page():  # the same SQL as the window's first page of matches, its probe included
            sql, args = page_sql(text, PAGE, wide=wide_arms(conn, text))
            return conn.execute(sql, args).fetchall()

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
        results[text] = {"sql": raw, "view": bare, "matches": matches}
    return {"cases": results, "peak_mb": peak_mb()}


def raw_connection(folder: Path):
    """sqlite3 on a plain folder; on an encrypted one (its key registered: encrypted.py) the
    store's SQLCipher connection, its bare floor."""
    from sbdesk.store import cipher

    path = folder / "sbdesk.db"
    return cipher.connect(path, cipher.key_for(path)) if cipher.is_encrypted(path) else sqlite3.connect(path)


def use_bench_key(folder: Path) -> None:
    """The folder's secret from encrypted.py (hex in SBDESK_BENCH_SECRET), registered before
    anything opens the folder, as keys.unlock does."""
    secret = os.environ.pop("SBDESK_BENCH_SECRET", "")
    if secret:
        from sbdesk.store import cipher

        cipher.use_key(folder, bytes.fromhex(secret))


def server_columns(felt: list[float], sql: list[float]) -> str:
    f = summary(felt)
    met = "met" if f["median"] <= 50 and f["p95"] <= 100 else "MISSED"
    return f" │ {f['median']:7.1f} {f['p95']:7.1f} │ {summary(sql)['median']:8.2f} │ {met}"


def child(kind: str, folder: Path, rows: list, args, database: str = "") -> dict:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--folder",
            str(folder),
            "--rows",
            json.dumps(rows),
            "--repeat",
            str(args.repeat),
            "--pace",
            str(args.pace),
            "--burst",
            str(args.burst),
            "--database",
            database,
        ],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=10, help="timed repeats of each row per round")
    ap.add_argument("--rounds", type=int, default=2, help="rounds of the three processes, interleaved")
    ap.add_argument("--pace", type=float, default=120.0, help="ms between a clerk's keys (typed)")
    ap.add_argument("--burst", type=float, default=8.0, help="ms between a scanner's keys (burst)")
    ap.add_argument("--server", nargs="?", const=os.environ.get("SBDESK_TEST_PG", ""), help="admin URL")
    ap.add_argument("--child")
    ap.add_argument("--folder")
    ap.add_argument("--rows")
    ap.add_argument("--database", default="")
    args = ap.parse_args()
    if args.child:
        rows = json.loads(args.rows)
        use_bench_key(Path(args.folder))
        if args.child == "baseline":
            out = run_baseline(Path(args.folder), rows, args.repeat)
        else:
            debounce = args.child != "nodebounce"
            out = run_window(Path(args.folder), rows, args.repeat, args.pace, args.burst, debounce, args.database)
        print(json.dumps(out))
        return
    from common import data_folder
    from server_people import server_database

    if args.server == "":
        sys.exit("--server: no URL given and SBDESK_TEST_PG is unset")

    print(
        "last key (or paste) → repainted table and detail pane (ms), the debounce included;"
        " goal: median ≤ 50, p95 ≤ 100"
    )
    for size in args.sizes:
        folder = data_folder(size)
        rows = cases(folder)
        url = server_database(args.server, size) if args.server else ""
        felt = [[] for _ in rows]
        bare_felt = [[] for _ in rows]
        served: list[list[float]] = [[] for _ in rows]
        served_sql: dict[str, list] = {}
        view: dict[str, list] = {}
        sql: dict[str, list] = {}
        peak = {}
        for _ in range(args.rounds):
            ours = child("window", folder, rows, args)
            none = child("nodebounce", folder, rows, args)
            base = child("baseline", folder, rows, args)
            for i, (o, n) in enumerate(zip(ours["rows"], none["rows"], strict=True)):
                felt[i] += o["samples"]
                bare_felt[i] += n["samples"]
            if url:
                on_server = child("window", folder, rows, args, url)
                for i, o in enumerate(on_server["rows"]):
                    served[i] += o["samples"]
                for text, times in on_server["sql"].items():
                    served_sql.setdefault(text, []).extend(times)
            for text, b in base["cases"].items():
                view.setdefault(text, []).extend(b["view"])
                sql.setdefault(text, []).extend(b["sql"])
            peak = {"window": ours["peak_mb"], "bare view": base["peak_mb"]}
            matches = {text: b["matches"] for text, b in base["cases"].items()}
        print(
            f"\n{size:,} people ({args.rounds} rounds × {args.repeat}; typed at {args.pace:.0f} ms a key, burst {args.burst:.0f})"
        )
        print(
            f"  {'how':6s} {'typed':34s} {'matches':>8s} {'felt':>7s} {'p95':>7s} │ {'no wait':>7s} {'p95':>7s} │"
            f" {'bare view':>9s} │ {'raw SQL':>8s} │ goal"
            + (f" │ {'server':>7s} {'p95':>7s} │ {'its SQL':>8s} │ goal" if url else "")
        )
        for i, (how, label, text) in enumerate(rows):
            f, n = summary(felt[i]), summary(bare_felt[i])
            met = "met" if f["median"] <= 50 and f["p95"] <= 100 else "MISSED"
            print(
                f"  {how:6s} {label:34s} {matches[text]:8,d} {f['median']:7.1f} {f['p95']:7.1f} │"
                f" {n['median']:7.1f} {n['p95']:7.1f} │ {summary(view[text])['median']:9.1f} │"
                f" {summary(sql[text])['median']:8.2f} │ {met}"
                + (server_columns(served[i], served_sql[text]) if url else "")
            )
        print(f"  peak memory: window process {peak['window']:.0f} MB, bare-view process {peak['bare view']:.0f} MB")


if __name__ == "__main__":
    main()
