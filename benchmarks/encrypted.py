"""What an encrypted data folder costs: felt search, start-up (warm and cold) and import on the
same synthetic people in a plain folder and in its encrypted copy (SQLCipher 4 through
store/cipher.py), interleaved in one run, beside the existing baselines of keystroke.py,
search.py, startup.py and import_csv.py measured in the same run.

    python benchmarks/encrypted.py [--sizes 10000 100000 1000000] [--only search service startup import]
        [--rounds 2] [--repeat 10] [--runs 5] [--no-cold] [--import-rows 10000] [--imports 3]

The encrypted copy of ``people-N`` is ``people-N-encrypted`` beside it, made once with
cipher_move.encrypt_folder and a new secret kept in ``people-N-encrypted.key`` (hex, mode 0600:
synthetic people only), both in the cache and deleted with it. Each measured process gets the secret in SBDESK_BENCH_SECRET and
registers it (cipher.use_key) before anything opens the folder, as keys.unlock does; the
secret is never printed. SBDESK_BENCH_CACHE moves the cache from /tmp/sbdesk-bench.

Goal: encrypted ≤ 1.2× plain, at 1M people. Each section prints the load average beside it:
the machine has 2 cores, often shared.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_folder
from generate import people_rows
from import_csv import raw_insert

from sbdesk.domain.idnumber import PROVINCES
from sbdesk.store import cipher, cipher_move

HERE = Path(__file__).resolve().parent

SECRET_ENV = "SBDESK_BENCH_SECRET"  # noqa: S105 - the variable's name, not a secret
COPIED = ("sbdesk.db", "settings.ini")  # no backups or logs: each start makes its own
# `sbdesk --data-dir DIR` with the folder's key registered first (when one is given)
LAUNCH = (
    "import os, runpy, sys\nfrom pathlib import Path\n"
    f"secret = os.environ.pop({SECRET_ENV!r}, '')\n"
    "if secret:\n    from sbdesk.store import cipher\n    cipher.use_key(Path(sys.argv[2]), bytes.fromhex(secret))\n"
    "runpy.run_module('sbdesk', run_name='__main__', alter_sys=True)\n"
)


def encrypted_copy(plain: Path) -> tuple[Path, bytes]:
    """The encrypted twin of a generated folder and its secret, made once."""
    folder, key = plain.with_name(plain.name + "-encrypted"), plain.with_name(plain.name + "-encrypted.key")
    if key.exists() and (folder / "sbdesk.db").exists():
        return folder, bytes.fromhex(key.read_text(encoding="ascii"))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)
    for name in COPIED:
        if (plain / name).exists():
            shutil.copy2(plain / name, folder / name)
    secret = cipher.new_secret()
    started = time.perf_counter()
    cipher_move.encrypt_folder(folder, secret, lambda: None)
    print(f"(encrypted a copy of {plain.name} in {time.perf_counter() - started:.0f} s)")
    fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret.hex())
    return folder, secret


@contextlib.contextmanager
def keyed(secret: bytes | None):
    """Child processes started inside get the secret (none for the plain folder)."""
    if secret is None:
        yield
        return
    os.environ[SECRET_ENV] = secret.hex()
    try:
        yield
    finally:
        os.environ.pop(SECRET_ENV, None)


def in_turn(sides: dict, turn: int) -> list:
    """The sides' items, rotated each turn: neither goes first (after a quiet moment, or
    with the other's pages fresh in the cache) every time."""
    items = list(sides.items())
    shift = turn % len(items)
    return items[shift:] + items[:shift]


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def med(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18] if len(samples) > 1 else samples[0]


def pair(label: str, plain: list[float], enc: list[float], unit: str = "ms", width: int = 44, digits: int = 1) -> str:
    """median / p95 of both sides and the ratios; the goal is on both."""
    rm, rp = med(enc) / med(plain), p95(enc) / p95(plain)
    met = "met" if max(rm, rp) <= 1.2 else "MISSED"
    return (
        f"  {label:{width}s} plain {med(plain):8.{digits}f} / {p95(plain):8.{digits}f} {unit}   encrypted"
        f" {med(enc):8.{digits}f} / {p95(enc):8.{digits}f} {unit}   ratio {rm:4.2f}x / {rp:4.2f}x  {met}"
    )


