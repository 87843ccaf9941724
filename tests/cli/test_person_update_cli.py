"""`sbdesk person update`: only the options given change; ended bindings are said."""

import json
from datetime import date

import pytest

from tests.cli.test_cli import run
from tests.conftest import make_id

OWNER = make_id(date(1978, 3, 4), "510104", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)

pytestmark = pytest.mark.usefixtures("both_engines")  # bind, unbind, edit on the file and the server


def setup(tmp_path):
    for args in (
        ("person", "add", "--name", "张伟", "--id-number", OWNER, "--region", "成都市", "--card", "A10000001"),
        (
            "person",
            "add",
            "--name",
            "李娜",
            "--id-number",
            WIFE,
            "--region",
            "成都市",
            "--insurance",
            "resident",
            "--card",
            "B20000002",
        ),
        ("bind", "--owner", OWNER, "--member", WIFE, "--relation", "spouse", "--channel", "window"),
    ):
        out = run(*args, data_dir=tmp_path)
        assert out.returncode == 0, out.stderr


def test_moving_the_member_ends_the_binding_and_says_so(tmp_path):
    setup(tmp_path)
    out = run("person", "update", "B20000002", "--region", "北京市", "--lang", "en", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "ended by itself: 李娜 moved to another 统筹区" in out.stdout
    shown = json.loads(run("bindings", "--json", data_dir=tmp_path).stdout)
    assert [(b["status"], b["end_reason"]) for b in shown] == [("ended", "转出统筹区（自动解除）")]


def test_only_the_options_given_change(tmp_path):
    setup(tmp_path)
    out = run("person", "update", OWNER, "--name", "张伟伟", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["name"], data["card_number"], data["insurance"], data["ended_bindings"]) == (
        "张伟伟",
        "A10000001",
        "employee",
        [],
    )


def test_bad_input_changes_nothing_and_ends_nothing(tmp_path):
    setup(tmp_path)
    out = run("person", "update", OWNER, "--region", "北京市", "--card", "B20000002", data_dir=tmp_path)
    assert out.returncode == 2 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
    shown = json.loads(run("bindings", "--json", data_dir=tmp_path).stdout)
    assert [b["status"] for b in shown] == ["active"]
    assert run("person", "update", "#999", "--name", "x", data_dir=tmp_path).returncode == 2


def test_an_empty_region_is_refused_and_moves_nobody(tmp_path):
    """`--region ''` is not a move to the region the ID number suggests (which would end bindings)."""
    setup(tmp_path)
    run("person", "update", OWNER, "--region", "北京市", data_dir=tmp_path)  # the owner moves: binding ends
    out = run(
        "bind", "--owner", OWNER, "--member", WIFE, "--relation", "spouse", "--channel", "wallet", data_dir=tmp_path
    )
    assert out.returncode == 0, out.stderr  # 北京 and 成都 across provinces, through the wallet
    before = json.loads(run("person", "show", OWNER, "--json", data_dir=tmp_path).stdout)
    for blank in ("", "   "):
        out = run("person", "update", OWNER, "--region", blank, "--lang", "en", data_dir=tmp_path)
        assert out.returncode == 2 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1, out
        assert "Choose the 统筹区" in out.stderr
    after = json.loads(run("person", "show", OWNER, "--json", data_dir=tmp_path).stdout)
    assert after == before


def test_a_row_id_too_large_for_sqlite_is_not_found_not_a_traceback(tmp_path):
    setup(tmp_path)
    for key in ("#99999999999999999999999", "#9223372036854775808"):
        out = run("person", "update", key, "--name", "x", data_dir=tmp_path)
        assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_retirement_before_the_reform_offers_no_flexible_dates(tmp_path):
    out = run("retirement", "--birth", "1964-12", "--sex", "male", "--lang", "en", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "No flexible retirement" in out.stdout and "Earliest" not in out.stdout and "Latest" not in out.stdout
    later = run("retirement", "--birth", "1965-01", "--sex", "male", "--lang", "en", data_dir=tmp_path)
    assert "Earliest" in later.stdout and "60 years 1 month" in later.stdout


def test_an_unusual_relationship_needs_confirming_and_is_not_called_refused(tmp_path):
    setup(tmp_path)
    child = make_id(date(1990, 6, 1), "510104", 33)  # the owner would have been a father at 12
    assert (
        run(
            "person",
            "add",
            "--name",
            "张强",
            "--id-number",
            child,
            "--region",
            "成都市",
            "--insurance",
            "resident",
            "--card",
            "C30000003",
            data_dir=tmp_path,
        ).returncode
        == 0
    )
    out = run(
        "bind",
        "--owner",
        OWNER,
        "--member",
        child,
        "--relation",
        "child",
        "--channel",
        "window",
        "--lang",
        "en",
        data_dir=tmp_path,
    )
    assert out.returncode == 1 and out.stderr.startswith("Needs the clerk's confirmation (--confirm-unusual):")
    confirmed = run(
        "bind",
        "--owner",
        OWNER,
        "--member",
        child,
        "--relation",
        "child",
        "--channel",
        "window",
        "--confirm-unusual",
        data_dir=tmp_path,
    )
    assert confirmed.returncode == 0, confirmed.stderr


def test_a_reader_that_goes_away_is_no_error(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "SBDESK_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sbdesk", "regions", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    assert proc.wait(timeout=60) == 1
    assert proc.stderr.read() == b""  # no traceback, no false "nothing was written"


def test_a_county_code_offers_its_prefecture(tmp_path):
    setup(tmp_path)
    out = run("person", "update", OWNER, "--region", "510104", "--lang", "en", data_dir=tmp_path)
    assert out.returncode == 2 and "The closest names: 四川省成都市" in out.stderr
