"""Today's rules for the whole country at the command line: a clerk anywhere in China registers, checks and binds; an
unknown region gets the closest names; a region file may not remove a region in use."""

import json
from datetime import date

import pytest

from tests.cli.test_cli import run
from tests.conftest import make_id

pytestmark = pytest.mark.usefixtures("both_engines")  # bind, unbind, edit on the file and the server


@pytest.mark.parametrize("city, division", [("长沙市", "430102"), ("合肥市", "340104"), ("西安市", "610113")])
def test_a_clerk_anywhere_adds_people_and_binds(tmp_path, city, division):
    data = str(tmp_path / "office")
    owner, mother = make_id(date(1985, 1, 1), division, 11), make_id(date(1958, 1, 1), division, 22)
    out = run("person", "add", "--name", "王一", "--id-number", owner, "--region", city, "--json", "--data-dir", data)
    assert out.returncode == 0, out.stderr
    # no --region: the ID number's region is pre-selected
    out = run(
        "person",
        "add",
        "--name",
        "李二",
        "--id-number",
        mother,
        "--insurance",
        "resident",
        "--json",
        "--data-dir",
        data,
    )
    assert out.returncode == 0, out.stderr
    assert (
        json.loads(out.stdout)["region"]
        == json.loads(run("regions", "--search", city, "--json", "--data-dir", data).stdout)[0]["code"]
    )
    out = run(
        "bind",
        "--owner",
        owner,
        "--member",
        mother,
        "--relation",
        "父母",
        "--channel",
        "wallet",
        "--json",
        "--data-dir",
        data,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["status"] == "active"


def test_an_unknown_region_names_the_three_closest(tmp_path):
    out = run(
        "person",
        "add",
        "--name",
        "王一",
        "--id-number",
        make_id(date(1985, 1, 1), "430102", 11),
        "--region",
        "长莎市",
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path / "d"),
    )
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "No 统筹区 is called 长莎市. The closest names: 湖南省长沙市, 山西省长治市, 吉林省长春市."
    )


def test_a_region_file_cannot_remove_a_region_someone_is_registered_in(tmp_path):
    data = str(tmp_path / "d")
    run(
        "person",
        "add",
        "--name",
        "王一",
        "--id-number",
        make_id(date(1985, 1, 1), "430102", 11),
        "--region",
        "长沙市",
        "--data-dir",
        data,
    )
    bad = tmp_path / "remove.csv"
    bad.write_text("code,name,province,remove\n430200,株洲市,湖南省,\n430100,长沙市,湖南省,删除\n", encoding="utf-8")
    out = run("regions", "import", str(bad), "--lang", "en", "--data-dir", data)
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        ("Row 3: 长沙市 (430100) cannot be removed: 1 people are registered there. Move them to another 统筹区 first.")
    ]
    assert json.loads(run("regions", "--search", "430100", "--json", "--data-dir", data).stdout)
    ok = tmp_path / "ok.csv"
    ok.write_text("code,name,province,remove\n430200,株洲市,湖南省,1\n", encoding="utf-8")
    assert run("regions", "import", str(ok), "--data-dir", data).returncode == 0
    assert json.loads(run("regions", "--search", "430200", "--json", "--data-dir", data).stdout) == []


def test_an_unusual_relation_needs_confirm_unusual_on_eligibility_and_bind(tmp_path):
    data = str(tmp_path / "d")
    owner, young = make_id(date(1980, 1, 1), "430102", 11), make_id(date(1992, 1, 1), "430102", 22)
    for name, number in (("王一", owner), ("王二", young)):
        run("person", "add", "--name", name, "--id-number", number, "--data-dir", data)
    ask = ["eligibility", "--owner", owner, "--member", young, "--relation", "子女", "--json", "--data-dir", data]
    out = run(*ask)
    answer = json.loads(out.stdout)
    assert out.returncode == 1 and answer["verdict"] == "confirm"
    assert [c["code"] for c in answer["checks"] if c["status"] == "requires"] == ["plaus.gap_small"]
    out = run(*ask, "--confirm-unusual")
    assert out.returncode == 0 and json.loads(out.stdout)["verdict"] == "allowed"
    confirmed = json.loads(out.stdout)["checks"]
    assert "plaus.confirmed" in [c["code"] for c in confirmed if c["status"] == "pass"]
    bind = [
        "bind",
        "--owner",
        owner,
        "--member",
        young,
        "--relation",
        "子女",
        "--channel",
        "wallet",
        "--data-dir",
        data,
    ]
    assert run(*bind).returncode == 1
    assert run(*bind, "--confirm-unusual").returncode == 0


def test_a_counter_across_provinces_is_not_refused_and_says_what_to_confirm(tmp_path):
    """Cross-province at a counter is not refused: 苏州 ↔ 成都 at the window on 2026-12-06 was 不能共济 (须通过医保钱包办理)."""
    ask = [
        "eligibility",
        "--relation",
        "parent",
        "--owner-region",
        "苏州市",
        "--member-region",
        "成都市",
        "--channel",
        "window",
        "--on",
        "2026-12-06",
        "--data-dir",
        str(tmp_path / "d"),
    ]
    out = run(*ask, "--lang", "zh_CN")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("办完此项后可以共济：社保分局服务窗口：跨省共济不予拒绝。")  # as the window says
    [confirm] = [line for line in lines if line.startswith(" ! ")]
    assert confirm.startswith(" ! 社保分局服务窗口：跨省共济不予拒绝。2026-01-09的通知")
    assert "请在本地系统中确认本窗口能否录入该跨省共济关系" in confirm and "二手来源" in confirm
    assert not [line for line in lines if line.startswith(" ✗ ")]
    answer = json.loads(run(*ask, "--json").stdout)
    assert answer["verdict"] == "allowed"
    assert [c["code"] for c in answer["checks"] if c["status"] == "requires"] == ["elig.channel_confirm_local"]


def test_guangdongs_old_report_of_not_open_is_unknown_with_its_age(tmp_path):
    """Old evidence must not refuse today: every 广东 统筹区 was refused on 2026-12-06 for a report of 2025-09-22."""
    data = str(tmp_path / "d")
    out = run(
        "eligibility",
        "--relation",
        "parent",
        "--owner-region",
        "苏州市",
        "--member-region",
        "广州市",
        "--on",
        "2026-12-06",
        "--lang",
        "zh_CN",
        "--data-dir",
        data,
    )
    assert out.returncode == 1, out.stderr
    assert not [line for line in out.stdout.splitlines() if line.startswith(" ✗ ")]
    [aged] = [line for line in out.stdout.splitlines() if line.startswith(" ? ")]
    assert aged.startswith(
        " ? 广东省广州市：最近一次报道 2025-09-22：尚未开通（14个月前；央视新闻客户端（镜像）（官方媒体，2025-09-22）"
    )
    listing = json.loads(
        run("regions", "--search", "广东省", "--on", "2026-12-06", "--json", "--data-dir", data).stdout
    )
    assert len(listing) == 22
    assert {(r["cross_province"], r["reported_on"], r["report_age_months"]) for r in listing} == {
        ("unknown", "2025-09-22", 14)
    }
    assert {r["report_cited"]["kind"] for r in listing} == {"state_media"}
    line = run("regions", "--search", "广州", "--on", "2026-12-06", "--lang", "zh_CN", "--data-dir", data).stdout
    assert "最近一次报道 2025-09-22：尚未开通（14个月前）" in line
    fresh = json.loads(run("regions", "--search", "广州", "--on", "2025-10-01", "--json", "--data-dir", data).stdout)
    assert fresh[0]["cross_province"] == "not_open"
