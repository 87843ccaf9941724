"""Start-up to a shown window: sbdesk on a large data folder vs a bare PySide6 QMainWindow,
each in a fresh interpreter, median of several runs.

    python benchmarks/startup.py [--people 1000000] [--runs 5]

Goal: ratio ≤ 1.5×.
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    folder = data_folder(args.people)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SBDESK_SMOKE": "1", "CI": "true"}
    ours_cmd = [sys.executable, "-m", "sbdesk", "--data-dir", str(folder)]
    bare_cmd = [sys.executable, "-c", BARE]
    shown_ms(ours_cmd, env)  # warm the page cache once, as a clerk's second start would be
    ours = statistics.median(shown_ms(ours_cmd, env) for _ in range(args.runs))
    base = statistics.median(shown_ms(bare_cmd, env) for _ in range(args.runs))
    print(f"start-up to a shown window, {args.people:,} people (process spawn to first paint)")
    print(line("sbdesk vs bare QMainWindow", ours, base, goal="(goal ≤ 1.5x)"))


if __name__ == "__main__":
    main()