# -- felt search: keystroke.py's window and its bare baseline on both folders ---------------
def felt_search(size: int, plain: Path, enc: Path, secret: bytes, args) -> None:
    import keystroke

    rows = keystroke.cases(plain)
    sides = {"plain": (plain, None), "encrypted": (enc, secret)}
    felt = {side: [[] for _ in rows] for side in sides}
    view: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    sql: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    loads = [load()]
    for turn in range(args.rounds):  # interleaved, so a change in the machine's load touches both
        for side, (folder, key) in in_turn(sides, turn):
            with keyed(key):
                ours = keystroke.child("window", folder, rows, args)
            for i, o in enumerate(ours["rows"]):
                felt[side][i] += o["samples"]
        for side, (folder, key) in in_turn(sides, turn):
            with keyed(key):
                base = keystroke.child("baseline", folder, rows, args)
            for text, b in base["cases"].items():
                view[side].setdefault(text, []).extend(b["view"])
                sql[side].setdefault(text, []).extend(b["sql"])
        loads.append(load())
    print(
        f"\nfelt search, {size:,} people: last key (or paste) → repainted table and detail pane, the debounce"
        f" included ({args.rounds} rounds × {args.repeat}; load {min(loads)}–{max(loads)})"
    )
    print(
        f"  {'how':6s} {'typed':30s} {'plain':>7s} {'p95':>6s} │ {'encr.':>7s} {'p95':>6s} │ {'ratio':>5s} {'p95':>5s} │"
        f" {'bare view pl/enc':>16s} │ {'raw SQL pl/enc':>15s} │ goal ≤ 1.2x"
    )
    for i, (how, label, text) in enumerate(rows):
        a, b = felt["plain"][i], felt["encrypted"][i]
        rm, rp = med(b) / med(a), p95(b) / p95(a)
        print(
            f"  {how:6s} {label[:30]:30s} {med(a):7.1f} {p95(a):6.1f} │ {med(b):7.1f} {p95(b):6.1f} │"
            f" {rm:5.2f} {rp:5.2f} │ {med(view['plain'][text]):7.1f} {med(view['encrypted'][text]):8.1f} │"
            f" {med(sql['plain'][text]):7.2f} {med(sql['encrypted'][text]):7.2f} │"
            f" {'met' if max(rm, rp) <= 1.2 else 'MISSED'}"
        )


# -- the service's search in one process (search.py's cases): the engine's cost alone -----
def service_search(size: int, plain: Path, enc: Path, secret: bytes, repeat: int) -> None:
    from sbdesk.services import people
    from sbdesk.services.desk import open_desk
    from sbdesk.ui.members.listing import MATCHES_SHOWN

    cipher.use_key(enc, secret)
    desks = {"plain": open_desk(plain, operator="bench"), "encrypted": open_desk(enc, operator="bench")}
    raw = sqlite3.connect(plain / "sbdesk.db")
    n = raw.execute("SELECT count(*) FROM people").fetchone()[0]
    number, name = raw.execute("SELECT id_number, name FROM people LIMIT 1 OFFSET ?", (n // 2,)).fetchone()
    raw.close()
    cases = {"ID prefix (10 digits)": number[:10], "ID prefix (1 digit)": number[:1], "name prefix (2)": name[:2]}
    loads = [load()]
    print(f"\nthe service's search in one process, {size:,} people ({repeat} × each, interleaved)")
    for label, text in cases.items():
        for what, run in (
            ("table ids", lambda d, t=text: people.find_ids(d, t, MATCHES_SHOWN + 1)),
            ("200 people", lambda d, t=text: people.search(d, t, 200)),
        ):
            times: dict[str, list[float]] = {"plain": [], "encrypted": []}
            for side in times:
                run(desks[side])  # warm-up
            for turn in range(repeat):
                for side, desk in in_turn(desks, turn):
                    started = time.perf_counter()
                    run(desk)
                    times[side].append((time.perf_counter() - started) * 1000)
            print(pair(f"{what}: {label}", times["plain"], times["encrypted"], digits=3))
    loads.append(load())
    print(f"  (load {min(loads)}–{max(loads)})")
    for desk in desks.values():
        desk.close()
    cipher.use_key(enc, None)


# -- start-up: startup.py's spawn-to-first-paint on both folders and the bare window -------
def start_up(size: int, plain: Path, enc: Path, secret: bytes, args) -> None:
    import startup

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "sbdesk")], check=True, stdout=subprocess.DEVNULL
    )
    env = {**os.environ, "SBDESK_SMOKE": "1", "CI": "true"}
    sides = {"plain": (plain, None), "encrypted": (enc, secret)}

    def start(side: str) -> tuple[float, float]:
        folder, key = sides[side]
        keyed_env = {**env, SECRET_ENV: key.hex()} if key else env
        return startup.shown_ms([sys.executable, "-c", LAUNCH, "--data-dir", str(folder)], keyed_env)

    bare = [sys.executable, "-c", startup.BARE]
    for side in sides:
        start(side)  # a folder's first start makes its first copy; not what is measured
    for cold in (False, True):
        if cold and args.no_cold:
            return
        times: dict[str, list[tuple[float, float]]] = {"plain": [], "encrypted": [], "bare": []}
        loads = [load()]
        for turn in range(args.runs):
            for side, _ in in_turn(times, turn):
                if cold and not startup.drop_caches():
                    print("  cold: not measured (dropping the page cache needs root)")
                    return
                times[side].append(startup.shown_ms(bare, env) if side == "bare" else start(side))
            loads.append(load())
        what = "cold" if cold else "warm"
        print(
            f"\nstart-up, {what}, {size:,} people: spawn to the first painted window ({args.runs} starts each,"
            f" interleaved; load {min(loads)}–{max(loads)})"
        )
        wall = {k: [x[0] for x in v] for k, v in times.items()}
        cpu = {k: [x[1] for x in v] for k, v in times.items()}
        print(pair("wall, median / p95", wall["plain"], wall["encrypted"], width=22))
        print(pair("CPU, median / p95", cpu["plain"], cpu["encrypted"], width=22))
        print(
            f"  {'baseline: bare window':22s} {med(wall['bare']):8.1f} / {p95(wall['bare']):8.1f} ms"
            f"   plain {med(wall['plain']) / med(wall['bare']):4.2f}x, encrypted"
            f" {med(wall['encrypted']) / med(wall['bare']):4.2f}x of it (startup.py's goal ≤ 2x)"
        )


