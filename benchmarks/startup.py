"""Start-up to a shown window: sbdesk on a large data folder vs a bare PySide6 QMainWindow,
each in a fresh interpreter, interleaved, median of several runs; warm (files in the page
cache, a clerk's second start) and cold (page cache dropped before each start of either
side: `sync; echo 3 > /proc/sys/vm/drop_caches`, which needs root; skipped otherwise).

    python benchmarks/startup.py [--people 1000000] [--runs 5] [--no-cold] [--against DIR]

``--against DIR`` starts another sbdesk tree too, in the same rotation (a change's before and
after: ``git worktree add /tmp/before HEAD~1``); its ratios are against the same bare window.

Goal: ≤ 2× the bare window, warm and cold. The warm run also starts, in the same rotation, a
window with sbdesk's widgets and none of its work (TABLE below): PySide6's own cost for such a
window, which the goal has to include.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_folder, line

BARE = (
    "import time\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.resize(1200, 760)\nw.show()\napp.processEvents()\n"
    "print(f'shown {time.monotonic():.6f} {time.process_time():.6f}', flush=True)\n"
)

# The floor for a window like sbdesk's with no sbdesk in it: the same widgets (menus with
# shortcuts, a search box, a sortable table over a Python model of 1,000 rows, a detail pane
# of labels, a status bar) and nothing read from disk. What it costs beyond the bare window
# is what PySide6 costs any such window: each Qt class touched from Python has its enums made
# as Python enum classes (the Qt namespace alone is 93 of them).
TABLE = """\
import time
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMainWindow, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return 0 if parent is not None and parent.isValid() else 1000
    def columnCount(self, parent=None): return 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f'{index.row()}-{index.column()}' if role == Qt.ItemDataRole.DisplayRole else None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return f'column {section}' if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal else None
app = QApplication([])
w = QMainWindow()
for title in ('File', 'Tools', 'Settings', 'Help'):
    menu = w.menuBar().addMenu(title)
    for i in range(5):
        action = QAction(f'{title} {i}', w)
        action.setShortcut(QKeySequence(f'Ctrl+Shift+{i}'))
        menu.addAction(action)
tabs = QTabWidget(w)
page = QWidget()
row = QHBoxLayout()
row.addWidget(QLineEdit())
for text in ('Add', 'Edit', 'Bind', 'Delete'):
    row.addWidget(QPushButton(text))
table = QTableView()
table.setModel(Model(table))
table.setSortingEnabled(True)
box = QGroupBox('detail')
form = QFormLayout(box)
for i in range(7):
    form.addRow(QLabel(f'caption {i}'), QLabel(f'value {i}'))
split = QSplitter()
split.addWidget(table)
split.addWidget(box)
outer = QVBoxLayout(page)
outer.addLayout(row)
outer.addWidget(split)
tabs.addTab(page, 'Family members')
tabs.addTab(QWidget(), 'Binding channels')
tabs.addTab(QWidget(), 'Regions')
w.setCentralWidget(tabs)
w.statusBar().showMessage('ready')
w.resize(1200, 760)
w.show()
app.processEvents()
print(f'shown {time.monotonic():.6f} {time.process_time():.6f}', flush=True)
"""


def shown_ms(command: list[str], env: dict, cwd: Path | None = None) -> tuple[float, float]:
    """(ms from spawning the process to its first painted window, ms of CPU the process spent
    to get there): both print a monotonic stamp and their process_time. The CPU figure moves
    less with the machine's other load than the wall-clock one."""
    started = time.monotonic()
    out = subprocess.run(command, check=True, env=env, capture_output=True, text=True, cwd=cwd).stdout
    _, stamp, cpu = next(line for line in out.splitlines() if line.startswith("shown ")).split()
    return (float(stamp) - started) * 1000, float(cpu) * 1000


def report(label: str, ours: list[tuple[float, float]], base: list[tuple[float, float]], goal: str) -> None:
    """Median and p95 of the wall-clock time, and the median CPU time, each beside the bare window's."""
    for i, what in ((0, "wall"), (1, "CPU")):
        a, b = [x[i] for x in ours], [x[i] for x in base]
        print(line(f"{label}, {what} median", statistics.median(a), statistics.median(b), goal=goal))
        if i == 0 and len(a) >= 5:
            print(line(f"{label}, {what} p95", p95(a), p95(b)))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")
        return True
    except OSError:
        return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--against", type=Path, help="another sbdesk tree, started in the same rotation")
    args = ap.parse_args()
    folder = data_folder(args.people)
    trees = [Path(__file__).resolve().parents[1], *([args.against.resolve()] if args.against else [])]
    # bytecode compiled once, as pip or the bundle leave it (this machine sets
    # PYTHONDONTWRITEBYTECODE, which would have every start compile sbdesk from source)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *(str(tree / "sbdesk") for tree in trees)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "SBDESK_SMOKE": "1",
        "CI": "true",
    }
    ours_cmd = [sys.executable, "-m", "sbdesk", "--data-dir", str(folder)]
    bare_cmd = [sys.executable, "-c", BARE]
    table_cmd = [sys.executable, "-c", TABLE]
    other_env = {**env, "PYTHONPATH": str(args.against.resolve())} if args.against else env

    def other() -> tuple[float, float]:  # `-m sbdesk` finds the tree it is started in first
        return shown_ms(ours_cmd, other_env, cwd=args.against)

    shown_ms(ours_cmd, env)  # the first start of a folder makes its first copy; not what is measured
    ours, base, table, against = [], [], [], []
    for _ in range(args.runs):  # interleaved, so a change in the machine's load touches all of them
        ours.append(shown_ms(ours_cmd, env))
        base.append(shown_ms(bare_cmd, env))
        table.append(shown_ms(table_cmd, env))
        if args.against:
            against.append(other())
    print(f"start-up to a shown window, {args.people:,} people (process spawn to first paint, median of {args.runs})")
    report("warm", ours, base, "(goal ≤ 2x)")
    if args.against:
        report(f"warm, {args.against.name}", against, base, "")
    widgets, bare = statistics.median(x[0] for x in table), statistics.median(x[0] for x in base)
    print(
        f"{'warm, the same widgets without sbdesk, wall median':52s} widgets {widgets:9.2f} ms   "
        f"baseline {bare:9.2f} ms   ratio {widgets / bare:5.2f}x  (PySide6's floor for such a window)"
    )
    if args.no_cold:
        return
    ours, base, against = [], [], []
    for _ in range(args.runs):
        if not drop_caches():
            print("cold: not measured (dropping the page cache needs root)")
            return
        ours.append(shown_ms(ours_cmd, env))
        drop_caches()
        base.append(shown_ms(bare_cmd, env))
        if args.against:
            drop_caches()
            against.append(other())
    report("cold", ours, base, "(goal ≤ 2x)")
    if args.against:
        report(f"cold, {args.against.name}", against, base, "")


if __name__ == "__main__":
    main()
