"""A login holding what every desk needs (a table lock at psql, sbdesk's own write lock: any
role may take an advisory lock) makes the desks say "busy, try again" within seconds, and
they work again once it lets go: never a desk that hangs."""

import os
import subprocess
import sys
import time
from datetime import date

import psycopg
import pytest

from sbdesk.store import server
from tests.conftest import make_id

ADD = ("person", "add", "--name", "张三", "--id-number", make_id(date(1980, 5, 1), "320505", 11), "--region", "苏州市")


def sbdesk(url, tmp_path, *args):
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(tmp_path / "d"), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SBDESK_DATABASE": url},
    )
    return done.returncode, done.stderr.strip(), time.monotonic() - started


@pytest.mark.parametrize(
    "hold, args, within",
    [
        ("LOCK TABLE people IN ACCESS EXCLUSIVE MODE", ("person", "list"), 12),
        (f"SELECT pg_advisory_lock({server.WRITE_LOCK})", ADD, 22),
    ],
)
def test_a_login_holding_a_lock_makes_desks_busy_not_hung(logins, tmp_path, hold, args, within):
    url, _, _ = logins("clerk")
    sbdesk(url, tmp_path, "person", "list")  # the desk's folder exists; the schema is there
    with psycopg.connect(url) as clerk:  # a transaction left open at psql
        clerk.execute(hold)
        code, err, took = sbdesk(url, tmp_path, *args)
        assert code == 3 and "busy" in err and "\n" not in err, err
        assert took < within, f"{took:.1f} s"
        clerk.rollback()
        clerk.execute("SELECT pg_advisory_unlock_all()")
    assert sbdesk(url, tmp_path, *args)[0] == 0
