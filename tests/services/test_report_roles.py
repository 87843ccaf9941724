"""Who may read the report on a branch server: the view's grants (schema 19), not sbdesk's
good manners. A clerk's login is refused by the server, in sbdesk and at psql alike."""

import os
import subprocess
import sys
from datetime import date

import psycopg
import pytest

from sbdesk.services import binding, people, report
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
from tests.conftest import TODAY, make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "320505", 22)
DAY = TODAY


def desk_as(url, tmp_path, name):
    return open_desk(tmp_path / name, operator="whoever-the-client-says", today=lambda: TODAY, database=url)


@pytest.fixture
def bound(logins, tmp_path):
    """A clerk's login binds once; returns (clerk's url, clerk's login)."""
    url, clerk, _ = logins("clerk")
    desk = desk_as(url, tmp_path, "clerk")
    owner = people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    wife = people.add(desk, name="李四", id_number=WIFE, region="苏州市", insurance="resident", card_number="B00000001")
    binding.bind(desk, owner.id, wife.id, "spouse", "window")
    desk.close()
    return url, clerk


def test_a_clerk_is_refused_the_report_and_a_supervisor_and_an_auditor_read_it(bound, logins, tmp_path):
    url, clerk = bound
    desk = desk_as(url, tmp_path, "clerk")
    with pytest.raises(InputError) as refused:
        report.make(desk, DAY, DAY)
    assert [p.code for _, p in refused.value.problems] == ["report.not_allowed"]
    assert people.find(desk, OWNER).name == "张三"  # the desk works on after the refusal
    desk.close()
    for role in ("supervisor", "auditor"):
        seen = desk_as(logins(role)[0], tmp_path, role)
        found = report.make(seen, DAY, DAY)
        assert [(r.label, r.extra, r.made) for r in found.clerks] == [(clerk, "", 1)]  # the login that bound
        seen.close()


def test_the_server_itself_refuses_a_clerk_the_view(bound):
    url, _ = bound
    with psycopg.connect(url, autocommit=True) as conn:  # straight at the server, no sbdesk in between
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM report_events")
        assert conn.execute("SELECT count(*) FROM bindings").fetchone()[0] == 1  # a desk's reads stay


def test_the_command_line_says_so_in_one_line_and_exits_2(bound, tmp_path):
    url, _ = bound
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(tmp_path / "cli"), "--lang", "en",
         "report", "--from", DAY.isoformat(), "--to", DAY.isoformat()],
        capture_output=True, text=True, timeout=120, env={**os.environ, "SBDESK_DATABASE": url},
    )  # fmt: skip
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "Only a supervisor or an auditor may see the bindings report; your sign-in is a clerk's."
    ]
    assert out.stdout == ""
