"""The command line as an office script feels it (each command imports only what it needs),
each run in a process of its own, sbdesk and its baseline interleaved; time from spawn to exit, memory as the peak
resident size of that process (os.wait4).

    python benchmarks/cli.py [--people 1000000] [--runs 5] [--import-rows 10000 100000]

- ``idcheck`` vs ``python -c pass`` (goal ≤ 2×: the command imports only what it needs);
- ``person list --json --limit N`` of everyone vs the minimal Python equivalent (sqlite3,
  the same SQL, json.dumps per row written as it is read) — goal < 100 MB and ≤ 2×;
- ``export people.csv`` vs a minimal csv writer of the same rows — goal < 100 MB and ≤ 2×;
- ``import`` of N and 10×N CSV rows: the peak memory at both sizes (goal: flat in rows);
  ``--import-only`` runs just this figure, ``--idcheck-only`` just idcheck's (neither needs
  the million-people set).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIME = "/usr/bin/time"  # GNU time reads each process's own peak memory (see measure); Debian package `time`
sys.path.insert(0, str(HERE))

LIST_BASELINE = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
out, first = sys.stdout, True
for r in conn.execute("SELECT id, name, id_number, sex, birth_date, region_code, insurance, card_number,"
                      " computer_number, ss_account, financial_account FROM people ORDER BY name_key, id LIMIT ?",
                      (int(sys.argv[2]),)):
    item = {"id": r[0], "name": r[1], "id_number": r[2][:6] + "********" + r[2][-4:], "sex": r[3],
            "birth_date": r[4], "region": r[5], "insurance": r[6], "card_number": r[7],
            "computer_number": r[8], "ss_account": r[9], "financial_account": r[10]}
    out.write(("[\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  "))
    first = False
out.write("[]\n" if first else "\n]\n")
"""

EXPORT_BASELINE = r"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["name", "id_number", "region", "insurance", "card_number", "computer_number", "ss_account",
                  "financial_account"])
    out.writerows(conn.execute("SELECT name, id_number, region_code, insurance, coalesce(card_number, ''),"
                               " coalesce(computer_number, ''), ss_account, financial_account FROM people ORDER BY id"))
