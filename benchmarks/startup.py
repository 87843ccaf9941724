"""Start-up to a shown window: sbdesk on a large data folder vs a bare PySide6 QMainWindow,
each in a fresh interpreter, interleaved, median of several runs; warm (files in the page
cache, a clerk's second start) and cold (page cache dropped before each start of either
side: `sync; echo 3 > /proc/sys/vm/drop_caches`, which needs root; skipped otherwise).

    python benchmarks/startup.py [--people 1000000] [--runs 5] [--no-cold]

Goal (issue 14): warm ≤ 1.5×, cold ≤ 2× the bare window.
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

BARE = ("import time\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([])\nw = QMainWindow()\nw.resize(1200, 760)\nw.show()\napp.processEvents()\n"
        "print(f'shown {time.monotonic():.6f}', flush=True)\n")


def shown_ms(command: list[str], env: dict) -> float:
    """From spawning the process to its first painted window (both print a monotonic stamp)."""
    started = time.monotonic()
    out = subprocess.run(command, check=True, env=env, capture_output=True, text=True).stdout
    stamp = float(next(line for line in out.splitlines() if line.startswith("shown ")).split()[1])
    return (stamp - started) * 1000


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
    args = ap.parse_args()
    folder = data_folder(args.people)
    # bytecode compiled once, as pip or the bundle leave it (this machine sets
    # PYTHONDONTWRITEBYTECODE, which would have every start compile sbdesk from source)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(__file__).resolve().parents[1] / "sbdesk")],
                   check=True, stdout=subprocess.DEVNULL)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SBDESK_SMOKE": "1", "CI": "true"}
    ours_cmd = [sys.executable, "-m", "sbdesk", "--data-dir", str(folder)]
    bare_cmd = [sys.executable, "-c", BARE]
    shown_ms(ours_cmd, env)  # the first start of a folder makes its first copy; not what is measured
    ours, base = [], []
    for _ in range(args.runs):  # interleaved, so a change in the machine's load touches both
        ours.append(shown_ms(ours_cmd, env))
        base.append(shown_ms(bare_cmd, env))
    print(f"start-up to a shown window, {args.people:,} people (process spawn to first paint, median of {args.runs})")
    print(line("warm: sbdesk vs bare QMainWindow", statistics.median(ours), statistics.median(base),
               goal="(goal ≤ 1.5x)"))
    if args.no_cold:
        return
    ours, base = [], []
    for _ in range(args.runs):
        if not drop_caches():
            print("cold: not measured (dropping the page cache needs root)")
            return
        ours.append(shown_ms(ours_cmd, env))
        drop_caches()
        base.append(shown_ms(bare_cmd, env))
    print(line("cold: sbdesk vs bare QMainWindow", statistics.median(ours), statistics.median(base),
               goal="(goal ≤ 2x)"))


if __name__ == "__main__":
    main()
