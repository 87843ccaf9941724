"""A large import killed at random moments, many times: the file is always sound and holds
all of the batch or none of it."""

import csv
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date

from sbdesk.services import exchange
from sbdesk.services.desk import open_desk
from tests.conftest import make_id

ROWS = 20_000


def big_csv(path):
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(exchange.PEOPLE_COLUMNS)
        for i in range(ROWS):
            division = f"5101{(i // 1000) % 100:02d}"
            out.writerow([
                f"人{i}",
                make_id(date(1950 + i % 50, 1 + i % 12, 1 + i % 28), division, i % 1000),
                "成都市",
                "resident",
                f"K{i:08d}",
                "",
            ])
    return path


def test_killing_an_import_anywhere_leaves_all_or_nothing(tmp_path):
    source = big_csv(tmp_path / "big.csv")
    command = [sys.executable, "-m", "sbdesk", "import", str(source), "--lang", "en"]
    calibrate = tmp_path / "calibrate"
    started = time.perf_counter()
    done = subprocess.run(command + ["--data-dir", str(calibrate)], capture_output=True, text=True, timeout=300)
    duration = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    rnd = random.Random(20261125)
    outcomes = []
    for attempt in range(8):
        folder = tmp_path / f"run{attempt}"
        open_desk(folder, operator="t").close()
        proc = subprocess.Popen(
            command + ["--data-dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            proc.wait(timeout=rnd.uniform(0.05, duration * 1.1))  # a random moment to pull the plug
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        conn = sqlite3.connect(folder / "sbdesk.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        logged = conn.execute("SELECT count(*) FROM audit WHERE action='exchange.import_people'").fetchone()[0]
        conn.close()
        assert (count, logged) in ((0, 0), (ROWS, 1))
        outcomes.append(count)
    assert 0 in outcomes  # at least one run really was cut short


INSIDE = """
import os, signal, sys
from sbdesk.services import exchange
from sbdesk.services.desk import open_desk
from sbdesk.store import people as people_store
real = people_store.insert_many
def die(conn, persons, now):
    real(conn, persons, now)                 # every row is written inside the transaction ...
    assert conn.in_transaction
    os.kill(os.getpid(), signal.SIGKILL)     # ... and the power goes before COMMIT
people_store.insert_many = die
exchange.import_file(open_desk(sys.argv[1], operator="crash"), sys.argv[2])
"""


def test_a_kill_inside_the_write_transaction_leaves_nothing(tmp_path):
    source = big_csv(tmp_path / "big.csv")
    folder = tmp_path / "office"
    open_desk(folder, operator="t").close()
    proc = subprocess.run([sys.executable, "-c", INSIDE, str(folder), str(source)], capture_output=True, timeout=300)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    conn = sqlite3.connect(folder / "sbdesk.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    conn.close()
