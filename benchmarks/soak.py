"""A long working day on the real window: how it holds up over time.

    .venv/bin/python benchmarks/soak.py --minutes 30

Runs tests/ui/soak.py (the same driver as the test suite's soak test, which stops after
2,000 actions) for the given time in its own process and prints actions per second, None's
reference count, resident memory and live widgets at the start and the end, and the verdict.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.ui.soak import problems  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--people", type=int, default=2000)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SBDESK_NO_CRASH_DIALOG="1")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.soak", "--seconds", str(args.minutes * 60), "--people", str(args.people)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        print(f"the window died (exit {done.returncode}):", *done.stderr.splitlines()[-5:], sep="\n")
        return 1
    summary = json.loads(done.stdout.splitlines()[-1])
    first, last = summary["samples"][0], summary["samples"][-1]
    print(f"PySide6 {summary['pyside']} on Python {summary['python']}, {args.people:,} people, {args.minutes:g} min")
    print(f"actions            {summary['actions']:>10,}  ({summary['actions'] / last['seconds']:.0f}/s)")
    print("  by kind          " + ", ".join(f"{k} {v:,}" for k, v in summary["counts"].items()))
    print(f"None's ref count   {first['none_refs']:>10,} → {last['none_refs']:,}")
    peak = max(s["rss_kb"] for s in summary["samples"])
    print(
        f"resident memory    {first['rss_kb'] / 1024:>10.1f} → {last['rss_kb'] / 1024:.1f} MB (peak {peak / 1024:.1f})"
    )
    print(f"live widgets       {first['widgets']:>10,} → {last['widgets']:,}")
    found = problems(summary)
    print("verdict            " + ("holds up" if not found else "; ".join(found)))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
