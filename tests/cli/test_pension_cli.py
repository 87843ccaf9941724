"""``sbdesk pension`` and ``sbdesk retirement`` as a clerk reads them: the right 《办法》 articles,
no flexible date before 2025, ages outside the person's range refused in one line, a base
counted at its bound, no monthly figure for someone short of the minimum years, a person
past the statutory date told since when."""

import json
import os
import re
import subprocess
import sys
from datetime import date

import pytest

from tests.conftest import make_id

OLD = make_id(date(1960, 1, 5), "320505", 11)  # statutory 2020-01 (60), before the reform
YOUNG = make_id(date(1977, 3, 5), "320505", 13)  # statutory 63, 2040-03: 60 … 66


def run(data, *args):
    env = {**os.environ}
    env.pop("SBDESK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "sbdesk", *args, "--data-dir", str(data), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    data = tmp_path_factory.mktemp("pension")
    for name, number in (("老王", OLD), ("小李", YOUNG)):
        assert run(data, "person", "add", "--name", name, "--id-number", number, "--region", "苏州市").returncode == 0
    assert (
        run(
            data, "pension", "add", "--person", OLD, "--from", "2008-01", "--to", "2019-12", "--base", "6000"
        ).returncode
        == 0
    )
    assert run(data, "pension", "add", "--person", YOUNG, "--from", "2015-01", "--base", "6000").returncode == 0
    return data


def one_line_refusal(out):
    assert out.returncode == 2 and out.stdout == "" and "Traceback" not in out.stderr, out
    [line] = out.stderr.strip().splitlines()
    return line


@pytest.mark.parametrize(
    "args",
    [
        ("pension", "--person", OLD, "--retire-at", "latest"),
        ("pension", "--retire-at", "earliest", "--person", OLD),
    ],
)
def test_no_flexible_date_for_a_retirement_before_2025(office, args):
    line = one_line_refusal(run(office, *args))
    assert line == (
        "No flexible retirement date: the statutory date 2020-01 is before 2025-01, and flexible "
        "retirement (《国务院关于渐进式延迟法定退休年龄的办法》第三条) exists only for retirements from 2025-01 on."
    )


@pytest.mark.parametrize(
    "person, age, words",
    [
        (YOUNG, "67", "outside this person's range, 60 years to 66 years"),
        (YOUNG, "59", "never below the old age 60 years"),
        (OLD, "62", "the statutory date 2020-01 (age 60 years) is before 2025-01"),
    ],
)
def test_an_age_outside_the_persons_range_is_one_line_and_exit_2(office, person, age, words):
    line = one_line_refusal(run(office, "pension", "--person", person, "--age", age))
    assert words in line and "第三条" in line


def test_a_refused_age_writes_no_period(office):
    before = json.loads(run(office, "pension", "--person", YOUNG, "--json").stdout)["periods"]
    one_line_refusal(
        run(office, "pension", "add", "--person", YOUNG, "--from", "2030-01", "--base", "7000", "--age", "70")
    )
    assert json.loads(run(office, "pension", "--person", YOUNG, "--json").stdout)["periods"] == before


def test_short_of_the_minimum_years_no_figure_but_the_ways_on(office):
    out = run(office, "pension", "--person", OLD, "--as-of", "2026-11")
    assert out.returncode == 0, out.stderr
    assert not re.search(r"\d\.\d\d a month", out.stdout) and "if paying stops now;" not in out.stdout
    assert (
        "Already past the statutory retirement date since 2020-01 (age 60 years): the estimate is the pension "
        "from 2020-01."
    ) in out.stdout
    assert (
        "No monthly pension if paying stops now: 12.0 years paid up to 2019-12, fewer than the 15 years "
        "needed when retiring in 2020 (《中华人民共和国社会保险法》第十六条)"
    ) in out.stdout
    assert "延长缴费 after the retirement date: 36 months more, 2026-12 – 2029-11" in out.stdout
    assert "补缴" in out.stdout and "城乡居民养老保险" in out.stdout and "人社部发〔2014〕17号" in out.stdout
    j = json.loads(run(office, "pension", "--person", OLD, "--as-of", "2026-11", "--json").stdout)["projection"]
    assert j["stopped_now"]["total"] is None and j["stopped_now"]["eligible"] is False
    assert j["past_statutory"] is True and j["short"]["extend"] == ["2026-12", "2029-11"]
    # paying on to 2040-03 reaches 20 years: that figure is shown, the one for stopping is not
    young = run(office, "pension", "--person", YOUNG, "--as-of", "2026-11").stdout
    assert "a month paying on until then" in young and "if paying stops now;" not in young
    assert "Pay on until the retirement date 2040-03: 25.2 years, enough for a monthly pension" in young


def test_a_base_outside_60_to_300_percent_counts_at_the_bound(tmp_path):
    man = make_id(date(1980, 5, 1), "320505", 17)
    run(tmp_path, "person", "add", "--name", "张三", "--id-number", man, "--region", "苏州市")
    out = run(tmp_path, "pension", "add", "--person", man, "--from", "2000-01", "--to", "2019-12", "--base", "50000")
    assert out.returncode == 0, out.stderr
    assert (
        "The base 50000.00 of 2000-01 – 2019-12 is above 300 % of the average wage 8000.00: it counts as "
        "24000.00, the upper bound an office records (国办发〔2019〕13号"
    ) in out.stdout
    data = json.loads(run(tmp_path, "pension", "--person", man, "--json").stdout)
    assert data["periods"][0]["base"] == 50000 and data["periods"][0]["counted_base"] == 24000
    assert data["projection"]["stopped_now"]["average_index"] == 3.0


def test_retirement_cites_the_articles(office):
    young = run(office, "retirement", "--birth", "1977-01", "--sex", "male").stdout
    assert "Flexible retirement: 《国务院关于渐进式延迟法定退休年龄的办法》第三条" in young
    assert "when retiring in 2040: 20 years (《国务院关于渐进式延迟法定退休年龄的办法》第二条)" in young
    old = run(office, "retirement", "--birth", "1960-01", "--sex", "male").stdout
    assert "No flexible retirement date" in old and "第三条" in old
    assert "when retiring in 2020: 15 years (《中华人民共和国社会保险法》第十六条)" in old
    data = json.loads(run(office, "retirement", "--birth", "1977-01", "--sex", "male", "--json").stdout)
    assert data["sources"]["flexible"].endswith("第三条") and data["sources"]["minimum_years"].endswith("第二条")