# -- import: import_csv.py's validated import and its raw baseline, into copies of both ----
def import_rows(size: int, plain: Path, enc: Path, secret: bytes, args) -> None:
    from sbdesk.services import exchange
    from sbdesk.services.desk import open_desk

    k = args.import_rows
    times: dict[str, list[float]] = {"plain": [], "encrypted": [], "raw plain": [], "raw encrypted": []}
    loads = [load()]
    with tempfile.TemporaryDirectory(dir=plain.parent) as tmp:
        tmp = Path(tmp)
        desk = open_desk(tmp / "regions", operator="bench")
        codes = [r.code for r in desk.catalogue.regions if r.code.isdigit() and r.code[:2] in PROVINCES]
        desk.close()
        source = tmp / "people.csv"
        with source.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(exchange.PEOPLE_COLUMNS)
            for row in people_rows(size + k, codes, seed=11, start=size):  # none of them on record
                out.writerow([row[1], row[0], row[4], row[5], row[6], ""])
        for i in range(args.imports):
            for side, (folder, key) in in_turn({"plain": (plain, None), "encrypted": (enc, secret)}, i):
                for how in ("", "raw "):
                    copy = tmp / f"{side}-{how.strip()}{i}"
                    copy.mkdir(mode=0o700)
                    for name in COPIED:
                        if (folder / name).exists():
                            shutil.copy2(folder / name, copy / name)
                    cipher.use_key(copy, key)
                    times[how + side].append(import_one(copy, source, bool(how)) * 1000)
                    cipher.use_key(copy, None)
                    shutil.rmtree(copy)
            loads.append(load())
    print(
        f"\nimport of {k:,} CSV rows (validated) into a folder of {size:,} people ({args.imports} each,"
        f" interleaved, each into a fresh copy; load {min(loads)}–{max(loads)})"
    )
    print(pair("sbdesk import", times["plain"], times["encrypted"], width=32))
    print(pair("raw csv + executemany (baseline)", times["raw plain"], times["raw encrypted"], width=32))
    print(
        f"  sbdesk at {med(times['raw plain']) / med(times['plain']):.2f}x the raw speed plain,"
        f" {med(times['raw encrypted']) / med(times['encrypted']):.2f}x encrypted (import_csv.py's goal ≥ 0.3x)"
    )


def import_one(folder: Path, source: Path, raw: bool) -> float:
    """Seconds to import ``source`` into ``folder`` through the service, or (raw) by
    executemany on the same engine as the service would use."""
    from sbdesk.services import exchange
    from sbdesk.services.desk import open_desk

    if not raw:
        desk = open_desk(folder, operator="bench")
        started = time.perf_counter()
        exchange.import_file(desk, source)
        took = time.perf_counter() - started
        desk.close()
        return took
    path = folder / "sbdesk.db"
    conn = cipher.connect(path, cipher.key_for(path)) if cipher.is_encrypted(path) else sqlite3.connect(path)
    conn.isolation_level = None
    took = raw_insert(conn, source)
    conn.close()
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--only", nargs="+", default=["search", "service", "startup", "import"])
    ap.add_argument("--rounds", type=int, default=2, help="felt search: rounds of the processes, interleaved")
    ap.add_argument("--repeat", type=int, default=10, help="felt search: timed repeats of each row per round")
    ap.add_argument("--pace", type=float, default=120.0, help="felt search: ms between a clerk's keys (typed)")
    ap.add_argument("--burst", type=float, default=8.0, help="felt search: ms between a scanner's keys (burst)")
    ap.add_argument("--runs", type=int, default=5, help="start-up: starts of each side")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--import-rows", type=int, default=10_000)
    ap.add_argument("--imports", type=int, default=3, help="import: runs of each side")
    args = ap.parse_args()
    print(f"plain vs encrypted data folder (SQLCipher {cipher_version()}); load {load()} at the start")
    for size in args.sizes:
        plain = data_folder(size)
        enc, secret = encrypted_copy(plain)
        if "search" in args.only:
            felt_search(size, plain, enc, secret, args)
        if "service" in args.only:
            service_search(size, plain, enc, secret, 30)
        if "startup" in args.only:
            start_up(size, plain, enc, secret, args)
        if "import" in args.only:
            import_rows(size, plain, enc, secret, args)


def cipher_version() -> str:
    conn = cipher.connect(":memory:", cipher.new_secret())
    version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    return version


if __name__ == "__main__":
    main()
