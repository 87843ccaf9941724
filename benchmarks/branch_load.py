"""A branch's counters on one PostgreSQL database: N processes (one desk and one connection
each) add people, bind, unbind and edit for a bounded time through sbdesk's own services,
then everything is checked against what each counter was told succeeded.

    python benchmarks/branch_load.py [--admin URL] [--counters 1 4 16] [--seconds 20]

--admin is a server login that may create databases (default SBDESK_TEST_PG, which
`.ci/bootstrap test` sets; a throw-away cluster: `. .ci/test-server.sh; test_server_start`).
Each level gets a fresh database, dropped afterwards. Reported per level: operations per
second, p50/p95 latency (the write lock's wait included), errors (must be 0: every operation
is valid by construction), rows lost (must be 0: a person, binding, unbinding or edit a
counter was told succeeded that is not in the database as told), and whether the audit chain
and the seals verify (one chain, no fork). Beside the counters a listening desk (the window's
code path, services/live.py: LISTEN on its own session, then the audit rows after the last it
heard) notes when it hears each write: the live-update delay, from a counter's commit to the
listener's hearing it, p50/p95 over every operation.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import select
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
TODAY = date(2026, 11, 25)


def id_number(counter: int, k: int) -> str:
    from sbdesk.domain.idnumber import check_char

    birth = date(1950, 1, 1) + timedelta(days=counter * 400 + k // 900)
    body = f"320505{birth:%Y%m%d}{k % 900 + 100:03d}"
    return body + check_char(body)


def counter(url: str, n: int, seconds: float, start, results) -> None:
    """One counter: valid operations only, each timed; what succeeded is reported back."""
    from sbdesk.services import binding, people
    from sbdesk.services.desk import open_desk
    from sbdesk.store.audit import OURS

    desk = open_desk(Path(tempfile.mkdtemp(prefix=f"desk{n}-")), today=lambda: TODAY, database=url)
    committed: list[tuple[str, float]] = []  # (audit row's hash, wall clock when the call returned)
    rnd = random.Random(n)
    owners, members, active = [], [], {}  # active: binding id -> (owner, member)
    added, bound, ended, names, latencies, errors = [], [], [], {}, [], []
    k = 0

    def add(insurance):
        nonlocal k
        k += 1
        card = f"K{n:02d}{k:06d}" if insurance == "resident" else None  # the window channel asks the member's
        p = people.add(
            desk, name=f"柜{n}人{k}", id_number=id_number(n, k), region="苏州市", insurance=insurance, card_number=card
        )
        added.append(p.id_number)
        return p

    start.wait()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pairs = set(active.values())
        free = [(o, m) for o in owners for m in members if (o.id_number, m.id_number) not in pairs]
        choice = rnd.random()
        began = time.perf_counter()
        try:
            if choice < 0.25 or len(owners) < 2 or len(members) < 2:
                if len(owners) <= len(members):
                    owners.append(add("employee"))
                else:
                    members.append(add("resident"))
            elif choice < 0.55 and free:
                o, m = rnd.choice(free)
                b = binding.bind(desk, o.id, m.id, "sibling", "window")
                active[b.id] = (o.id_number, m.id_number)
                bound.append(b.id)
            elif choice < 0.8 and active:
                bid = rnd.choice(sorted(active))
                binding.unbind(desk, bid, "本人申请")
                del active[bid]
                ended.append(bid)
            else:
                p = rnd.choice(owners + members)
                name = f"柜{n}改{rnd.randrange(10**6)}"
                people.edit(desk, p.id, name=name, region="苏州市", insurance=p.insurance, card_number=p.card_number)
                names[p.id_number] = name
            committed.append((OURS[-1], time.time()))  # committed just before the call returned
        except Exception as exc:  # noqa: BLE001 - every failure is counted and shown: none is expected
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        latencies.append(time.perf_counter() - began)
    desk.close()
    results.put({
        "counter": n,
        "latencies": latencies,
        "errors": errors,
        "added": added,
        "bound": bound,
        "ended": ended,
        "names": names,
        "committed": committed,
    })


def listener(url: str, start, stop, results) -> None:
    """A desk that only listens, as a window does: when it hears each audit row (its id)."""
    from sbdesk.services.desk import open_desk
    from sbdesk.services.live import Watch

    desk = open_desk(Path(tempfile.mkdtemp(prefix="listener-")), today=lambda: TODAY, database=url)
    watch = Watch(desk)
    heard: dict[int, float] = {}
    start.wait()
    while not stop.is_set() or watch.last < desk.conn.execute("SELECT max(id) FROM audit").fetchone()[0]:
        if select.select([watch.fileno()], [], [], 0.2)[0]:
            before = watch.last
            watch.poll()
            now = time.time()
            heard.update((i, now) for i in range(before + 1, watch.last + 1))
    watch.close()
    desk.close()
    results.put({"heard": heard})


def delays(url: str, reports: list[dict], heard: dict[int, float]) -> list[float]:
    """Seconds from each counter's commit to the listener's hearing it."""
    import psycopg

    with psycopg.connect(url) as conn:
        ids = dict(conn.execute("SELECT hash, id FROM audit").fetchall())
    return sorted(heard[ids[h]] - t for r in reports for h, t in r["committed"] if ids.get(h) in heard)


def verify(url: str, reports: list[dict]) -> tuple[int, list[str]]:
    """(rows lost, chain problems): everything a counter was told is in the database as told."""
    from sbdesk.services.desk import open_desk
    from sbdesk.store import audit, seals

    desk = open_desk(Path(tempfile.mkdtemp(prefix="check-")), today=lambda: TODAY, database=url)
    try:
        people = {r[0]: r[1] for r in desk.conn.execute("SELECT id_number, name FROM people")}
        status = {r[0]: r[1] for r in desk.conn.execute("SELECT id, status FROM bindings")}
        lost = 0
        for rep in reports:
            lost += sum(1 for number in rep["added"] if number not in people)
            lost += sum(1 for bid in rep["bound"] if bid not in status)
            lost += sum(1 for bid in rep["ended"] if status.get(bid) != "ended")
            lost += sum(1 for bid in set(rep["bound"]) - set(rep["ended"]) if status.get(bid) != "active")
            lost += sum(1 for number, name in rep["names"].items() if people.get(number) != name)
        problems = audit.verify(desk.conn) + seals.verify(desk.conn)
        rows, heads = desk.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
        if rows != heads:
            problems.append(f"the chain forks: {rows} rows on {heads} heads")
        return lost, problems
    finally:
        desk.close()


def level(admin: str, n: int, seconds: float) -> dict:
    import psycopg

    from sbdesk.services.desk import open_desk

    name = f"sbdesk_load_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, query = admin.partition("?")  # the admin's URL, another database
    url = base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")
    try:
        open_desk(Path(tempfile.mkdtemp(prefix="setup-")), today=lambda: TODAY, database=url).close()
        ctx = mp.get_context("spawn")
        start, results, stop, ear = ctx.Barrier(n + 2), ctx.Queue(), ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=counter, args=(url, i, seconds, start, results)) for i in range(n)]
        hearing = ctx.Process(target=listener, args=(url, start, stop, ear))
        for p in [*procs, hearing]:
            p.start()
        start.wait()  # every counter has opened its desk, the listener listens; the clock starts now
        began = time.perf_counter()
        reports = [results.get(timeout=seconds + 300) for _ in procs]
        elapsed = time.perf_counter() - began
        stop.set()
        heard = ear.get(timeout=60)["heard"]
        for p in [*procs, hearing]:
            p.join()
        lost, problems = verify(url, reports)
        live = delays(url, reports, heard)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    lat = sorted(x for r in reports for x in r["latencies"])
    errors = [e for r in reports for e in r["errors"]]
    return {
        "counters": n,
        "ops": len(lat),
        "ops_per_s": len(lat) / elapsed,
        "p50_ms": statistics.median(lat) * 1000 if lat else 0,
        "p95_ms": lat[int(len(lat) * 0.95)] * 1000 if lat else 0,
        "errors": len(errors),
        "error_examples": errors[:3],
        "rows_lost": lost,
        "chain": problems[:5],
        "heard": len(live),
        "live_p50_ms": statistics.median(live) * 1000 if live else 0,
        "live_p95_ms": live[int(len(live) * 0.95)] * 1000 if live else 0,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--admin",
        default=os.environ.get("SBDESK_TEST_PG", ""),
        help="a login that may create databases (default SBDESK_TEST_PG)",
    )
    ap.add_argument("--counters", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--seconds", type=float, default=20)
    args = ap.parse_args()
    if not args.admin:
        print("no server: give --admin URL or set SBDESK_TEST_PG", file=sys.stderr)
        return 2
    bad = False
    print(
        f"{'counters':>8} {'ops':>7} {'ops/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7} {'lost':>5}"
        f" {'heard':>7} {'live p50':>9} {'live p95':>9}  chain"
    )
    for n in args.counters:
        r = level(args.admin, n, args.seconds)
        print(
            f"{r['counters']:>8} {r['ops']:>7} {r['ops_per_s']:>8.1f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f}"
            f" {r['errors']:>7} {r['rows_lost']:>5} {r['heard']:>7} {r['live_p50_ms']:>9.1f} {r['live_p95_ms']:>9.1f}"
            f"  {'ok' if not r['chain'] else r['chain']}"
        )
        for e in r["error_examples"]:
            print("   error:", e)
        bad |= bool(r["errors"] or r["rows_lost"] or r["chain"] or r["heard"] < r["ops"] - r["errors"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