"""


def measure(command: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """(ms from spawn to exit, peak MB, ms of CPU) of one process; its output is thrown away.

    The peak is read by GNU time (Debian's package `time`), not from our own wait4(): Linux records
    the forking process's peak into the child's at exec, so every child of this benchmark process
    would report at least this process's own size (it read 99 MB for `python -c pass`)."""
    with tempfile.NamedTemporaryFile("r", encoding="ascii", suffix=".maxrss") as peak:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [TIME, "-f", "%M", "-o", peak.name, *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = (time.perf_counter() - started) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"{command[:4]} failed: {proc.stderr.read().decode()[-500:]}")
        kib = int(peak.read().split()[-1])
    return elapsed, kib / 1024, (usage.ru_utime + usage.ru_stime) * 1000


def interleaved(ours: list[str], base: list[str], runs: int, env: dict | None = None):
    a, b = [], []
    for _ in range(runs):
        a.append(measure(ours, env))
        b.append(measure(base, env))
    med = lambda xs, i: statistics.median(x[i] for x in xs)  # noqa: E731
    return (med(a, 0), max(x[1] for x in a), med(a, 2)), (med(b, 0), max(x[1] for x in b), med(b, 2))


def show(label: str, ours, base, goal: str) -> None:
    """Wall-clock medians and their ratio, peak memory, and the CPU ratio (less moved by other load)."""
    print(
        f"  {label:44s} sbdesk {ours[0]:9.0f} ms {ours[1]:6.0f} MB │ baseline {base[0]:9.0f} ms {base[1]:6.0f} MB"
        f" │ {ours[0] / base[0]:5.2f}x (CPU {ours[2]:.0f} vs {base[2]:.0f} ms: {ours[2] / base[2]:.2f}x)  {goal}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--import-rows", type=int, nargs=2, default=[10_000, 100_000])
    ap.add_argument("--import-only", action="store_true", help="only the import figure (no people set needed)")
    ap.add_argument("--idcheck-only", action="store_true", help="only the idcheck figure (no people set needed)")
    args = ap.parse_args()
    if not os.access(TIME, os.X_OK):
        sys.exit(f"{TIME} is missing: apt-get install time (it reads each process's peak memory)")
    if args.import_only:
        with tempfile.TemporaryDirectory() as tmp:
            import_figure(args, tmp, {**os.environ, "SBDESK_OPERATOR": "bench"}, [sys.executable, "-m", "sbdesk"])
        return
    if args.idcheck_only:
        idcheck_figure(args, [sys.executable, "-m", "sbdesk"])
        return
    from common import data_folder

    folder = data_folder(args.people)
    db = str(folder / "sbdesk.db")
    sbdesk = [sys.executable, "-m", "sbdesk"]
    env = {**os.environ, "SBDESK_OPERATOR": "bench"}
    print(f"command line, {args.people:,} people (median of {args.runs} runs each, interleaved; peak memory)")
    idcheck_figure(args, sbdesk)
    n = str(args.people)
    ours, base = interleaved(
        [*sbdesk, "person", "list", "--json", "--limit", n, "--data-dir", str(folder)],
        [sys.executable, "-c", LIST_BASELINE, db, n],
        args.runs,
        env,
    )
    show(f"person list --json --limit {args.people:,}", ours, base, "(goal < 100 MB, ≤ 2x)")
    with tempfile.TemporaryDirectory() as tmp:
        ours, base = interleaved(
            [*sbdesk, "export", f"{tmp}/people.csv", "--data-dir", str(folder)],
            [sys.executable, "-c", EXPORT_BASELINE, db, f"{tmp}/raw.csv"],
            max(1, args.runs // 2),
            env,
        )
        show("export people.csv", ours, base, "(goal < 100 MB, ≤ 2x)")
        import_figure(args, tmp, env, sbdesk)


def idcheck_figure(args, sbdesk: list[str]) -> None:
    """`idcheck` against `python -c pass`, with bytecode compiled as pip or the bundle leave it
    (this machine sets PYTHONDONTWRITEBYTECODE, which would have sbdesk compile at each run)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "sbdesk")], check=True, stdout=subprocess.DEVNULL
    )
    ours, base = interleaved([*sbdesk, "idcheck", "11010519491231002X"], [sys.executable, "-c", "pass"], args.runs * 4)
    show("idcheck vs python -c pass", ours, base, "(goal ≤ 2x)")


def import_figure(args, tmp: str, env: dict, sbdesk: list[str]) -> None:
    """The peak memory of `sbdesk import` at two sizes (goal: flat in rows)."""
    from generate import people_rows

    from sbdesk.domain.idnumber import PROVINCES
    from sbdesk.services import exchange
    from sbdesk.services.desk import open_desk

    desk = open_desk(Path(tmp) / "codes", operator="bench")
    codes = [r.code for r in desk.catalogue.regions if r.code.isdigit() and r.code[:2] in PROVINCES]
    desk.close()
    peaks = []
    for rows in args.import_rows:
        source = Path(tmp) / f"import-{rows}.csv"
        with source.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(exchange.PEOPLE_COLUMNS)
            for row in people_rows(rows, codes):
                out.writerow([row[1], row[0], row[4], row[5], row[6], ""])
        ms, mb, _ = measure([*sbdesk, "import", str(source), "--data-dir", f"{tmp}/import-{rows}"], env)
        peaks.append(mb)
        print(f"  import {rows:>9,} CSV rows{'':22s} sbdesk {ms:9.0f} ms {mb:6.0f} MB")
    print(
        f"  import memory, {args.import_rows[1]:,} rows ÷ {args.import_rows[0]:,} rows: "
        f"{peaks[1] / peaks[0]:.2f}x (goal: flat, ≈ 1x)"
    )


if __name__ == "__main__":
    main()
